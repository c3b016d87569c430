#pragma once
// Entry points that draw a document into a PDF that holds others too (the
// Title I binder puts several documents in one file).
#include "core/sheets.h"
#include "reports/flyer_layout.h"
#include "reports/pdf_document.h"

namespace fn::reports {
void draw_sign_in_sheet(PdfDocument& pdf, const SignInSheet& sheet);
void draw_attendance_report(PdfDocument& pdf, const AttendanceReport& report);
}  // namespace fn::reports
