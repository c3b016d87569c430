#include "app/fixed_lines.h"

#include <wx/dcclient.h>
#include <wx/stattext.h>
#include <wx/tokenzr.h>

namespace fn::app {
namespace {

const wxString kEllipsis = wxString::FromUTF8("…");

// A word too long for the line on its own is cut to the width.
wxString cut_to_width(const wxStaticText& label, wxString text, int width) {
    while (text.length() > 1 && label.GetTextExtent(text + kEllipsis).x > width) text.RemoveLast();
    return text + kEllipsis;
}

}  // namespace

wxString fit_in_lines(const wxStaticText& label, const wxString& text, int width, int lines, bool& cut) {
    cut = false;
    wxArrayString out;
    wxString rest_of_text;
    auto paragraphs = wxStringTokenize(text, "\n", wxTOKEN_RET_EMPTY_ALL);
    for (std::size_t p = 0; p < paragraphs.size(); ++p) {
        wxString line;
        auto words = wxStringTokenize(paragraphs[p], " ", wxTOKEN_STRTOK);
        for (std::size_t w = 0; w < words.size(); ++w) {
            wxString tried = line.empty() ? words[w] : line + " " + words[w];
            if (label.GetTextExtent(tried).x <= width || line.empty()) {
                line = tried;
                continue;
            }
            out.Add(line);
            line = words[w];
            if (static_cast<int>(out.size()) == lines) {  // no room left: the rest goes in the tooltip
                cut = true;
                break;
            }
        }
        if (cut) break;
        out.Add(line);
        if (static_cast<int>(out.size()) >= lines && p + 1 < paragraphs.size()) {
            cut = true;
            break;
        }
    }
    if (static_cast<int>(out.size()) > lines) out.resize(static_cast<std::size_t>(lines));
    // A single word wider than the line, or a last line that had more after it.
    for (auto& line : out)
        if (label.GetTextExtent(line).x > width) {
            line = cut_to_width(label, line, width);
            cut = true;
        }
    if (cut && !out.empty() && !out.back().EndsWith(kEllipsis))
        out.back() = cut_to_width(label, out.back() + " ", width);
    wxString joined;
    for (std::size_t i = 0; i < out.size(); ++i) joined += (i ? "\n" : "") + out[i];
    return joined;
}

void FixedLinesLabel::set(const wxString& text) {
    text_ = text;
    refit();
}

void FixedLinesLabel::refit() {
    if (!label_) return;
    int line_height = label_->GetTextExtent(wxString::FromUTF8("ÁÑgjy")).y;
    wxSize fixed(label_->FromDIP(40), line_height * lines_ + 2);
    if (label_->GetMinSize() != fixed) label_->SetMinSize(fixed);
    int width = label_->GetSize().x;
    if (width < label_->FromDIP(60)) width = label_->GetParent()->GetClientSize().x - label_->FromDIP(32);
    wxString shown = width > 0 ? fit_in_lines(*label_, text_, width, lines_, cut_) : text_;
    // Markup-free: a name with "&" must show as typed.
    if (label_->GetLabelText() != shown) label_->SetLabelText(shown);
    label_->SetToolTip(cut_ ? text_ : wxString());
}

}  // namespace fn::app
