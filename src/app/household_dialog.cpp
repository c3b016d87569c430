#include "app/household_dialog.h"
#include "app/tones.h"

#include <wx/dcclient.h>
#include <wx/choice.h>
#include <wx/grid.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include <algorithm>

#include "app/language_choice.h"
#include "app/wx_text.h"
#include "ops/household_ops.h"

namespace fn::app {
namespace {

enum GuardianColumn { kName, kPhone, kEmail, kContact, kGuardianLanguage, kGuardianColumns };
enum StudentColumn { kFirst, kLast, kGrade, kHomeroom, kNumber, kStudentColumns };

// In the order of fn::ContactMethod.
wxArrayString contact_names() {
    wxArrayString names;
    for (const wxString& n : {_("phone call"), _("text message"), _("e-mail"), _("paper")}) names.Add(n);
    return names;
}

std::string cell(const wxGrid* grid, int row, int col) {
    return grid->GetCellValue(row, col).Trim().Trim(false).utf8_string();
}

// Spare rows stay empty and are skipped.
bool row_is_empty(const wxGrid* grid, int row) {
    for (int c = 0; c < grid->GetNumberCols(); ++c)
        if (!cell(grid, row, c).empty()) return false;
    return true;
}

void set_up(wxGrid* grid, int rows, std::initializer_list<std::pair<wxString, int>> columns) {
    grid->CreateGrid(rows, static_cast<int>(columns.size()));
    grid->SetRowLabelSize(30);
    int c = 0;
    wxClientDC measure(grid);
    measure.SetFont(grid->GetLabelFont());
    for (const auto& [label, width] : columns) {
        grid->SetColLabelValue(c, label);
        // Wide enough for its heading in any language ("Número de estudiante" was cut).
        grid->SetColSize(c++, std::max(width, measure.GetTextExtent(label).x + 16));
    }
    // Tab moves across a row, like filling in a paper form.
    grid->SetTabBehaviour(wxGrid::Tab_Wrap);
}

}  // namespace

HouseholdDialog::HouseholdDialog(wxWindow* parent, store::Database& db, Id household_id)
    : FormDialog(parent, "HouseholdDialog"), db_(db) {
    if (household_id) original_ = ops::load_household(db, household_id);
    SetTitle(household_id ? wxString::Format(_("Family %s (%s)"), wxString::FromUTF8(original_.family_name()),
                                             wxString::FromUTF8(original_.code))
                          : _("New family"));
    fill_language_choice(XRCCTRL(*this, "language", wxChoice), original_.language);
    if (!original_.language_to_confirm.empty()) {
        // A roster's value nobody could read: said here, and confirmed by saving.
        auto* label = XRCCTRL(*this, "language_label", wxStaticText);
        label->SetLabel(
            wxString::Format(_("&Language for flyers and calls (the roster said \"%s\": choose it, then save)"),
                             u(original_.language_to_confirm)));
        show_tone(label, Tone::Problem);
    }
    set_field("family_name", wxString::FromUTF8(original_.family_name_as_written));
    set_field("address", wxString::FromUTF8(original_.address));
    set_field("notes", wxString::FromUTF8(original_.notes));

    guardians_ = XRCCTRL(*this, "guardians", wxGrid);
    int guardian_rows = std::max<int>(3, static_cast<int>(original_.guardians.size()) + 1);
    set_up(guardians_, guardian_rows,
           {{_("Name"), 200}, {_("Phone"), 120}, {_("E-mail"), 180}, {_("Contact by"), 120}, {_("Language"), 80}});
    auto contacts = contact_names();
    for (int r = 0; r < guardian_rows; ++r)
        guardians_->SetCellEditor(r, kContact, new wxGridCellChoiceEditor(contacts));
    for (std::size_t i = 0; i < original_.guardians.size(); ++i) {
        const auto& g = original_.guardians[i];
        int r = static_cast<int>(i);
        guardians_->SetCellValue(r, kName, wxString::FromUTF8(g.name));
        guardians_->SetCellValue(r, kPhone, wxString::FromUTF8(g.phone));
        guardians_->SetCellValue(r, kEmail, wxString::FromUTF8(g.email));
        guardians_->SetCellValue(r, kContact, contacts[static_cast<std::size_t>(g.preferred_contact)]);
        guardians_->SetCellValue(r, kGuardianLanguage, wxString::FromUTF8(g.language));
    }

    students_ = XRCCTRL(*this, "students", wxGrid);
    int student_rows = std::max<int>(4, static_cast<int>(original_.students.size()) + 2);
    set_up(students_, student_rows,
           {{_("First name"), 160},
            {_("Last name"), 160},
            {_("Grade"), 70},
            {_("Homeroom"), 170},
            {_("Student number"), 130}});
    for (std::size_t i = 0; i < original_.students.size(); ++i) {
        const auto& s = original_.students[i];
        int r = static_cast<int>(i);
        students_->SetCellValue(r, kFirst, wxString::FromUTF8(s.first_name));
        students_->SetCellValue(r, kLast, wxString::FromUTF8(s.last_name));
        students_->SetCellValue(r, kGrade, wxString::FromUTF8(s.grade));
        students_->SetCellValue(r, kHomeroom, wxString::FromUTF8(s.homeroom));
        students_->SetCellValue(r, kNumber, wxString::FromUTF8(s.student_number));
    }
    guardians_->SetFocus();
    guardians_->SetGridCursor(0, kName);
    Fit();
}

bool HouseholdDialog::choose_language(const std::string& code) {
    return app::choose_language(XRCCTRL(*this, "language", wxChoice), code);
}

Household HouseholdDialog::read() const {
    Household h = original_;
    h.language = chosen_language(XRCCTRL(*this, "language", wxChoice));
    h.language_to_confirm.clear();  // the coordinator saw the roster's value and chose
    h.family_name_as_written = field("family_name");
    h.address = field("address");
    h.notes = field("notes");
    h.guardians.clear();
    auto contacts = contact_names();
    for (int r = 0; r < guardians_->GetNumberRows(); ++r) {
        if (row_is_empty(guardians_, r)) continue;
        Guardian g;
        if (static_cast<std::size_t>(r) < original_.guardians.size())
            g.id = original_.guardians[static_cast<std::size_t>(r)].id;
        g.name = cell(guardians_, r, kName);
        g.phone = cell(guardians_, r, kPhone);
        g.email = cell(guardians_, r, kEmail);
        int contact = contacts.Index(guardians_->GetCellValue(r, kContact));
        g.preferred_contact = contact == wxNOT_FOUND ? default_contact(g) : static_cast<ContactMethod>(contact);
        g.language = cell(guardians_, r, kGuardianLanguage);
        if (g.language.empty()) g.language = h.language;
        h.guardians.push_back(g);
    }
    h.students.clear();
    for (int r = 0; r < students_->GetNumberRows(); ++r) {
        if (row_is_empty(students_, r)) continue;
        Student s;
        if (static_cast<std::size_t>(r) < original_.students.size()) {
            s.id = original_.students[static_cast<std::size_t>(r)].id;
            // Editing a family never brings back a student marked as left: only a roster does.
            s.left_on = original_.students[static_cast<std::size_t>(r)].left_on;
        }
        s.first_name = cell(students_, r, kFirst);
        s.last_name = cell(students_, r, kLast);
        s.grade = cell(students_, r, kGrade);
        s.homeroom = cell(students_, r, kHomeroom);
        s.student_number = cell(students_, r, kNumber);
        h.students.push_back(s);
    }
    return h;
}

void HouseholdDialog::do_save() {
    // A cell still being typed in counts too.
    guardians_->SaveEditControlValue();
    students_->SaveEditControlValue();
    Household h = read();
    if (h.id) {
        ops::update_household(db_, h);
        saved_ = h.id;
    } else {
        saved_ = ops::add_household(db_, h);
    }
}

}  // namespace fn::app
