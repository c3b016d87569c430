#pragma once
// Draws one flyer into a document that may hold many (backpack mail).
#include "core/sheets.h"
#include "reports/pdf_document.h"

namespace fn::reports {

// How a flyer's content was fitted: flyers from one template fit the same
// way, so a batch measures once and draws many; and what every flyer of the
// template shows, drawn once into `document` and placed on the next pages.
struct FlyerFit {
    double content_scale = 1.0;
    double slip_scale = 1.0;
    std::size_t slip_page = 0;  // the last page: the invitation may flow over the ones before
    double slip_top = 0;
    int slip_columns = 0;  // workshop tick boxes flowing (0) or lined up in columns
    const PdfDocument* document = nullptr;
    std::vector<PdfDocument::SharedPart> shared;  // one per page of the flyer
};

// Draws the flyer; with `fit` given and already measured (measured=true),
// skips the measuring, otherwise fills it in.
void draw_flyer(PdfDocument& pdf, const Flyer& flyer, FlyerFit* fit = nullptr, bool measured = false);

}  // namespace fn::reports
