#include "store/evaluation_store.h"

#include <soci/soci.h>

#include "core/errors.h"
#include "store/row_reader.h"
#include "core/text_list.h"

namespace fn::store {
namespace {

const char* kEvaluationColumns =
    "e.id, e.event_id, e.kind, e.language, e.grade_band, e.q_welcome, e.q_learned, e.q_language, e.q_time, e.q_again,"
    " e.favourites, e.barriers, e.best_days, e.best_times, e.topic, e.comment, e.entered_at, e.entered_by";

// "1:2,2:1": round 1's favourite is its workshop 2, round 2's its first.
std::string favourites_text(const std::vector<std::pair<int, int>>& favourites) {
    std::string out;
    for (const auto& [round, workshop] : favourites)
        out += (out.empty() ? "" : ",") + std::to_string(round) + ":" + std::to_string(workshop);
    return out;
}

std::vector<std::pair<int, int>> favourites_of(const std::string& text) {
    std::vector<std::pair<int, int>> out;
    std::size_t start = 0;
    while (start < text.size()) {
        auto comma = text.find(',', start);
        std::string item = text.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
        if (auto colon = item.find(':'); colon != std::string::npos)
            out.emplace_back(std::stoi(item.substr(0, colon)), std::stoi(item.substr(colon + 1)));
        if (comma == std::string::npos) break;
        start = comma + 1;
    }
    return out;
}

std::vector<Evaluation> read_evaluations(RowReader& rows) {
    std::vector<Evaluation> out;
    while (rows.next()) {
        Evaluation e;
        e.id = rows.integer(0);
        e.event_id = rows.integer(1);
        e.kind = parse_evaluation_kind(rows.text(2));
        e.language = rows.text(3);
        e.grade_band = rows.text(4);
        for (int q = 0; q < kQuestions; ++q)
            e.answers[static_cast<std::size_t>(q)] = static_cast<int>(rows.integer(5 + q));
        e.favourites = favourites_of(rows.text(10));
        e.barriers = split_ints(rows.text(11));
        e.best_days = split_ints(rows.text(12));
        e.best_times = split_ints(rows.text(13));
        e.topic = rows.text(14);
        e.comment = rows.text(15);
        e.entered_at = rows.text(16);
        e.entered_by = rows.text(17);
        out.push_back(std::move(e));
    }
    return out;
}

}  // namespace

Id insert_evaluation(soci::session& sql, const Evaluation& e) {
    Id id = 0;
    const std::string kind = to_string(e.kind), favourites = favourites_text(e.favourites),
                      barriers = join_ints(e.barriers), days = join_ints(e.best_days), times = join_ints(e.best_times);
    const auto& a = e.answers;
    sql << "INSERT INTO evaluations (event_id, kind, language, grade_band, q_welcome, q_learned, q_language, q_time,"
           " q_again, favourites, barriers, best_days, best_times, topic, comment, entered_at, entered_by)"
           " VALUES (:ev, :k, :l, :g, :q1, :q2, :q3, :q4, :q5, :f, :b, :d, :t, :topic, :c, :at, :by) RETURNING id",
        soci::use(e.event_id), soci::use(kind), soci::use(e.language), soci::use(e.grade_band), soci::use(a[0]),
        soci::use(a[1]), soci::use(a[2]), soci::use(a[3]), soci::use(a[4]), soci::use(favourites), soci::use(barriers),
        soci::use(days), soci::use(times), soci::use(e.topic), soci::use(e.comment), soci::use(e.entered_at),
        soci::use(e.entered_by), soci::into(id);
    return id;
}

std::vector<Evaluation> evaluations_of(soci::session& sql, Id event_id) {
    RowReader rows(
        sql, std::string("SELECT ") + kEvaluationColumns + " FROM evaluations e WHERE e.event_id = :ev ORDER BY e.id");
    rows.bind(event_id);
    return read_evaluations(rows);
}

std::vector<Evaluation> evaluations_between(soci::session& sql, const std::string& first_date,
                                            const std::string& last_date) {
    RowReader rows(
        sql,
        std::string("SELECT ") + kEvaluationColumns +
            " FROM evaluations e JOIN events v ON v.id = e.event_id WHERE v.event_date >= :a AND v.event_date <= :b"
            " ORDER BY v.event_date, e.event_id, e.id");
    rows.bind(first_date).bind(last_date);
    return read_evaluations(rows);
}

bool delete_evaluation(soci::session& sql, Id id) {
    int n = 0;
    sql << "SELECT COUNT(*) FROM evaluations WHERE id = :id", soci::use(id), soci::into(n);
    if (n == 0) return false;
    sql << "DELETE FROM evaluations WHERE id = :id", soci::use(id);
    return true;
}

}  // namespace fn::store
