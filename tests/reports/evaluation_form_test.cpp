// The evaluation form and the barrier slip in each family language, read
// back from the PDF with pdftotext.
#include "reports/evaluation_form.h"

#include <gtest/gtest.h>

#include "core/document_texts.h"
#include "ops/door_ops.h"
#include "ops/evaluation_ops.h"
#include "ops/event_ops.h"
#include "ops/household_ops.h"
#include "reports/pdf_tools.h"
#include "support/fixtures.h"
#include "support/plan_fixtures.h"

using namespace fn;
using fn::testing::DbTest;
using fn::testing::page_text_without_marks;

namespace {

// Letters only: pdftotext may place a full stop of right-to-left text on
// the other side of a space.
std::string letters(const std::string& text) {
    std::string out;
    for (char c : text)
        if (!std::isspace(static_cast<unsigned char>(c)) && !std::ispunct(static_cast<unsigned char>(c))) out += c;
    return out;
}

std::size_t count_of(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

class EvaluationFormPdf : public DbTest {
protected:
    void SetUp() override {
        event = ops::create_event(db, fn::testing::sample_event());
        fn::testing::add_round_with_workshop(db, event, "Reading at home");
        for (const auto& [guardian, first, last, language] :
             std::vector<std::array<std::string, 4>>{{"Ann Lee", "Max", "Lee", "en"},
                                                     {"Rosa Núñez", "Ana", "Núñez", "es"},
                                                     {"Trần Thị Lan", "Bảo", "Trần", "vi"},
                                                     {"فاطمة الزهراء", "يوسف", "أحمد", "ar"}})
            ids.push_back(ops::add_household(db, fn::testing::sample_household(guardian, first, last, language)));
    }
    Id event = 0;
    std::vector<Id> ids;
};

}  // namespace

TEST_F(EvaluationFormPdf, EachLanguagesFormReadsInItsLanguageWithoutAName) {
    auto forms = ops::load_evaluation_forms(db, event);
    ASSERT_EQ(forms.sheets.size(), 4u);  // ar, en, es, vi; every student in grade 2
    const std::string pdf = dir.file("forms.pdf");
    auto unprinted = reports::write_evaluation_forms(forms, reports::PaperSize::Letter, pdf);
    EXPECT_TRUE(unprinted.empty()) << ::testing::PrintToString(unprinted);
    ASSERT_EQ(fn::testing::pdf_pages(pdf), 4) << "one page per form";
    const std::vector<std::string> languages{"ar", "en", "es", "vi"};
    for (int p = 1; p <= 4; ++p) {
        const std::string& language = languages[static_cast<std::size_t>(p - 1)];
        std::string text = letters(page_text_without_marks(pdf, p));
        for (const char* key : {"evaluation_title", "evaluation_welcome", "evaluation_learned", "evaluation_barriers",
                                "barrier_transport", "barrier_childcare", "barrier_heard", "time_evening",
                                "evaluation_comment", "evaluation_anonymous"})
            EXPECT_NE(text.find(letters(document_text(language, key))), std::string::npos) << language << " " << key;
        std::string key = language;
        for (auto& c : key) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        EXPECT_NE(text.find(key), std::string::npos) << "the form's key in its corner";
        EXPECT_NE(text.find("PK2"), std::string::npos);
        EXPECT_NE(text.find("Readingathome"), std::string::npos) << "the workshop to tick, numbered as on the flyer";
    }
    EXPECT_NE(page_text_without_marks(pdf, 3).find("martes"), std::string::npos) << "weekdays in the language (ICU)";
    EXPECT_NE(page_text_without_marks(pdf, 1).find("الثلاثاء"), std::string::npos);
    EXPECT_NE(page_text_without_marks(pdf, 3).find("jueves, 3 de diciembre"), std::string::npos);
    std::string all = fn::testing::pdf_text(pdf);
    for (const char* name : {"Ann Lee", "Núñez", "Trần Thị Lan", "فاطمة", "Max", "Bảo"})
        EXPECT_EQ(all.find(name), std::string::npos) << name << ": the form is anonymous";
}

TEST_F(EvaluationFormPdf, BarrierSlipsNameTheStudentsOnTheCoverOnlyAndReadInTheFamilysLanguage) {
    ops::check_in(db, event, ids[0], 1, 1, "Door 1");  // the English family came
    auto slips = ops::load_barrier_slips(db, event);
    const std::string pdf = dir.file("slips.pdf");
    reports::write_barrier_slips(slips, reports::PaperSize::Letter, pdf);
    std::string all = fn::testing::pdf_text(pdf);
    // One homeroom: a cover, then three slips two to a page.
    ASSERT_EQ(fn::testing::pdf_pages(pdf), 3);
    std::string cover = page_text_without_marks(pdf, 1);
    EXPECT_NE(cover.find("3 barrier slips"), std::string::npos) << cover;
    for (const char* student : {"Ana Núñez (2)", "Bảo Trần (2)", "يوسف"}) {
        EXPECT_NE(cover.find(student), std::string::npos) << student;
        EXPECT_EQ(count_of(all, student), 1u) << student << ": on the cover only";
    }
    EXPECT_EQ(all.find("Max Lee"), std::string::npos) << "the family who came gets no slip";
    std::string slips_text = page_text_without_marks(pdf, 2) + page_text_without_marks(pdf, 3);
    for (const auto& language : {"es", "vi", "ar"}) {
        EXPECT_NE(slips_text.find(document_text(language, "barrier_slip_how").substr(0, 20)), std::string::npos)
            << language;
        EXPECT_NE(slips_text.find(document_text(language, "barrier_transport")), std::string::npos) << language;
    }
    EXPECT_NE(slips_text.find("Literacy Night"), std::string::npos);
}
