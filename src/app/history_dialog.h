#pragma once
// A family's history in a window (ops::family_history): when, what kind of
// change, the change itself with the value before and after, and who made
// it where; newest at the bottom, shown first. From here a family's request
// is met: everything stored about it exported (printing::export_family), or
// its personal data erased (ops::erase_family).
#include <wx/dialog.h>

#include <functional>
#include <string>

#include "core/ids.h"

class wxListCtrl;
class wxStaticText;

namespace fn::store {
class Database;
}

namespace fn::app {

class HistoryDialog : public wxDialog {
public:
    HistoryDialog(wxWindow* parent, store::Database& db, Id household_id);

    wxListCtrl* list() const { return list_; }
    wxString row_text(long row) const;  // the row's columns joined by " | "
    wxString message_text() const;

    // Everything stored about the family to `pdf_path` and a JSON file beside
    // it; the message says where (or why not). False when refused.
    bool export_to(const std::string& pdf_path);
    // Erases the family after asking (confirm); false when not confirmed or
    // refused. The window then closes.
    bool erase();

    // Asked before erasing, and where to export (tests answer).
    std::function<bool(wxWindow*, const wxString& question)> confirm;
    std::function<std::string(wxWindow*, const std::string& suggested)> choose_pdf;

private:
    void show_message(const wxString& text, bool problem);
    store::Database& db_;
    Id household_id_;
    std::string code_;
    std::string family_;  // "Núñez (RFXDRP)"
    wxListCtrl* list_ = nullptr;
    wxStaticText* message_ = nullptr;
};

}  // namespace fn::app
