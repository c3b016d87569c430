#pragma once
// Households with their guardians, students and search words.
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "core/household.h"

namespace soci {
class session;
}

namespace fn::store {

// Writes households through statements prepared once, so a roster of ten
// thousand students costs one parse per statement, not per row.
class HouseholdWriter {
public:
    explicit HouseholdWriter(soci::session& sql);
    ~HouseholdWriter();
    HouseholdWriter(const HouseholdWriter&) = delete;
    HouseholdWriter& operator=(const HouseholdWriter&) = delete;

    // Inserts the household (its code must be set) and returns its id.
    Id insert(const Household& h);
    // Replaces the stored fields, guardians and students of household h.id.
    void replace(const Household& h);
    // Inserts many new households (codes set) at once, set-based: ids drawn
    // in one go and set in `households`, then each table written in multi-row
    // statements, the search words sorted first. For a roster import.
    void insert_all(std::vector<Household>& households);

private:
    struct Statements;
    void write_members(Id id, const Household& h);
    std::unique_ptr<Statements> st_;
};

Id insert_household(soci::session& sql, const Household& h);
// Every folded word a coordinator might type to find this household, each
// once, in order: what the search index holds for it.
std::vector<std::string> search_terms_of(const Household& h);
void replace_household(soci::session& sql, const Household& h);

std::optional<Household> find_household(soci::session& sql, Id id);
Household load_household(soci::session& sql, Id id);  // throws NotFoundError
std::optional<Household> find_household_by_code(soci::session& sql, const std::string& code);
bool family_code_taken(soci::session& sql, const std::string& code);
bool household_exists(soci::session& sql, Id id);                                     // one query, nothing loaded
std::optional<Id> household_id_by_code(soci::session& sql, const std::string& code);  // the same
// Several households with members, in the order of `ids`.
std::vector<Household> load_households(soci::session& sql, const std::vector<Id>& ids);
// The directory: every household but those whose data was erased.
std::vector<Id> all_household_ids(soci::session& sql);
long long count_households(soci::session& sql);
// What backpack mail would hold, counted without loading a family: the
// households with a student at the school, and the homerooms of those students.
struct BackpackCount {
    long long households = 0;
    long long homerooms = 0;
};
BackpackCount count_backpack_mail(soci::session& sql);
// Every family code in the directory, erased families' included.
std::unordered_set<std::string> all_family_codes(soci::session& sql);
// Every language some household reads, once.
std::vector<std::string> household_languages(soci::session& sql);

// Households where every query word is the start of some stored word
// (folded: accents and case ignored), at most `limit`. With
// `expected_at_event`, households with a yes RSVP for that event come
// first, so a common surname cannot push the expected family past the limit.
std::vector<Id> search_household_ids(soci::session& sql, const std::vector<std::string>& words, int limit,
                                     Id expected_at_event = 0);

// Households with a guardian whose phone has exactly these digits.
std::vector<Id> households_with_phone(soci::session& sql, const std::string& digits);

// Students at the school (not marked as left) who have a student number,
// with their household: who a full roster should list.
struct StudentOnFile {
    Id household_id = 0;
    Student student;
};
std::vector<StudentOnFile> students_at_school(soci::session& sql);

// student number -> household id, for roster re-imports.
std::map<std::string, Id> households_by_student_number(soci::session& sql);

}  // namespace fn::store
