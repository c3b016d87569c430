#include "app/door_panel.h"
#include "ops/door_desk.h"

#include <gtest/gtest.h>
#include <functional>
#include <wx/button.h>
#include <wx/display.h>
#include <wx/grid.h>
#include <wx/frame.h>
#include <wx/notebook.h>
#include <wx/listbox.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include "app/door_forms.h"
#include "app/event_dialog.h"
#include "app/language_choice.h"
#include "app/families_panel.h"
#include "app/main_frame.h"
#include "app/rsvp_panel.h"
#include <wx/spinctrl.h>
#include <wx/choice.h>
#include "core/errors.h"
#include "ops/counts_ops.h"
#include "ops/event_ops.h"
#include "ops/household_ops.h"
#include "ops/rsvp_ops.h"
#include "ops/settings_ops.h"
#include "support/fixtures.h"
#include "support/gui_events.h"
#include "support/pinned_today.h"
#include "support/plan_fixtures.h"

using namespace fn;
using fn::testing::DbTest;
using fn::testing::press_enter;

namespace {

class DoorTest : public DbTest {
protected:
    void SetUp() override {
        event = ops::create_event(db, fn::testing::sample_event());
        nunez = ops::add_household(db, fn::testing::sample_household("Rosa Núñez", "Ana", "Núñez", "es"));
        tran = ops::add_household(db, fn::testing::sample_household("Trần Thị Lan", "Bảo", "Trần", "vi"));
        Rsvp r;
        r.event_id = event;
        r.household_id = nunez;
        r.adults = 2;
        r.child_ages = {4, 7};
        ops::record_rsvp(db, r);
        frame = new wxFrame(nullptr, wxID_ANY, "test", wxDefaultPosition, wxSize(1280, 800));
        door = new app::DoorPanel(frame, db, event);
        door->confirm = [this](const wxString& question) {  // the volunteer's answer, without a modal dialog
            questions.push_back(question);
            return answer;
        };
        frame->Show();
        wxYield();
    }
    void TearDown() override { frame->Destroy(); }

    Id event = 0, nunez = 0, tran = 0;
    std::vector<wxString> questions;
    bool answer = true;
    wxFrame* frame = nullptr;
    app::DoorPanel* door = nullptr;
};

}  // namespace

TEST_F(DoorTest, TypingPartOfAnAccentedNameAndEnterChecksTheFamilyIn) {
    door->search_box()->SetValue("nunez ana");
    EXPECT_EQ(door->result_count(), 1u);
    press_enter(door->search_box());
    auto counts = ops::compute_counts(db, event);
    EXPECT_EQ(counts.turnout.attended_households, 1);
    EXPECT_EQ(counts.turnout.actual_children, 2);  // from the RSVP
    EXPECT_TRUE(door->status_text().Contains(wxString::FromUTF8("Welcome, Núñez family!"))) << door->status_text();
    EXPECT_TRUE(door->totals_text().StartsWith("1 family here")) << door->totals_text();
    EXPECT_TRUE(door->search_box()->IsEmpty());  // ready for the next family

    press_enter(door->search_box());  // nothing typed: a message, no check-in
    EXPECT_TRUE(door->status_text().StartsWith("No family selected"));
    door->search_box()->SetValue("tr");  // the next family: the old refusal goes
    EXPECT_EQ(door->status_text(), "");
}

TEST_F(DoorTest, AScannedFamilyCodeChecksInAtOnceAndUndoTakesItBack) {
    auto code = ops::load_household(db, tran).code;
    door->search_box()->SetValue(wxString::FromUTF8(code));
    press_enter(door->search_box());
    ASSERT_EQ(questions.size(), 1u);  // no RSVP: asked before checking in
    EXPECT_TRUE(questions[0].Contains("has no RSVP for this event")) << questions[0];
    auto counts = ops::compute_counts(db, event);
    EXPECT_EQ(counts.turnout.walk_in_households, 1);  // answered yes: flagged as a walk-in
    door->undo_last();
    EXPECT_EQ(ops::compute_counts(db, event).turnout.walk_in_households, 0);
    EXPECT_TRUE(door->totals_text().StartsWith("0 families here"));
}

TEST_F(DoorTest, ASecondCheckInIsRefusedOnScreenNotInTheDatabase) {
    door->search_box()->SetValue("nunez");
    press_enter(door->search_box());
    door->search_box()->SetValue("nunez");
    EXPECT_TRUE(door->result_status(0).StartsWith("here since")) << door->result_status(0);
    press_enter(door->search_box());
    EXPECT_TRUE(door->status_text().Contains(wxString::FromUTF8("The Núñez family is already here (since")))
        << door->status_text();
    EXPECT_TRUE(door->status_text().Contains("F4 corrects the numbers")) << door->status_text();
    EXPECT_EQ(ops::compute_counts(db, event).turnout.attended_households, 1);
    door->adjust_last(1, 2);  // the second Enter chose the family for a correction
    EXPECT_EQ(ops::compute_counts(db, event).turnout.actual_adults, 1);
}

TEST_F(DbTest, MainFrameListsEventsAndShowsTheChosenEventsCounts) {
    auto past = fn::testing::sample_event("2020-01-10");
    ops::create_event(db, past);
    ops::create_event(db, fn::testing::sample_event("2099-05-01"));
    auto* frame = new app::MainFrame(db, "test.db");
    frame->Show();
    wxYield();
    frame->select_event(0);  // upcoming events come first
    EXPECT_TRUE(frame->counts_text().Contains("2099-05-01")) << frame->counts_text();
    EXPECT_TRUE(frame->counts_text().Contains("RSVPs             0 yes, 0 maybe, 0 no, 0 cancelled\n"))
        << frame->counts_text();
    EXPECT_TRUE(frame->counts_text().Contains("Childcare         0 children, 0 caregivers needed, 0 signed up\n"))
        << frame->counts_text();
    ASSERT_NE(frame->door(), nullptr);
    frame->Destroy();
}

TEST_F(DbTest, FamiliesDirectoryListsEveryoneAndNarrowsAsYouType) {
    for (auto [g, last] : {std::pair{"Rosa Núñez", "Núñez"}, {"Trần Thị Lan", "Trần"}, {"Jamal Carter", "Carter"}})
        ops::add_household(db, fn::testing::sample_household(g, "Kid", last));
    auto* frame = new wxFrame(nullptr, wxID_ANY, "test", wxDefaultPosition, wxSize(1280, 800));
    auto* families = new app::FamiliesPanel(frame, db);
    frame->Show();
    families->ensure_loaded();
    EXPECT_EQ(families->shown(), 3u);
    families->search_box()->SetValue("tran");
    EXPECT_EQ(families->shown(), 1u);
    families->show_card(0);
    EXPECT_TRUE(families->card_text().Contains(wxString::FromUTF8("Trần Thị Lan"))) << families->card_text();
    families->search_box()->SetValue("");
    EXPECT_EQ(families->shown(), 3u);
    frame->Destroy();
}

TEST_F(DbTest, ThreeSlipsEnteredByKeyboardBecomeRsvpsWithWaitlist) {
    Id ev = ops::create_event(db, fn::testing::sample_event());
    fn::testing::add_round_with_workshop(db, ev, "Math games", 3);
    for (auto [g, last] : {std::pair{"Rosa Núñez", "Núñez"}, {"Trần Thị Lan", "Trần"}, {"Jamal Carter", "Carter"}})
        ops::add_household(db, fn::testing::sample_household(g, "Kid", last));
    auto* frame = new wxFrame(nullptr, wxID_ANY, "test", wxDefaultPosition, wxSize(1280, 800));
    auto* slips = new app::RsvpPanel(frame, db, ev);
    frame->Show();
    wxYield();
    auto enter = [&] {  // the Enter key as the panel sees it
        wxKeyEvent key(wxEVT_CHAR_HOOK);
        key.m_keyCode = WXK_RETURN;
        key.SetEventObject(slips);
        slips->GetEventHandler()->ProcessEvent(key);
    };
    struct Slip {
        const char* search;
        int adults;
        const char* kids;
        const char* care;
        int veg;
    };
    for (const Slip& s : {Slip{"nunez", 2, "4,7", "4", 1}, Slip{"tran", 1, "9", "", 0}, Slip{"carter", 1, "", "", 0}}) {
        slips->search_box()->SetValue(wxString::FromUTF8(s.search));
        slips->adults()->SetValue(s.adults);
        slips->child_ages()->SetValue(s.kids);
        slips->childcare_ages()->SetValue(s.care);
        slips->round_choice(0)->SetSelection(1);  // Math games
        slips->vegetarian()->SetValue(s.veg);
        if (std::string(s.search) == "tran") {
            EXPECT_TRUE(app::choose_language(slips->interpreter(), "vi"));
        }
        enter();
        EXPECT_TRUE(slips->status_text().StartsWith("Saved:")) << slips->status_text();
        EXPECT_TRUE(slips->search_box()->IsEmpty());  // next slip
    }
    EXPECT_TRUE(slips->status_text().Contains("WAITLISTED (#1)")) << slips->status_text();  // 2 + 1 seats taken
    auto counts = ops::compute_counts(db, ev);
    EXPECT_EQ(counts.rsvps.yes, 3);
    EXPECT_EQ(counts.rsvps.children, 3);
    EXPECT_EQ(counts.childcare.children, 1);
    EXPECT_EQ(counts.dinner.by_need[MealNeed::Vegetarian], 1);
    EXPECT_EQ(counts.workshops.at(0).households_waiting, 1);
    EXPECT_EQ(counts.rsvps.interpreters, (std::map<std::string, int>{{"vi", 1}}));

    slips->search_box()->SetValue("nunez");
    slips->child_ages()->SetValue("4,x");  // a typo is refused and the slip stays as typed
    enter();
    EXPECT_TRUE(slips->status_text().Contains("is not a list")) << slips->status_text();
    EXPECT_EQ(slips->child_ages()->GetValue(), "4,x");
    frame->Destroy();
}

TEST_F(DbTest, TheEventFormCreatesAndChangesEventsThatTheFrameShows) {
    auto* frame = new app::MainFrame(db, "test.db");
    frame->Show();
    Id id = 0;
    {
        app::EventDialog form(frame, db);
        form.set_field("title", "Science Night");
        form.set_field("title_es", wxString::FromUTF8("Noche de Ciencias"));
        form.set_field("date", "2099-02-30");  // a typo: refused in the form, nothing saved
        EXPECT_FALSE(form.save());
        EXPECT_TRUE(form.error_text().Contains("event date")) << form.error_text();
        EXPECT_EQ(ops::list_events(db).size(), 0u);
        form.set_field("date", "2099-03-05");
        form.set_field("deadline", "2099-02-27");
        EXPECT_EQ(form.read().title("es"), "Noche de Ciencias");
        EXPECT_TRUE(form.read().dinner);
        ASSERT_TRUE(form.save()) << form.error_text();
        id = form.saved_id();
    }
    frame->show_event(id);
    EXPECT_EQ(frame->event_count(), 1u);
    EXPECT_TRUE(frame->counts_text().Contains("Science Night")) << frame->counts_text();
    {
        app::EventDialog form(frame, db, id);  // Event > Edit details
        EXPECT_EQ(form.field("place"), "Cafeteria");
        form.set_field("place", "Gym");
        form.set_field("title_es", "");  // drop the Spanish title
        ASSERT_TRUE(form.save()) << form.error_text();
    }
    auto e = ops::load_event_plan(db, id).event;
    EXPECT_EQ(e.place, "Gym");
    EXPECT_EQ(e.texts.count("es"), 0u);
    EXPECT_EQ(e.status, EventStatus::Draft);
    frame->Destroy();
}

TEST_F(DbTest, ADateThatHasPassedIsAskedAboutAndNoKeepsTheFormToCorrectIt) {
    fn::test::TodayIs today("2026-12-07");
    auto* frame = new app::MainFrame(db, "test.db");
    {
        app::EventDialog form(frame, db);
        wxString asked;
        bool answer = false;
        form.confirm_past_date = [&](const wxString& question) {
            asked = question;
            return answer;
        };
        form.set_field("title", "Winter Reading Night");
        form.set_field("date", "2025-12-10");  // "2025" typed for "2026"
        form.set_field("deadline", "");
        EXPECT_FALSE(form.save());
        EXPECT_TRUE(asked.Contains("2025-12-10 has already passed")) << asked;
        EXPECT_TRUE(form.error_text().Contains("2025-12-10 has already passed")) << form.error_text();
        EXPECT_EQ(form.field("title"), "Winter Reading Night") << "the form keeps what was typed";
        EXPECT_TRUE(ops::list_events(db).empty());
        form.set_field("date", "2026-12-10");  // corrected: planned without a question
        asked.clear();
        ASSERT_TRUE(form.save()) << form.error_text();
        EXPECT_TRUE(asked.empty());
    }
    {
        app::EventDialog form(frame, db);  // last spring's night, entered for its attendance
        form.confirm_past_date = [](const wxString&) { return true; };
        form.set_field("title", "Spring Math Night");
        form.set_field("date", "2026-04-16");
        form.set_field("deadline", "");
        ASSERT_TRUE(form.save()) << form.error_text();
    }
    auto events = ops::list_events(db);
    ASSERT_EQ(events.size(), 2u);
    EXPECT_EQ(events[0].date, "2026-04-16");
    EXPECT_EQ(events[1].date, "2026-12-10");
    frame->Destroy();
}

TEST_F(DbTest, TheEventFormTakesItsTextsInEveryLanguageTheFamiliesRead) {
    auto settings = ops::load_settings(db);
    settings.languages = {"en", "es", "vi", "ko"};
    ops::save_settings(db, settings);
    auto* frame = new app::MainFrame(db, "test.db");
    Id id = 0;
    {
        app::EventDialog form(frame, db);
        form.set_field("title", "Science Night");
        form.set_field("date", "2099-03-05");
        std::vector<std::string> rows;
        form.show_texts = [&](app::TextsDialog& texts) {
            wxGrid* grid = texts.grid();
            for (int r = 0; r < grid->GetNumberRows(); ++r) rows.push_back(grid->GetRowLabelValue(r).utf8_string());
            grid->SetCellValue(2, 0, wxString::FromUTF8("Đêm Khoa Học"));  // vi
            grid->SetCellValue(2, 2, wxString::FromUTF8("Nhà ăn"));
            grid->SetCellValue(1, 1, wxString::FromUTF8("과학의 밤 설명"));  // ko: a description without a title
            return wxID_OK;
        };
        wxCommandEvent click(wxEVT_BUTTON, XRCID("other_languages"));
        click.SetEventObject(XRCCTRL(form, "other_languages", wxButton));
        XRCCTRL(form, "other_languages", wxButton)->GetEventHandler()->ProcessEvent(click);
        EXPECT_EQ(rows, (std::vector<std::string>{"es Español", "ko 한국어", "vi Tiếng Việt"}));
        EXPECT_TRUE(XRCCTRL(form, "other_languages_summary", wxStaticText)
                        ->GetLabel()
                        .Contains(wxString::FromUTF8("Tiếng Việt")));
        // Refused where it was typed wrong, in the form's error line; nothing is lost.
        EXPECT_FALSE(form.save());
        EXPECT_TRUE(form.error_text().Contains("event title (ko)")) << form.error_text();
        form.show_texts = [&](app::TextsDialog& texts) {
            EXPECT_EQ(texts.grid()->GetCellValue(2, 0), wxString::FromUTF8("Đêm Khoa Học"));  // still there
            texts.grid()->SetCellValue(1, 0, wxString::FromUTF8("과학의 밤"));
            return wxID_OK;
        };
        XRCCTRL(form, "other_languages", wxButton)->GetEventHandler()->ProcessEvent(click);
        ASSERT_TRUE(form.save()) << form.error_text();
        id = form.saved_id();
    }
    auto e = ops::load_event_plan(db, id).event;
    EXPECT_EQ(e.title("vi"), "Đêm Khoa Học");
    EXPECT_EQ(e.places.at("vi"), "Nhà ăn");
    EXPECT_EQ(e.texts.at("ko").description, "과학의 밤 설명");
    {
        // Cancelled: nothing changes.
        app::EventDialog form(frame, db, id);
        form.show_texts = [](app::TextsDialog& texts) {
            texts.grid()->SetCellValue(2, 0, "");
            return wxID_CANCEL;
        };
        form.edit_other_languages();
        ASSERT_TRUE(form.save()) << form.error_text();
    }
    EXPECT_EQ(ops::load_event_plan(db, id).event.title("vi"), "Đêm Khoa Học");
    frame->Destroy();
}

TEST_F(DoorTest, AWalkInIsRegisteredInAFewFieldsAndCountedAtOnce) {
    ops::DoorDesk form_desk(db, event, "test table");
    app::WalkInDialog form(frame, form_desk);
    form.set_field("guardian", "");  // nobody named: refused in the form
    EXPECT_FALSE(form.save());
    EXPECT_TRUE(form.error_text().Contains("guardian")) << form.error_text();
    EXPECT_EQ(ops::compute_counts(db, event).turnout.walk_in_households, 0);

    form.set_field("guardian", "Hodan Warsame");
    form.set_field("student", "Ayaan Warsame");
    EXPECT_TRUE(form.choose_language("so"));
    form.set_count("adults", 2);
    form.set_count("children", 3);
    ASSERT_TRUE(form.save()) << form.error_text();
    door->welcome_walk_in(form.saved());
    EXPECT_TRUE(door->status_text().Contains("Welcome, Warsame family! New family registered with code"))
        << door->status_text();
    EXPECT_TRUE(door->totals_text().StartsWith("1 family here  |  2 adults  |  3 children  |  1 walk-in"))
        << door->totals_text();
    auto h = ops::load_household(db, form.saved().household_id);
    EXPECT_EQ(h.language, "so");
    EXPECT_TRUE(h.walk_in);

    door->adjust_last(2, 1);  // one child went home with a grandparent
    EXPECT_EQ(ops::compute_counts(db, event).turnout.actual_children, 1);
    EXPECT_TRUE(door->status_text().Contains("now counted as 2 adults and 1 child")) << door->status_text();
}

TEST_F(DoorTest, ChildrenGoToChildcareWithACodeAndLeaveOnlyWithIt) {
    door->drop_off_children();  // nobody checked in yet: a message, no dialog
    EXPECT_TRUE(door->status_text().StartsWith("Check the family in first")) << door->status_text();
    door->search_box()->SetValue("nunez");
    press_enter(door->search_box());
    std::string code;
    {
        ops::DoorDesk form_desk(db, event, "test table");
        app::ChildcareDialog form(frame, form_desk, ops::load_household(db, nunez), 2);
        form.set_field("code", "K0");  // a typo
        EXPECT_FALSE(form.save());
        EXPECT_TRUE(form.error_text().Contains("is not a pickup code")) << form.error_text();
        form.set_field("code", "k7mx");  // the printed tag
        ASSERT_TRUE(form.save()) << form.error_text();
        code = form.saved().pickup_code;
        std::vector<wxString> shown;
        door->show_pickup_code = [&](const wxString& c, const wxString&) { shown.push_back(c); };
        door->dropped_off(form.saved());
        EXPECT_EQ(shown, std::vector<wxString>{"K7MX"});  // large, until dismissed
    }
    EXPECT_EQ(code, "K7MX");
    door->refresh_totals();
    EXPECT_EQ(door->childcare_text(), "Childcare: 2 children of 1 families in care, 0 picked up");
    {
        ops::DoorDesk form_desk(db, event, "test table");
        app::PickupDialog form(frame, form_desk);  // F6: who is in care, then the code
        EXPECT_EQ(form.families_in_care(), 1u);
        EXPECT_EQ(XRCCTRL(form, "in_care", wxListBox)->GetString(0).Find("K7MX"), wxNOT_FOUND);  // never the codes
        form.set_field("code", "AAAA");
        EXPECT_FALSE(form.save());
        EXPECT_TRUE(form.error_text().StartsWith("no children in care with code AAAA")) << form.error_text();
    }
    door->pick_up("AAAA");
    EXPECT_TRUE(door->status_text().StartsWith("no children in care with code AAAA")) << door->status_text();
    door->pick_up("k7-mx");
    EXPECT_TRUE(
        door->status_text().Contains(wxString::FromUTF8("2 children of the Núñez family go home with Rosa Núñez")))
        << door->status_text();
    EXPECT_EQ(door->childcare_text(), "Childcare: 0 children of 0 families in care, 2 picked up");
}

TEST_F(DbTest, RallyCounterCountsHeadsAtTheMeetingPoint) {
    auto e = fn::testing::sample_event();
    e.kind = EventKind::WalkIn;
    Id walk = ops::create_event(db, e);
    auto* frame = new wxFrame(nullptr, wxID_ANY, "test", wxDefaultPosition, wxSize(1280, 800));
    auto* door = new app::DoorPanel(frame, db, walk);
    frame->Show();
    door->save_rally_count();  // nothing counted yet
    EXPECT_TRUE(door->status_text().StartsWith("Count people with +1 first")) << door->status_text();
    for (int i = 0; i < 5; ++i) door->rally_add(1);
    door->rally_add(-1);  // counted someone twice
    EXPECT_EQ(door->rally_text(), "now 4 here (saved so far: 0)");
    door->save_rally_count();
    EXPECT_EQ(door->rally_text(), "now 0 here (saved so far: 4)");
    EXPECT_EQ(ops::compute_counts(db, walk).headcount_total, 4);
    frame->Destroy();
}

TEST_F(DbTest, DoorModeFillsTheWindowWithTheCheckInPanel) {
    ops::create_event(db, fn::testing::sample_event("2099-05-01"));
    auto* main = new app::MainFrame(db, "test.db");
    main->Show();
    main->select_event(0);
    auto normal = main->door()->search_box()->GetFont().GetPointSize();
    main->set_door_mode(true);
    wxYield();
    EXPECT_TRUE(main->door_mode());
    EXPECT_EQ(main->tabs()->GetCurrentPage(), main->door());
    EXPECT_GT(main->door()->search_box()->GetFont().GetPointSize(), normal);
    main->set_door_mode(false);
    EXPECT_EQ(main->door()->search_box()->GetFont().GetPointSize(), normal);
    main->Destroy();
}

// F2 in door mode opens the walk-in form in larger type than in the normal
// window, and the form still fits the screen.
TEST_F(DoorTest, DoorModeOpensItsFormsInLargerTypeThatFitsTheScreen) {
    auto walk_in_form_type = [this](bool large) {
        door->set_large(large);
        int size = 0;
        wxSize form_size;
        bool labels_whole = false;
        // Runs inside the form's modal loop until the form has been fitted to
        // its type (GTK measures a new font once the window is shown) or a
        // second has passed: notes its type and whether every label has the
        // room its text needs, then closes it.
        int tries = 0;
        std::function<void()> look = [&] {
            for (wxWindow* w : wxTopLevelWindows)
                if (auto* form = dynamic_cast<app::WalkInDialog*>(w); form && form->IsModal()) {
                    labels_whole = true;
                    for (wxWindow* child : form->GetChildren())
                        if (auto* label = dynamic_cast<wxStaticText*>(child); label && !label->GetLabel().empty())
                            labels_whole =
                                labels_whole && label->GetSize().x >= label->GetTextExtent(label->GetLabel()).x;
                    if (!labels_whole && ++tries < 200) {
                        wxMilliSleep(5);
                        door->CallAfter(look);
                        return;
                    }
                    size = XRCCTRL(*form, "guardian", wxTextCtrl)->GetFont().GetPointSize();
                    form_size = form->GetSize();
                    form->EndModal(wxID_CANCEL);
                }
        };
        door->CallAfter(look);
        wxCommandEvent f2(wxEVT_MENU, XRCID("walk_in"));  // what the F2 accelerator sends
        door->GetEventHandler()->ProcessEvent(f2);
        EXPECT_GT(size, 0) << "the walk-in form did not open";
        EXPECT_TRUE(labels_whole) << "a label of the walk-in form is cut";
        return std::pair{size, form_size};
    };
    auto [normal, normal_size] = walk_in_form_type(false);
    auto [large, large_size] = walk_in_form_type(true);  // Xvfb's 1280x800 screen: type x1.3
    EXPECT_GE(large, normal * 5 / 4) << normal << " -> " << large;
    wxRect screen = wxDisplay(frame).GetClientArea();
    EXPECT_LE(large_size.y, screen.height);
    EXPECT_LE(large_size.x, screen.width);
    EXPECT_GT(large_size.y, normal_size.y);
}

// A walk-in whose name has a character no font draws is told at the door,
// when it can still be written in by hand on the sheets.
TEST_F(DoorTest, AWalkInWhoseNameWillNotPrintWholeIsToldAtTheDoor) {
    ops::DoorDesk form_desk(db, event, "test table");
    app::WalkInDialog form(frame, form_desk);
    form.set_field("guardian", wxString::FromUTF8("Ayaan 🙂 Warsame"));
    ASSERT_TRUE(form.save()) << form.error_text();
    door->welcome_walk_in(form.saved());
    EXPECT_TRUE(door->status_text().Contains(wxString::FromUTF8("'Ayaan 🙂 Warsame' with [?] for 🙂")))
        << door->status_text();

    ops::DoorDesk arabic_desk(db, event, "test table");
    app::WalkInDialog arabic(frame, arabic_desk);
    arabic.set_field("guardian", wxString::FromUTF8("فاطمة الزهراء"));
    ASSERT_TRUE(arabic.save()) << arabic.error_text();
    door->welcome_walk_in(arabic.saved());
    EXPECT_FALSE(door->status_text().Contains("[?]")) << door->status_text();  // Arabic prints
}
