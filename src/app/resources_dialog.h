#pragma once
// The community resources directory in the app: the
// list by category and one resource's fields, to add, change or remove it.
// The rules are ops/resource_ops'.
#include <wx/dialog.h>

#include <vector>

#include "core/resource.h"

class wxChoice;
class wxListCtrl;
class wxStaticText;
class wxTextCtrl;

namespace fn::store {
class Database;
}

namespace fn::app {

class ResourcesDialog : public wxDialog {
public:
    ResourcesDialog(wxWindow* parent, store::Database& db);

    // Each false, with the reason shown and the fields kept, when refused.
    bool add();
    bool save_changes();  // to the resource chosen in the list
    bool remove();
    wxListCtrl* list() const { return list_; }
    wxTextCtrl* field(const char* name) const;  // "name", "address", "hours", "phone", "languages", "notes"
    wxString message_text() const;

private:
    void show_list(Id select = 0);
    void show_resource(long row);
    CommunityResource typed() const;
    void say(const wxString& text, bool problem);

    store::Database& db_;
    std::vector<CommunityResource> resources_;
    wxListCtrl* list_ = nullptr;
    wxChoice* category_ = nullptr;
    wxChoice* cost_ = nullptr;
    wxStaticText* message_ = nullptr;
};

}  // namespace fn::app
