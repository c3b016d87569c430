#include "core/rules/clashes.h"

#include <gtest/gtest.h>

using namespace fn;

namespace {
Workshop ws(Id id, Id round, Id room, std::vector<Id> presenters) {
    Workshop w;
    w.id = id;
    w.round_id = round;
    w.room_id = room;
    w.presenter_ids = std::move(presenters);
    return w;
}
}  // namespace

TEST(Clashes, RoomOrPresenterTwiceInOneRound) {
    auto clashes = find_workshop_clashes({ws(1, 1, 10, {100}), ws(2, 1, 10, {101}), ws(3, 1, 11, {100}),
                                          ws(4, 2, 10, {100}), ws(5, 1, 0, {}), ws(6, 1, 0, {})});
    ASSERT_EQ(clashes.size(), 2u);
    EXPECT_EQ(clashes[0].kind, ClashKind::Room);
    EXPECT_EQ(clashes[0].first, 1);
    EXPECT_EQ(clashes[0].second, 2);
    EXPECT_EQ(clashes[1].kind, ClashKind::Presenter);
    EXPECT_EQ(clashes[1].subject, 100);
}

TEST(Clashes, OverlappingShiftsOfOnePersonOnOneDay) {
    std::vector<ShiftBooking> b{{7, 1, "2026-12-03", "17:00", "18:30"},
                                {7, 2, "2026-12-03", "18:00", "19:00"},
                                {7, 3, "2026-12-03", "19:00", "20:00"},
                                {8, 4, "2026-12-03", "17:00", "20:00"},
                                {7, 5, "2026-12-10", "17:00", "20:00"}};
    auto clashes = find_shift_clashes(b);
    ASSERT_EQ(clashes.size(), 1u);
    EXPECT_EQ(clashes[0].first, 1);
    EXPECT_EQ(clashes[0].second, 2);
    EXPECT_EQ(clashes[0].subject, 7);
}
