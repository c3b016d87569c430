#include "reports/table_writer.h"

#include <fmt/format.h>

#include <algorithm>

namespace fn::reports {
namespace {
constexpr double kMargin = 36;
constexpr double kPad = 4;
}  // namespace

TableWriter::TableWriter(PdfDocument& pdf, TitleBlock title, std::vector<TableColumn> columns, double font_size)
    : pdf_(pdf), title_(std::move(title)), columns_(std::move(columns)), size_(font_size) {
    first_page_ = pdf_.pages().size();
    new_page();
}

double TableWriter::table_width() const {
    double w = 0;
    for (const auto& c : columns_) w += c.width;
    return w;
}

double TableWriter::left() const { return (pdf_.page_width() - table_width()) / 2; }

void TableWriter::new_page() {
    page_ = pdf_.add_page();
    double top = pdf_.page_height() - kMargin, w = table_width();
    double label_w = title_.label.empty() ? 0 : pdf_.measure(page_, title_.label, 14, true) + 12;
    pdf_.draw_fitted(page_, left(), top - 12, w, title_.school, 11, 7);
    pdf_.draw_fitted(page_, left(), top - 32, w - label_w, title_.title, 16, 9, true);
    pdf_.draw_fitted(page_, left(), top - 48, w, title_.subtitle, 10, 7);
    if (!title_.label.empty()) pdf_.draw_text(page_, left() + w - label_w + 12, top - 32, title_.label, 14, true);
    y_ = top - 62;
    const double h = size_ + 9;
    pdf_.fill_box(page_, left(), y_ - h, w, h, 0.88);
    double x = left();
    for (const auto& c : columns_) {
        pdf_.draw_fitted(page_, x + kPad, y_ - h + 5, c.width - 2 * kPad, c.title, size_, 6, true);
        x += c.width;
    }
    pdf_.box(page_, left(), y_ - h, w, h);
    y_ -= h;
}

void TableWriter::row(const std::vector<std::string>& cells, bool bold_first) {
    std::vector<std::vector<std::string>> lines(columns_.size());
    std::size_t most = 1;
    for (std::size_t i = 0; i < columns_.size() && i < cells.size(); ++i) {
        lines[i] = pdf_.wrap(page_, cells[i], columns_[i].width - 2 * kPad, size_, bold_first && i == 0);
        most = std::max(most, lines[i].size());
    }
    const double line_h = size_ * 1.25, h = static_cast<double>(most) * line_h + 8;
    if (y_ - h < kMargin + 20) new_page();
    double x = left();
    for (std::size_t i = 0; i < columns_.size(); ++i) {
        for (std::size_t l = 0; l < lines[i].size(); ++l) {
            const auto& text = lines[i][l];
            double tx = x + kPad;
            if (columns_[i].centered) tx = x + (columns_[i].width - pdf_.measure(page_, text, size_)) / 2;
            pdf_.draw_text(page_, tx, y_ - 4 - size_ - static_cast<double>(l) * line_h, text, size_,
                           bold_first && i == 0);
        }
        if (i) pdf_.line(page_, x, y_ - h, x, y_);
        x += columns_[i].width;
    }
    pdf_.box(page_, left(), y_ - h, table_width(), h);
    y_ -= h;
}

void TableWriter::section(const std::string& heading) {
    if (y_ - 2 * (size_ * 1.25 + 8) - 18 < kMargin + 20) new_page();
    pdf_.draw_fitted(page_, left(), y_ - 15, table_width(), heading, size_ + 1.5, 7, true);
    y_ -= 20;
}

void TableWriter::finish(bool number_pages) {
    if (number_pages) pdf_.number_pages(first_page_, title_.footer, kMargin - 6);
}

}  // namespace fn::reports
