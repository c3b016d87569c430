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

class DoorSearch {
public:
    explicit DoorSearch(soci::session& sql);
    ~DoorSearch();
    DoorSearch(const DoorSearch&) = delete;
    DoorSearch& operator=(const DoorSearch&) = delete;

    // Households where every (folded) word starts some stored word of theirs,
    // at most `limit`, families with a yes RSVP for `event_id` first (a
    // common surname cannot push the expected family past the limit) among
    // the first kScannedWords matching words (a surname shared by more
    // families than that needs a second word, as the volunteer types on).
    // Only the first four words count. `match` is left for the caller to rank.
    std::vector<DoorCandidate> find(Id event_id, const std::vector<std::string>& words, int limit);

    static constexpr std::size_t kMaxWords = 4;
    static constexpr int kScannedWords = 150;

private:
    struct Statement;
    soci::session& sql_;
    std::unique_ptr<Statement> by_words_[kMaxWords];  // made on first use
};

}  // namespace fn::store
