// What a coordinator and a door volunteer must be able to trust on the night:
// the right family first at the door, views that never show stale numbers,
// and RSVP slips that never overwrite an earlier one without a word.
#include <gtest/gtest.h>

#include <iostream>
#include <filesystem>
#include <fstream>
#include <tuple>
#include <wx/app.h>
#include <wx/button.h>
#include <wx/choice.h>
#include <wx/frame.h>
#include <wx/grid.h>
#include <wx/listctrl.h>
#include <wx/notebook.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/stopwatch.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include "app/counts_dashboard.h"
#include "app/door_forms.h"
#include "app/event_dialog.h"
#include "app/door_log_dialog.h"
#include "app/door_panel.h"
#include "ops/door_desk.h"
#include "app/backup_menu.h"
#include "app/main_frame.h"
#include "app/rsvp_list_dialog.h"
#include "app/rsvp_panel.h"
#include "app/timetable_forms.h"
#include "app/translations.h"
#include "app/volunteer_forms.h"
#include "app/timetable_panel.h"
#include "app/workshop_dialog.h"
#include "ops/childcare_ops.h"
#include "ops/counts_ops.h"
#include "ops/door_ops.h"
#include "ops/event_ops.h"
#include "ops/settings_ops.h"
#include "ops/household_ops.h"
#include "ops/plan_edit_ops.h"
#include "ops/volunteer_edit_ops.h"
#include "ops/volunteer_ops.h"
#include "ops/roster_ops.h"
#include "ops/rsvp_ops.h"
#include "support/fixtures.h"
#include "support/gui_events.h"
#include "support/plan_fixtures.h"

using namespace fn;
using fn::testing::DbTest;
using fn::testing::press_enter;
using fn::testing::rsvp_yes;
using fn::testing::sample_household;

namespace {

void settle() {
    wxTheApp->ProcessPendingEvents();
    wxYield();
}

}  // namespace

TEST_F(DbTest, TheDoorPutsTheExpectedFamilyFirstAndAsksBeforeAWalkIn) {
    Id event = ops::create_event(db, fn::testing::sample_event());
    // Four Núñez households; only the one with "Lucía" sent a slip.
    for (const char* first : {"Ana", "Beto", "Carla"})
        ops::add_household(db, sample_household("Rosa Núñez", first, "Núñez", "es"));
    Id expected = ops::add_household(db, sample_household("Rosa Núñez", "Lucía", "Núñez", "es"));
    rsvp_yes(db, event, expected, 2, {4, 7});
    auto* frame = new wxFrame(nullptr, wxID_ANY, "test", wxDefaultPosition, wxSize(1024, 600));
    auto* door = new app::DoorPanel(frame, db, event);
    std::vector<wxString> questions;
    bool answer = false;
    door->confirm = [&](const wxString& q) {
        questions.push_back(q);
        return answer;
    };
    frame->Show();
    settle();

    door->search_box()->SetValue("nunez");
    ASSERT_EQ(door->result_count(), 4u);
    EXPECT_EQ(door->result(0).household.id, expected);  // first, although not first by name
    EXPECT_EQ(door->result_status(0), "RSVP yes: 2+2");
    EXPECT_EQ(door->result_status(1), "no RSVP");
    press_enter(door->search_box());
    EXPECT_TRUE(questions.empty());  // the expected family checks in without a question
    EXPECT_EQ(ops::compute_counts(db, event).turnout.attended_households, 1);

    // The next "Núñez" has no RSVP: asked first; "no" checks nobody in.
    door->search_box()->SetValue("nunez beto");
    ASSERT_EQ(door->result_count(), 1u);
    press_enter(door->search_box());
    ASSERT_EQ(questions.size(), 1u);
    EXPECT_TRUE(questions[0].Contains("has no RSVP for this event")) << questions[0];
    EXPECT_TRUE(door->status_text().StartsWith("Not checked in")) << door->status_text();
    EXPECT_EQ(ops::compute_counts(db, event).turnout.walk_in_households, 0);
    answer = true;  // "yes": a walk-in
    press_enter(door->search_box());
    EXPECT_EQ(ops::compute_counts(db, event).turnout.walk_in_households, 1);
    frame->Destroy();
}

TEST_F(DbTest, AChangeInOneTabReachesEveryOtherWithoutReselectingTheEvent) {
    Id event = ops::create_event(db, fn::testing::sample_event("2099-05-01"));
    Id family = ops::add_household(db, sample_household("Rosa Núñez", "Ana", "Núñez", "es"));
    auto* main = new app::MainFrame(db, "test.db");
    main->Show();
    main->select_event(0);
    settle();
    ASSERT_EQ(main->rsvps()->round_count(), 0u);  // "this event has no rounds" yet

    // The timetable gets a round and a workshop: the slip tab offers it at once.
    Id workshop = fn::testing::add_round_with_workshop(db, event, "Math games", 10);
    settle();
    main->tabs()->SetSelection(static_cast<std::size_t>(main->tabs()->FindPage(main->rsvps())));
    settle();
    ASSERT_EQ(main->rsvps()->round_count(), 1u);
    EXPECT_EQ(main->rsvps()->round_choice(0)->GetString(1), "Math games");

    auto show = [&](wxWindow* page) {
        main->tabs()->SetSelection(static_cast<std::size_t>(main->tabs()->FindPage(page)));
        settle();
    };
    show(main->timetable());
    EXPECT_TRUE(main->timetable()->cell_text(0, 0).Contains("0/10")) << main->timetable()->cell_text(0, 0);
    show(main->rsvps());

    // An RSVP picks it: the timetable's seat count and the door's total follow.
    Rsvp r;
    r.event_id = event;
    r.household_id = family;
    r.adults = 2;
    r.child_ages = {4};
    r.picks = {{0, workshop}};
    ops::record_rsvp(db, r);
    settle();
    show(main->timetable());
    EXPECT_TRUE(main->timetable()->cell_text(0, 0).Contains("2/10")) << main->timetable()->cell_text(0, 0);
    show(main->door());
    EXPECT_TRUE(main->door()->totals_text().EndsWith("0 of 1 RSVP")) << main->door()->totals_text();
    main->tabs()->SetSelection(0);
    settle();
    EXPECT_TRUE(main->counts_text().Contains("1 yes")) << main->counts_text();
    main->Destroy();
}

TEST_F(DbTest, AnotherStationsCheckInAppearsWithinASecond) {
    Id event = ops::create_event(db, fn::testing::sample_event("2099-05-01"));
    Id family = ops::add_household(db, sample_household("Rosa Núñez", "Ana", "Núñez", "es"));
    rsvp_yes(db, event, family, 2, {4});
    auto* main = new app::MainFrame(db, "test.db");
    main->Show();
    main->select_event(0);
    main->tabs()->SetSelection(static_cast<std::size_t>(main->tabs()->FindPage(main->door())));
    settle();
    ASSERT_TRUE(main->door()->totals_text().StartsWith("0 families here")) << main->door()->totals_text();

    // Door 2: another connection to the same file, as another laptop's app would have.
    auto other_station = store::Database::open(place.connection());
    ops::check_in(other_station, event, family, -1, -1, "Door 2");
    // It must arrive by itself (the window polls the file twice a second);
    // how fast is a figure, not a limit a busy machine could break.
    wxStopWatch clock;
    while (!main->door()->totals_text().StartsWith("1 family here") && clock.Time() < 60000) {
        wxMilliSleep(20);
        settle();
    }
    EXPECT_TRUE(main->door()->totals_text().StartsWith("1 family here")) << main->door()->totals_text();
    std::cout << "FIGURE another station's check-in reached the window in " << clock.Time() << " ms\n";
    main->Destroy();
}

TEST_F(DbTest, ASecondSlipOpensTheFirstForEditingAndSaysWhatChanged) {
    Id event = ops::create_event(db, fn::testing::sample_event());
    fn::testing::add_round_with_workshop(db, event, "Math games", 10);
    Id wilson = ops::add_household(db, sample_household("Amy Wilson", "Max", "Wilson"));
    Rsvp first;
    first.event_id = event;
    first.household_id = wilson;
    first.adults = 2;
    first.child_ages = {4, 7};
    first.meals = {{MealNeed::Vegetarian, 1, ""}};
    ops::record_rsvp(db, first);

    auto* frame = new wxFrame(nullptr, wxID_ANY, "test", wxDefaultPosition, wxSize(1366, 768));
    auto* slips = new app::RsvpPanel(frame, db, event);
    frame->Show();
    settle();
    slips->search_box()->SetValue("wilson");
    ASSERT_TRUE(slips->stored().has_value());  // the stored RSVP is opened, not a blank slip
    EXPECT_EQ(slips->adults()->GetValue(), 2);
    EXPECT_EQ(slips->child_ages()->GetValue(), "4, 7");
    EXPECT_EQ(slips->vegetarian()->GetValue(), 1);
    EXPECT_TRUE(slips->status_text().Contains("already has an RSVP")) << slips->status_text();
    {
        // A same-name family without an RSVP, chosen with Down: the stored answers go, the typed search stays.
        ops::add_household(db, sample_household("Bo Wilson", "Eva", "Wilson"));
        slips->search_box()->SetValue("wilson");
        ASSERT_TRUE(slips->stored().has_value());
        wxKeyEvent down(wxEVT_CHAR_HOOK);
        down.m_keyCode = WXK_DOWN;
        down.SetEventObject(slips->search_box());
        slips->search_box()->SetFocus();
        slips->GetEventHandler()->ProcessEvent(down);
        EXPECT_FALSE(slips->stored().has_value());
        EXPECT_EQ(slips->search_box()->GetValue(), "wilson");
        EXPECT_EQ(slips->adults()->GetValue(), 1);
        slips->search_box()->SetValue("");
        slips->search_box()->SetValue("wilson amy");  // back to the Wilsons with the RSVP
        ASSERT_TRUE(slips->stored().has_value());
    }

    slips->child_ages()->SetValue("4");  // the new slip: one child, no special meal
    slips->vegetarian()->SetValue(0);
    ASSERT_TRUE(slips->save()) << slips->status_text();
    EXPECT_TRUE(slips->status_text().StartsWith("Updated the Wilson family's RSVP:")) << slips->status_text();
    EXPECT_TRUE(slips->status_text().Contains("children's ages 4, 7 to 4")) << slips->status_text();
    EXPECT_TRUE(slips->status_text().Contains("special meals 1 vegetarian to none")) << slips->status_text();
    auto stored = ops::find_rsvp(db, event, wilson);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->child_ages, std::vector<int>{4});

    // A slip typed first and matched after is the coordinator's: not filled over.
    slips->adults()->SetValue(3);
    wxCommandEvent typed(wxEVT_SPINCTRL, slips->adults()->GetId());
    typed.SetEventObject(slips->adults());
    slips->adults()->GetEventHandler()->ProcessEvent(typed);
    slips->search_box()->SetValue("wilson");
    EXPECT_EQ(slips->adults()->GetValue(), 3);
    EXPECT_TRUE(
        slips->status_text().Contains("typed before a family was chosen: press Enter twice to replace the RSVP"))
        << slips->status_text();
    frame->Destroy();
}

TEST_F(DbTest, TheDoorLogRevertsAnyOfThreeCheckInsByKeyAndSaysWhyWhenItCannot) {
    Id event = ops::create_event(db, fn::testing::sample_event());
    std::vector<Id> ids;
    for (auto [guardian, last] : {std::pair{"Rosa Núñez", "Núñez"}, {"Minh Trần", "Trần"}, {"Amy Wilson", "Wilson"}}) {
        ids.push_back(ops::add_household(db, sample_household(guardian, "Kid", last)));
        rsvp_yes(db, event, ids.back(), 1, {5});
    }
    auto* frame = new wxFrame(nullptr, wxID_ANY, "test", wxDefaultPosition, wxSize(1024, 600));
    auto* door = new app::DoorPanel(frame, db, event);
    frame->Show();
    settle();
    for (const char* name : {"nunez", "tran", "wilson"}) {  // three families checked in by typing and Enter
        door->search_box()->SetValue(name);
        press_enter(door->search_box());
    }
    ops::drop_off_children(db, event, ids[2], 1);  // the Wilsons' child is in childcare
    struct CloseFrame {
        wxFrame* f;
        ~CloseFrame() { f->Destroy(); }
    } close_frame{frame};

    ops::DoorDesk log_desk(db, event, "test table");
    app::DoorLogDialog log(frame, log_desk);  // on the stack: closed before the frame goes
    log.Show();
    settle();
    ASSERT_EQ(log.row_count(), 4u);  // newest first: drop-off, Wilson, Trần, Núñez
    EXPECT_TRUE(log.row_text(2).Contains(wxString::FromUTF8("Trần"))) << log.row_text(2);
    EXPECT_TRUE(log.row_text(2).Contains("checked in 1+1")) << log.row_text(2);
    auto press_delete = [&] {
        wxKeyEvent key(wxEVT_KEY_DOWN);
        key.m_keyCode = WXK_DELETE;
        key.SetEventObject(log.list());
        log.list()->GetEventHandler()->ProcessEvent(key);
    };
    std::vector<wxString> asked;
    bool answer = false;
    log.confirm = [&](const wxString& question) {  // the volunteer's answer, without a modal dialog
        asked.push_back(question);
        return answer;
    };
    log.select(2);   // the middle check-in, not the last
    press_delete();  // asked first; "No" changes nothing
    ASSERT_EQ(asked.size(), 1u);
    auto tran_code = ops::load_household(db, ids[1]).code;
    for (const char* part : {"Revert \"checked in 1+1\" of Trần — Minh Trần; Kid Trần (2, Ms. Rivera)", " at "})
        EXPECT_TRUE(asked[0].Contains(wxString::FromUTF8(part))) << asked[0];
    EXPECT_TRUE(asked[0].Contains(wxString::FromUTF8(tran_code))) << asked[0];
    EXPECT_EQ(ops::compute_counts(db, event).turnout.attended_households, 3);
    EXPECT_EQ(log.row_count(), 4u);
    answer = true;
    press_delete();
    EXPECT_EQ(log.error_text(), "");
    auto counts = ops::compute_counts(db, event);
    EXPECT_EQ(counts.turnout.attended_households, 2);
    ASSERT_EQ(log.row_count(), 5u);
    EXPECT_TRUE(log.row_text(0).Contains("reverted entry")) << log.row_text(0);

    log.select(2);  // the Wilsons' check-in: their child is still in childcare
    ASSERT_TRUE(log.row(2).entry.action == DoorAction::CheckIn && log.row(2).entry.household_id == ids[2]);
    press_delete();
    EXPECT_TRUE(log.error_text().Contains("children are in childcare")) << log.error_text();
    EXPECT_EQ(ops::compute_counts(db, event).turnout.attended_households, 2);

    // The revert was a mistake too: reverting it brings the Trần check-in back.
    log.select(0);
    ASSERT_EQ(log.row(0).entry.action, DoorAction::Revert);
    press_delete();
    EXPECT_EQ(log.error_text(), "");
    EXPECT_EQ(ops::compute_counts(db, event).turnout.attended_households, 3);
    EXPECT_EQ(ops::compute_counts(db, event).turnout.actual_children, 3);
    log.Hide();
}

TEST_F(DbTest, AWalkInNamedLikeAFamilyInTheDirectoryIsOfferedThatFamily) {
    Id event = ops::create_event(db, fn::testing::sample_event());
    Id gomez = ops::add_household(db, sample_household("Juan Gómez", "Ana", "Gómez", "es"));
    auto* frame = new wxFrame(nullptr, wxID_ANY, "test", wxDefaultPosition, wxSize(1024, 600));
    frame->Show();
    {
        ops::DoorDesk form_desk(db, event, "test table");
        app::WalkInDialog form(frame, form_desk);
        std::vector<Household> offered;
        int answer = app::WalkInDialog::kKeepEditing;
        form.choose_existing = [&](const std::vector<Household>& matches) {
            offered = matches;
            return answer;
        };
        form.set_field("guardian", "Juan Gomez");  // typed without the accent
        EXPECT_FALSE(form.save());                 // "back to the form": nothing saved, the input stays
        ASSERT_EQ(offered.size(), 1u);
        EXPECT_EQ(offered[0].id, gomez);
        EXPECT_TRUE(form.error_text().StartsWith("Not saved yet")) << form.error_text();
        EXPECT_EQ(form.field("guardian"), "Juan Gomez");
        EXPECT_EQ(ops::compute_counts(db, event).turnout.walk_in_households, 0);
        answer = 0;  // one key: the family already in the directory
        ASSERT_TRUE(form.save()) << form.error_text();
        EXPECT_TRUE(form.took_existing());
        EXPECT_EQ(form.saved().household_id, gomez);
    }
    EXPECT_EQ(ops::search_households(db, "gomez").size(), 1u);  // no second Gómez household
    EXPECT_EQ(ops::compute_counts(db, event).turnout.walk_in_households, 1);
    frame->Destroy();
}

TEST_F(DbTest, ANumberOverItsLimitIsRefusedWithTheLimitNamedNotSavedAsTheLimit) {
    Id event = ops::create_event(db, fn::testing::sample_event());
    auto* frame = new wxFrame(nullptr, wxID_ANY, "test", wxDefaultPosition, wxSize(1024, 600));
    frame->Show();
    {
        ops::DoorDesk form_desk(db, event, "test table");
        app::WalkInDialog form(frame, form_desk);
        form.set_field("guardian", "Hodan Warsame");
        auto* adults = dynamic_cast<wxSpinCtrl*>(form.FindWindow("adults"));
        ASSERT_NE(adults, nullptr);
        EXPECT_TRUE(adults->GetToolTipText().Contains("from 0 to 30"))
            << adults->GetToolTipText();   // said before typing
        adults->SetValue(wxString("45"));  // typed, as text: GTK no longer clamps it to 30
        EXPECT_FALSE(form.save());
        EXPECT_EQ(form.error_text(), "Adults: 45 is more than 30, the most this field takes");
        EXPECT_EQ(adults->GetTextValue(), "45");  // the input stays, to correct
        EXPECT_EQ(ops::compute_counts(db, event).turnout.walk_in_households, 0);
        adults->SetValue(wxString(""));
        EXPECT_FALSE(form.save());
        EXPECT_EQ(form.error_text(), "Adults: type a number from 0 to 30");
        adults->SetValue(wxString("2"));
        ASSERT_TRUE(form.save()) << form.error_text();
        EXPECT_EQ(form.saved().check_in.adults, 2);
    }
    frame->Destroy();
}

TEST_F(DbTest, RoundsAndRoomsOpenedFromTheTimetableCanBeChangedAndRemovedSafely) {
    auto settings = ops::load_settings(db);  // flyers go out in Spanish and Vietnamese too
    settings.languages = {"en", "es", "vi"};
    ops::save_settings(db, settings);
    Id event = ops::create_event(db, fn::testing::sample_event());
    Id library = ops::add_room(db, {0, event, "Library", 20});
    Id workshop = fn::testing::add_round_with_workshop(db, event, "Math games", 10);
    auto plan = ops::load_event_plan(db, event);
    Workshop w = plan.workshops.front();
    w.room_id = library;
    ops::update_workshop(db, w);
    auto* frame = new wxFrame(nullptr, wxID_ANY, "test", wxDefaultPosition, wxSize(1024, 600));
    frame->Show();
    {
        app::RoundDialog form(frame, db, plan.rounds.front());
        form.set_field("end", "18:45");
        ASSERT_TRUE(form.save()) << form.error_text();
        EXPECT_EQ(ops::load_round(db, plan.rounds.front().id).end_time, "18:45");
        EXPECT_FALSE(form.remove());  // the round has a workshop families can pick
        EXPECT_TRUE(form.error_text().Contains("still has workshops: 'Math games'")) << form.error_text();
    }
    {
        // The room's name for the Spanish and Vietnamese flyers, from its form.
        app::RoomDialog form(frame, db, ops::load_room(db, library));
        form.show_names = [](app::TextsDialog& names) {
            EXPECT_EQ(names.grid()->GetNumberCols(), 1);
            for (int r = 0; r < names.grid()->GetNumberRows(); ++r) {
                wxString row = names.grid()->GetRowLabelValue(r);
                if (row.StartsWith("es ")) names.grid()->SetCellValue(r, 0, "Biblioteca");
                if (row.StartsWith("vi ")) names.grid()->SetCellValue(r, 0, wxString::FromUTF8("Thư viện"));
            }
            return wxID_OK;
        };
        wxCommandEvent click(wxEVT_BUTTON, XRCID("other_languages"));
        XRCCTRL(form, "other_languages", wxButton)->GetEventHandler()->ProcessEvent(click);
        EXPECT_TRUE(
            XRCCTRL(form, "other_languages_summary", wxStaticText)->GetLabel().Contains(wxString::FromUTF8("Español")));
        ASSERT_TRUE(form.save()) << form.error_text();
        EXPECT_EQ(ops::room_names(db, library),
                  (std::map<std::string, std::string>{{"es", "Biblioteca"}, {"vi", "Thư viện"}}));
    }
    {
        app::RoomDialog form(frame, db, ops::load_room(db, library));
        std::vector<wxString> asked;
        bool keep = false;
        form.keep_workshops_without_room = [&](const wxString& q) {
            asked.push_back(q);
            return keep;
        };
        EXPECT_FALSE(form.remove());  // "no": nothing removed, the reason stays in the form
        ASSERT_EQ(asked.size(), 1u);
        EXPECT_TRUE(asked[0].Contains("Math games")) << asked[0];
        EXPECT_EQ(ops::load_event_plan(db, event).rooms.size(), 1u);
        keep = true;
        EXPECT_TRUE(form.remove()) << form.error_text();
    }
    auto after = ops::load_event_plan(db, event);
    EXPECT_TRUE(after.rooms.empty());
    ASSERT_EQ(after.workshops.size(), 1u);  // still on the timetable, without a room
    EXPECT_EQ(after.workshops.front().id, workshop);
    EXPECT_EQ(after.workshops.front().room_id, 0);
    frame->Destroy();
}

TEST_F(DbTest, AShiftIsChangedASignUpCancelledAndTheShiftRemovedNamingWhoToTell) {
    Id event = ops::create_event(db, fn::testing::sample_event());
    Id role = ops::add_volunteer_role(db, {0, event, VolunteerRoleKind::Childcare, "Childcare"});
    Id shift = ops::add_shift(db, {0, role, "17:30", "18:30", 2});
    Id ana = ops::add_person(db, {0, "Ana Ruiz", PersonRole::Parent, "", "", {"es"}});
    Id lan = ops::add_person(db, {0, "Lan Phạm", PersonRole::Parent, "", "", {"vi"}});
    ops::sign_up_volunteer(db, shift, ana);
    ops::sign_up_volunteer(db, shift, lan);
    auto* frame = new wxFrame(nullptr, wxID_ANY, "test", wxDefaultPosition, wxSize(1024, 600));
    frame->Show();
    {
        app::ShiftEditDialog form(frame, db, shift);
        ASSERT_EQ(form.people_count(), 2u);
        form.set_field("end", "19:00");
        ASSERT_TRUE(form.save()) << form.error_text();
        EXPECT_EQ(ops::load_shift(db, shift).end_time, "19:00");
        ASSERT_TRUE(form.cancel_signup(0)) << form.error_text();  // Ana Ruiz (by name)
        EXPECT_EQ(form.people_count(), 1u);
        std::vector<wxString> asked;
        form.confirm = [&](const wxString& q) {
            asked.push_back(q);
            return false;
        };
        EXPECT_FALSE(form.remove());  // "no": the shift stays
        ASSERT_EQ(asked.size(), 1u);
        EXPECT_TRUE(asked[0].Contains(wxString::FromUTF8("Lan Phạm"))) << asked[0];
        form.confirm = [](const wxString&) { return true; };
        EXPECT_TRUE(form.remove()) << form.error_text();
    }
    EXPECT_TRUE(ops::load_volunteer_board(db, event).shifts.empty());
    frame->Destroy();
}

// Refusals composed in the core (validation) and in operations reach the
// Spanish app in Spanish, with the typed value kept as typed.
TEST_F(DbTest, ARefusalFromTheCoreReadsInSpanishInTheSpanishApp) {
    Id event = ops::create_event(db, fn::testing::sample_event());
    ops::add_household(db, sample_household("Amy Wilson", "Max", "Wilson"));
    app::use_language("es");
    auto* frame = new wxFrame(nullptr, wxID_ANY, "test", wxDefaultPosition, wxSize(1024, 600));
    auto* slips = new app::RsvpPanel(frame, db, event);
    frame->Show();
    settle();
    slips->search_box()->SetValue("wilson");
    slips->child_ages()->SetValue("4,x");
    EXPECT_FALSE(slips->save());
    EXPECT_EQ(slips->status_text(),
              wxString::FromUTF8("edades de los niños: '4,x' no es una lista de números enteros como 4,7"));
    slips->child_ages()->SetValue("40");  // the core's rule, its value and limit
    EXPECT_FALSE(slips->save());
    EXPECT_EQ(slips->status_text(), wxString::FromUTF8("edades de los niños: 40 no es la edad de un niño"));
    {
        app::RoomDialog form(frame, db, event);  // an operation's refusal through a form
        form.set_field("name", "");
        EXPECT_FALSE(form.save());
        EXPECT_EQ(form.error_text(), wxString::FromUTF8("nombre del salón: es obligatorio"));
    }
    {
        // A clash found by the planning operation, named with the teacher and workshop.
        Id teacher = ops::add_person(db, {0, "Ms. Rivera", PersonRole::Teacher, "", "", {"es"}});
        Id workshop = fn::testing::add_round_with_workshop(db, event, "Cuentos", 10);
        ops::sign_up_presenter(db, workshop, teacher);
        auto round = ops::load_event_plan(db, event).rounds.front().id;
        app::WorkshopDialog form(frame, db, event, round);
        form.set_field("title", "Juegos de números");
        XRCCTRL(form, "presenter", wxChoice)->SetStringSelection("Ms. Rivera");
        EXPECT_FALSE(form.save());
        EXPECT_EQ(form.error_text(), wxString::FromUTF8("Ms. Rivera ya presenta 'Cuentos' en esta ronda"));
    }
    {
        // A roster row refused by the file reader, told in Spanish where it is shown.
        auto csv = std::filesystem::temp_directory_path() / "fn-roster-es.csv";
        // (A language it cannot read is no longer a refusal: kept to confirm.)
        std::ofstream(csv) << "Student Number,Last Name,First Name,Language\n,Núñez,Ana,Spanglish\n";
        try {
            ops::import_roster(db, csv.string(), {}, true);
            ADD_FAILURE() << "the row without a student number was accepted";
        } catch (const io::RosterError& e) {
            ASSERT_EQ(e.problems().size(), 1u);
            EXPECT_EQ(app::translated(e.problems()[0].reason), wxString::FromUTF8("el número de alumno está vacío"));
            EXPECT_TRUE(app::translated(e).EndsWith(wxString::FromUTF8("No se importó nada."))) << app::translated(e);
        }
        std::filesystem::remove(csv);
    }
    frame->Destroy();
    app::use_language("en");
}

TEST_F(DbTest, TheRsvpListFindsSortsOpensOnTheSlipAndCancelsSayingWhoMovesUp) {
    Id event = ops::create_event(db, fn::testing::sample_event());
    Id workshop = fn::testing::add_round_with_workshop(db, event, "Math games", 2);
    std::vector<Id> ids;
    for (auto [guardian, last, adults] :
         {std::tuple{"Amy Wilson", "Wilson", 2}, {"Rosa Núñez", "Núñez", 1}, {"Minh Trần", "Trần", 3}}) {
        ids.push_back(ops::add_household(db, sample_household(guardian, "Kid", last)));
        Rsvp r;
        r.event_id = event;
        r.household_id = ids.back();
        r.adults = adults;
        r.picks = {{0, workshop}};
        ops::record_rsvp(db, r);  // Wilson's 2 adults take both seats; Núñez and Trần wait
    }
    auto* frame = new wxFrame(nullptr, wxID_ANY, "test", wxDefaultPosition, wxSize(1024, 600));
    auto* slips = new app::RsvpPanel(frame, db, event);
    frame->Show();
    {
        app::RsvpListDialog list(frame, db, event);
        ASSERT_EQ(list.row_count(), 3u);
        EXPECT_TRUE(list.row_text(0).StartsWith(wxString::FromUTF8("Núñez (Rosa Núñez) | yes | 1")))
            << list.row_text(0);
        list.sort_by(2);  // Adults
        list.sort_by(2);  // again: most first
        EXPECT_TRUE(list.row_text(0).StartsWith(wxString::FromUTF8("Trần"))) << list.row_text(0);
        list.search_box()->SetValue("wils");
        ASSERT_EQ(list.row_count(), 1u);
        list.confirm = [](const wxString&) { return true; };
        ASSERT_TRUE(list.cancel_selected());
        EXPECT_TRUE(list.message_text().Contains(wxString::FromUTF8("Núñez moved up from a waitlist")))
            << list.message_text();
        EXPECT_TRUE(list.row_text(0).Contains("| cancelled |")) << list.row_text(0);
    }
    slips->open_household(ids[1]);  // "Open on the slip"
    ASSERT_TRUE(slips->stored().has_value());
    EXPECT_EQ(slips->stored()->household_id, ids[1]);
    EXPECT_EQ(slips->adults()->GetValue(), 1);
    frame->Destroy();
}

// Dates and times as people type them, in the app's language; the form then
// shows what was understood.
TEST_F(DbTest, TheEventFormTakesDatesAndTimesAsPeopleTypeThem) {
    auto* frame = new wxFrame(nullptr, wxID_ANY, "test", wxDefaultPosition, wxSize(1024, 600));
    frame->Show();
    {
        app::EventDialog form(frame, db);
        form.set_field("title", "Science Night");
        form.set_field("date", "12/10/2099");  // December 10 in English
        form.set_field("start", "5:30 pm");
        form.set_field("end", "7:45pm");
        form.set_field("deadline", "");
        ASSERT_TRUE(form.save()) << form.error_text();
        EXPECT_EQ(form.field("date"), "2099-12-10");  // shown as understood
        EXPECT_EQ(form.field("start"), "17:30");
        auto e = ops::load_event_plan(db, form.saved_id()).event;
        EXPECT_EQ(e.date, "2099-12-10");
        EXPECT_EQ(e.end_time, "19:45");
    }
    app::use_language("es");
    {
        app::EventDialog form(frame, db);
        form.set_field("title", "Noche de Ciencias");
        form.set_field("date", "12/10/2099");  // 12 de octubre
        form.set_field("start", "17:30");
        form.set_field("end", "7:30");  // before the start: refused, kept as typed
        EXPECT_FALSE(form.save());
        EXPECT_EQ(form.field("date"), "2099-10-12");
        EXPECT_TRUE(form.error_text().StartsWith("fin del evento:")) << form.error_text();
        EXPECT_EQ(form.field("end"), "07:30");
        form.set_field("end", "tarde");  // no time at all: refused, the text stays
        EXPECT_FALSE(form.save());
        EXPECT_EQ(form.field("end"), "tarde");
    }
    app::use_language("en");
    frame->Destroy();
}

TEST_F(DbTest, APersonIsChangedAndRemovedOnlyWhenNothingDependsOnThem) {
    Id event = ops::create_event(db, fn::testing::sample_event());
    Id role = ops::add_volunteer_role(db, {0, event, VolunteerRoleKind::Childcare, "Childcare"});
    Id shift = ops::add_shift(db, {0, role, "17:30", "18:30", 2});
    Id lan = ops::add_person(db, {0, "Lan Pham", PersonRole::Parent, "", "", {"vi"}});
    ops::sign_up_volunteer(db, shift, lan);
    auto* frame = new wxFrame(nullptr, wxID_ANY, "test", wxDefaultPosition, wxSize(1024, 600));
    frame->Show();
    {
        app::PersonDialog form(frame, db, ops::load_person(db, lan));
        form.set_field("name", wxString::FromUTF8("Lan Phạm"));  // the accent she writes
        form.set_field("languages", "vi en");
        ASSERT_TRUE(form.save()) << form.error_text();
        EXPECT_EQ(ops::load_person(db, lan).name, "Lan Phạm");
        EXPECT_EQ(ops::load_person(db, lan).languages, (std::vector<std::string>{"vi", "en"}));
        EXPECT_FALSE(form.remove());  // she has a shift
        EXPECT_TRUE(form.error_text().Contains("has the 17:30-18:30 shift")) << form.error_text();
        ops::cancel_volunteer_signup(db, shift, lan);
        EXPECT_TRUE(form.remove()) << form.error_text();
    }
    EXPECT_TRUE(ops::list_people(db).empty());
    frame->Destroy();
}

TEST_F(DbTest, TheDashboardNamesEachWorkshopsRoundAndSaysWhenNoShiftsArePlanned) {
    Id event = ops::create_event(db, fn::testing::sample_event());
    fn::testing::add_round_with_workshop(db, event, "Math games", 10);
    ops::add_round(db, {0, event, 2, "18:50", "19:30"});
    wxString html = app::counts_dashboard_html(ops::compute_counts(db, event));
    EXPECT_TRUE(html.Contains("Round 1 (18:00)")) << html;
    EXPECT_TRUE(html.Contains("Round 2 (18:50)")) << html;
    EXPECT_TRUE(html.Contains("Math games")) << html;
    EXPECT_TRUE(html.Contains("no shifts yet")) << html;
    EXPECT_FALSE(html.Contains("all covered")) << html;
}

// File > Restore from a backup puts the whole database back, and every view
// shows what was restored at once; what was there is kept first.
TEST_F(DbTest, ARestoreFromABackupReachesEveryViewAndKeepsWhatWasThere) {
    Id event = ops::create_event(db, fn::testing::sample_event("2099-05-01"));
    Id rosa = ops::add_household(db, sample_household("Rosa Núñez", "Ana", "Núñez", "es"));
    Id amy = ops::add_household(db, sample_household("Amy Wilson", "Max", "Wilson"));
    ops::check_in(db, event, rosa, 2, 1, "Door 1");
    auto* main = new app::MainFrame(db, "test.db");
    main->Show();
    main->select_event(0);
    main->tabs()->SetSelection(static_cast<std::size_t>(main->tabs()->FindPage(main->door())));
    settle();
    std::string said = main->backup_menu().back_up_now();
    ASSERT_NE(said.find("Backed up to "), std::string::npos) << said;
    const std::string backup = said.substr(std::string("Backed up to ").size());

    ops::check_in(db, event, amy, 1, 1, "Door 1");
    settle();
    ASSERT_TRUE(main->door()->totals_text().StartsWith("2 families here")) << main->door()->totals_text();

    said = main->backup_menu().restore_from(backup);
    EXPECT_NE(said.find("What was there before is kept in "), std::string::npos) << said;
    settle();
    EXPECT_TRUE(main->door()->totals_text().StartsWith("1 family here")) << main->door()->totals_text();
    main->Destroy();
}
