// The coordinator's planning tabs under Xvfb: timetable with "Run a
// workshop", volunteers with sign-ups, and the Print menu.
#include <gtest/gtest.h>

#include <algorithm>
#include <libintl.h>
#include <wx/button.h>
#include <wx/choice.h>
#include <wx/ffile.h>
#include <wx/frame.h>
#include <wx/grid.h>
#include <wx/listctrl.h>
#include <wx/menu.h>
#include <wx/stattext.h>
#include <wx/statusbr.h>
#include <wx/textctrl.h>
#include <wx/uiaction.h>
#include <wx/notebook.h>
#include <wx/spinctrl.h>
#include <wx/xrc/xmlres.h>

#include <filesystem>
#include <fstream>

#include "app/app_icons.h"
#include "app/choice_search.h"
#include "app/door_panel.h"
#include "app/command_ids.h"
#include "app/export_menu.h"
#include "app/focus_in_view.h"
#include "app/main_frame.h"
#include "app/print_menu.h"
#include "app/timetable_forms.h"
#include "app/timetable_panel.h"
#include "app/translations.h"
#include "app/volunteer_forms.h"
#include "app/volunteers_panel.h"
#include "app/workshop_dialog.h"
#include "ops/counts_ops.h"
#include "ops/event_ops.h"
#include "ops/household_ops.h"
#include "ops/rsvp_ops.h"
#include "ops/volunteer_ops.h"
#include "support/fixtures.h"
#include "support/gui_events.h"

using namespace fn;
using fn::testing::DbTest;

namespace {

class PlanningTest : public DbTest {
protected:
    void SetUp() override {
        event = ops::create_event(db, fn::testing::sample_event());
        round1 = ops::add_round(db, {0, event, 1, "18:00", "18:30"});
        library = ops::add_room(db, {0, event, "Library", 25});
        gym = ops::add_room(db, {0, event, "Gym", 40});
        teacher = ops::add_person(db, {0, "Ms. Rivera", PersonRole::Teacher, "", "", {"en", "es"}});
        Workshop w;
        w.event_id = event;
        w.round_id = round1;
        w.room_id = library;
        w.texts["en"] = {"Reading at home", ""};
        w.capacity = 2;
        w.presenter_ids = {teacher};
        reading = ops::add_workshop(db, w);
        frame = new wxFrame(nullptr, wxID_ANY, "test", wxDefaultPosition, wxSize(1280, 800));
        frame->Show();
    }
    void TearDown() override { frame->Destroy(); }

    Id event = 0, round1 = 0, library = 0, gym = 0, teacher = 0, reading = 0;
    wxFrame* frame = nullptr;
};

int column(app::TimetablePanel* t, const wxString& room) {
    for (int c = 0; c < t->grid()->GetNumberCols(); ++c)
        if (t->grid()->GetColLabelValue(c).StartsWith(room)) return c;
    return -1;
}

bool offered(wxChoice* choice, const wxString& start) {
    for (unsigned i = 0; i < choice->GetCount(); ++i)
        if (choice->GetString(i).StartsWith(start)) return true;
    return false;
}

}  // namespace

TEST_F(PlanningTest, TimetableShowsRoundsByRoomsWithPresenterAndSeats) {
    Id household = ops::add_household(db, fn::testing::sample_household("Rosa Núñez", "Ana", "Núñez", "es"));
    Rsvp r;
    r.event_id = event;
    r.household_id = household;
    r.adults = 1;
    r.child_ages = {7};
    r.picks = {{round1, reading}};
    ops::record_rsvp(db, r);
    auto* timetable = new app::TimetablePanel(frame, db, event);
    wxYield();
    ASSERT_EQ(timetable->grid()->GetNumberRows(), 1);
    ASSERT_EQ(timetable->grid()->GetNumberCols(), 2);  // Library, Gym (no "no room" column needed)
    EXPECT_EQ(timetable->grid()->GetColLabelValue(column(timetable, "Library")), "Library\n25 seats");
    EXPECT_EQ(timetable->cell_text(0, column(timetable, "Library")), "Reading at home\nMs. Rivera\n1/2 seats");
    EXPECT_EQ(timetable->cell_text(0, column(timetable, "Gym")), "(free)");
    EXPECT_TRUE(timetable->clash_text().empty());
}

TEST_F(PlanningTest, RunAWorkshopOffersOnlyFreeRoomsAndTheGridShowsIt) {
    ops::add_household(db,
                       fn::testing::sample_household("Lan Phạm", "Bảo", "Phạm", "vi"));  // a family reading Vietnamese
    auto* timetable = new app::TimetablePanel(frame, db, event);
    {
        app::WorkshopDialog form(frame, db, event, round1);
        auto* rooms = XRCCTRL(form, "room", wxChoice);
        EXPECT_FALSE(offered(rooms, "Library"));  // taken by "Reading at home" in round 1
        EXPECT_TRUE(offered(rooms, "Gym"));
        EXPECT_TRUE(form.choose_room("Gym"));
        form.set_field("title", "");  // forgotten title: refused in the form, nothing saved
        EXPECT_FALSE(form.save());
        EXPECT_TRUE(form.error_text().Contains("title")) << form.error_text();
        EXPECT_EQ(ops::load_event_plan(db, event).workshops.size(), 1u);

        form.set_field("title", "Math games");
        form.set_field("title_es", "Juegos de matemáticas");
        // Its title in Vietnamese too, from "Texts in other languages...": the Spanish row shows what was typed above.
        form.show_texts = [](app::TextsDialog& texts) {
            EXPECT_EQ(texts.grid()->GetNumberCols(), 2);  // title and description: a workshop has no place
            for (int r = 0; r < texts.grid()->GetNumberRows(); ++r) {
                wxString row = texts.grid()->GetRowLabelValue(r);
                if (row.StartsWith("es ")) {
                    EXPECT_EQ(texts.grid()->GetCellValue(r, 0), wxString::FromUTF8("Juegos de matemáticas"));
                }
                if (row.StartsWith("vi ")) texts.grid()->SetCellValue(r, 0, wxString::FromUTF8("Trò chơi toán học"));
            }
            return wxID_OK;
        };
        wxCommandEvent click(wxEVT_BUTTON, XRCID("other_languages"));
        XRCCTRL(form, "other_languages", wxButton)->GetEventHandler()->ProcessEvent(click);
        EXPECT_TRUE(XRCCTRL(form, "other_languages_summary", wxStaticText)
                        ->GetLabel()
                        .Contains(wxString::FromUTF8("Tiếng Việt")));
        form.set_field("grade_band", "K-2");
        form.set_field("materials", "dice, cards");
        XRCCTRL(form, "subject", wxChoice)->SetStringSelection("Math");
        XRCCTRL(form, "capacity", wxSpinCtrl)->SetValue(12);
        XRCCTRL(form, "presenter", wxChoice)->SetSelection(0);  // nobody yet
        EXPECT_TRUE(form.save()) << form.error_text();
        EXPECT_NE(form.saved_id(), 0);
    }
    auto plan = ops::load_event_plan(db, event);
    ASSERT_EQ(plan.workshops.size(), 2u);
    EXPECT_EQ(plan.workshops[1].room_id, gym);
    EXPECT_EQ(plan.workshops[1].subject, Subject::Math);
    EXPECT_EQ(plan.workshops[1].materials, "dice, cards");
    EXPECT_EQ(plan.workshops[1].title("vi"), "Trò chơi toán học");
    EXPECT_EQ(plan.workshops[1].title("es"), "Juegos de matemáticas");
    timetable->reload();
    EXPECT_EQ(timetable->cell_text(0, column(timetable, "Gym")), "Math games\nno presenter yet\n0/12 seats");

    // Editing the workshop moves it to "no room" and signs Ms. Rivera up: she
    // already presents in round 1, so that is refused and nothing changes.
    {
        app::WorkshopDialog form(frame, db, event, round1, gym, plan.workshops[1].id);
        EXPECT_EQ(XRCCTRL(form, "grade_band", wxTextCtrl)->GetValue(), "K-2");
        XRCCTRL(form, "presenter", wxChoice)->SetStringSelection("Ms. Rivera");
        EXPECT_FALSE(form.save());
        EXPECT_TRUE(form.error_text().Contains("Ms. Rivera already presents")) << form.error_text();
        XRCCTRL(form, "presenter", wxChoice)->SetSelection(0);
        EXPECT_TRUE(form.choose_room("No room yet"));
        EXPECT_TRUE(form.save()) << form.error_text();
    }
    timetable->reload();
    ASSERT_EQ(timetable->grid()->GetNumberCols(), 3);  // the "No room yet" column appears
    EXPECT_EQ(timetable->cell_text(0, column(timetable, "Gym")), "(free)");
    EXPECT_TRUE(timetable->cell_text(0, column(timetable, "No room yet")).StartsWith("Math games"));
}

TEST_F(PlanningTest, VolunteersTabShowsShortfallsAndSignUpsFillThem) {
    auto* panel = new app::VolunteersPanel(frame, db, event);
    EXPECT_TRUE(panel->summary_text().StartsWith("No volunteer shifts yet")) << panel->summary_text();
    fn::testing::click(panel, "change_shift");  // nothing to change: said, not a silent button
    EXPECT_TRUE(panel->summary_text().StartsWith("There is no shift to change yet")) << panel->summary_text();
    {
        app::ShiftDialog form(frame, db, event);
        form.set_field("role_name", "Childcare (gym)");
        XRCCTRL(form, "kind", wxChoice)->SetStringSelection("Childcare");
        form.set_field("start", "17:30");
        form.set_field("end", "17:00");  // ends before it starts: refused
        EXPECT_FALSE(form.save());
        EXPECT_FALSE(form.error_text().empty());
        form.set_field("end", "19:30");
        XRCCTRL(form, "needed", wxSpinCtrl)->SetValue(2);
        EXPECT_TRUE(form.save()) << form.error_text();
    }
    {
        app::PersonDialog form(frame, db);
        form.set_field("name", "Luis Gómez");
        form.set_field("phone", "555-0142");
        XRCCTRL(form, "role", wxChoice)->SetStringSelection("Parent");
        EXPECT_TRUE(form.save()) << form.error_text();
    }
    {
        app::VolunteerDialog form(frame, db, event);
        EXPECT_FALSE(form.save());  // nobody chosen yet
        EXPECT_TRUE(form.error_text().Contains("choose the person")) << form.error_text();
        EXPECT_TRUE(form.choose_person(wxString::FromUTF8("Luis Gómez")));
        EXPECT_TRUE(form.save()) << form.error_text();
        EXPECT_TRUE(form.save());  // the same shift twice: still one sign-up
    }
    panel->reload();
    ASSERT_EQ(panel->list()->GetItemCount(), 1);
    EXPECT_EQ(panel->row_text(0), wxString::FromUTF8("Childcare (gym) | 17:30-19:30 | 2 | 1 | 1 | Luis Gómez"));
    EXPECT_EQ(panel->summary_text(), "1 of 2 places filled; 1 still needed");
    fn::testing::click(panel, "change_shift");  // a shift on the list, none chosen
    EXPECT_EQ(panel->summary_text(), "Choose a shift in the list first, then Change shift.");
    EXPECT_EQ(ops::compute_counts(db, event).volunteers.role_coverage.at(0).shortfall, 1);
}

TEST_F(PlanningTest, PrintMenuWritesThePdfAndOpensIt) {
    auto* main = new app::MainFrame(db, "test.db");
    main->Show();
    main->select_event(0);
    fn::testing::TempDir out;
    std::vector<std::string> opened;
    main->print_menu().folder = out.file("docs");
    main->print_menu().open_document = [&](const std::string& path) {
        opened.push_back(path);
        return true;
    };
    main->print_menu().ask_flyer_languages = [] { return std::string("es,en"); };
    std::vector<wxString> told;
    main->print_menu().tell = [&](const wxString&, const wxString& message) { told.push_back(message); };
    std::vector<std::string> asked_to_replace;
    bool replace = true;
    main->print_menu().confirm_replace = [&](const std::string& path) {
        asked_to_replace.push_back(path);
        return replace;
    };

    std::string signin = main->print_menu().print(printing::DocumentKind::SignInSheet);
    EXPECT_EQ(signin, out.file("docs") + "/2026-12-03 signin.pdf");
    std::string flyer = main->print_menu().print(printing::DocumentKind::Flyer);
    ASSERT_EQ(opened, (std::vector<std::string>{signin, flyer}));
    EXPECT_TRUE(main->GetStatusBar()->GetStatusText().StartsWith("Wrote Flyer with RSVP slip: "))
        << main->GetStatusBar()->GetStatusText();
    EXPECT_TRUE(asked_to_replace.empty());
    // Printed again: asked first; "no" keeps the first and writes beside it.
    replace = false;
    EXPECT_EQ(main->print_menu().print(printing::DocumentKind::SignInSheet),
              out.file("docs") + "/2026-12-03 signin (2).pdf");
    EXPECT_EQ(asked_to_replace, std::vector<std::string>{signin});
    replace = true;
    opened.resize(2);
    for (const auto& path : opened) {
        wxFFile pdf(path, "rb");
        char head[5] = {};
        ASSERT_EQ(pdf.Read(head, 4), 4u) << path;
        EXPECT_STREQ(head, "%PDF");
    }

    // Every Print menu item (and toolbar button) by its command id writes its
    // document, and does nothing else (ids once collided with View items).
    Id household = ops::add_household(db, fn::testing::sample_household("Rosa Núñez", "Ana", "Núñez", "es"));
    Rsvp yes;  // someone to print a family badge for
    yes.event_id = event;
    yes.household_id = household;
    ops::record_rsvp(db, yes);
    opened.clear();
    main->tabs()->SetSelection(0);
    const auto& catalog = printing::document_catalog();
    for (std::size_t i = 0; i < catalog.size(); ++i) {
        wxCommandEvent click(wxEVT_MENU, app::kFirstPrintId + static_cast<int>(i));
        main->GetEventHandler()->ProcessEvent(click);
    }
    // Every one but two, each refused with its reason in the window: the
    // barrier slips (before anyone has checked in, no one "did not come")
    // and the resources handout (the directory is empty).
    EXPECT_EQ(opened.size(), catalog.size() - 2);
    for (const char* why : {"no family is checked in at this event yet", "the resources directory is empty"}) {
        auto refusal = std::find_if(told.begin(), told.end(), [&](const wxString& t) { return t.Contains(why); });
        ASSERT_NE(refusal, told.end()) << why;
        told.erase(refusal);
    }
    // Said only by the invitations: the workshop has no Spanish title yet.
    EXPECT_EQ(told.size(), 4u);  // the flyer printed above, then flyer, backpack mail and binder
    for (const auto& t : told)
        EXPECT_TRUE(t.Contains(
            "Not given in Español (es) yet, so printed in English: its place, 1 workshop title, 1 room name."))
            << t;
    told.clear();

    // A family whose language has no printed labels yet: the coordinator is told where to add them.
    ops::add_household(db, fn::testing::sample_household("Abebe Kebede", "Liya", "Kebede", "am"));
    main->print_menu().print(printing::DocumentKind::BackpackMail);
    ASSERT_EQ(told.size(), 1u);
    EXPECT_TRUE(told[0].Contains("1 families speak 'am'")) << told[0];
    EXPECT_TRUE(told[0].Contains("File > School settings > Printed labels")) << told[0];
    EXPECT_EQ(main->tabs()->GetSelection(), 0);
    EXPECT_FALSE(main->door_mode());

    // No PDF viewer on this computer: the coordinator is told where the file is.
    told.clear();
    main->print_menu().open_document = [](const std::string&) { return false; };
    std::string again = main->print_menu().print(printing::DocumentKind::HeadcountSheet);
    ASSERT_EQ(told.size(), 1u);
    EXPECT_TRUE(told[0].Contains("no PDF viewer opened it")) << told[0];
    EXPECT_TRUE(told[0].Contains(wxString::FromUTF8(again))) << told[0];

    // The menu bar has a Print menu with every document.
    int print_menu = main->GetMenuBar()->FindMenu("Print");
    ASSERT_NE(print_menu, wxNOT_FOUND);
    EXPECT_EQ(main->GetMenuBar()->GetMenu(static_cast<std::size_t>(print_menu))->GetMenuItemCount(),
              printing::document_catalog().size() + 4);  // Print a document (Ctrl+P), and three separators
    wxMenuItem* choose = main->GetMenuBar()->FindItem(app::kChoosePrint);
    ASSERT_NE(choose, nullptr);
    EXPECT_EQ(choose->GetAccel() ? choose->GetAccel()->ToString() : wxString(), "Ctrl+P");
    main->Destroy();
}

TEST_F(PlanningTest, MainFrameHasTheEventsPlanningTabs) {
    auto* main = new app::MainFrame(db, "test.db");
    main->Show();
    main->select_event(0);
    ASSERT_NE(main->timetable(), nullptr);
    ASSERT_NE(main->volunteers(), nullptr);
    std::vector<wxString> tabs;
    for (std::size_t i = 0; i < main->tabs()->GetPageCount(); ++i) tabs.push_back(main->tabs()->GetPageText(i));
    EXPECT_EQ(tabs,
              (std::vector<wxString>{"Counts", "Timetable", "Volunteers", "RSVP slips", "At the door", "Families"}));
    main->tabs()->SetSelection(1);
    main->select_event(0);  // picking an event again keeps the tab
    EXPECT_EQ(main->tabs()->GetSelection(), 1);
    main->Destroy();
}

TEST_F(PlanningTest, TheWindowsSpeakSpanishWhenChosen) {
    app::use_language("es");
    {
        auto* main = new app::MainFrame(db, "test.db");
        main->select_event(0);
        std::vector<wxString> tabs;
        for (std::size_t i = 0; i < main->tabs()->GetPageCount(); ++i) tabs.push_back(main->tabs()->GetPageText(i));
        EXPECT_EQ(tabs,
                  (std::vector<wxString>{"Cifras", "Horario", "Voluntarios",
                                         wxString::FromUTF8("Talones de confirmación"), "En la entrada", "Familias"}));
        EXPECT_TRUE(main->door()->totals_text().StartsWith(wxString::FromUTF8("0 familias aquí  |  0 adultos")))
            << main->door()->totals_text();
        EXPECT_NE(main->GetMenuBar()->FindMenu("Imprimir"), wxNOT_FOUND);
        EXPECT_TRUE(main->counts_text().Contains(wxString::FromUTF8("Confirmaciones    0 sí, 0 tal vez")))
            << main->counts_text();
        EXPECT_EQ(main->timetable()->cell_text(0, column(main->timetable(), "Gym")), "(libre)");
        EXPECT_EQ(main->timetable()->cell_text(0, column(main->timetable(), "Library")),
                  "Reading at home\nMs. Rivera\n0/2 lugares");
        main->Destroy();
        app::WorkshopDialog form(frame, db, event, round1);  // an XRC form
        EXPECT_EQ(XRCCTRL(form, "subject", wxChoice)->GetString(1), wxString::FromUTF8("Matemáticas"));
        // GTK's own stock buttons (message boxes, choice dialogs) too, even on a
        // machine whose locale is C: GTK looks them up in its gettext domain.
        EXPECT_STREQ(dgettext("gtk30", "_Cancel"), "_Cancelar");
    }
    app::use_language("en");
    EXPECT_STREQ(dgettext("gtk30", "_Cancel"), "_Cancel");
    app::WorkshopDialog form(frame, db, event, round1);
    EXPECT_EQ(XRCCTRL(form, "subject", wxChoice)->GetString(1), "Math");
}

TEST_F(PlanningTest, ExportsGoToTheFileTheUserNamesOffTheGuiThread) {
    Id household = ops::add_household(db, fn::testing::sample_household("Rosa Núñez", "Ana", "Núñez", "es"));
    Rsvp r;
    r.event_id = event;
    r.household_id = household;
    ops::record_rsvp(db, r);
    auto* main = new app::MainFrame(db, "test.db");
    main->select_event(0);
    fn::testing::TempDir out;
    EXPECT_EQ(main->export_menu().export_to(app::ExportKind::Rsvps, out.file("rsvps.csv")), 1);
    std::ifstream csv(out.file("rsvps.csv"));
    std::string text((std::istreambuf_iterator<char>(csv)), std::istreambuf_iterator<char>());
    EXPECT_NE(text.find("Núñez"), std::string::npos) << text;
    EXPECT_EQ(main->export_menu().export_to(app::ExportKind::Directory, out.file("directory.xlsx")), 1);
    EXPECT_TRUE(std::filesystem::file_size(out.file("directory.xlsx")) > 0) << "a workbook, by the file's name";
    EXPECT_EQ(main->export_menu().export_to(app::ExportKind::Calendar, out.file("events.ics")), 1);
    EXPECT_TRUE(main->GetStatusBar()->GetStatusText().StartsWith("Wrote 1 row to"))
        << main->GetStatusBar()->GetStatusText();
    main->Destroy();
}

TEST_F(PlanningTest, RoundsAndRoomsAreAddedWithSmallForms) {
    auto* timetable = new app::TimetablePanel(frame, db, event);
    {
        app::RoundDialog form(frame, db, event, 2, "19:50", "20:30");  // the event ends at 20:00
        EXPECT_FALSE(form.save());
        EXPECT_TRUE(form.error_text().Contains("outside the event's")) << form.error_text();
        form.set_field("end", "20:00");
        EXPECT_TRUE(form.save()) << form.error_text();
    }
    {
        app::RoomDialog form(frame, db, event);
        form.set_field("name", "Library");  // already there
        EXPECT_FALSE(form.save());
        form.set_field("name", "Art room");
        form.set_seats(18);
        EXPECT_TRUE(form.save()) << form.error_text();
    }
    timetable->reload();
    EXPECT_EQ(timetable->grid()->GetNumberRows(), 2);
    EXPECT_EQ(timetable->grid()->GetNumberCols(), 3);
    EXPECT_EQ(timetable->grid()->GetRowLabelValue(1), "Round 2\n19:50-20:00");
    EXPECT_EQ(timetable->cell_text(1, column(timetable, "Art room")), "(free)");
}

TEST_F(PlanningTest, AWorkshopIsRemovedFromItsFormAndTheGridShowsTheCellFree) {
    auto* timetable = new app::TimetablePanel(frame, db, event);
    {
        app::WorkshopDialog fresh(frame, db, event, round1);
        EXPECT_FALSE(XRCCTRL(fresh, "remove", wxButton)->IsShown());  // nothing to remove yet
    }
    app::WorkshopDialog form(frame, db, event, round1, library, reading);
    EXPECT_TRUE(XRCCTRL(form, "remove", wxButton)->IsShown());
    auto removed = form.remove_workshop();
    EXPECT_EQ(removed.title, "Reading at home");
    timetable->reload();
    EXPECT_EQ(timetable->cell_text(0, column(timetable, "Library")), "(free)");
}

TEST_F(PlanningTest, AWorkshopIsGivenInTwoLanguagesAndAPresenterIsDroppedFromItsForm) {
    Id coach = ops::add_person(db, {0, "Mr. Park", PersonRole::Teacher, "", "", {"en", "ko"}});
    ops::sign_up_presenter(db, reading, coach);
    auto* timetable = new app::TimetablePanel(frame, db, event);
    {
        app::WorkshopDialog form(frame, db, event, round1, library, reading);
        EXPECT_TRUE(XRCCTRL(form, "drop_presenter", wxButton)->IsShown());
        EXPECT_EQ(XRCCTRL(form, "presenting", wxStaticText)->GetLabel(), "Ms. Rivera, Mr. Park");
        EXPECT_EQ(XRCCTRL(form, "presenter", wxChoice)->GetSelection(), 0);  // "(nobody more)": saving adds nobody

        wxString asked_about;
        wxArrayString offered_names;
        form.choose_presenter_to_drop = [&](const wxString& title, const wxArrayString& names) {
            asked_about = title;
            offered_names = names;
            return 1;  // Mr. Park
        };
        auto* drop = XRCCTRL(form, "drop_presenter", wxButton);
        wxCommandEvent click(wxEVT_BUTTON, drop->GetId());
        click.SetEventObject(drop);
        drop->GetEventHandler()->ProcessEvent(click);
        EXPECT_EQ(asked_about, "Reading at home");
        EXPECT_EQ(offered_names.size(), 2u);
        EXPECT_EQ(XRCCTRL(form, "presenting", wxStaticText)->GetLabel(), "Ms. Rivera");
        EXPECT_EQ(ops::load_event_plan(db, event).workshops.front().presenter_ids, std::vector<Id>{teacher});

        form.set_field("language", "es zz1");  // a typo in the second code: refused, nothing saved
        EXPECT_FALSE(form.save());
        EXPECT_TRUE(form.error_text().Contains("zz1")) << form.error_text();
        EXPECT_EQ(XRCCTRL(form, "language", wxTextCtrl)->GetValue(), "es zz1");
        form.set_field("language", "es en");
        EXPECT_TRUE(form.save()) << form.error_text();
    }
    auto saved = ops::load_event_plan(db, event).workshops.front();
    EXPECT_EQ(saved.languages, (std::vector<std::string>{"es", "en"}));
    EXPECT_EQ(saved.presenter_ids, std::vector<Id>{teacher});  // saving brought nobody back
    timetable->reload();
    EXPECT_EQ(timetable->cell_text(0, column(timetable, "Library")),
              wxString::FromUTF8("Reading at home\nMs. Rivera\n0/2 seats \xC2\xB7 ES/EN"));

    app::WorkshopDialog again(frame, db, event, round1, library, reading);
    EXPECT_EQ(XRCCTRL(again, "language", wxTextCtrl)->GetValue(), "es,en");
}

TEST_F(PlanningTest, EveryWindowCarriesTheAppIconFrom16To256Pixels) {
    const wxIconBundle& icons = app::app_icons();
    ASSERT_EQ(icons.GetIconCount(), 7u);
    for (int size : {16, 24, 32, 48, 64, 128, 256}) {
        wxIcon icon = icons.GetIcon(wxSize(size, size), wxIconBundle::FALLBACK_NONE);
        EXPECT_TRUE(icon.IsOk()) << size;
        EXPECT_EQ(icon.GetWidth(), size);
    }
    auto* main = new app::MainFrame(db, "test.db");
    EXPECT_EQ(main->GetIcons().GetIconCount(), 7u);
    main->Destroy();
    app::WorkshopDialog form(frame, db, event, round1);  // the forms too
    EXPECT_EQ(form.GetIcons().GetIconCount(), 7u);
}

// A drop-down of many names is chosen from by typing, by real keys through
// the X server: "lopez" chooses Ms. López among fifteen presenters (it took
// 34 scroll steps), each letter narrowing it, and a pause starts over.
TEST_F(PlanningTest, ADropDownOfManyNamesIsChosenFromByTyping) {
    for (const char* name :
         {"Mr. Adams", "Ms. Baker", "Mr. Chen", "Ms. Davis", "Mr. Evans", "Ms. Flores", "Mr. Garcia", "Ms. Hughes",
          "Mr. Ito", "Ms. Jones", "Mr. Kim", "Ms. López", "Mr. Lopes-Silva", "Ms. Nguyễn"})
        ops::add_person(db, {0, name, PersonRole::Teacher, "", "", {}});
    app::WorkshopDialog form(frame, db, event, round1);
    auto* presenter = XRCCTRL(form, "presenter", wxChoice);
    form.Show();
    presenter->SetFocus();
    ASSERT_TRUE(fn::testing::wait_for([&] { return app::focused_control(&form) == presenter; }));
    wxUIActionSimulator keys;
    keys.Text("lop");  // the first name with a word that starts so
    EXPECT_TRUE(fn::testing::wait_for([&] { return presenter->GetStringSelection() == "Mr. Lopes-Silva"; }))
        << presenter->GetStringSelection();
    keys.Text("ez");  // typed on: accents and case ignored
    EXPECT_TRUE(fn::testing::wait_for([&] {
        return presenter->GetStringSelection() == wxString::FromUTF8("Ms. López");
    })) << presenter->GetStringSelection();
    wxMilliSleep(1100);  // a pause: the next letters are a new search
    keys.Text("ngu");
    EXPECT_TRUE(fn::testing::wait_for([&] {
        return presenter->GetStringSelection() == wxString::FromUTF8("Ms. Nguyễn");
    })) << presenter->GetStringSelection();
    EXPECT_EQ(app::item_for_typed(presenter->GetStrings(), "zz"), -1);
    EXPECT_EQ(app::item_for_typed(presenter->GetStrings(), wxString::FromUTF8("lopes")),
              presenter->FindString("Mr. Lopes-Silva"));
    form.Hide();
}
