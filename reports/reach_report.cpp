#include "reports/reach_report.h"

#include <fmt/format.h>

#include <algorithm>
#include <functional>

#include "core/document_texts.h"
#include "reports/bar_chart.h"
#include "reports/human_dates.h"
#include "core/languages.h"
#include "reports/table_writer.h"

namespace fn::reports {
namespace {

constexpr double kMargin = 48;
const char* kFewer = "fewer than 10";

std::string percent(int part, int whole) {
    return whole == 0 ? std::string("-") : fmt::format("{}%", (part * 100 + whole / 2) / whole);
}

// "34 of 120 (28%)", or "fewer than 10" for a small group.
std::string reach_cell(const ReachGroup& g) {
    return g.hidden ? kFewer : fmt::format("{} of {} ({})", g.reached, g.families, percent(g.reached, g.families));
}

const ReachGroup* find_group(const std::vector<ReachGroup>& groups, const std::string& name) {
    auto it = std::find_if(groups.begin(), groups.end(), [&](const ReachGroup& g) { return g.group == name; });
    return it == groups.end() ? nullptr : &*it;
}

// The English words of the forms themselves ("Transportation").
std::string barrier_name(int index) {
    return document_text("en", std::string("barrier_") + barrier_keys()[static_cast<std::size_t>(index)]);
}
const char* question_name(int index) {
    static const char* names[] = {"felt welcome", "learned something for home", "in a language they understand",
                                  "time and place worked", "would come again"};
    return names[index];
}

std::string papers_cell(const PaperTally& t) {
    if (t.hidden) return kFewer;
    std::string s = fmt::format("{} forms, {} slips.", t.forms, t.slips);
    for (int q = 0; q < kQuestions; ++q) {
        const auto i = static_cast<std::size_t>(q);
        if (t.answered[i]) s += fmt::format(" {} {};", question_name(q), percent(t.yes[i], t.answered[i]));
    }
    if (s.back() == ';') s.back() = '.';
    return s;
}

std::string barriers_cell(const PaperTally& t) {
    if (t.hidden) return kFewer;
    std::string s;
    for (int b = 0; b < kBarriers; ++b)
        if (int n = t.barriers[static_cast<std::size_t>(b)])
            s += (s.empty() ? "" : ", ") + fmt::format("{} {}", barrier_name(b), n);
    return s.empty() ? "none ticked" : s;
}

void group_section(TableWriter& table, const std::string& heading, const std::vector<ReachGroup>& groups,
                   const std::function<std::string(const std::string&)>& name) {
    table.section(heading);
    if (groups.empty()) table.row({"No event this year", "", ""});
    for (const auto& g : groups) table.row({name(g.group), reach_cell(g), ""});
}

}  // namespace

void draw_reach_report(PdfDocument& pdf, const ReachReport& r) {
    const auto& now = r.this_year;
    const auto& before = r.last_year;
    TitleBlock title{
        r.school_name, "Barriers and reach " + r.year.name,
        "Compared with " + r.previous.name + "  \xC2\xB7  prepared " + staff_timestamp(r.prepared_at, Clock::Locale),
        "Title I", "Barriers and reach " + r.year.name};
    TableWriter table(pdf, title, {{"", 190}, {r.year.name, 165}, {r.previous.name, 165}});
    table.section("Families (with a student at the school)");
    // A year without a night has no figures, not zeros.
    auto figure = [](const YearReach& y, const std::string& value) {
        return y.events.empty() ? std::string("no nights") : value;
    };
    table.row({"Invited to at least one night", figure(now, std::to_string(now.invited)),
               figure(before, std::to_string(before.invited))});
    table.row({"RSVP'd yes at least once", figure(now, std::to_string(now.rsvped)),
               figure(before, std::to_string(before.rsvped))});
    table.row(
        {"Came at least once (reach)",
         figure(now, fmt::format("{} ({} of invited)", now.attended, percent(now.attended, now.invited))),
         figure(before, fmt::format("{} ({} of invited)", before.attended, percent(before.attended, before.invited)))});
    table.row({"Came twice or more (returning)", figure(now, std::to_string(now.returning)),
               figure(before, std::to_string(before.returning))});

    table.section("Each night: invited, RSVP'd, came, and came before");
    auto event_rows = [&](const YearReach& y, bool this_year) {
        for (const auto& e : y.events)
            table.row({staff_date(e.date) + "  " + e.title,
                       this_year ? fmt::format("{} invited, {} RSVP'd, {} came, {} returning", e.invited, e.rsvped,
                                               e.attended, e.returning)
                                 : "",
                       this_year ? ""
                                 : fmt::format("{} invited, {} RSVP'd, {} came, {} returning", e.invited, e.rsvped,
                                               e.attended, e.returning)});
    };
    if (now.events.empty() && before.events.empty()) table.row({"No nights in these years", "", ""});
    event_rows(before, false);
    event_rows(now, true);

    table.section("Reach by home language");
    for (const auto& g : now.by_language) {
        const ReachGroup* last = find_group(before.by_language, g.group);
        table.row({language_name(g.group), reach_cell(g), last ? reach_cell(*last) : ""});
    }
    group_section(table, "Reach by grade band (this year's grades)", now.by_grade_band,
                  [](const std::string& g) { return "Grades " + g; });
    group_section(table, "Reach by weekday of the night", now.by_weekday,
                  [](const std::string& g) { return weekday_name(std::stoi(g), "en"); });
    group_section(table, "Reach by start time", now.by_start_time,
                  [](const std::string& g) { return "Starting " + g; });
    group_section(table, "Reach with childcare offered", now.by_childcare,
                  [](const std::string& g) { return g == "yes" ? "Childcare offered" : "No childcare"; });
    group_section(table, "Reach with an interpreter planned", now.by_interpreter,
                  [](const std::string& g) { return g == "yes" ? "Interpreter planned" : "No interpreter"; });

    table.section("What the evaluation forms said (share of answers on the smiling face)");
    for (const auto& t : now.papers_by_language) table.row({language_name(t.language), papers_cell(t), ""});
    table.row({"Every language", papers_cell(now.papers), papers_cell(before.papers)}, true);
    table.section("What made it hard to come (forms and barrier slips)");
    for (const auto& t : now.papers_by_language) table.row({language_name(t.language), barriers_cell(t), ""});
    table.row({"Every language", barriers_cell(now.papers), barriers_cell(before.papers)}, true);
    std::string days, times;
    for (int d = 0; d < kDays; ++d)
        if (int n = now.best_days[static_cast<std::size_t>(d)])
            days += (days.empty() ? "" : ", ") + fmt::format("{} {}", weekday_name(d + 1, "en"), n);
    for (int t = 0; t < kTimes; ++t)
        if (int n = now.best_times[static_cast<std::size_t>(t)])
            times +=
                (times.empty() ? "" : ", ") +
                fmt::format("{} {}",
                            document_text("en", std::string("time_") + time_keys()[static_cast<std::size_t>(t)]), n);
    table.row({"Best days", days.empty() ? "none ticked" : days, ""});
    table.row({"Best times", times.empty() ? "none ticked" : times, ""});
    table.section("How to read it");
    table.row({"Invited", "Families with a student at the school on the night's day.", ""});
    table.row({"Returning", "At a night: came to an earlier night. Over the year: came twice or more.", ""});
    table.row(
        {"Fewer than 10", "A group of fewer than 10 families (or papers) is not shown: it would identify them.", ""});
    table.finish(false);

    // Charts: reach by language (invited in light gray, reached in dark) and barriers.
    HPDF_Page page = pdf.add_page();
    double y = pdf.page_height() - kMargin;
    const double w = pdf.page_width() - 2 * kMargin;
    pdf.draw_fitted(page, kMargin, y - 16, w, "Barriers and reach " + r.year.name + ": charts", 16, 9, true);
    y -= 44;
    std::vector<ChartBar> reach;
    for (const auto& g : now.by_language)
        if (!g.hidden) reach.push_back({language_name(g.group), g.reached, g.families});
    pdf.draw_text(page, kMargin, y, "Families reached of those invited, by home language (groups of 10 or more)", 11,
                  true);
    y -= 12;
    if (!reach.empty())
        y -= draw_bar_chart(pdf, page, kMargin, y, w, reach, "invited") + 20;
    else
        y -= 24;
    std::vector<ChartBar> barriers;
    for (int b = 0; b < kBarriers; ++b)
        barriers.push_back({barrier_name(b), now.papers.barriers[static_cast<std::size_t>(b)], -1});
    pdf.draw_text(page, kMargin, y, "What made it hard to come, every language", 11, true);
    y -= 12;
    if (!now.papers.hidden)
        draw_bar_chart(pdf, page, kMargin, y, w, barriers);
    else
        pdf.draw_text(page, kMargin, y - 14, "Fewer than 10 papers typed this year.", 10);

    draw_strategy_page(pdf, r);
}

void draw_strategy_page(PdfDocument& pdf, const ReachReport& r) {
    HPDF_Page page = pdf.add_page();
    const double w = pdf.page_width() - 2 * kMargin;
    double y = pdf.page_height() - kMargin;
    pdf.draw_fitted(page, kMargin, y - 12, w, r.school_name, 10, 7);
    pdf.draw_fitted(page, kMargin, y - 36, w, "Barriers and strategies " + r.year.name, 18, 10, true);
    pdf.draw_fitted(page, kMargin, y - 54, w,
                    "For the annual evaluation with parents: each barrier families named, what the school will do "
                    "about it, what changed, and the result.",
                    9.5, 7);
    y -= 76;
    const double cols[] = {120, 130, 130, 132};  // barrier, strategy, what changed, result
    const char* heads[] = {"Barrier (ticks this year)", "Strategy", "What changed", "Result"};
    double x = kMargin;
    for (int c = 0; c < 4; ++c) {
        pdf.draw_text(page, x + 4, y - 12, heads[c], 9.5, true);
        x += cols[c];
    }
    y -= 18;
    // Most ticked first: where the strategies matter most.
    std::vector<int> order(kBarriers);
    for (int b = 0; b < kBarriers; ++b) order[static_cast<std::size_t>(b)] = b;
    const auto& ticks = r.this_year.papers.barriers;
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return ticks[static_cast<std::size_t>(a)] > ticks[static_cast<std::size_t>(b)];
    });
    const double row = std::min(82.0, (y - kMargin - 20) / kBarriers);
    for (int b : order) {
        pdf.box(page, kMargin, y - row, w, row, 0.6);
        x = kMargin;
        for (int c = 0; c < 3; ++c) {
            x += cols[c];
            pdf.line(page, x, y, x, y - row, 0.4);
        }
        pdf.draw_fitted(page, kMargin + 4, y - 14, cols[0] - 8, barrier_name(b), 10, 7, true);
        const std::string count = r.this_year.papers.hidden
                                      ? std::string("(fewer than 10 papers)")
                                      : fmt::format("{} tick{}", ticks[static_cast<std::size_t>(b)],
                                                    ticks[static_cast<std::size_t>(b)] == 1 ? "" : "s");
        pdf.draw_fitted(page, kMargin + 4, y - 28, cols[0] - 8, count, 9, 7);
        y -= row;
    }
}

UnprintedTexts write_reach_report(const ReachReport& report, PaperSize paper, const std::string& path) {
    PdfDocument pdf(paper, "Barriers and reach " + report.year.name);
    draw_reach_report(pdf, report);
    pdf.number_pages(0, "Barriers and reach " + report.year.name, kMargin - 24);
    return pdf.save(path);
}

}  // namespace fn::reports
