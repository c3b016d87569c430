#pragma once
// The question before a plan change moves families to the waitlist, and
// the list of families to tell after it: the room and workshop forms ask
// alike (the rule and the names come from ops/seat_loss.h).
#include <vector>

#include "ops/seat_loss.h"

class wxWindow;

namespace fn::app {

// Asks, naming the families (No is the default); true to move them.
bool confirm_seat_moves(wxWindow* parent, const ops::SeatsWouldMoveError& seats);
// Says which families to tell, once they were moved.
void tell_seat_moves(wxWindow* parent, const std::vector<ops::SeatMoved>& moved);

}  // namespace fn::app
