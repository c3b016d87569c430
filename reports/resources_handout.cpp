#include "reports/resources_handout.h"

#include <algorithm>

#include "core/languages.h"
#include "reports/text_direction.h"

namespace fn::reports {
namespace {

constexpr double kMargin = 48;
constexpr double kSmallest = 9;  // nothing a family reads is smaller

class HandoutWriter {
public:
    HandoutWriter(PdfDocument& pdf, const ResourcesHandout& h)
        : pdf_(pdf), h_(h), rtl_(writes_right_to_left(h.language)) {}

    int write() {
        new_page();
        line(h_.school_name, 10);
        line(text("resources_title"), 20, true);
        paragraph(text("resources_intro"), 10.5);
        if (!h_.school_contact.empty()) line(h_.school_contact, 10);
        y_ -= 6;
        bool first = true;
        ResourceCategory current{};
        for (const auto& r : h_.resources) {
            if (first || r.category != current) {
                keep(60);
                y_ -= 8;
                line(text(category_text_key(r.category).c_str()), 14, true);
                pdf_.line(page_, kMargin, y_ - 4, pdf_.page_width() - kMargin, y_ - 4, 0.6);
                y_ -= 6;
                current = r.category;
                first = false;
            }
            resource(r);
        }
        return pages_;
    }

private:
    std::string text(const char* key) const { return h_.texts.at(key); }
    double width() const { return pdf_.page_width() - 2 * kMargin; }

    void new_page() {
        page_ = pdf_.add_page();
        y_ = pdf_.page_height() - kMargin;
        ++pages_;
    }
    // Moves to a new page unless `height` more fits on this one.
    void keep(double height) {
        if (y_ - height < kMargin) new_page();
    }
    void line(const std::string& s, double size, bool bold = false, double indent = 0) {
        size = std::max(size, kSmallest);
        y_ -= size * 1.35;
        const double w = width() - indent;
        const double used = pdf_.fitted_size(page_, s, w, size, kSmallest, bold);
        const double left = rtl_ ? kMargin + w - std::min(w, pdf_.measure(page_, s, used, bold)) : kMargin + indent;
        pdf_.draw_fitted(page_, left, y_, w, s, size, kSmallest, bold);
    }
    void paragraph(const std::string& s, double size, bool bold = false, double indent = 0) {
        for (const auto& l : pdf_.wrap(page_, s, width() - indent, std::max(size, kSmallest), bold))
            line(l, size, bold, indent);
    }
    // "Label: value" in reading order; the value as typed. In a
    // right-to-left language the two are set apart, the label rightmost: a
    // phone or an opening time typed with Latin digits keeps its own order
    // (inside one Arabic line, bidi would set "555-0190" as "0190-555").
    void field(const char* label, const std::string& value) {
        if (value.empty()) return;
        if (!rtl_) {
            paragraph(text(label) + ": " + value, 10, false, 12);
            return;
        }
        const std::string head = text(label) + ":";
        const double size = 10, label_w = pdf_.measure(page_, head, size) + 6;
        const double w = width() - 12 - label_w;
        y_ -= size * 1.35;
        pdf_.draw_text(page_, kMargin + width() - label_w + 6, y_, head, size);
        const double used = pdf_.fitted_size(page_, value, w, size, kSmallest);
        pdf_.draw_fitted(page_, kMargin + w - std::min(w, pdf_.measure(page_, value, used)), y_, w, value, size,
                         kSmallest);
    }

    void resource(const CommunityResource& r) {
        keep(70);
        y_ -= 4;
        line(r.name, 11.5, true);
        std::string address = r.address;
        std::replace(address.begin(), address.end(), '\n', ',');
        if (!address.empty()) paragraph(address, 10, false, 12);
        field("resource_hours", r.hours);
        field("resource_phone", r.phone);
        std::string languages;
        for (const auto& code : r.languages)
            languages += (languages.empty() ? "" : ", ") + language_name_in(code, h_.language);
        field("resource_languages", languages);
        field("resource_cost", text(cost_text_key(r.cost).c_str()));
        if (!r.notes.empty()) paragraph(r.notes, 10, false, 12);
    }

    PdfDocument& pdf_;
    const ResourcesHandout& h_;
    bool rtl_;
    HPDF_Page page_ = nullptr;
    double y_ = 0;
    int pages_ = 0;
};

}  // namespace

int draw_resources_handout(PdfDocument& pdf, const ResourcesHandout& handout) {
    return HandoutWriter(pdf, handout).write();
}

UnprintedTexts write_resources_handouts(const std::vector<ResourcesHandout>& handouts, PaperSize paper,
                                        const std::string& path) {
    PdfDocument pdf(paper, "Community resources");
    for (const auto& h : handouts) draw_resources_handout(pdf, h);
    return pdf.save(path);
}

}  // namespace fn::reports
