#pragma once
// Tables that break across pages: a title block and the column header
// repeated on every page, rows that wrap their cells, section lines, and
// "Page x of y" per sheet at the foot.
#include <string>
#include <vector>

#include "reports/pdf_document.h"

namespace fn::reports {

struct TableColumn {
    std::string title;
    double width = 100;  // points
    bool centered = false;
};

struct TitleBlock {
    std::string school;
    std::string title;     // big, bold
    std::string subtitle;  // date, time, place
    std::string label;     // kind of document, top right
    std::string footer;    // before "Page x of y"
};

class TableWriter {
public:
    TableWriter(PdfDocument& pdf, TitleBlock title, std::vector<TableColumn> columns, double font_size = 9.5);
    // A row; cells wrap within their column (the first cell in bold when asked).
    void row(const std::vector<std::string>& cells, bool bold_first = false);
    // A bold line across the table, kept with at least one row after it.
    void section(const std::string& heading);
    // Footers of this sheet's pages ("Page x of y" counted over the sheet);
    // call once at the end. A document that numbers its pages as a whole
    // (PdfDocument::number_pages) calls finish(false).
    void finish(bool number_pages = true);

private:
    void new_page();
    double left() const;
    double table_width() const;

    PdfDocument& pdf_;
    TitleBlock title_;
    std::vector<TableColumn> columns_;
    double size_;
    HPDF_Page page_ = nullptr;
    double y_ = 0;
    std::size_t first_page_ = 0;
};

}  // namespace fn::reports
