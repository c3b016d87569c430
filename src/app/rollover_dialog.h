#pragma once
// File > Start a new school year (ops::start_school_year): shows what the
// new year will change as a dry run, redone when the top grade is changed;
// "Start the new year" does it, and a refusal (a year already started) is
// shown in the window.
#include <wx/dialog.h>

#include <string>

class wxChoice;
class wxTextCtrl;
class wxStaticText;

namespace fn::store {
class Database;
}

namespace fn::app {

class RolloverDialog : public wxDialog {
public:
    RolloverDialog(wxWindow* parent, store::Database& db);

    wxChoice* top_grade() const { return top_grade_; }
    wxString summary_text() const;
    wxString error_text() const;
    // Starts the year; false, with the reason shown, when refused.
    bool start();
    const std::string& done_message() const { return done_; }  // after start(): what was done, and the backup

private:
    void rehearse();
    std::string chosen_top_grade() const;
    store::Database& db_;
    wxChoice* top_grade_ = nullptr;
    wxTextCtrl* summary_ = nullptr;
    wxStaticText* error_ = nullptr;
    std::string done_;
};

}  // namespace fn::app
