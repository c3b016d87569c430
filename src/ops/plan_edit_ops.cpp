#include "ops/plan_edit_ops.h"

#include <soci/soci.h>

#include "core/calendar.h"
#include "core/errors.h"
#include "ops/plannable.h"
#include "ops/round_fit.h"
#include "ops/seat_loss.h"
#include "ops/seat_waits.h"
#include "store/database.h"
#include "store/event_store.h"
#include "store/plan_edit_store.h"

namespace fn::ops {
namespace {

std::vector<Workshop> workshops_where(soci::session& sql, Id event_id, bool (*match)(const Workshop&, Id), Id id) {
    std::vector<Workshop> out;
    for (auto& w : store::workshops_of(sql, event_id))
        if (match(w, id)) out.push_back(std::move(w));
    return out;
}

std::string titles(const std::vector<Workshop>& list) {
    std::string out;
    for (const auto& w : list) out += (out.empty() ? "'" : ", '") + w.title() + "'";
    return out;
}

}  // namespace

Room load_room(Database& db, Id room_id) {
    auto r = store::find_room(db.sql(), room_id);
    if (!r) throw NotFoundError(tr("no room with id {0}", {static_cast<long long>(room_id)}));
    return *r;
}

Round load_round(Database& db, Id round_id) {
    auto r = store::find_round(db.sql(), round_id);
    if (!r) throw NotFoundError(tr("no round with id {0}", {static_cast<long long>(round_id)}));
    return *r;
}

std::vector<SeatMoved> update_room(Database& db, Room r, const std::optional<std::map<std::string, std::string>>& names,
                                   SeatChange change) {
    validate(r);
    if (names) validate_room_names(*names);
    std::vector<SeatMoved> moved;
    db.transaction([&](soci::session& sql) {
        auto before = store::find_room(sql, r.id);
        if (!before) throw NotFoundError(tr("no room with id {0}", {static_cast<long long>(r.id)}));
        r.event_id = before->event_id;
        require_plannable(sql, r.event_id);
        for (const auto& other : store::rooms_of(sql, r.event_id))
            if (other.id != r.id && other.name == r.name)
                throw ConflictError(tr("the event already has a room named '{0}'", {r.name}));
        auto rooms = store::rooms_of(sql, r.event_id);
        for (auto& room : rooms)
            if (room.id == r.id) room = r;
        moved = seats_lost(sql, r.event_id, store::workshops_of(sql, r.event_id), rooms, change);
        store::update_room(sql, r);
        if (names) store::save_room_names(sql, r.id, *names);
        if (!moved.empty()) remember_who_waits(sql, r.event_id);
    });
    return moved;
}

std::map<std::string, std::string> room_names(Database& db, Id room_id) {
    Room room = load_room(db, room_id);
    auto names = store::room_names_of(db.sql(), room.event_id);
    return names.count(room_id) ? names.at(room_id) : std::map<std::string, std::string>{};
}

void set_room_names(Database& db, Id room_id, const std::map<std::string, std::string>& names) {
    validate_room_names(names);
    db.transaction([&](soci::session& sql) {
        auto room = store::find_room(sql, room_id);
        if (!room) throw NotFoundError(tr("no room with id {0}", {static_cast<long long>(room_id)}));
        require_plannable(sql, room->event_id);
        store::save_room_names(sql, room_id, names);
    });
}

std::vector<std::string> workshops_in_room(Database& db, Id room_id) {
    Room room = load_room(db, room_id);
    std::vector<std::string> titles_in;
    for (const auto& w : store::workshops_of(db.sql(), room.event_id))
        if (w.room_id == room_id) titles_in.push_back(w.title());
    return titles_in;
}

std::vector<std::string> remove_room(Database& db, Id room_id, bool unassign_workshops) {
    std::vector<std::string> left;
    db.transaction([&](soci::session& sql) {
        auto room = store::find_room(sql, room_id);
        if (!room) throw NotFoundError(tr("no room with id {0}", {static_cast<long long>(room_id)}));
        require_plannable(sql, room->event_id);
        auto inside = workshops_where(
            sql, room->event_id, [](const Workshop& w, Id id) { return w.room_id == id; }, room_id);
        if (!inside.empty() && !unassign_workshops)
            throw ConflictError(
                tr("{0} still has workshops in it: {1}; move them to another room first, or remove the "
                   "room and leave them without a room",
                   {room->name, titles(inside)}));
        for (const auto& w : inside) left.push_back(w.title());
        store::unassign_room(sql, room_id);
        store::delete_room(sql, room_id);
    });
    return left;
}

void update_round(Database& db, Round r) {
    validate(r);
    db.transaction([&](soci::session& sql) {
        auto before = store::find_round(sql, r.id);
        if (!before) throw NotFoundError(tr("no round with id {0}", {static_cast<long long>(r.id)}));
        r.event_id = before->event_id;
        Event e = require_plannable(sql, r.event_id);
        require_round_fits(e, r, store::rounds_of(sql, r.event_id));
        store::update_round(sql, r);
    });
}

void remove_round(Database& db, Id round_id) {
    db.transaction([&](soci::session& sql) {
        auto round = store::find_round(sql, round_id);
        if (!round) throw NotFoundError(tr("no round with id {0}", {static_cast<long long>(round_id)}));
        require_plannable(sql, round->event_id);
        auto inside = workshops_where(
            sql, round->event_id, [](const Workshop& w, Id id) { return w.round_id == id; }, round_id);
        if (!inside.empty())
            throw ConflictError(
                tr("round {0} still has workshops: {1}; remove them first (you are told which families "
                   "picked them), then the round",
                   {round->number, titles(inside)}));
        store::delete_round(sql, round_id);
    });
}

}  // namespace fn::ops
