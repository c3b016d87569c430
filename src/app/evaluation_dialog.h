#pragma once
// Typing a pile of evaluation forms or barrier slips,
// keyboard only: the pile's paper, language and grades are chosen once
// (the corner of each form says them), then each paper is typed as the
// numbers printed beside its ticks, one paper per Enter; the answers are
// cleared for the next one and the cursor goes back to the first field. A
// refusal says which field and why, keeps what was typed and puts the
// cursor in that field. Reading and checking are ops::add_evaluation's.
#include <wx/dialog.h>

#include <functional>
#include <string>

#include "core/ids.h"
#include "ops/evaluation_ops.h"

class wxChoice;
class wxListCtrl;
class wxStaticText;
class wxTextCtrl;

namespace fn::store {
class Database;
}

namespace fn::app {

class EvaluationDialog : public wxDialog {
public:
    EvaluationDialog(wxWindow* parent, store::Database& db, Id event_id);

    // Saves the paper typed; false (with the reason shown) when refused.
    bool save();
    wxString message_text() const;
    wxListCtrl* typed_list() const { return list_; }
    wxTextCtrl* field(const char* name) const;  // "answers", "favourites", ... "comment"

    // Where the CSV goes (tests answer).
    std::function<std::string(wxWindow*, const std::string& suggested)> choose_csv;

private:
    void show_hints();
    void show_typed();
    void clear_paper();
    void say(const wxString& text, bool problem);
    ops::TypedEvaluation typed() const;

    store::Database& db_;
    Id event_id_;
    ops::EvaluationChoices choices_;
    wxChoice* kind_ = nullptr;
    wxChoice* language_ = nullptr;
    wxChoice* band_ = nullptr;
    wxListCtrl* list_ = nullptr;
    wxStaticText* message_ = nullptr;
};

}  // namespace fn::app
