// The families tab: household editor and the roster import wizard, with the
// dry run and the import on the worker thread.
#include <gtest/gtest.h>
#include <wx/stattext.h>
#include <wx/xrc/xmlres.h>
#include <wx/choice.h>
#include <wx/frame.h>
#include <wx/app.h>
#include <wx/button.h>
#include <wx/grid.h>
#include <wx/listctrl.h>
#include <wx/xrc/xmlres.h>

#include <filesystem>
#include <functional>
#include <fstream>

#include "app/families_panel.h"
#include "app/gtk_calls.h"
#include "app/history_dialog.h"
#include "app/rollover_dialog.h"
#include "app/household_dialog.h"
#include "app/roster_wizard.h"
#include "ops/door_ops.h"
#include "ops/event_ops.h"
#include "ops/household_ops.h"
#include "ops/roster_ops.h"
#include "support/fixtures.h"
#include "support/gui_events.h"

using namespace fn;
using fn::testing::DbTest;

namespace {

class FamiliesTest : public DbTest {
protected:
    void SetUp() override {
        frame = new wxFrame(nullptr, wxID_ANY, "test", wxDefaultPosition, wxSize(1280, 800));
        frame->Show();
    }
    void TearDown() override { frame->Destroy(); }
    std::string write(const std::string& name, const std::string& text) {
        std::string path = dir.file(name);
        std::ofstream(path) << text;
        return path;
    }
    wxFrame* frame = nullptr;
};

}  // namespace

TEST_F(FamiliesTest, TheHouseholdEditorAddsAndChangesAFamily) {
    Id id = 0;
    {
        app::HouseholdDialog form(frame, db);
        EXPECT_FALSE(form.save());  // nobody in it
        EXPECT_FALSE(form.error_text().empty());
        EXPECT_TRUE(form.choose_language("es"));
        form.guardians()->SetCellValue(0, 0, wxString::FromUTF8("Rosa Núñez"));
        form.guardians()->SetCellValue(0, 1, "555-0100");
        form.students()->SetCellValue(0, 0, "Ana");
        form.students()->SetCellValue(0, 1, wxString::FromUTF8("Núñez"));
        form.students()->SetCellValue(0, 2, "2");
        form.students()->SetCellValue(0, 3, "Ms. Rivera");
        ASSERT_TRUE(form.save()) << form.error_text();
        id = form.saved_id();
    }
    auto h = ops::load_household(db, id);
    EXPECT_EQ(h.language, "es");
    ASSERT_EQ(h.guardians.size(), 1u);
    EXPECT_EQ(h.guardians[0].preferred_contact, ContactMethod::Phone);  // a phone number and no choice: phone
    EXPECT_EQ(h.guardians[0].language, "es");
    ASSERT_EQ(h.students.size(), 1u);
    EXPECT_EQ(h.code.size(), kFamilyCodeLength);
    {
        app::HouseholdDialog form(frame, db, id);
        EXPECT_EQ(form.guardians()->GetCellValue(0, 0), wxString::FromUTF8("Rosa Núñez"));
        form.guardians()->SetCellValue(1, 0, wxString::FromUTF8("Luis Núñez"));  // a second guardian
        form.students()->SetCellValue(0, 2, "3");                                // promoted
        ASSERT_TRUE(form.save()) << form.error_text();
    }
    h = ops::load_household(db, id);
    EXPECT_EQ(h.guardian_names(), wxString::FromUTF8("Rosa Núñez, Luis Núñez").utf8_string());
    EXPECT_EQ(h.students[0].grade, "3");
    EXPECT_EQ(ops::search_households(db, "luis").size(), 1u);  // searchable at the door at once
}

// An Aeries export whose Leave Date column was deleted is not recognised
// from its headings; its home languages are CALPADS numbers, which only an
// Aeries reading turns into languages. Chosen in the wizard ("Exported
// by"), the file is read again that way and imported with them.
TEST_F(FamiliesTest, TheRosterWizardReadsAFileAsTheSystemChosenWhenItsHeadingsDoNotSay) {
    std::string file = write("aeries_trimmed.csv",
                             "Perm ID,Last Name,First Name,Grade,Teacher Name,Mother/Guardian First Name,"
                             "Mother/Guardian Last Name,Home Phone,Home Language\n"
                             "3001,Reyes,Ana,2,Ms. Park,Lucía,Reyes,555-0101,01\n"
                             "3002,Nguyen,Bao,4,Mr. Lee,Hoa,Nguyen,555-0102,02\n");
    app::RosterWizard wizard(frame, db);
    ASSERT_TRUE(wizard.choose_file(file));
    EXPECT_EQ(wizard.chosen_preset(), "");
    EXPECT_FALSE(wizard.choose_preset("Nonesuch SIS"));
    ASSERT_TRUE(wizard.choose_preset("Aeries"));
    EXPECT_EQ(wizard.chosen_preset(), "Aeries");
    EXPECT_EQ(wizard.columns()->GetCellValue(4, 2), "homeroom");  // Teacher Name, as Aeries means it
    wizard.start_check();
    wizard.wait_for_worker();
    ASSERT_TRUE(wizard.check_passed()) << wizard.check_text();
    wizard.start_import();
    wizard.wait_for_worker();
    ASSERT_TRUE(wizard.imported()) << wizard.import_text();
    auto reyes = ops::search_households(db, "reyes");
    ASSERT_EQ(reyes.size(), 1u);
    EXPECT_EQ(reyes[0].language, "es");
    EXPECT_EQ(reyes[0].language_to_confirm, "");
    auto nguyen = ops::search_households(db, "nguyen");
    ASSERT_EQ(nguyen.size(), 1u);
    EXPECT_EQ(nguyen[0].language, "vi");
}

TEST_F(FamiliesTest, TheRosterWizardChecksEveryRowThenImportsOnAWorkerThread) {
    std::string bad = write("bad.csv",
                            "Student ID,Last Name,First Name,Grade,Parent Name,Home Phone,Home Language\n"
                            "2001,Tran,Bao,K,Tran Thi Lan,555-0200,Vietnamese\n"
                            ",Carter,Jamal,1,Keisha Carter,555-0300,English\n");
    app::RosterWizard wizard(frame, db);
    EXPECT_FALSE(wizard.choose_file(dir.file("missing.csv")));
    ASSERT_TRUE(wizard.choose_file(bad));
    ASSERT_EQ(wizard.columns()->GetNumberRows(), 7);
    EXPECT_EQ(wizard.columns()->GetCellValue(0, 2), "student_number");  // recognised from the header
    EXPECT_EQ(wizard.columns()->GetCellValue(1, 1), "Tran");            // first row shown
    wizard.start_check();
    wizard.wait_for_worker();
    EXPECT_FALSE(wizard.check_passed());
    ASSERT_EQ(wizard.problems().size(), 1u);
    EXPECT_TRUE(wizard.problems()[0].StartsWith("line 3")) << wizard.problems()[0];
    EXPECT_EQ(ops::list_households(db).size(), 0u);  // the dry run changed nothing

    std::string good = write("good.csv",
                             "Student ID,Last Name,First Name,Grade,Parent Name,Home Phone,Notes\n"
                             "2001,Tran,Bao,K,Tran Thi Lan,555-0200,likes dinosaurs\n"
                             "2002,Tran,Mai,3,Tran Thi Lan,555-0200,\n"
                             "2003,Carter,Jamal,1,Keisha Carter,555-0300,\n"
                             "2004,Warsame,Ayaan,2,Hodan 🙂 Warsame,555-0400,\n");
    ASSERT_TRUE(wizard.choose_file(good));
    wizard.set_column_field(6, "(not used)");
    wizard.start_check();
    wizard.wait_for_worker();
    ASSERT_TRUE(wizard.check_passed()) << wizard.check_text();
    EXPECT_TRUE(wizard.check_text().Contains("4 rows: 3 new families")) << wizard.check_text();
    // Told before importing: a name the printed sheets cannot show whole.
    ASSERT_EQ(wizard.problems().size(), 1u);
    EXPECT_EQ(wizard.problems()[0],
              wxString::FromUTF8("line 5: printed sheets will show 'Hodan 🙂 Warsame' with [?] for 🙂"));
    EXPECT_EQ(ops::list_households(db).size(), 0u);
    wizard.start_import();
    wizard.wait_for_worker();
    EXPECT_TRUE(wizard.imported());
    EXPECT_TRUE(wizard.import_text().StartsWith("Imported. 4 rows: 3 new families")) << wizard.import_text();
    EXPECT_EQ(ops::list_households(db).size(), 3u);  // seen through the window's own connection
    EXPECT_EQ(ops::search_households(db, "jamal").size(), 1u);

    // A PowerSchool export: named as such, its columns read, and the student
    // who transferred out listed before anything is imported.
    ASSERT_TRUE(wizard.choose_file(std::string(FN_TEST_DATA_DIR) + "/powerschool_students.csv"));
    EXPECT_EQ(wizard.columns()->GetCellValue(7, 2), "guardian1_first");  // Mother_First
    wizard.start_check();
    wizard.wait_for_worker();
    ASSERT_TRUE(wizard.check_passed()) << wizard.check_text();
    ASSERT_GE(wizard.problems().size(), 3u);
    EXPECT_EQ(wizard.problems()[0], "Recognised as a PowerSchool student export");
    // The three families imported above are not in this file: asked first.
    EXPECT_TRUE(wizard.problems()[1].StartsWith("4 of the 4 students at the school are not in this roster"))
        << wizard.problems()[1];
    EXPECT_EQ(wizard.problems()[2], wxString::FromUTF8("line 6: Diego Pérez is not enrolled (status 2): not imported"));
}

// A full roster without a student: the check lists them, and the import
// marks them as left only with the box ticked.
TEST_F(FamiliesTest, TheWizardListsStudentsNotInTheRosterAndMarksThemLeftWhenTicked) {
    const std::string header = "Student ID,Last Name,First Name,Grade,Parent Name,Home Phone\n";
    std::string three = write("three.csv", header +
                                               "3001,Tran,Bao,K,Tran Thi Lan,555-0200\n"
                                               "3002,Carter,Jamal,1,Keisha Carter,555-0300\n"
                                               "3003,Warsame,Ayaan,2,Hodan Warsame,555-0400\n");
    ASSERT_EQ(ops::import_roster(db, three, {}, false).households_created, 3);
    std::string two = write("two.csv", header +
                                           "3001,Tran,Bao,K,Tran Thi Lan,555-0200\n"
                                           "3002,Carter,Jamal,1,Keisha Carter,555-0300\n");
    app::RosterWizard wizard(frame, db);
    ASSERT_TRUE(wizard.choose_file(two));
    wizard.start_check();
    wizard.wait_for_worker();
    ASSERT_TRUE(wizard.check_passed()) << wizard.check_text();
    ASSERT_GE(wizard.problems().size(), 2u);
    // One of three is more than a quarter of this small school: asked first.
    EXPECT_EQ(wizard.problems()[0],
              "1 of the 3 students at the school are not in this roster: is it this year's full roster?");
    EXPECT_EQ(wizard.problems()[1], "Not in this roster: #3003 Ayaan Warsame (2)");
    wizard.set_mark_left(true);
    wizard.start_import();
    wizard.wait_for_worker();
    ASSERT_TRUE(wizard.imported());
    EXPECT_TRUE(wizard.import_text().Contains("1 student marked as left.")) << wizard.import_text();
    Id event = ops::create_event(db, fn::testing::sample_event());
    EXPECT_TRUE(ops::door_search(db, event, "warsame").empty());

    // Editing the family (a new phone) keeps Ayaan marked as left: only a roster brings a student back.
    Id warsame = ops::search_households(db, "warsame").at(0).id;
    {
        app::HouseholdDialog form(frame, db, warsame);
        form.guardians()->SetCellValue(0, 1, "555-0499");
        ASSERT_TRUE(form.save()) << form.error_text();
    }
    auto h = ops::load_household(db, warsame);
    EXPECT_EQ(h.guardians.at(0).phone, "555-0499");
    EXPECT_FALSE(h.students.at(0).left_on.empty());
    EXPECT_TRUE(ops::door_search(db, event, "warsame").empty());
}

// A language the roster writes as nobody can read it does not stop the
// import: the check lists it with the columns not used, and the family's
// window shows the roster's value until the coordinator chooses and saves.
TEST_F(FamiliesTest, TheWizardListsLanguagesToConfirmAndTheFamilyWindowConfirmsThem) {
    std::string file = write("languages.csv",
                             "Student ID,Last Name,First Name,Grade,Parent Name,Home Phone,Home Language,Bus Route\n"
                             "4001,Haile,Selam,2,Almaz Haile,555-0600,Tigrinya,12\n"
                             "4002,Ortiz,Luis,3,Rosa Ortiz,555-0700,Other,7\n");
    app::RosterWizard wizard(frame, db);
    ASSERT_TRUE(wizard.choose_file(file));
    wizard.start_check();
    wizard.wait_for_worker();
    ASSERT_TRUE(wizard.check_passed()) << wizard.check_text();
    bool listed = false;
    for (const auto& line : wizard.problems())
        listed = listed || line.Contains("line 3: Luis Ortiz: language \"Other\" not read");
    EXPECT_TRUE(listed) << "the unread language is listed";
    EXPECT_EQ(wizard.columns()->GetCellValue(7, 0), "Bus Route");
    EXPECT_EQ(wizard.columns()->GetCellValue(7, 2), "(not used)") << "the unused column is named as such";
    wizard.start_import();
    wizard.wait_for_worker();
    ASSERT_TRUE(wizard.imported());
    auto haile = ops::search_households(db, "haile").at(0);
    EXPECT_EQ(haile.language, "ti");
    Id ortiz = ops::search_households(db, "ortiz").at(0).id;
    EXPECT_EQ(ops::load_household(db, ortiz).language_to_confirm, "Other");
    {
        app::HouseholdDialog form(frame, db, ortiz);
        EXPECT_TRUE(XRCCTRL(form, "language_label", wxStaticText)->GetLabel().Contains("Other"));
        ASSERT_TRUE(form.choose_language("es"));
        ASSERT_TRUE(form.save()) << form.error_text();
    }
    auto confirmed = ops::load_household(db, ortiz);
    EXPECT_EQ(confirmed.language, "es");
    EXPECT_TRUE(confirmed.language_to_confirm.empty());
}

// A language not on the list is typed as people write it, in the window the
// last item opens: a value nobody can read is refused there with the text
// kept, a name in any language is read as its code and shown in itself.
TEST_F(FamiliesTest, TheFamilyWindowTakesALanguageNotOnTheListTypedAsPeopleWriteIt) {
    Id id = ops::add_household(db, fn::testing::sample_household("Almaz Haile", "Selam", "Haile"));
    app::HouseholdDialog form(frame, db, id);
    form.Show();
    auto* language = XRCCTRL(form, "language", wxChoice);
    const int another = static_cast<int>(language->GetCount()) - 1;
    ASSERT_EQ(language->GetString(another), wxString::FromUTF8("Another language..."));
    EXPECT_NE(language->FindString(wxString::FromUTF8("es Español")), wxNOT_FOUND) << "named in itself";
    wxString refusal, kept;
    bool done = false;
    std::function<void()> answer = [&] {  // inside the question's own modal loop
        wxDialog* ask = nullptr;
        for (auto* w : wxTopLevelWindows)
            if (w->GetName() == "LanguageDialog" && w->IsShown()) ask = dynamic_cast<wxDialog*>(w);
        if (!ask) return wxTheApp->CallAfter(answer);  // not open yet
        auto* typed = XRCCTRL(*ask, "typed", wxTextCtrl);
        typed->SetFocus();
        typed->ChangeValue("xx");
        fn::testing::click(ask, "wxID_OK");
        refusal = XRCCTRL(*ask, "error", wxStaticText)->GetLabel();
        refusal.Replace("\n", " ");  // wrapped to the window's width
        kept = typed->GetValue();
        typed->ChangeValue("Tigrinya");
        fn::testing::click(ask, "wxID_OK");
        done = true;
    };
    language->SetSelection(another);
    wxCommandEvent picked(wxEVT_CHOICE, language->GetId());
    picked.SetEventObject(language);
    picked.SetInt(another);
    language->GetEventHandler()->ProcessEvent(picked);
    wxTheApp->CallAfter(answer);
    ASSERT_TRUE(fn::testing::wait_for(
        [&] { return done && language->GetStringSelection() != wxString::FromUTF8("Another language..."); }));
    EXPECT_TRUE(refusal.Contains("'xx' is not a language FamilyNight can read")) << refusal;
    EXPECT_EQ(kept, "xx") << "the refused text stays to be corrected";
    EXPECT_EQ(language->GetStringSelection(), wxString::FromUTF8("ti ትግርኛ"));
    ASSERT_TRUE(form.save()) << form.error_text();
    EXPECT_EQ(ops::load_household(db, id).language, "ti");

    // Reopened, the family's language is on its list, chosen.
    app::HouseholdDialog again(frame, db, id);
    EXPECT_EQ(XRCCTRL(again, "language", wxChoice)->GetStringSelection(), wxString::FromUTF8("ti ትግርኛ"));
}

// Each label of a form names its field for a screen reader (GTK's label
// tied to the field, which AT-SPI reads), through the one loader of forms.
TEST_F(FamiliesTest, EachLabelOfTheFamilyWindowNamesItsField) {
    app::HouseholdDialog form(frame, db);
    const std::pair<const char*, const char*> tied[] = {{"language_label", "language"}};
    for (const auto& [label, field] : tied)
        EXPECT_EQ(app::gtk::field_of_label(XRCCTRL(form, label, wxStaticText)->GetHandle()),
                  wxWindow::FindWindowByName(field, &form)->GetHandle())
            << label << " names " << field;
    // Every text field and choice of the form is named by some label.
    int named = 0, fields = 0;
    std::function<void(wxWindow*)> count = [&](wxWindow* w) {
        for (wxWindow* child : w->GetChildren()) {
            if (wxDynamicCast(child, wxTextCtrl) || wxDynamicCast(child, wxChoice) || wxDynamicCast(child, wxGrid))
                ++fields;
            if (auto* label = wxDynamicCast(child, wxStaticText); label && app::gtk::field_of_label(label->GetHandle()))
                ++named;
            if (!wxDynamicCast(child, wxGrid)) count(child);  // a grid's own editors are its cells
        }
    };
    count(&form);
    EXPECT_EQ(named, fields) << "every field of the family window has its label";

    // A search box with only a hint is named by it.
    auto* families = new app::FamiliesPanel(frame, db);
    const char* name = app::gtk::name_for_screen_readers(XRCCTRL(*families, "search", wxTextCtrl)->GetHandle());
    ASSERT_NE(name, nullptr);
    EXPECT_STREQ(name, "Search by any guardian or student name, or family code");
}

// "ID" could be anyone's number: the columns page names it, where it can be changed.
TEST_F(FamiliesTest, TheWizardsColumnsPageNamesTheColumnsReadByAGuess) {
    std::string file =
        write("guess.csv", "ID,Last Name,First Name,Grade,Parent Name\n4101,Haile,Selam,2,Almaz Haile\n");
    app::RosterWizard wizard(frame, db);
    ASSERT_TRUE(wizard.choose_file(file));
    EXPECT_EQ(XRCCTRL(wizard, "columns_problem", wxStaticText)->GetLabel(),
              wxString::FromUTF8("Read by a guess, check them: ID \u2192 student_number"));
    wizard.start_check();
    wizard.wait_for_worker();
    ASSERT_TRUE(wizard.check_passed()) << wizard.check_text();
    wizard.start_import();
    wizard.wait_for_worker();
    EXPECT_TRUE(wizard.imported()) << "seen on the columns page, the guess does not stop the import";
}

TEST_F(FamiliesTest, TheDirectoryReloadsAndShowsTheEditedFamily) {
    auto* families = new app::FamiliesPanel(frame, db);
    families->ensure_loaded();
    EXPECT_EQ(families->shown(), 0u);
    Id id = ops::add_household(db, fn::testing::sample_household("Trần Thị Lan", "Bảo", "Trần", "vi"));
    families->reload(id);
    EXPECT_EQ(families->shown(), 1u);
    EXPECT_EQ(families->selected_household(), id);
    EXPECT_TRUE(families->card_text().Contains(wxString::FromUTF8("Trần Thị Lan"))) << families->card_text();
}

TEST_F(FamiliesTest, TheHistoryButtonShowsAnEditedPhoneBeforeAndAfter) {
    Id id = ops::add_household(db, fn::testing::sample_household("Rosa Núñez", "Ana", "Núñez", "es"));
    {
        app::HouseholdDialog form(frame, db, id);
        form.guardians()->SetCellValue(0, 1, "555-0199");
        ASSERT_TRUE(form.save()) << form.error_text();
    }
    auto* families = new app::FamiliesPanel(frame, db);
    families->ensure_loaded();
    families->reload(id);
    ASSERT_EQ(families->selected_household(), id);
    std::vector<wxString> rows;
    long selected = -1;
    bool shown = false;
    wxTheApp->CallAfter([&] {  // runs inside the history window's modal loop
        for (auto* w : wxTopLevelWindows)
            if (auto* history = dynamic_cast<app::HistoryDialog*>(w)) {
                shown = true;
                for (long r = 0; r < history->list()->GetItemCount(); ++r) rows.push_back(history->row_text(r));
                selected = history->list()->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
                history->EndModal(wxID_CANCEL);
            }
    });
    auto* button = XRCCTRL(*families, "family_history", wxButton);
    wxCommandEvent click(wxEVT_BUTTON, button->GetId());
    click.SetEventObject(button);
    button->GetEventHandler()->ProcessEvent(click);
    ASSERT_TRUE(shown);
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_TRUE(rows[0].Contains("family added")) << rows[0];
    EXPECT_TRUE(
        rows[1].Contains(wxString::FromUTF8("family edited | guardian Rosa Núñez, phone: from 555-0100 to 555-0199")))
        << rows[1];
    EXPECT_EQ(selected, 1) << "the newest change is chosen";
}

TEST_F(FamiliesTest, TheNewSchoolYearWindowShowsWhatChangesAndStartsTheYearOnce) {
    auto add = [&](const std::string& guardian, const std::string& first, const std::string& grade) {
        auto h = fn::testing::sample_household(guardian, first, "Test");
        h.students[0].grade = grade;
        return ops::add_household(db, h);
    };
    add("Rosa Núñez", "Ana", "4");
    Id fifth = add("Jamal Carter", "Tanya", "5");
    wxString summary, after_eighth, refusal;
    int result = 0;
    wxTheApp->CallAfter([&] {  // inside the window's modal loop: what a user sees and clicks
        for (auto* w : wxTopLevelWindows)
            if (auto* form = dynamic_cast<app::RolloverDialog*>(w)) {
                summary = form->summary_text();
                form->top_grade()->SetStringSelection("8");
                wxCommandEvent choose(wxEVT_CHOICE, form->top_grade()->GetId());
                choose.SetEventObject(form->top_grade());
                form->top_grade()->GetEventHandler()->ProcessEvent(choose);
                after_eighth = form->summary_text();
                form->top_grade()->SetStringSelection("5");
                form->top_grade()->GetEventHandler()->ProcessEvent(choose);
                auto* ok = wxWindow::FindWindowById(wxID_OK, form);
                wxCommandEvent click(wxEVT_BUTTON, wxID_OK);
                click.SetEventObject(ok);
                ok->GetEventHandler()->ProcessEvent(click);
            }
    });
    {
        app::RolloverDialog form(frame, db);
        EXPECT_EQ(form.top_grade()->GetStringSelection(), "5") << "the highest grade on file";
        result = form.ShowModal();
        EXPECT_NE(form.done_message().find("backups"), std::string::npos) << form.done_message();
    }
    EXPECT_EQ(result, wxID_OK);
    EXPECT_TRUE(summary.Contains("4 to 5: 1 student")) << summary;
    EXPECT_TRUE(summary.Contains("5: 1 student leaves the school")) << summary;
    EXPECT_FALSE(after_eighth.Contains("leaves")) << after_eighth;
    EXPECT_FALSE(ops::load_household(db, fifth).active());

    app::RolloverDialog again(frame, db);
    EXPECT_FALSE(again.start());
    EXPECT_TRUE(again.error_text().Contains("was started on")) << again.error_text();
}

TEST_F(FamiliesTest, FromTheHistoryWindowAFamilyIsExportedThenErasedOnRequest) {
    Id id = ops::add_household(db, fn::testing::sample_household("Zanelethu Okonkwo", "Thandiwe", "Okonkwo", "zu"));
    auto* families = new app::FamiliesPanel(frame, db);
    families->ensure_loaded();
    families->reload(id);
    const std::string pdf = dir.file("okonkwo.pdf");
    wxString exported, asked;
    int declined_rows = 0;
    wxTheApp->CallAfter([&] {  // clicks inside the history window's modal loop
        for (auto* w : wxTopLevelWindows)
            if (auto* history = dynamic_cast<app::HistoryDialog*>(w)) {
                history->choose_pdf = [&](wxWindow*, const std::string&) { return pdf; };
                auto click = [&](const char* name) {
                    auto* button = XRCCTRL(*history, name, wxButton);
                    wxCommandEvent e(wxEVT_BUTTON, button->GetId());
                    e.SetEventObject(button);
                    button->GetEventHandler()->ProcessEvent(e);
                };
                click("export_family");
                exported = history->message_text();
                history->confirm = [&](wxWindow*, const wxString& q) {
                    asked = q;
                    return false;
                };
                click("erase_family");  // "No": nothing happens
                declined_rows = history->list()->GetItemCount();
                history->confirm = [](wxWindow*, const wxString&) { return true; };
                click("erase_family");  // closes the window
            }
    });
    families->show_history(id);
    EXPECT_TRUE(exported.Contains("okonkwo.pdf")) << exported;
    EXPECT_TRUE(std::filesystem::exists(pdf));
    EXPECT_TRUE(std::filesystem::exists(dir.file("okonkwo.json")));
    EXPECT_TRUE(asked.Contains("Okonkwo")) << asked;
    EXPECT_TRUE(asked.Contains("past events' counts do not change")) << asked;
    EXPECT_EQ(declined_rows, 1);
    EXPECT_TRUE(ops::search_households(db, "okonkwo").empty()) << "erased";
    EXPECT_EQ(families->shown(), 0u) << "the directory reloaded without it";
}
