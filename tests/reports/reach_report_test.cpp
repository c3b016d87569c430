// The barriers and reach report read back from its PDF.
#include "reports/reach_report.h"

#include <gtest/gtest.h>

#include "reports/pdf_tools.h"
#include "support/temp_dir.h"

using namespace fn;

namespace {

ReachReport sample_report() {
    std::vector<ReachFamily> families;
    for (Id id = 1; id <= 40; ++id) families.push_back({id, id <= 30 ? "es" : (id <= 33 ? "so" : "en"), {{"3", ""}}});
    ReachEvent night{7, "Family Math Night", "2026-10-15", "17:30", true, false, {1, 2, 3}, {}};
    for (Id id = 1; id <= 12; ++id) night.came.insert(id);
    night.came.insert(31);
    std::vector<Evaluation> papers;
    for (int i = 0; i < 11; ++i)
        papers.push_back({0, 7, EvaluationKind::Form, "es", "3-5", {3, 3, 2, 3, 3}, {}, {3}, {2}, {3}, "", "", "", ""});
    ReachReport r;
    r.school_name = "Lincoln Elementary";
    r.year = parse_school_year("2026-27");
    r.previous = previous_school_year(r.year);
    r.this_year = compute_reach(families, {night}, papers, {});
    r.last_year = compute_reach(families, {}, {}, {});
    r.prepared_at = "2026-11-30 10:00";
    return r;
}

}  // namespace

TEST(ReachReportPdf, ReadsTheYearBesideTheLastHidesSmallGroupsAndEndsWithTheStrategyPage) {
    fn::testing::TempDir dir;
    const auto path = dir.file("reach.pdf");
    reports::write_reach_report(sample_report(), reports::PaperSize::Letter, path);
    const std::string text = fn::testing::pdf_text(path);
    for (const char* words : {"Barriers and reach 2026-27", "Compared with 2025-26", "Math Night",
                              "13 (33% of invited)", "Spanish (es)", "12 of 30 (40%)", "fewer than 10", "no nights",
                              "Transportation 11", "Barriers and strategies 2026-27", "What changed", "11 ticks"})
        EXPECT_NE(text.find(words), std::string::npos) << words << "\n" << text;
    // Somali (3 families, 1 came) and English (7, none came) are small: their numbers are not printed.
    EXPECT_EQ(text.find("1 of 3"), std::string::npos);
    EXPECT_EQ(text.find("0 of 7"), std::string::npos);
    const int pages = fn::testing::pdf_pages(path);
    EXPECT_NE(
        fn::testing::run("pdftotext -f " + std::to_string(pages) + " -l " + std::to_string(pages) + " '" + path + "' -")
            .find("Barriers and strategies"),
        std::string::npos)
        << "the strategy page last";
}
