#include "ops/evaluation_ops.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "core/document_texts.h"
#include "core/errors.h"
#include "core/rules/grades.h"
#include "core/text.h"
#include "io/table_writer.h"
#include "ops/login_checks.h"
#include "ops/audit_ops.h"
#include "ops/clock.h"
#include "ops/print_ops.h"
#include "store/attendance_store.h"
#include "store/database.h"
#include "store/evaluation_store.h"
#include "store/event_store.h"
#include "store/household_store.h"
#include "store/settings_store.h"

namespace fn::ops {
namespace {

void evaluations_coordinator_only(Database& db) {
    require_coordinator(
        db, tr("evaluation forms are kept by the coordinator: sign in as the coordinator to type or read them"));
}

// The workshops of each round in the order the flyer and the form number them.
std::vector<std::vector<std::string>> numbered_workshops(soci::session& sql, Id event_id) {
    std::vector<std::vector<std::string>> per_round;
    auto workshops = store::workshops_of(sql, event_id);
    for (const auto& r : store::rounds_of(sql, event_id)) {
        per_round.emplace_back();
        for (const auto& w : workshops)
            if (w.round_id == r.id) per_round.back().push_back(w.title());
    }
    return per_round;
}

// The households with a student still at the school.
std::vector<Household> families_at_school(soci::session& sql) {
    std::vector<Household> out;
    for (auto& h : store::load_households(sql, store::all_household_ids(sql)))
        if (h.erased_on.empty() &&
            std::any_of(h.students.begin(), h.students.end(), [](const Student& s) { return s.left_on.empty(); }))
            out.push_back(std::move(h));
    return out;
}

}  // namespace

Id add_evaluation(Database& db, Id event_id, const TypedEvaluation& typed) {
    evaluations_coordinator_only(db);
    auto& sql = db.sql();
    store::load_event(sql, event_id);
    Evaluation e;
    e.event_id = event_id;
    e.kind = typed.kind;
    e.language = trim(typed.language);
    e.grade_band = trim(typed.grade_band);
    const auto& bands = grade_bands();
    if (!e.grade_band.empty() && std::find(bands.begin(), bands.end(), e.grade_band) == bands.end())
        throw ValidationError(tr("grade band"), tr("{0} is not one of PK-2, 3-5, 6-8, 9-12", {quoted(e.grade_band)}));
    // A barrier slip asks only what kept a family away and when suits it.
    if (e.kind == EvaluationKind::Form) {
        e.answers = parse_answers(tr("answers"), typed.answers);
        auto rounds = numbered_workshops(sql, event_id);
        auto picks = parse_favourites(tr("favourite workshops"), typed.favourites);
        if (picks.size() > rounds.size())
            throw ValidationError(
                tr("favourite workshops"),
                tr("{0} gives {1} rounds; this event has {2}",
                   {quoted(typed.favourites), static_cast<int>(picks.size()), static_cast<int>(rounds.size())}));
        for (std::size_t r = 0; r < picks.size(); ++r) {
            if (picks[r] == 0) continue;
            const int offered = static_cast<int>(rounds[r].size());
            if (picks[r] > offered)
                throw ValidationError(tr("favourite workshops"),
                                      tr("round {0} has workshops 1 to {1}; {2} is not one of them",
                                         {static_cast<int>(r + 1), offered, picks[r]}));
            e.favourites.emplace_back(static_cast<int>(r + 1), picks[r]);
        }
    } else if (!trim(typed.answers).empty() || !trim(typed.favourites).empty()) {
        throw ValidationError(tr("barrier slip"), tr("a barrier slip has no questions or workshops to type; choose "
                                                     "Evaluation form for a form"));
    }
    e.barriers = parse_ticked(tr("barriers"), typed.barriers, kBarriers);
    e.best_days = parse_ticked(tr("best days"), typed.best_days, kDays);
    e.best_times = parse_ticked(tr("best times"), typed.best_times, kTimes);
    e.topic = trim(typed.topic);
    e.comment = typed.comment;
    const bool blank = std::all_of(e.answers.begin(), e.answers.end(), [](int a) { return a == 0; }) &&
                       e.favourites.empty() && e.barriers.empty() && e.best_days.empty() && e.best_times.empty() &&
                       e.topic.empty() && trim(e.comment).empty();
    // An Enter too many must not count a paper nobody filled in.
    if (blank) throw ValidationError(tr("paper"), tr("nothing is typed: a blank paper is not counted"));
    e.entered_at = now_timestamp();
    e.entered_by = author(db).actor;
    validate(e);
    Id id = 0;
    db.transaction([&](soci::session& s) { id = store::insert_evaluation(s, e); });
    return id;
}

std::vector<Evaluation> evaluations_of(Database& db, Id event_id) {
    evaluations_coordinator_only(db);
    store::load_event(db.sql(), event_id);
    return store::evaluations_of(db.sql(), event_id);
}

void delete_evaluation(Database& db, Id evaluation_id) {
    evaluations_coordinator_only(db);
    bool found = false;
    db.transaction([&](soci::session& sql) { found = store::delete_evaluation(sql, evaluation_id); });
    if (!found) throw NotFoundError(tr("no evaluation form {0}", {static_cast<long long>(evaluation_id)}));
}

int export_evaluations(Database& db, Id event_id, const std::string& path) {
    auto rows = evaluations_of(db, event_id);
    auto rounds = numbered_workshops(db.sql(), event_id);
    using io::CellKind;
    // The paper's language, and the answer to the question about language
    // ("answer_language"): one name each.
    io::Table out{"Evaluations", {{"form", CellKind::Number}, {"kind"}, {"language"}, {"grade_band"}}, {}};
    for (const char* q : question_keys()) out.columns.push_back({std::string("answer_") + q, CellKind::Number});
    for (std::size_t r = 0; r < rounds.size(); ++r) out.columns.push_back({"favourite_round_" + std::to_string(r + 1)});
    for (const char* h : {"barriers", "best_days", "best_times", "workshop_wish", "comment"})
        out.columns.push_back({h});
    out.columns.push_back({"entered_at", CellKind::DateTime});
    auto named = [](const std::vector<int>& numbers, auto&& name) {
        std::string s;
        for (int n : numbers) s += (s.empty() ? "" : "; ") + name(n);
        return s;
    };
    static const char* kDayNames[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    for (const auto& e : rows) {
        std::vector<std::string> cells{std::to_string(e.id), to_string(e.kind), e.language, e.grade_band};
        // 1 no, 2 a little, 3 yes; empty when not answered (or a slip).
        for (int a : e.answers) cells.push_back(a == 0 ? "" : std::to_string(a));
        for (std::size_t r = 0; r < rounds.size(); ++r) {
            std::string title;
            for (const auto& [round, number] : e.favourites)
                if (round == static_cast<int>(r + 1) && number <= static_cast<int>(rounds[r].size()))
                    title = std::to_string(number) + ". " + rounds[r][static_cast<std::size_t>(number - 1)];
            cells.push_back(title);
        }
        cells.push_back(
            named(e.barriers, [](int n) { return std::string(barrier_keys()[static_cast<std::size_t>(n - 1)]); }));
        cells.push_back(named(e.best_days, [](int n) { return std::string(kDayNames[n - 1]); }));
        cells.push_back(
            named(e.best_times, [](int n) { return std::string(time_keys()[static_cast<std::size_t>(n - 1)]); }));
        cells.push_back(e.topic);
        cells.push_back(e.comment);
        cells.push_back(e.entered_at);
        out.rows.push_back(std::move(cells));
    }
    io::write_tables(path, {out});
    return static_cast<int>(rows.size());
}

namespace {

// The papers' languages and bands for `families` (those at the school).
EvaluationChoices choices_for(soci::session& sql, Id event_id, const std::vector<Household>& families,
                              const std::vector<std::string>& printable) {
    EvaluationChoices c;
    std::set<std::string> languages{"en"};
    std::set<int> bands;
    for (const auto& h : families) {
        languages.insert(paper_language(h.language, printable));
        for (const auto& s : h.students) {
            auto band = grade_band(s.grade);
            if (s.left_on.empty() && !band.empty())
                bands.insert(static_cast<int>(std::find(grade_bands().begin(), grade_bands().end(), band) -
                                              grade_bands().begin()));
        }
    }
    c.languages.assign(languages.begin(), languages.end());
    for (int b : bands) c.grade_bands.push_back(grade_bands()[static_cast<std::size_t>(b)]);
    for (const auto& round : numbered_workshops(sql, event_id))
        c.workshops_per_round.push_back(static_cast<int>(round.size()));
    return c;
}

// Families at the school whose language the school does not print in yet,
// by language: they get English papers (or the nearest language's), and
// the coordinator is told.
PapersInstead papers_instead(const std::vector<Household>& families, const std::vector<std::string>& printable) {
    PapersInstead out;
    for (const auto& h : families) {
        out.count(h.language, paper_language(h.language, printable));
        if (!h.language_to_confirm.empty()) ++out.to_confirm;
    }
    return out;
}

}  // namespace

EvaluationChoices evaluation_choices(Database& db, Id event_id) {
    auto& sql = db.sql();
    store::load_event(sql, event_id);
    return choices_for(sql, event_id, families_at_school(sql),
                       printable_languages(store::load_settings(sql).label_overrides));
}

EvaluationSheet load_evaluation_sheet(Database& db, Id event_id, const std::string& language,
                                      const std::string& grade_band) {
    auto& sql = db.sql();
    auto settings = store::load_settings(sql);
    auto flyer = load_flyer(db, event_id, {language});
    EvaluationSheet sheet;
    sheet.school_name = settings.name;
    sheet.event_title = flyer.sides.front().title;
    sheet.date = flyer.date;
    sheet.language = language;
    sheet.grade_band = grade_band;
    sheet.rounds = flyer.sides.front().rounds;
    sheet.texts = document_texts_for(language, school_wording(settings.label_overrides, language));
    sheet.texts["round"] = flyer.sides.front().labels.at("round");  // "Round {n}", as on the flyer
    return sheet;
}

EvaluationForms load_evaluation_forms(Database& db, Id event_id) {
    auto& sql = db.sql();
    store::load_event(sql, event_id);
    const auto families = families_at_school(sql);  // read once: every household of the school
    const auto printable = printable_languages(store::load_settings(sql).label_overrides);
    auto choices = choices_for(sql, event_id, families, printable);
    if (choices.grade_bands.empty()) choices.grade_bands.push_back("");
    EvaluationForms forms;
    forms.instead = papers_instead(families, printable);
    for (const auto& language : choices.languages)
        for (const auto& band : choices.grade_bands)
            forms.sheets.push_back(load_evaluation_sheet(db, event_id, language, band));
    return forms;
}

BarrierSlips load_barrier_slips(Database& db, Id event_id) {
    auto& sql = db.sql();
    Event e = store::load_event(sql, event_id);
    std::set<Id> came;
    for (const auto& c : store::checkins_of_event(sql, event_id)) came.insert(c.household_id);
    if (came.empty())
        throw Error(
            tr("no family is checked in at this event yet: barrier slips go to the families who did not come, "
               "after the night"));
    BarrierSlips slips;
    slips.event_title = e.title();
    slips.date = e.date;
    slips.families_came = static_cast<int>(came.size());
    auto printable = printable_languages(store::load_settings(sql).label_overrides);
    std::map<std::pair<std::string, std::string>, std::size_t> sheet_of;  // by language and band
    struct Entry {
        std::string homeroom, sort_key, student;
        std::size_t sheet;
    };
    std::vector<Entry> entries;
    std::vector<Household> away;
    for (auto& h : families_at_school(sql))
        if (!came.count(h.id)) away.push_back(std::move(h));
    slips.instead = papers_instead(away, printable);
    for (const auto& h : away) {
        // The slip goes home with the youngest student still at the school,
        // like the backpack flyers.
        const Student* carrier = paper_carrier(h);  // not null: the family is at the school
        const std::string language = paper_language(h.language, printable);
        const std::string band = grade_band(carrier->grade);
        auto key = std::make_pair(language, band);
        if (!sheet_of.count(key)) {
            sheet_of[key] = slips.sheets.size();
            slips.sheets.push_back(load_evaluation_sheet(db, event_id, language, band));
        }
        entries.push_back({carrier->homeroom, fold_for_search(carrier->last_name + " " + carrier->first_name),
                           carrier->first_name + " " + carrier->last_name + " (" + carrier->grade + ")",
                           sheet_of[key]});
    }
    std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        return std::tie(a.homeroom, a.sort_key) < std::tie(b.homeroom, b.sort_key);
    });
    for (const auto& entry : entries) {
        if (slips.bundles.empty() || slips.bundles.back().homeroom != entry.homeroom)
            slips.bundles.push_back({entry.homeroom, {}, {}});
        slips.bundles.back().students.push_back(entry.student);
        slips.bundles.back().slips.push_back(entry.sheet);
    }
    return slips;
}

}  // namespace fn::ops
