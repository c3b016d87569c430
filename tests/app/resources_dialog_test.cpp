// View > Community resources in a real window: a resource added, refused
// without a name (the fields kept), changed and removed with the buttons.
#include <gtest/gtest.h>
#include <wx/frame.h>
#include <wx/listctrl.h>
#include <wx/textctrl.h>

#include "app/resources_dialog.h"
#include "ops/resource_ops.h"
#include "support/fixtures.h"
#include "support/gui_events.h"

using namespace fn;
using fn::testing::click;
using fn::testing::DbTest;

TEST_F(DbTest, TheResourcesWindowAddsRefusesChangesAndRemoves) {
    auto* frame = new wxFrame(nullptr, wxID_ANY, "test", wxDefaultPosition, wxSize(1280, 800));
    frame->Show();
    {
        app::ResourcesDialog dialog(frame, db);
        dialog.field("hours")->ChangeValue("Tue 4-7 pm");
        dialog.field("languages")->ChangeValue("en, es, so");
        click(&dialog, "add");  // no name
        EXPECT_TRUE(dialog.message_text().Contains("resource name")) << dialog.message_text();
        EXPECT_EQ(dialog.field("hours")->GetValue(), "Tue 4-7 pm") << "kept";
        EXPECT_TRUE(ops::list_resources(db).empty());

        dialog.field("name")->ChangeValue("Lincoln Food Pantry");
        click(&dialog, "add");
        auto stored = ops::list_resources(db);
        ASSERT_EQ(stored.size(), 1u);
        EXPECT_EQ(stored[0].languages, (std::vector<std::string>{"en", "es", "so"}));
        EXPECT_EQ(dialog.list()->GetItemCount(), 1);
        EXPECT_EQ(dialog.list()->GetItemText(0, 1), "Lincoln Food Pantry");

        dialog.field("hours")->ChangeValue("Tue and Thu 4-7 pm");
        click(&dialog, "save");  // the added one is the chosen one
        EXPECT_EQ(ops::list_resources(db).at(0).hours, "Tue and Thu 4-7 pm") << dialog.message_text();
        click(&dialog, "remove");
        EXPECT_TRUE(ops::list_resources(db).empty()) << dialog.message_text();
        EXPECT_EQ(dialog.list()->GetItemCount(), 0);
        click(&dialog, "save");
        EXPECT_TRUE(dialog.message_text().Contains("Choose the resource")) << dialog.message_text();
    }
    frame->Destroy();
}
