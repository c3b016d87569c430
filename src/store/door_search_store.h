#pragma once
// The door's search as one statement, prepared once per connection and
// reused on every keystroke: the matching households with exactly what a
// result row shows (names, students, code) and the family's RSVP and
// arrival for the event. Nothing else about a family is read (no phone,
// e-mail or address: a door login may not read them).
#include <memory>
#include <string>
#include <vector>

#include "core/rules/door_match.h"

namespace soci {
class session;
}

namespace fn::store {

// What a door row shows of a household's people, kept in its row
// (households.door_guardians and door_students) by whoever writes its members.
std::string door_guardians(const Household& h);
std::string door_students(const Household& h);

// Keeps the index of expected families' search words (expected_terms) true:
// after the RSVP of `household_id` for `event_id` was written or changed...
void refresh_expected_terms(soci::session& sql, Id event_id, Id household_id);
// ...and after a household's search words were written again.
void refresh_expected_terms(soci::session& sql, Id household_id);

class DoorSearch {
public:
    explicit DoorSearch(soci::session& sql);
    ~DoorSearch();
    DoorSearch(const DoorSearch&) = delete;
    DoorSearch& operator=(const DoorSearch&) = delete;

    // Households where every (folded) word starts some stored word of theirs,
    // at most `limit`, families with a yes RSVP for `event_id` first, found
    // through their own index (a common surname cannot push the expected
    // family past the limit), then the others in word order. A keystroke
    // reads at most kScannedWords matches of each kind, and of other
    // families at most kWindow words of the longest typed word: a family
    // beyond it is found as the volunteer types on. Only the first four
    // words count. `match` is left for the caller to rank.
    std::vector<DoorCandidate> find(Id event_id, const std::vector<std::string>& words, int limit);

    static constexpr std::size_t kMaxWords = 4;
    // Matching words read from each index per keystroke: twice a screenful
    // of rows (a household often matches with two words).
    static constexpr int kScannedWords = 64;
    // How deep the longest word's range is read when other words must
    // match too (see door_search_store.cpp).
    static constexpr int kWindow = 128;

private:
    struct Statement;
    soci::session& sql_;
    std::unique_ptr<Statement> by_words_[kMaxWords];  // made on first use
};

}  // namespace fn::store
