// School settings in the app: school details and the printed labels of a
// language without a built-in catalog, which then prints.
#include <gtest/gtest.h>

#include <algorithm>
#include <wx/choice.h>
#include <wx/frame.h>
#include <wx/grid.h>
#include <wx/spinctrl.h>
#include <wx/xrc/xmlres.h>

#include "app/settings_dialog.h"
#include "core/document_texts.h"
#include "core/labels.h"
#include "ops/event_ops.h"
#include "ops/settings_ops.h"
#include "print/print_document.h"
#include "reports/pdf_tools.h"
#include "support/fixtures.h"

using namespace fn;
using fn::testing::DbTest;

TEST_F(DbTest, SchoolSettingsAndAmharicLabelsAreSavedAndPrint) {
    auto* frame = new wxFrame(nullptr, wxID_ANY, "test");
    {
        app::SettingsDialog form(frame, db);
        form.set_field("name", "Lincoln Elementary");
        XRCCTRL(form, "buffer", wxSpinCtrl)->SetValue(15);
        form.set_field("bands", "0-2:4;3-5:8;6-99:x");  // a typo: refused, nothing saved
        EXPECT_FALSE(form.save());
        EXPECT_TRUE(form.error_text().Contains("6-99:x")) << form.error_text();
        EXPECT_EQ(ops::load_settings(db).name, "");
        form.set_field("bands", "0-2:4;3-5:8;6-99:10");

        form.show_labels("so");  // built in, written for this release: the form says to have a speaker read it
        EXPECT_TRUE(form.labels_help().Contains("Not yet reviewed by a speaker")) << form.labels_help();
        form.show_labels("es");
        EXPECT_FALSE(form.labels_help().Contains("Not yet reviewed")) << form.labels_help();
        form.show_labels("am");  // no built-in Amharic wording: the school types it
        EXPECT_TRUE(form.labels_help().StartsWith(
            wxString::Format("%zu of %zu labels", label_keys().size(), label_keys().size())))
            << form.labels_help();
        for (int r = 0; r < form.labels()->GetNumberRows(); ++r)
            form.labels()->SetCellValue(r, 2, wxString::Format("AM-%d", r));
        form.show_labels("es");  // what was typed for Amharic is kept
        form.labels()->SetCellValue(0, 2, "Mi palabra");
        // Below the flyer's labels, the other papers' words: one changed, one
        // typed as built in (so not stored).
        const auto& doc_keys = document_text_keys();
        const int title_row = static_cast<int>(
            label_keys().size() + (std::find(doc_keys.begin(), doc_keys.end(), "evaluation_title") - doc_keys.begin()));
        ASSERT_EQ(form.labels()->GetNumberRows(), static_cast<int>(label_keys().size() + doc_keys.size()));
        EXPECT_EQ(form.labels()->GetCellValue(title_row, 1), wxString::FromUTF8("Evaluación de las familias"));
        form.labels()->SetCellValue(title_row, 2, "Encuesta de la noche");
        form.labels()->SetCellValue(title_row + 1, 2, form.labels()->GetCellValue(title_row + 1, 1));
        XRCCTRL(form, "clock", wxChoice)->SetSelection(2);  // 24-hour times on paper
        ASSERT_TRUE(form.save()) << form.error_text();
    }
    auto s = ops::load_settings(db);
    EXPECT_EQ(s.name, "Lincoln Elementary");
    EXPECT_EQ(s.walk_in_buffer_percent, 15);
    EXPECT_EQ(s.clock, "24");
    EXPECT_EQ(s.childcare_bands.back().children_per_caregiver, 10);
    EXPECT_EQ(s.label_overrides.at("es").size(), 2u);
    EXPECT_EQ(document_texts_for("es", s.label_overrides.at("es")).at("evaluation_title"), "Encuesta de la noche");
    EXPECT_EQ(labels_for("am", s.label_overrides.at("am")).size(), label_keys().size());

    // An Amharic flyer now prints with the school's words.
    Id event = ops::create_event(db, fn::testing::sample_event());
    fn::testing::TempDir out;
    printing::PrintOptions options;
    options.languages = {"am"};
    auto result = printing::print_document(db, event, printing::DocumentKind::Flyer, out.file("am.pdf"), options);
    EXPECT_EQ(result.file, out.file("am.pdf"));
    std::string text = fn::testing::pdf_text(out.file("am.pdf"));
    EXPECT_NE(text.find("AM-1"), std::string::npos) << text;
    frame->Destroy();
}

// The school's mail server in the Mail page: saved as typed, a wrong
// address refused with the field named and the input kept; the password is
// no setting at all.
TEST_F(DbTest, TheMailServerIsSetInTheMailPage) {
    auto* frame = new wxFrame(nullptr, wxID_ANY, "test");
    {
        app::SettingsDialog form(frame, db);
        form.set_field("smtp_host", "smtp.lincoln.example");
        XRCCTRL(form, "smtp_port", wxSpinCtrl)->SetValue(465);
        XRCCTRL(form, "smtp_tls", wxChoice)->SetSelection(1);  // TLS
        form.set_field("smtp_user", "office");
        form.set_field("smtp_from", "office at lincoln");
        EXPECT_FALSE(form.save());
        EXPECT_TRUE(form.error_text().Contains("e-mail address")) << form.error_text();
        EXPECT_EQ(ops::load_settings(db).mail.host, "") << "nothing saved";
        EXPECT_EQ(form.field("smtp_host"), "smtp.lincoln.example") << "what was typed is kept";
        form.set_field("smtp_from", "office@lincoln.example");
        ASSERT_TRUE(form.save()) << form.error_text();
    }
    const auto mail = ops::load_settings(db).mail;
    EXPECT_EQ(mail.host, "smtp.lincoln.example");
    EXPECT_EQ(mail.port, 465);
    EXPECT_EQ(mail.tls, "tls");
    EXPECT_EQ(mail.user, "office");
    EXPECT_EQ(mail.from_address, "office@lincoln.example");
    {
        app::SettingsDialog again(frame, db);
        EXPECT_EQ(again.field("smtp_host"), "smtp.lincoln.example") << "shown again as saved";
        EXPECT_EQ(XRCCTRL(again, "smtp_tls", wxChoice)->GetSelection(), 1);
    }
    frame->Destroy();
}
