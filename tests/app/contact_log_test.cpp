// View > Contact log in a real window: a class's families without good news
// this month, the suggested next one, a contact recorded with the record
// button and by Enter, a refusal that keeps what was typed, and the
// coverage counts following.
#include <gtest/gtest.h>
#include <wx/button.h>
#include <wx/frame.h>
#include <wx/listctrl.h>
#include <wx/textctrl.h>

#include "app/contact_log_dialog.h"
#include "ops/contact_ops.h"
#include "ops/home_visit_ops.h"
#include "ops/household_ops.h"
#include "support/fixtures.h"
#include "support/gui_events.h"

using namespace fn;
using fn::testing::click;
using fn::testing::DbTest;
using fn::testing::press_enter;

TEST_F(DbTest, TheContactLogSuggestsTheNextFamilyRecordsGoodNewsAndCountsIt) {
    auto* frame = new wxFrame(nullptr, wxID_ANY, "test", wxDefaultPosition, wxSize(1280, 800));
    frame->Show();
    std::vector<Id> ids;
    for (const auto& [guardian, last, language, contact] :
         std::vector<std::tuple<std::string, std::string, std::string, ContactMethod>>{
             {"Rosa Núñez", "Núñez", "es", ContactMethod::Text},
             {"Ann Lee", "Lee", "en", ContactMethod::Phone},
             {"Lan Trần", "Trần", "vi", ContactMethod::Email}}) {
        auto h = fn::testing::sample_household(guardian, "Kid", last, language);
        h.guardians[0].preferred_contact = contact;
        ids.push_back(ops::add_household(db, h));
    }
    {
        app::ContactLogDialog dialog(frame, db);
        ASSERT_TRUE(dialog.choose_class("Ms. Rivera"));
        ASSERT_EQ(dialog.due_list()->GetItemCount(), 3);
        EXPECT_TRUE(dialog.next_text().Contains("3 families without good news")) << dialog.next_text();
        EXPECT_TRUE(dialog.next_text().Contains("Suggested next: Lee, by phone call")) << dialog.next_text();

        // Without who made it: refused, the note kept, nothing recorded.
        dialog.field("note")->ChangeValue("Loved the poem");
        click(&dialog, "record");
        EXPECT_TRUE(dialog.message_text().Contains("made by")) << dialog.message_text();
        EXPECT_EQ(dialog.field("note")->GetValue(), "Loved the poem");
        EXPECT_TRUE(ops::contacts_of(db, ids[1]).empty());

        dialog.field("by")->ChangeValue("Ms. Rivera");
        press_enter(dialog.field("note"));
        EXPECT_TRUE(dialog.message_text().Contains("Recorded: Good news with the Lee family, by phone call"))
            << dialog.message_text();
        auto recorded = ops::contacts_of(db, ids[1]);
        ASSERT_EQ(recorded.size(), 1u);
        EXPECT_EQ(recorded[0].note, "Loved the poem");
        EXPECT_EQ(recorded[0].channel, ContactChannel::Phone) << "the family's preferred";
        EXPECT_EQ(dialog.due_list()->GetItemCount(), 2) << "the Lee family has had its good news";
        EXPECT_TRUE(dialog.next_text().Contains("Núñez, by text message")) << dialog.next_text();
        EXPECT_EQ(dialog.field("note")->GetValue(), "");
        EXPECT_EQ(dialog.field("by")->GetValue(), "Ms. Rivera") << "kept for the next contact";
        // Coverage: the class row and the English row count one family each.
        EXPECT_EQ(dialog.coverage_list()->GetItemText(0, 0), "Ms. Rivera");
        EXPECT_EQ(dialog.coverage_list()->GetItemText(0, 2), "1");
        EXPECT_EQ(dialog.coverage_list()->GetItemText(0, 1), "3");

        // Home visits: offered to the whole class at once, by the one in "By".
        EXPECT_TRUE(dialog.visits_text().Contains("offered to 0 of 3 families")) << dialog.visits_text();
        click(&dialog, "offer_visits");
        EXPECT_TRUE(dialog.message_text().Contains("Offered a home visit to 3 families of Ms. Rivera"))
            << dialog.message_text();
        EXPECT_TRUE(dialog.visits_text().Contains("offered to all 3 families; 0 made")) << dialog.visits_text();
        EXPECT_EQ(ops::home_visits_of(db, ids[0]).at(0).offered_by, "Ms. Rivera");
        click(&dialog, "offer_visits");
        EXPECT_TRUE(dialog.message_text().Contains("already")) << dialog.message_text();
    }
    frame->Destroy();
}
