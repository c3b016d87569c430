// The RSVP slip typed from a pile by keys: answers stay with the family
// they were typed for, Tab keeps each field in view on a small screen, and
// its status line reads on the theme in use.
#include <gtest/gtest.h>
#include <wx/app.h>
#include <wx/choice.h>
#include <wx/frame.h>
#include <wx/scrolwin.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/uiaction.h>
#include <wx/xrc/xmlres.h>

#include <algorithm>
#include <string>
#include <vector>

#include "app/focus_in_view.h"
#include "app/rsvp_panel.h"
#include "core/contrast.h"
#include "ops/event_ops.h"
#include "ops/household_ops.h"
#include "ops/rsvp_ops.h"
#include "support/fixtures.h"
#include "support/gui_events.h"
#include "support/plan_fixtures.h"

using namespace fn;
using fn::testing::DbTest;
using fn::testing::sample_household;

namespace {
// A key as the panel gets it from the keyboard (its char hook), with focus in `where`.
void press(wxWindow* panel, wxWindow* where, int key) {
    where->SetFocus();
    wxKeyEvent event(wxEVT_CHAR_HOOK);
    event.m_keyCode = key;
    event.SetEventObject(where);
    panel->GetEventHandler()->ProcessEvent(event);
}
// What a choice or spin box sends when a person changes it.
void changed(wxWindow* control, wxEventType type, int value) {
    wxCommandEvent event(type, control->GetId());
    event.SetEventObject(control);
    event.SetInt(value);
    control->GetEventHandler()->ProcessEvent(event);
}
void choose(wxChoice* choice, int item) {
    choice->SetSelection(item);
    changed(choice, wxEVT_CHOICE, item);
}
void spin(wxSpinCtrl* box, int value) {
    box->SetValue(value);
    changed(box, wxEVT_SPINCTRL, value);
}
}  // namespace

// A pile of slips typed by keys: the O'Brien family's answers, typed before
// the family was found and refused, never reach the Taylor family's RSVP on
// the next Enter; Esc clears them; answers typed for one family go to
// another only after a second Enter; what was said about one family goes
// when another is shown.
TEST_F(DbTest, ASlipsAnswersGoOnlyToTheFamilyTheyWereTypedFor) {
    Id event = ops::create_event(db, fn::testing::sample_event());
    fn::testing::add_round_with_workshop(db, event, "Math games", 10);
    Id taylor = ops::add_household(db, sample_household("Ann Taylor", "Zoe", "Taylor"));
    Id obrien = ops::add_household(db, sample_household("Pat O'Brien", "Liam", "O'Brien"));
    Id lee = ops::add_household(db, sample_household("Min Lee", "Joon", "Lee"));
    Id wilson = ops::add_household(db, sample_household("Amy Wilson", "Max", "Wilson"));
    Rsvp stored;
    stored.event_id = event;
    stored.household_id = wilson;
    ops::record_rsvp(db, stored);

    auto* frame = new wxFrame(nullptr, wxID_ANY, "test", wxDefaultPosition, wxSize(1366, 768));
    auto* slips = new app::RsvpPanel(frame, db, event);
    frame->Show();
    fn::testing::settle();
    // O'Brien's slip, answers first, Enter: refused for want of a family.
    choose(slips->round_choice(0), 1);
    spin(slips->adults(), 3);
    press(slips, slips->adults(), WXK_RETURN);
    EXPECT_TRUE(slips->status_text().StartsWith("Find the family first")) << slips->status_text();
    // The next slip is the Taylors': their name, Enter.
    slips->search_box()->SetValue("taylor");
    EXPECT_TRUE(slips->status_text().Contains("typed before a family was chosen")) << slips->status_text();
    press(slips, slips->search_box(), WXK_RETURN);
    EXPECT_FALSE(ops::find_rsvp(db, event, taylor).has_value()) << "O'Brien's answers were not saved as the Taylors'";
    EXPECT_TRUE(slips->status_text().Contains("press Enter twice")) << slips->status_text();
    press(slips, slips->search_box(), WXK_ESCAPE);  // not theirs: cleared
    EXPECT_EQ(slips->adults()->GetValue(), 1);
    EXPECT_EQ(slips->round_choice(0)->GetSelection(), 0);
    EXPECT_EQ(slips->search_box()->GetValue(), "taylor") << "the family found stays";
    spin(slips->adults(), 2);  // the Taylors' own answers
    press(slips, slips->adults(), WXK_RETURN);
    auto saved = ops::find_rsvp(db, event, taylor);
    ASSERT_TRUE(saved.has_value()) << slips->status_text();
    EXPECT_EQ(saved->adults, 2);
    EXPECT_TRUE(saved->picks.empty()) << "O'Brien's workshop is not the Taylors'";

    // A warning about one family goes when another is shown.
    slips->search_box()->SetValue("wilson");
    EXPECT_TRUE(slips->status_text().Contains("already has an RSVP")) << slips->status_text();
    slips->search_box()->SetValue("o'brien");
    EXPECT_FALSE(slips->status_text().Contains("already has an RSVP")) << slips->status_text();

    // O'Brien's answers typed for O'Brien, then the Lees shown: asked, and
    // saved for the Lees only on the second Enter.
    spin(slips->adults(), 4);
    slips->search_box()->SetValue("lee");
    EXPECT_TRUE(slips->status_text().Contains("typed for the O'Brien family")) << slips->status_text();
    press(slips, slips->search_box(), WXK_RETURN);
    EXPECT_FALSE(ops::find_rsvp(db, event, lee).has_value());
    press(slips, slips->search_box(), WXK_RETURN);
    auto confirmed = ops::find_rsvp(db, event, lee);
    ASSERT_TRUE(confirmed.has_value()) << slips->status_text();
    EXPECT_EQ(confirmed->adults, 4);
    EXPECT_FALSE(ops::find_rsvp(db, event, obrien).has_value());
    frame->Destroy();
}

// At 1024x600 Tab through the whole slip: each field it lands on is inside
// the part of the scrolled slip that is shown (measured), the last ones too.
TEST_F(DbTest, TabThroughTheSlipKeepsTheFocusedFieldInView) {
    Id event = ops::create_event(db, fn::testing::sample_event());
    fn::testing::add_round_with_workshop(db, event, "Math games", 10);
    Workshop second;  // a second round, as the demo's nights have
    second.event_id = event;
    second.round_id = ops::add_round(db, {0, event, 2, "18:50", "19:30"});
    second.texts["en"] = {"Story time", ""};
    ops::add_workshop(db, second);
    auto* frame = new wxFrame(nullptr, wxID_ANY, "test", wxDefaultPosition, wxSize(1024, 600));
    auto* slips = new app::RsvpPanel(frame, db, event);
    frame->Show();
    fn::testing::settle();
    auto* slip = XRCCTRL(*slips, "slip", wxScrolledWindow);
    ASSERT_TRUE(fn::testing::wait_until_steady([&] { return slip->GetClientSize().y; }));
    ASSERT_LT(slip->GetClientSize().y, slip->GetVirtualSize().y) << "the slip scrolls at this size";
    std::vector<std::string> reached;
    slips->search_box()->SetFocus();
    fn::testing::settle();
    for (int step = 0; step < 40; ++step) {
        wxWindow* from = app::focused_control(frame);
        ASSERT_NE(from, nullptr);
        wxUIActionSimulator keys;  // a real Tab, through the X server, as a person presses it
        keys.Char(WXK_TAB);
        wxWindow* focused = nullptr;
        fn::testing::wait_for([&] {                 // GTK moves it in its own time: up to a minute on a busy machine
            focused = app::focused_control(frame);  // a wxChoice too, which wx itself does not see focused
            return focused && focused != from;
        });
        ASSERT_NE(focused, nullptr) << "after " << from->GetName();
        if (focused == slips->search_box()) break;  // round the slip once
        bool inside_slip = false;
        for (wxWindow* w = focused; w; w = w->GetParent()) inside_slip = inside_slip || w == slip;
        if (!inside_slip) continue;
        reached.push_back(focused->GetName().utf8_string());
        fn::testing::settle();  // the form's turn to show it
        const wxRect shown(slip->GetScreenPosition(), slip->GetClientSize());
        const wxRect field(focused->GetScreenPosition(), focused->GetSize());
        EXPECT_TRUE(shown.Contains(field)) << focused->GetName() << " at " << field.y << "-" << field.GetBottom()
                                           << " outside the slip shown at " << shown.y << "-" << shown.GetBottom();
    }
    for (const char* last : {"allergy_note", "interpreter", "source"})
        EXPECT_NE(std::find(reached.begin(), reached.end(), last), reached.end()) << last << " is reached by Tab";
    frame->Destroy();
}

// A refusal, a warning and a saved slip each read on the theme in use:
// run also under GTK_THEME=Adwaita:dark and HighContrastInverse (ctest).
TEST_F(DbTest, StatusLinesReadOnTheThemeInUse) {
    Id event = ops::create_event(db, fn::testing::sample_event());
    ops::add_household(db, sample_household("Amy Wilson", "Max", "Wilson"));
    auto* frame = new wxFrame(nullptr, wxID_ANY, "test", wxDefaultPosition, wxSize(1024, 600));
    auto* slips = new app::RsvpPanel(frame, db, event);
    frame->Show();
    fn::testing::settle();
    auto* status = XRCCTRL(*slips, "status", wxStaticText);
    auto reads = [&] {
        const wxColour fg = status->GetForegroundColour(), bg = status->GetBackgroundColour();
        return fn::contrast_ratio({fg.Red(), fg.Green(), fg.Blue()}, {bg.Red(), bg.Green(), bg.Blue()});
    };
    EXPECT_FALSE(slips->save());  // no family: a refusal
    EXPECT_GE(reads(), 4.5) << slips->status_text() << " on " << status->GetBackgroundColour().GetAsString();
    slips->search_box()->SetValue("wilson");
    ASSERT_TRUE(slips->save()) << slips->status_text();  // saved
    EXPECT_GE(reads(), 4.5) << slips->status_text() << " on " << status->GetBackgroundColour().GetAsString();
    frame->Destroy();
}
