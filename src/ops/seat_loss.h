#pragma once
// What a change to the plan does to families' seats, said before it is made:
// a room or workshop given fewer seats than its families hold moves the
// last to ask to the waitlist. The change is refused with their names
// (SeatsWouldMoveError) until the coordinator confirms it; then the
// families to tell are returned.
#include <string>
#include <vector>

#include "core/errors.h"
#include "core/event.h"

namespace soci {
class session;
}

namespace fn::ops {

// A family seated now that the change moves to the waitlist.
struct SeatMoved {
    Id household_id = 0;
    std::string family;  // its name, for people to read
    std::string workshop;
};

class SeatsWouldMoveError : public ConflictError {
public:
    explicit SeatsWouldMoveError(std::vector<SeatMoved> moved);
    const std::vector<SeatMoved>& moved() const { return moved_; }

private:
    std::vector<SeatMoved> moved_;
};

// Whether the families' seats may change, or only be kept.
enum class SeatChange { KeepEveryoneSeated, MoveToWaitlist };

// The families of `event_id` seated with the plan as stored who would wait
// with `workshops` and `rooms` instead; throws SeatsWouldMoveError when
// there are any and `change` keeps everyone seated.
std::vector<SeatMoved> seats_lost(soci::session& sql, Id event_id, const std::vector<Workshop>& workshops,
                                  const std::vector<Room>& rooms, SeatChange change);

}  // namespace fn::ops
