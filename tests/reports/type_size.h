#pragma once
// How big text is on a printed page, read back with pdftotext -bbox: a Latin
// word's box is its font's ascent to descent, so proportional to its size.
#include <string>

#include "reports/pdf_document.h"
#include "reports/pdf_tools.h"

namespace fn::testing {

// The box height of a Latin word set at `size` points in the documents'
// font, measured on a one-word PDF written to `scratch_pdf`.
inline double latin_word_height(const std::string& scratch_pdf, double size) {
    reports::PdfDocument pdf(reports::PaperSize::Letter, "calibrate");
    pdf.draw_text(pdf.add_page(), 72, 700, "Calibrate", size);
    pdf.save(scratch_pdf);
    auto words = words_with_heights(scratch_pdf, 1, 1);
    return words.empty() ? 0 : words.front().height;
}

}  // namespace fn::testing
