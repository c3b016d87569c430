#include "cli/reach_views.h"

#include <fmt/format.h>

namespace fn::cli {
namespace {

nlohmann::json groups_json(const std::vector<ReachGroup>& groups) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& g : groups)
        out.push_back(g.hidden ? nlohmann::json{{"group", g.group}, {"fewer_than_10", true}}
                               : nlohmann::json{{"group", g.group}, {"families", g.families}, {"reached", g.reached}});
    return out;
}

nlohmann::json tally_json(const PaperTally& t) {
    if (t.hidden) return {{"language", t.language}, {"fewer_than_10", true}};
    nlohmann::json questions = nlohmann::json::object(), barriers = nlohmann::json::object();
    for (int q = 0; q < kQuestions; ++q)
        questions[question_keys()[static_cast<std::size_t>(q)]] = {
            {"answered", t.answered[static_cast<std::size_t>(q)]}, {"yes", t.yes[static_cast<std::size_t>(q)]}};
    for (int b = 0; b < kBarriers; ++b)
        barriers[barrier_keys()[static_cast<std::size_t>(b)]] = t.barriers[static_cast<std::size_t>(b)];
    return {{"language", t.language},
            {"forms", t.forms},
            {"slips", t.slips},
            {"questions", questions},
            {"barriers", barriers}};
}

nlohmann::json year_json(const YearReach& y) {
    nlohmann::json events = nlohmann::json::array(), papers = nlohmann::json::array();
    for (const auto& e : y.events)
        events.push_back({{"event", e.event_id},
                          {"title", e.title},
                          {"date", e.date},
                          {"invited", e.invited},
                          {"rsvped", e.rsvped},
                          {"attended", e.attended},
                          {"returning", e.returning}});
    for (const auto& t : y.papers_by_language) papers.push_back(tally_json(t));
    return {{"events", events},
            {"invited", y.invited},
            {"rsvped", y.rsvped},
            {"attended", y.attended},
            {"returning", y.returning},
            {"by_language", groups_json(y.by_language)},
            {"by_grade_band", groups_json(y.by_grade_band)},
            {"by_weekday", groups_json(y.by_weekday)},
            {"by_start_time", groups_json(y.by_start_time)},
            {"by_childcare", groups_json(y.by_childcare)},
            {"by_interpreter", groups_json(y.by_interpreter)},
            {"papers_by_language", papers},
            {"papers", tally_json(y.papers)},
            {"best_days", y.best_days},
            {"best_times", y.best_times}};
}

std::string group_lines(const std::string& heading, const std::vector<ReachGroup>& groups) {
    std::string text = heading + "\n";
    for (const auto& g : groups)
        text += g.hidden ? fmt::format("  {:<12} fewer than 10\n", g.group)
                         : fmt::format("  {:<12} {:>5} of {:>5}\n", g.group, g.reached, g.families);
    return text;
}

}  // namespace

nlohmann::json reach_json(const ReachReport& r) {
    return {{"school_year", r.year.name},
            {"previous_year", r.previous.name},
            {"this_year", year_json(r.this_year)},
            {"last_year", year_json(r.last_year)}};
}

std::string reach_text(const ReachReport& r) {
    const auto& y = r.this_year;
    std::string text = fmt::format("Barriers and reach {} (last year {})\n", r.year.name, r.previous.name);
    text += fmt::format("Families invited {}, RSVP'd {}, came {}, came twice or more {} (last year: {}, {}, {}, {})\n",
                        y.invited, y.rsvped, y.attended, y.returning, r.last_year.invited, r.last_year.rsvped,
                        r.last_year.attended, r.last_year.returning);
    for (const auto& e : y.events)
        text += fmt::format("  {} {}: {} invited, {} RSVP'd, {} came, {} returning\n", e.date, e.title, e.invited,
                            e.rsvped, e.attended, e.returning);
    text += group_lines("Reach by home language", y.by_language);
    text += group_lines("Reach by grade band", y.by_grade_band);
    text += group_lines("Reach with childcare offered", y.by_childcare);
    text += group_lines("Reach with an interpreter planned", y.by_interpreter);
    text += "Barriers ticked, by language\n";
    for (const auto& t : y.papers_by_language) {
        if (t.hidden) {
            text += fmt::format("  {:<12} fewer than 10\n", t.language);
            continue;
        }
        std::string ticks;
        for (int b = 0; b < kBarriers; ++b)
            ticks += fmt::format(" {} {}", barrier_keys()[static_cast<std::size_t>(b)],
                                 t.barriers[static_cast<std::size_t>(b)]);
        text += fmt::format("  {:<12} {} forms, {} slips:{}\n", t.language, t.forms, t.slips, ticks);
    }
    return text;
}

}  // namespace fn::cli
