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
    bool slip_on_own_page = false;
    double header_height = 0;
    const PdfDocument* document = nullptr;
    std::vector<PdfDocument::SharedPart> shared;  // one per page of the flyer
};

// Draws the flyer; with `fit` given and already measured (measured=true),
// skips the measuring, otherwise fills it in.
void draw_flyer(PdfDocument& pdf, const Flyer& flyer, FlyerFit* fit = nullptr, bool measured = false);

}  // namespace fn::reports
