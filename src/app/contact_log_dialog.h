#pragma once
// The contact log in the app: a teacher's class
// families with no good news since the 1st of the month, the one waiting
// longest suggested first with its preferred channel and language; a
// contact recorded for the chosen family; home visits offered to the whole
// class; and the coverage by teacher and by language, counts only. The
// rules are ops/contact_ops' and ops/home_visit_ops'.
#include <wx/dialog.h>

#include <string>
#include <vector>

#include "core/ids.h"
#include "ops/contact_ops.h"

class wxChoice;
class wxListCtrl;
class wxStaticText;
class wxTextCtrl;

namespace fn::store {
class Database;
}

namespace fn::app {

class ContactLogDialog : public wxDialog {
public:
    ContactLogDialog(wxWindow* parent, store::Database& db);

    // Shows the class (as the coverage names it); false when there is none.
    bool choose_class(const std::string& homeroom);
    // Records a contact with the chosen family (the first, the suggested
    // next, unless another is chosen); false, with the reason shown, when refused.
    bool record();
    // Offers a home visit to every family of the chosen class, by the one
    // named in "By"; false, with the reason shown, when refused.
    bool offer_visits();
    wxString visits_text() const;
    wxListCtrl* due_list() const { return due_; }
    wxListCtrl* coverage_list() const { return coverage_; }
    wxString next_text() const;
    wxString message_text() const;
    wxTextCtrl* field(const char* name) const;  // "by", "interpreter", "note", "since"

private:
    void show_class();
    void show_coverage();
    void show_visits();
    void choose_family(long row);
    void say(const wxString& text, bool problem);
    std::string since() const;

    store::Database& db_;
    std::vector<ops::ClassFamily> due_families_;
    wxChoice* homeroom_ = nullptr;
    wxChoice* kind_ = nullptr;
    wxChoice* channel_ = nullptr;
    wxListCtrl* due_ = nullptr;
    wxListCtrl* coverage_ = nullptr;
    wxStaticText* message_ = nullptr;
};

}  // namespace fn::app
