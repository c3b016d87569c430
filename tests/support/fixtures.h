#pragma once
// A real database (a SQLite file, or a PostgreSQL database on the test
// server: support/test_database.h) and a temporary directory, plus small
// builders.
#include <gtest/gtest.h>

#include "core/event.h"
#include "core/family_code.h"
#include "core/household.h"
#include "store/database.h"
#include "support/temp_dir.h"
#include "support/test_database.h"

namespace fn::testing {

class DbTest : public ::testing::Test {
protected:
    TempDir dir;
    TestDatabase place{dir};
    store::Database db = store::Database::open(place.connection());
};

inline Event sample_event(const std::string& date = "2026-12-03") {
    Event e;
    e.kind = EventKind::LiteracyNight;
    e.texts["en"] = {"Literacy Night", "Dinner, workshops and books"};
    e.texts["es"] = {"Noche de Lectura", "Cena, talleres y libros"};
    e.date = date;
    e.start_time = "17:30";
    e.end_time = "20:00";
    e.place = "Cafeteria";
    e.dinner = true;
    e.childcare = true;
    e.childcare_min_age = 0;
    e.childcare_max_age = 12;
    e.status = EventStatus::Published;
    return e;
}

// Family codes for test households: fixed, unique, and all starting with "3"
// so no typed name can ever prefix-match one (random codes made searches for
// short prefixes like "ta" flaky).
inline std::string next_test_code() {
    static int counter = 0;
    std::string code = "3";
    for (int i = 0, v = counter++; i < 5; ++i, v /= 20) code += kFamilyCodeAlphabet[static_cast<std::size_t>(v % 20)];
    return code;
}

inline Household sample_household(const std::string& guardian, const std::string& student_first,
                                  const std::string& student_last, const std::string& language = "en") {
    Household h;
    h.code = next_test_code();
    h.language = language;
    h.guardians.push_back({0, guardian, "555-0100", "", ContactMethod::Phone, language});
    h.students.push_back({0, "", student_first, student_last, "2", "Ms. Rivera", ""});
    return h;
}

}  // namespace fn::testing
