#include "reports/phone_tree.h"

#include <fmt/format.h>

#include "core/text_list.h"
#include "reports/pdf_document.h"
#include "reports/text_direction.h"

namespace fn::reports {
namespace {

constexpr double kMargin = 42;
constexpr double kScriptSize = 9.5;
constexpr double kEnglishSize = 8.5;

class PhoneTreeLayout {
public:
    PhoneTreeLayout(const PhoneTree& tree, PdfDocument& pdf) : tree_(tree), pdf_(pdf) {}

    void draw() {
        for (const auto& caller : tree_.callers) {
            caller_ = &caller;
            new_page();
            for (const auto& call : caller.calls) draw_call(call);
        }
        pdf_.number_pages(0, tree_.school + "  \xC2\xB7  phone tree", 24);
    }

private:
    void new_page() {
        page_ = pdf_.add_page();
        width_ = pdf_.page_width() - 2 * kMargin;  // known once a page is added
        y_ = pdf_.page_height() - kMargin;
        pdf_.draw_fitted(page_, kMargin, y_ - 10, width_, tree_.school, 10, 7);
        pdf_.draw_fitted(page_, kMargin, y_ - 30, width_,
                         fmt::format("Phone tree: {} ({}), {}", tree_.event, tree_.message, tree_.date), 15, 9, true);
        const std::string who = caller_->name.empty()
                                    ? "No caller speaks these families' language yet: an interpreter calls them"
                                    : fmt::format("Caller: {}  ({})", caller_->name, join_words(caller_->languages));
        pdf_.draw_fitted(page_, kMargin, y_ - 50, width_, who, 12, 8, true);
        pdf_.draw_fitted(page_, kMargin, y_ - 66, width_,
                         "Read the script in the family's language (the English is beside it). Tick how the call "
                         "went, then type it into the contact log.",
                         8.5, 7);
        y_ -= 84;
    }

    void draw_call(const PhoneTreeCall& call) {
        const double column = (width_ - 16) / 2;
        const auto script = pdf_.wrap(page_, call.script, column, kScriptSize);
        const auto english = pdf_.wrap(page_, call.script_english, column, kEnglishSize);
        const double line = pdf_.line_height(call.script, kScriptSize);
        const double english_line = kEnglishSize * 1.3;
        const double text_height = std::max(script.size() * line, english.size() * english_line);
        const double height = 20 + text_height + 30;
        if (y_ - height < kMargin + 24) new_page();
        pdf_.line(page_, kMargin, y_ + 4, kMargin + width_, y_ + 4, 0.8);
        y_ -= 10;
        // Each name an isolate (U+2068 ... U+2069): an Arabic name never turns
        // the English words around it right to left.
        const std::string heading = fmt::format("\u2068{}\u2069  \xC2\xB7  ask for \u2068{}\u2069  \xC2\xB7  {}",
                                                call.family, call.guardian, call.language_name);
        pdf_.draw_fitted(page_, kMargin, y_, width_ * 0.68, heading, 11, 7, true);
        const double phone_width = pdf_.measure(page_, call.phone, 12, true);
        pdf_.draw_text(page_, kMargin + width_ - phone_width, y_, call.phone, 12, true);
        y_ -= 18;
        const bool rtl = writes_right_to_left(call.language);
        double ys = y_;
        for (const auto& l : script) {
            const double x = rtl ? kMargin + column - pdf_.measure(page_, l, kScriptSize) : kMargin;
            pdf_.draw_text(page_, x, ys, l, kScriptSize);
            ys -= line;
        }
        double ye = y_;
        for (const auto& l : english) {
            pdf_.draw_text(page_, kMargin + column + 16, ye, l, kEnglishSize);
            ye -= english_line;
        }
        y_ -= text_height + 8;
        double x = kMargin;
        for (const char* outcome : {"Reached", "Message left", "Wrong number", "No answer"}) {
            pdf_.box(page_, x, y_ - 2, 9, 9, 0.8);
            pdf_.draw_text(page_, x + 13, y_, outcome, 9);
            x += 13 + pdf_.measure(page_, outcome, 9) + 18;
        }
        pdf_.draw_text(page_, x, y_, "Notes:", 9);
        pdf_.line(page_, x + 32, y_ - 2, kMargin + width_, y_ - 2, 0.5);
        y_ -= 22;
    }

    const PhoneTree& tree_;
    PdfDocument& pdf_;
    const PhoneTreeCaller* caller_ = nullptr;
    HPDF_Page page_ = nullptr;
    double y_ = 0, width_ = 0;
};

}  // namespace

UnprintedTexts write_phone_tree(const PhoneTree& tree, PaperSize paper, const std::string& path) {
    PdfDocument pdf(paper, "Phone tree: " + tree.event);
    PhoneTreeLayout layout(tree, pdf);
    if (tree.callers.empty()) {
        auto page = pdf.add_page();
        pdf.draw_text(page, kMargin, pdf.page_height() - kMargin - 30,
                      "No family who prefers a call is to be called for this message.", 12);
    } else {
        layout.draw();
    }
    return pdf.save(path);
}

}  // namespace fn::reports
