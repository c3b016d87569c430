#pragma once
// The small plan many tests need: a first round and one workshop in it.
#include <string>

#include "ops/event_ops.h"

namespace fn::testing {

inline Id add_round_with_workshop(store::Database& db, Id event_id, const std::string& title, int capacity = 0) {
    Id round = ops::add_round(db, {0, event_id, 1, "18:00", "18:40"});
    Workshop w;
    w.event_id = event_id;
    w.round_id = round;
    w.texts["en"] = {title, ""};
    w.capacity = capacity;
    return ops::add_workshop(db, w);
}

}  // namespace fn::testing
