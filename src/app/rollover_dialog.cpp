#include "app/rollover_dialog.h"
#include "app/form_loading.h"
#include "app/wx_text.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include "app/translations.h"
#include "core/errors.h"
#include "ops/rollover_ops.h"

namespace fn::app {
namespace {

const char* const kGrades[] = {"PK", "K", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"};

wxString describe(const ops::RolloverSummary& s) {
    wxString text;
    for (const auto& m : s.moves)
        text += m.to.empty()
                    ? wxString::Format(wxPLURAL("%s: %d student leaves the school\n",
                                                "%s: %d students leave the school\n", m.students),
                                       u(m.from), m.students)
                    : wxString::Format(wxPLURAL("%s to %s: %d student\n", "%s to %s: %d students\n", m.students),
                                       u(m.from), u(m.to), m.students);
    text += wxString::Format(_("Homerooms cleared until the next roster: %d\n"), s.homerooms_cleared);
    if (s.households_now_inactive)
        text +=
            wxString::Format(wxPLURAL("%d family has no student at the school any more: not offered at the door, on "
                                      "RSVP slips or in backpack mail.\n",
                                      "%d families have no student at the school any more: not offered at the door, "
                                      "on RSVP slips or in backpack mail.\n",
                                      s.households_now_inactive),
                             s.households_now_inactive);
    if (s.students_with_unknown_grade) {
        wxString grades;
        for (const auto& g : s.unknown_grades) grades += (grades.empty() ? "" : ", ") + u(g);
        text += wxString::Format(_("Grades FamilyNight does not know, left as they are: %s (%d students)\n"), grades,
                                 s.students_with_unknown_grade);
    }
    if (!s.previous_start.empty())
        text += wxString::Format(_("The current school year was started on %s.\n"), u(s.previous_start));
    return text;
}

}  // namespace

RolloverDialog::RolloverDialog(wxWindow* parent, store::Database& db) : db_(db) {
    load_dialog(this, parent, "RolloverDialog");  // forms/rollover_dialog.xrc
    top_grade_ = XRCCTRL(*this, "top_grade", wxChoice);
    summary_ = XRCCTRL(*this, "summary", wxTextCtrl);
    error_ = XRCCTRL(*this, "error", wxStaticText);
    for (const char* g : kGrades) top_grade_->Append(g);
    top_grade_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { rehearse(); });
    XRCCTRL(*this, "wxID_OK", wxButton)->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (start()) EndModal(wxID_OK);
    });
    rehearse();
    // Fits the screen it opens on (a 1024x600 laptop included).
    SetSize(FromDIP(wxSize(620, 440)));
    SetMinSize(FromDIP(wxSize(420, 320)));
    CentreOnParent();
    top_grade_->SetFocus();
}

std::string RolloverDialog::chosen_top_grade() const { return top_grade_->GetStringSelection().utf8_string(); }

void RolloverDialog::rehearse() {
    error_->SetLabel("");
    try {
        ops::RolloverOptions options;
        options.top_grade = chosen_top_grade();
        options.again = true;  // the refusal of a second year comes with the real start, in words
        auto s = ops::start_school_year(db_, options, true);
        // First time: the highest grade on file, as the operation chose it.
        if (top_grade_->GetSelection() == wxNOT_FOUND) top_grade_->SetStringSelection(u(s.top_grade));
        summary_->ChangeValue(describe(s));
    } catch (const Error& e) {
        summary_->ChangeValue("");
        error_->SetLabel(translated(e.text()));
    }
    Layout();
}

bool RolloverDialog::start() {
    error_->SetLabel("");
    try {
        ops::RolloverOptions options;
        options.top_grade = chosen_top_grade();
        auto s = ops::start_school_year(db_, options, false);
        done_ = (wxString::Format(_("The new school year started on %s."), u(s.started_on)) + "\n" + describe(s) +
                 (s.backup.empty() ? wxString(_("A shared database is backed up on its server."))
                                   : wxString::Format(_("The file as it was is kept in %s"), u(s.backup))))
                    .utf8_string();
        return true;
    } catch (const Error& e) {
        error_->SetLabel(translated(e.text()));
        error_->Wrap(FromDIP(560));
        Layout();
        return false;
    }
}

wxString RolloverDialog::summary_text() const { return summary_->GetValue(); }
wxString RolloverDialog::error_text() const { return error_->GetLabel(); }

}  // namespace fn::app
