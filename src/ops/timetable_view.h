#pragma once
// The timetable of an event as the coordinator sees it: rounds down, rooms
// across, each cell the workshop(s) there with presenters and seats.
#include <string>
#include <vector>

#include "core/text_message.h"
#include "ops/event_ops.h"

namespace fn::ops {

struct TimetableSlot {
    Id workshop_id = 0;
    std::string title;
    std::string presenters;              // names, comma separated
    std::vector<std::string> languages;  // the languages it is given in
    int seats_taken = 0;
    int capacity = 0;  // 0: no limit
    int waiting = 0;   // households on the waitlist
    bool clash = false;
};

struct TimetableView {
    std::vector<Round> rounds;  // by number
    std::vector<Room> rooms;    // then one more column for workshops without a room
    // cells[round][room]; cells[round][rooms.size()] holds the roomless ones.
    std::vector<std::vector<std::vector<TimetableSlot>>> cells;
    std::vector<Text> clashes;  // plain sentences
    bool has_roomless() const;
};

TimetableView load_timetable(Database& db, Id event_id);

// Rooms with no workshop in `round_id` (a workshop being edited does not
// take its own room).
std::vector<Room> free_rooms(const EventPlan& plan, Id round_id, Id except_workshop = 0);

}  // namespace fn::ops
