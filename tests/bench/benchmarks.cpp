// Speed targets on a district-size database (10,000 households, 20 events,
// 1,000 RSVPs each), built once by the demo generator into a temp dir.
// Run: build/tests/fn_benchmarks   (not part of ctest: figures, not pass/fail)
#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <memory>

#include "core/text.h"
#include "ops/counts_ops.h"
#include "ops/demo_school.h"
#include "ops/door_ops.h"
#include "ops/household_ops.h"
#include "ops/print_ops.h"
#include "reports/flyer_layout.h"
#include "reports/sign_in_sheet.h"
#include "store/database.h"
#include "support/temp_dir.h"

namespace {

struct District {
    fn::testing::TempDir dir;
    fn::store::Database db = fn::store::Database::open(dir.file("district.db"));
    std::vector<std::string> queries;  // what a volunteer types, keystroke by keystroke

    explicit District(int households = 10000, int rsvps_per_event = 1000) {
        auto start = std::chrono::steady_clock::now();
        fn::ops::DemoOptions o;
        o.households = households;
        o.upcoming_events = 19;
        o.rsvps_per_event = rsvps_per_event;
        o.today = "2026-11-23";
        fn::ops::create_demo_school(db, o);
        auto secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        std::fprintf(stderr, "district database generated in %.2f s\n", secs);
        auto some = fn::ops::list_households(db, 300, 0);
        for (std::size_t i = 0; i < some.size(); i += 3) {
            std::string name = some[i].guardians.empty() ? some[i].code : some[i].guardians[0].name;
            std::string typed;
            for (char c : name) {  // every prefix, as typed (UTF-8 safe: only at ASCII or lead bytes)
                if ((static_cast<unsigned char>(c) & 0xC0) != 0x80 && !typed.empty()) queries.push_back(typed);
                typed.push_back(c);
            }
            queries.push_back(typed);
        }
    }
};

District& district() {
    static District d;
    return d;
}

// 100,000 households, 10,000 RSVPs an event.
District& big_district() {
    static District d(100000, 10000);
    return d;
}

District& district_of(std::int64_t households) { return households > 10000 ? big_district() : district(); }

template <typename Search>
void keystrokes(benchmark::State& state, const District& d, Search search) {
    std::vector<double> micros;
    std::size_t i = 0;
    for (auto _ : state) {
        const auto& q = d.queries[i++ % d.queries.size()];
        auto t0 = std::chrono::steady_clock::now();
        search(q);
        micros.push_back(std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - t0).count());
    }
    std::sort(micros.begin(), micros.end());
    state.counters["p50_us"] = micros[micros.size() / 2];
    state.counters["p99_us"] = micros[micros.size() * 99 / 100];
    state.counters["max_us"] = micros.back();
}

// The door's search per keystroke (households 10,000 or 100,000): the rows a
// volunteer sees, with RSVP and arrival, ranked.
void BM_DoorSearch(benchmark::State& state) {
    auto& d = district_of(state.range(0));
    keystrokes(state, d, [&](const std::string& q) { benchmark::DoNotOptimize(fn::ops::door_search(d.db, 5, q, 30)); });
}
BENCHMARK(BM_DoorSearch)->Arg(10000)->Arg(100000)->Unit(benchmark::kMicrosecond)->Iterations(5000);

// A statement run through SQLite's C API on every keystroke, prepared once,
// bound to the prefix range of the longest typed word; `read` takes each row.
template <typename Read>
void bare_keystrokes(benchmark::State& state, const char* query, Read read) {
    auto& d = district_of(state.range(0));
    sqlite3* handle = nullptr;
    sqlite3_open_v2(d.dir.file("district.db").c_str(), &handle, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(handle, query, -1, &st, nullptr);
    keystrokes(state, d, [&](const std::string& q) {
        auto words = fn::search_tokens(q);
        std::string low =
            words.empty() ? q : *std::max_element(words.begin(), words.end(), [](const auto& a, const auto& b) {
                return a.size() < b.size();
            });
        std::string high = low + "\xF4\x8F\xBF\xBF";
        sqlite3_bind_text(st, 1, low.data(), static_cast<int>(low.size()), SQLITE_STATIC);
        sqlite3_bind_text(st, 2, high.data(), static_cast<int>(high.size()), SQLITE_STATIC);
        long long sum = 0;
        while (sqlite3_step(st) == SQLITE_ROW) sum += read(st);
        sqlite3_reset(st);
        benchmark::DoNotOptimize(sum);
    });
    sqlite3_finalize(st);
    sqlite3_close(handle);
}

// Its peer: the bare prefix lookup on the same index with SQLite's C API, one
// statement prepared once, the first 30 household ids of the longest word.
void BM_BareIndexLookup(benchmark::State& state) {
    bare_keystrokes(state, "SELECT household_id FROM search_terms WHERE term >= ?1 AND term < ?2 LIMIT 30",
                    [](sqlite3_stmt* st) { return sqlite3_column_int64(st, 0); });
}
BENCHMARK(BM_BareIndexLookup)->Arg(10000)->Arg(100000)->Unit(benchmark::kMicrosecond)->Iterations(5000);

// The floor under the door's search: what SQLite itself takes to read the
// fields a row shows (names, students, RSVP, arrival) of the first 30
// households of the longest word, one statement prepared once, through its
// C API, with no families expected first, no second word and no ranking.
void BM_DoorRowsBare(benchmark::State& state) {
    bare_keystrokes(state,
                    "SELECT h.id, h.code, h.family_name, h.door_guardians, h.door_students, r.status, r.adults,"
                    " r.child_ages, a.checked_in_at, a.adults, a.children, a.walk_in"
                    " FROM (SELECT household_id AS id FROM search_terms WHERE term >= ?1 AND term < ?2 LIMIT 30) c"
                    " JOIN households h ON h.id = c.id"
                    " LEFT JOIN rsvps r ON r.event_id = 5 AND r.household_id = h.id"
                    " LEFT JOIN checkins a ON a.event_id = 5 AND a.household_id = h.id",
                    [](sqlite3_stmt* st) {
                        long long bytes = 0;
                        for (int c = 0; c < 12; ++c) bytes += sqlite3_column_bytes(st, c);
                        return bytes;
                    });
}
BENCHMARK(BM_DoorRowsBare)->Arg(10000)->Arg(100000)->Unit(benchmark::kMicrosecond)->Iterations(5000);

void BM_SearchAsYouType(benchmark::State& state) {
    auto& d = district();
    std::vector<double> micros;
    std::size_t i = 0;
    for (auto _ : state) {
        const auto& q = d.queries[i++ % d.queries.size()];
        auto t0 = std::chrono::steady_clock::now();
        auto hits = fn::ops::search_households(d.db, q, 20);
        micros.push_back(std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - t0).count());
        benchmark::DoNotOptimize(hits);
    }
    std::sort(micros.begin(), micros.end());
    state.counters["p50_us"] = micros[micros.size() / 2];
    state.counters["p99_us"] = micros[micros.size() * 99 / 100];
    state.counters["max_us"] = micros.back();
}
BENCHMARK(BM_SearchAsYouType)->Unit(benchmark::kMicrosecond)->Iterations(5000);

// The counts of an event with 1,000 or 10,000 RSVPs.
void BM_Counts(benchmark::State& state) {
    auto& d = district_of(state.range(0) > 1000 ? 100000 : 10000);
    for (auto _ : state) benchmark::DoNotOptimize(fn::ops::compute_counts(d.db, 5));
}
BENCHMARK(BM_Counts)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

// Its peer: reading the rows the counts come from (the event's RSVPs with
// their meals and workshop picks, its check-ins and head counts) with
// SQLite's C API, each statement prepared once, every column read.
void BM_ReadCountsRows(benchmark::State& state) {
    auto& d = district_of(state.range(0) > 1000 ? 100000 : 10000);
    sqlite3* handle = nullptr;
    sqlite3_open_v2(d.dir.file("district.db").c_str(), &handle, SQLITE_OPEN_READONLY, nullptr);
    const char* queries[] = {
        "SELECT * FROM rsvps WHERE event_id = 5",
        "SELECT m.* FROM rsvp_meals m JOIN rsvps r ON r.id = m.rsvp_id WHERE r.event_id = 5",
        "SELECT p.* FROM rsvp_picks p JOIN rsvps r ON r.id = p.rsvp_id WHERE r.event_id = 5",
        "SELECT * FROM checkins WHERE event_id = 5",
        "SELECT * FROM headcounts WHERE event_id = 5",
    };
    std::vector<sqlite3_stmt*> statements;
    for (const char* q : queries) {
        sqlite3_stmt* st = nullptr;
        sqlite3_prepare_v2(handle, q, -1, &st, nullptr);
        statements.push_back(st);
    }
    long long rows = 0;
    for (auto _ : state) {
        rows = 0;
        sqlite3_exec(handle, "BEGIN", nullptr, nullptr, nullptr);
        for (auto* st : statements) {
            while (sqlite3_step(st) == SQLITE_ROW) {
                ++rows;
                for (int c = 0; c < sqlite3_column_count(st); ++c) benchmark::DoNotOptimize(sqlite3_column_text(st, c));
            }
            sqlite3_reset(st);
        }
        sqlite3_exec(handle, "COMMIT", nullptr, nullptr, nullptr);
    }
    state.counters["rows"] = static_cast<double>(rows);
    for (auto* st : statements) sqlite3_finalize(st);
    sqlite3_close(handle);
}
BENCHMARK(BM_ReadCountsRows)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

void BM_CheckInAndUndo(benchmark::State& state) {
    auto& d = district();
    for (auto _ : state) {
        fn::ops::check_in(d.db, 6, 42);
        fn::ops::undo_check_in(d.db, 6, 42);
    }
}
BENCHMARK(BM_CheckInAndUndo)->Unit(benchmark::kMicrosecond);

// 1,000 personalised two-language flyers (Spanish with English) in one PDF,
// the backpack-mail job; reported as pages per second, layout and saving.
// The argument is the share of families (in %) who read Arabic: their
// flyers are Arabic with English and their names in Arabic script, shaped
// by HarfBuzz and set right to left.
void BM_PersonalisedFlyers(benchmark::State& state) {
    auto& d = district();
    auto spanish = fn::ops::load_flyer(d.db, 5, {"es", "en"});
    auto arabic = fn::ops::load_flyer(d.db, 5, {"ar", "en"});
    const auto arabic_every = state.range(0) > 0 ? 100 / state.range(0) : 0;
    fn::testing::TempDir out;
    double layout_s = 0, save_s = 0;
    int pages = 0;
    for (auto _ : state) {
        auto t0 = std::chrono::steady_clock::now();
        fn::reports::PdfDocument pdf(fn::reports::PaperSize::Letter, "bench");
        fn::reports::FlyerFit fit, arabic_fit;  // each template measured once, then reused
        bool measured = false, arabic_measured = false;
        for (int i = 0; i < 1000; ++i) {
            bool reads_arabic = arabic_every && i % arabic_every == 0;
            auto& flyer = reads_arabic ? arabic : spanish;
            flyer.family_name =
                (reads_arabic ? "\xD8\xA7\xD9\x84\xD8\xB2\xD9\x87\xD8\xB1\xD8\xA7\xD8\xA1 " : "Núñez ") +
                std::to_string(i);  // الزهراء
            flyer.family_code = "K7MX" + std::to_string(10 + i % 90);
            bool& done = reads_arabic ? arabic_measured : measured;
            fn::reports::draw_flyer(pdf, flyer, reads_arabic ? &arabic_fit : &fit, done);
            done = true;
        }
        auto t1 = std::chrono::steady_clock::now();
        pdf.save(out.file("flyers.pdf"));
        auto t2 = std::chrono::steady_clock::now();
        layout_s += std::chrono::duration<double>(t1 - t0).count();
        save_s += std::chrono::duration<double>(t2 - t1).count();
        pages += static_cast<int>(pdf.pages().size());
    }
    state.counters["pages_per_s"] = pages / (layout_s + save_s);
    state.counters["layout_s"] = layout_s / static_cast<double>(state.iterations());
    state.counters["save_s"] = save_s / static_cast<double>(state.iterations());
}
BENCHMARK(BM_PersonalisedFlyers)->Arg(0)->Arg(10)->Unit(benchmark::kMillisecond)->Iterations(3);

// A sign-in sheet for every yes-RSVP household of a 1,000-RSVP event.
void BM_SignInSheet1000(benchmark::State& state) {
    auto& d = district();
    fn::testing::TempDir out;
    for (auto _ : state) {
        auto sheet = fn::ops::load_sign_in_sheet(d.db, 5, 15);
        fn::reports::write_sign_in_sheet(sheet, fn::reports::PaperSize::Letter, out.file("signin.pdf"));
    }
}
BENCHMARK(BM_SignInSheet1000)->Unit(benchmark::kMillisecond)->Iterations(5);

}  // namespace

// Opening the school's file as every CLI command and the app's start do
// (households 10,000 or 100,000): its header and schema, today's backup
// already made; beside it, what every open cost before: PRAGMA quick_check
// over the whole file.
void BM_OpenDatabase(benchmark::State& state) {
    const std::string path = district_of(state.range(0)).dir.file("district.db");
    fn::store::Database::open(path);  // the day's first open: its check and backup, not timed
    for (auto _ : state) benchmark::DoNotOptimize(fn::store::Database::open(path).schema_version());
}
BENCHMARK(BM_OpenDatabase)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond)->Iterations(20);

void BM_QuickCheckWholeFile(benchmark::State& state) {
    const std::string path = district_of(state.range(0)).dir.file("district.db");
    for (auto _ : state) {
        sqlite3* handle = nullptr;
        sqlite3_open_v2(path.c_str(), &handle, SQLITE_OPEN_READONLY, nullptr);
        sqlite3_exec(handle, "PRAGMA quick_check(1)", nullptr, nullptr, nullptr);
        sqlite3_close(handle);
    }
}
BENCHMARK(BM_QuickCheckWholeFile)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond)->Iterations(5);

BENCHMARK_MAIN();
