#include "ops/report_tables.h"

#include "core/evaluation.h"
#include "io/table_writer.h"

namespace fn::ops {
namespace {

using io::CellKind;
using io::Table;

std::string number(int n) { return std::to_string(n); }

void add_events(Table& t, const std::string& year, const YearReach& y) {
    for (const auto& e : y.events)
        t.rows.push_back({year, number(static_cast<int>(e.event_id)), e.title, e.date, number(e.invited),
                          number(e.rsvped), number(e.attended), number(e.returning)});
}

// A hidden group says so instead of its numbers.
void add_groups(Table& t, const std::string& year, const std::string& by, const std::vector<ReachGroup>& groups) {
    for (const auto& g : groups)
        t.rows.push_back(g.hidden
                             ? std::vector<std::string>{year, by, g.group, "", "", "fewer than 10"}
                             : std::vector<std::string>{year, by, g.group, number(g.families), number(g.reached), ""});
}

void add_papers(Table& t, const std::string& year, const PaperTally& p) {
    std::vector<std::string> row{year, p.language.empty() ? "all" : p.language};
    if (p.hidden) {
        row.resize(t.columns.size() - 1);
        row.push_back("fewer than 10");
    } else {
        row.push_back(number(p.forms));
        row.push_back(number(p.slips));
        for (int q = 0; q < kQuestions; ++q) {
            row.push_back(number(p.answered[static_cast<std::size_t>(q)]));
            row.push_back(number(p.yes[static_cast<std::size_t>(q)]));
        }
        for (int b = 0; b < kBarriers; ++b) row.push_back(number(p.barriers[static_cast<std::size_t>(b)]));
        row.push_back("");
    }
    t.rows.push_back(std::move(row));
}

Table papers_table() {
    Table t{"Papers", {{"school_year"}, {"language"}, {"forms", CellKind::Number}, {"slips", CellKind::Number}}, {}};
    for (const char* q : question_keys()) {
        t.columns.push_back({std::string("answered_") + q, CellKind::Number});
        t.columns.push_back({std::string("yes_") + q, CellKind::Number});
    }
    for (const char* b : barrier_keys()) t.columns.push_back({std::string("barrier_") + b, CellKind::Number});
    t.columns.push_back({"note"});
    return t;
}

Table group_table(const std::string& name) {
    return {
        name,
        {{"school_year"}, {"by"}, {"group"}, {"families", CellKind::Number}, {"reached", CellKind::Number}, {"note"}},
        {}};
}

}  // namespace

int write_reach_tables(const ReachReport& r, const std::string& path) {
    Table events{"Events",
                 {{"school_year"},
                  {"event", CellKind::Number},
                  {"title"},
                  {"date", CellKind::Date},
                  {"invited", CellKind::Number},
                  {"rsvped", CellKind::Number},
                  {"attended", CellKind::Number},
                  {"returning", CellKind::Number}},
                 {}};
    Table groups = group_table("Reach by group"), papers = papers_table();
    for (const auto& [name, y] : {std::pair{r.year.name, &r.this_year}, std::pair{r.previous.name, &r.last_year}}) {
        add_events(events, name, *y);
        add_groups(groups, name, "language", y->by_language);
        add_groups(groups, name, "grade band", y->by_grade_band);
        add_groups(groups, name, "weekday", y->by_weekday);
        add_groups(groups, name, "start time", y->by_start_time);
        add_groups(groups, name, "childcare", y->by_childcare);
        add_groups(groups, name, "interpreter", y->by_interpreter);
        add_papers(papers, name, y->papers);
        for (const auto& p : y->papers_by_language) add_papers(papers, name, p);
    }
    const std::vector<Table> tables{events, groups, papers};
    io::write_tables(path, tables);
    return static_cast<int>(tables.size());
}

int write_contact_coverage(const Coverage& c, const std::string& path) {
    auto table = [&](const char* name, const char* group, const std::vector<CoverageLine>& lines) {
        Table t{name,
                {{"since", CellKind::Date}, {group}, {"families", CellKind::Number}, {"reached", CellKind::Number}},
                {}};
        for (const auto& l : lines) t.rows.push_back({c.since, l.group, number(l.families), number(l.reached)});
        return t;
    };
    const std::vector<Table> tables{table("By teacher", "homeroom", c.by_teacher),
                                    table("By language", "language", c.by_language)};
    io::write_tables(path, tables);
    return static_cast<int>(tables.size());
}

}  // namespace fn::ops
