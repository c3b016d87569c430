#pragma once
// A label that keeps its height whatever it says, so a screen used for a
// whole night keeps its shape: the text wraps at spaces to the label's
// width and stops after a set number of lines, the last one ending in "…";
// the whole text is then the label's tooltip. The label must be laid out
// to take its sizer's width (wxEXPAND).
#include <wx/string.h>

class wxStaticText;

namespace fn::app {

class FixedLinesLabel {
public:
    FixedLinesLabel() = default;
    FixedLinesLabel(wxStaticText* label, int lines) : label_(label), lines_(lines) {}

    // Shows `text` (kept whole for tooltip and tests).
    void set(const wxString& text);
    // Fits the text again (after the width or the font changed), and fixes
    // the label's height at its number of lines in its font.
    void refit();
    const wxString& text() const { return text_; }
    // True when the text did not fit and was cut.
    bool cut() const { return cut_; }
    wxStaticText* label() const { return label_; }

private:
    wxStaticText* label_ = nullptr;
    int lines_ = 1;
    wxString text_;
    bool cut_ = false;
};

// `text` broken at spaces (and at its own line breaks) into lines no wider
// than `width` pixels in the label's font, at most `lines` of them; the
// last ends in "…" when the rest did not fit (then `cut` is set).
wxString fit_in_lines(const wxStaticText& label, const wxString& text, int width, int lines, bool& cut);

}  // namespace fn::app
