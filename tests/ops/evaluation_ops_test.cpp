// Evaluation forms and barrier slips typed from the paper, on SQLite and on
// the PostgreSQL test server.
#include "ops/evaluation_ops.h"

#include <gtest/gtest.h>

#include <map>

#include "core/errors.h"
#include "io/csv_reader.h"
#include "ops/door_ops.h"
#include "ops/event_ops.h"
#include "ops/household_ops.h"
#include "ops/settings_ops.h"
#include "support/fixtures.h"

using namespace fn;
using fn::testing::DbTest;

namespace {

class EvaluationTest : public DbTest {
protected:
    void SetUp() override {
        event = ops::create_event(db, fn::testing::sample_event());
        // Round 1 offers three workshops, round 2 two: numbered in each round as on the flyer.
        Id r1 = ops::add_round(db, {0, event, 1, "18:00", "18:40"});
        Id r2 = ops::add_round(db, {0, event, 2, "18:45", "19:25"});
        for (const auto& [round, title] : std::vector<std::pair<Id, std::string>>{{r1, "Reading at home"},
                                                                                  {r1, "Math games"},
                                                                                  {r1, "Science at the sink"},
                                                                                  {r2, "Fractions"},
                                                                                  {r2, "Library cards"}}) {
            Workshop w;
            w.event_id = event;
            w.round_id = round;
            w.texts["en"] = {title, ""};
            ops::add_workshop(db, w);
        }
    }
    ops::TypedEvaluation form() {
        ops::TypedEvaluation t;
        t.language = "es";
        t.grade_band = "3-5";
        t.answers = "3 3 2 - 1";
        t.favourites = "2 1";
        t.barriers = "1 3";
        t.best_days = "24";
        t.best_times = "3";
        t.topic = "Fracciones";
        t.comment = "Muy bien, gracias";
        return t;
    }
    // The field a refusal names, or "" when the paper was stored.
    std::string refused(const ops::TypedEvaluation& t) {
        try {
            ops::add_evaluation(db, event, t);
            return "";
        } catch (const ValidationError& e) {
            return e.field();
        }
    }
    Id event = 0;
};

}  // namespace

TEST_F(EvaluationTest, APaperIsStoredAsTypedAndARefusalStoresNothing) {
    Id id = ops::add_evaluation(db, event, form());
    auto all = ops::evaluations_of(db, event);
    ASSERT_EQ(all.size(), 1u);
    const auto& e = all[0];
    EXPECT_EQ(e.id, id);
    EXPECT_EQ(e.kind, EvaluationKind::Form);
    EXPECT_EQ(e.language, "es");
    EXPECT_EQ(e.grade_band, "3-5");
    EXPECT_EQ(e.answers, (std::array<int, kQuestions>{3, 3, 2, 0, 1}));
    EXPECT_EQ(e.favourites, (std::vector<std::pair<int, int>>{{1, 2}, {2, 1}}));
    EXPECT_EQ(e.barriers, (std::vector<int>{1, 3}));
    EXPECT_EQ(e.best_days, (std::vector<int>{2, 4}));
    EXPECT_EQ(e.best_times, (std::vector<int>{3}));
    EXPECT_EQ(e.topic, "Fracciones");
    EXPECT_EQ(e.comment, "Muy bien, gracias");
    EXPECT_FALSE(e.entered_at.empty());

    auto bad = form();
    bad.answers = "3 4";
    EXPECT_EQ(refused(bad), "answers");
    bad = form();
    bad.answers = "3 3 3 3 3 3";
    EXPECT_EQ(refused(bad), "answers");
    bad = form();
    bad.favourites = "1 3";  // round 2 has two workshops
    EXPECT_EQ(refused(bad), "favourite workshops");
    bad = form();
    bad.favourites = "1 1 1";  // three rounds on a two-round night
    EXPECT_EQ(refused(bad), "favourite workshops");
    bad = form();
    bad.barriers = "8";
    EXPECT_EQ(refused(bad), "barriers");
    bad = form();
    bad.barriers = "1 1";
    EXPECT_EQ(refused(bad), "barriers");
    bad = form();
    bad.best_days = "x";
    EXPECT_EQ(refused(bad), "best days");
    bad = form();
    bad.grade_band = "K-3";
    EXPECT_EQ(refused(bad), "grade band");
    bad = form();
    bad.language = "Spanish";
    EXPECT_EQ(refused(bad), "form language");
    bad = form();
    bad.kind = EvaluationKind::Slip;  // a slip has no questions to answer
    EXPECT_EQ(refused(bad), "barrier slip");
    EXPECT_EQ(refused(ops::TypedEvaluation{}), "paper") << "a blank paper (an Enter too many) is not counted";
    EXPECT_EQ(ops::evaluations_of(db, event).size(), 1u) << "no refused paper was stored";

    // A blank round, an unanswered question and a slip with only barriers.
    auto partly = form();
    partly.answers = "33";
    partly.favourites = "- 2";
    ops::add_evaluation(db, event, partly);
    ops::TypedEvaluation slip;
    slip.kind = EvaluationKind::Slip;
    slip.language = "ar";
    slip.barriers = "1,4,6";
    ops::add_evaluation(db, event, slip);
    all = ops::evaluations_of(db, event);
    ASSERT_EQ(all.size(), 3u);
    EXPECT_EQ(all[1].answers, (std::array<int, kQuestions>{3, 3, 0, 0, 0}));
    EXPECT_EQ(all[1].favourites, (std::vector<std::pair<int, int>>{{2, 2}}));
    EXPECT_EQ(all[2].kind, EvaluationKind::Slip);
    EXPECT_EQ(all[2].barriers, (std::vector<int>{1, 4, 6}));

    ops::delete_evaluation(db, all[1].id);
    EXPECT_EQ(ops::evaluations_of(db, event).size(), 2u);
    EXPECT_THROW(ops::delete_evaluation(db, all[1].id), NotFoundError);
}

TEST_F(EvaluationTest, TheCsvHasOneRowPerPaperWithWorkshopTitlesAndNamedTicks) {
    auto t = form();
    t.comment = "=HYPERLINK(\"x\"), and \"quotes\"";
    ops::add_evaluation(db, event, t);
    ops::TypedEvaluation slip;
    slip.kind = EvaluationKind::Slip;
    slip.barriers = "6";
    slip.best_times = "1 3";
    ops::add_evaluation(db, event, slip);
    const std::string path = (dir.path() / "evaluations.csv").string();
    EXPECT_EQ(ops::export_evaluations(db, event, path), 2);
    auto rows = io::read_csv_file(path);
    ASSERT_EQ(rows.size(), 3u);
    const auto& header = rows[0].fields;
    auto column = [&](const std::string& name) {
        auto it = std::find(header.begin(), header.end(), name);
        EXPECT_NE(it, header.end()) << name;
        return static_cast<std::size_t>(it - header.begin());
    };
    const auto& f = rows[1].fields;
    EXPECT_EQ(f[column("kind")], "form");
    EXPECT_EQ(f[column("answer_welcome")], "3");
    EXPECT_EQ(f[column("answer_time")], "");  // not answered
    EXPECT_EQ(f[column("favourite_round_1")], "2. Math games");
    EXPECT_EQ(f[column("favourite_round_2")], "1. Fractions");
    EXPECT_EQ(f[column("barriers")], "work; transport");
    EXPECT_EQ(f[column("best_days")], "tuesday; thursday");
    EXPECT_EQ(f[column("best_times")], "evening");
    // The comment kept as written, and guarded so a spreadsheet never runs it.
    EXPECT_EQ(f[column("comment")], "'=HYPERLINK(\"x\"), and \"quotes\"");
    const auto& s = rows[2].fields;
    EXPECT_EQ(s[column("kind")], "slip");
    EXPECT_EQ(s[column("barriers")], "heard");
    EXPECT_EQ(s[column("best_times")], "morning; evening");
}

TEST_F(EvaluationTest, FormsGoOutPerLanguageAndBandWithTheSchoolsWordingAndNoNames) {
    auto es = fn::testing::sample_household("Rosa Núñez", "Ana", "Núñez", "es");
    es.students[0].grade = "4";
    ops::add_household(db, es);
    auto ar = fn::testing::sample_household("فاطمة الزهراء", "يوسف", "أحمد", "ar");
    ar.students[0].grade = "K";
    ops::add_household(db, ar);
    // A language without printed wording gets English forms.
    ops::add_household(db, fn::testing::sample_household("Amina Diallo", "Awa", "Diallo", "wo"));
    auto choices = ops::evaluation_choices(db, event);
    EXPECT_EQ(choices.languages, (std::vector<std::string>{"ar", "en", "es"}));
    EXPECT_EQ(choices.grade_bands, (std::vector<std::string>{"PK-2", "3-5"}));
    EXPECT_EQ(choices.workshops_per_round, (std::vector<int>{3, 2}));
    EXPECT_EQ(ops::load_evaluation_forms(db, event).instead.english, (std::map<std::string, int>{{"wo", 1}}))
        << "said, not silent";

    ops::set_label(db, "es", "evaluation_title", "Encuesta de la noche");
    auto forms = ops::load_evaluation_forms(db, event);
    ASSERT_EQ(forms.sheets.size(), 6u);
    const auto& sheet = forms.sheets[4];  // es, PK-2
    EXPECT_EQ(sheet.language, "es");
    EXPECT_EQ(sheet.grade_band, "PK-2");
    EXPECT_EQ(sheet.event_title, "Noche de Lectura");
    EXPECT_EQ(sheet.texts.at("evaluation_title"), "Encuesta de la noche");
    EXPECT_EQ(sheet.texts.at("barrier_transport"), "Transporte");
    ASSERT_EQ(sheet.rounds.size(), 2u);
    EXPECT_EQ(sheet.rounds[0].workshops.at(1).title, "Math games");
    EXPECT_THROW(ops::set_label(db, "es", "evaluation_nonsense", "x"), ValidationError);
}

TEST_F(EvaluationTest, BarrierSlipsGoToTheFamiliesWhoDidNotComeAfterTheNight) {
    auto came = fn::testing::sample_household("Lan Tran", "Bao", "Tran", "vi");
    Id came_id = ops::add_household(db, came);
    auto es = fn::testing::sample_household("Rosa Núñez", "Ana", "Núñez", "es");
    es.students[0].homeroom = "Mr. Park";
    ops::add_household(db, es);
    ops::add_household(db, fn::testing::sample_household("Hodan Warsame", "Ayan", "Warsame", "ar"));
    auto wolof = fn::testing::sample_household("Amina Diallo", "Awa", "Diallo", "wo");  // no wording yet
    wolof.students[0].homeroom = "Mr. Park";
    ops::add_household(db, wolof);
    auto left = fn::testing::sample_household("Gone Family", "Max", "Gone", "en");
    left.students[0].left_on = "2026-06-12";
    ops::add_household(db, left);
    EXPECT_THROW(ops::load_barrier_slips(db, event), Error) << "before anyone came, there is no one to ask";

    ops::check_in(db, event, came_id, 1, 1, "Door 1");
    auto slips = ops::load_barrier_slips(db, event);
    EXPECT_EQ(slips.families_came, 1);
    ASSERT_EQ(slips.bundles.size(), 2u);  // Mr. Park, Ms. Rivera
    EXPECT_EQ(slips.bundles[0].homeroom, "Mr. Park");
    EXPECT_EQ(slips.bundles[0].students, (std::vector<std::string>{"Awa Diallo (2)", "Ana Núñez (2)"}));
    EXPECT_EQ(slips.sheets.at(slips.bundles[0].slips.at(0)).language, "en") << "no Wolof wording yet: English";
    EXPECT_EQ(slips.instead.english, (std::map<std::string, int>{{"wo", 1}}));
    EXPECT_EQ(slips.sheets.at(slips.bundles[0].slips.at(1)).language, "es");
    EXPECT_EQ(slips.bundles[1].students, (std::vector<std::string>{"Ayan Warsame (2)"}))
        << "not the family who came, nor the one whose student left";
    EXPECT_EQ(slips.sheets.at(slips.bundles[1].slips.at(0)).language, "ar");
    EXPECT_EQ(slips.sheets.at(slips.bundles[1].slips.at(0)).grade_band, "PK-2");
}
