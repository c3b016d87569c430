#include "ops/door_station.h"

#include <chrono>
#include <filesystem>

#include "core/errors.h"
#include "core/family_code.h"
#include "io/walk_in_record.h"
#include "ops/childcare_ops.h"
#include "ops/audit_ops.h"
#include "ops/clock.h"
#include "ops/door_refusals.h"
#include "store/attendance_store.h"
#include "store/childcare_store.h"
#include "store/door_log_store.h"
#include "store/event_store.h"
#include "store/database.h"
#include "store/household_store.h"
#include "store/station_store.h"

namespace fn::ops {
namespace fs = std::filesystem;
namespace {

// Station names become part of a file name: letters, digits, '-' and '_'.
std::string file_name_part(const std::string& text) {
    std::string out;
    for (unsigned char c : text) out.push_back(std::isalnum(c) || c == '-' || c == '_' ? static_cast<char>(c) : '_');
    return out.empty() ? "station" : out.substr(0, 40);
}

std::string short_hash(const std::string& text) {
    std::uint64_t hash = 1469598103934665603ull;  // FNV-1a, stable across runs and machines
    for (unsigned char c : text) hash = (hash ^ c) * 1099511628211ull;
    static const char* hex = "0123456789abcdef";
    std::string out;
    for (int i = 0; i < 8; ++i, hash >>= 4) out.push_back(hex[hash & 15]);
    return out;
}

// What applying one outbox entry did.
struct Applied {
    Id household_id = 0;
    std::string family_code;
    CheckIn check_in;
    bool also_checked_in = false;
    Text outcome;  // in words, for the outbox and `door status`
};

// The family's id (one query: nothing else about it is needed to send).
Id family_by_code(soci::session& sql, const std::string& code) {
    auto id = store::household_id_by_code(sql, code);
    if (!id) throw unknown_family(0, code);
    return *id;
}

Text checked_in_outcome(const CheckIn& c) { return tr("checked in {0}+{1}", {c.adults, c.children}); }

// Another station checked the family in first: `first`, unless since taken back.
Text also_outcome(const std::optional<CheckIn>& first) {
    return first ? tr("already checked in at {0} ({1}); kept as \"also checked in\"",
                      {first->checked_in_at.substr(11, 5), first->station})
                 : tr("kept as \"also checked in\"");
}

// A check-in sent in one round trip (ops::check_in_at_server), as apply_entry would have applied it.
Applied applied_at_server(const ServerArrival& arrival, const OutboxEntry& e) {
    Applied a;
    a.household_id = arrival.check_in.household_id;
    a.family_code = e.family_code;
    if (arrival.also_checked_in) {
        a.also_checked_in = true;
        a.outcome = also_outcome(arrival.check_in.id ? std::optional<CheckIn>(arrival.check_in) : std::nullopt);
    } else {
        a.check_in = arrival.check_in;
        a.outcome = checked_in_outcome(a.check_in);
    }
    return a;
}

// What a walk-in sent did, said for the station's list of what was sent.
Text walk_in_outcome(const std::string& typed_code, const WalkIn& w) {
    return w.family_code == typed_code
               ? tr("new family registered with code {0}", {typed_code})
               : tr("new family registered; code {0} was taken there, so it is {1}", {typed_code, w.family_code});
}

// A check-in, correction, drop-off, pickup or walk-in sent to a shared server in one statement
// (its server-side function), as apply_entry would have applied it;
// nothing when it goes the transaction's way (SQLite, other actions, an
// event that is done).
std::optional<Applied> sent_in_one_statement(Database& server, const Author& who, const OutboxEntry& e,
                                             const DoorTyping& typed) {
    switch (e.action) {
        case DoorAction::CheckIn: {
            auto arrival = check_in_at_server(server, e.event_id, 0, e.family_code, e.adults, e.children, typed, true);
            if (!arrival) return std::nullopt;
            return applied_at_server(*arrival, e);
        }
        case DoorAction::Adjust: {
            if (!adjust_at_server(server, e.event_id, 0, e.family_code, e.adults, e.children, typed))
                return std::nullopt;
            Applied a;
            a.family_code = e.family_code;
            a.outcome = tr("corrected to {0}+{1}", {e.adults, e.children});
            return a;
        }
        case DoorAction::DropOff: {
            auto d = drop_off_at_server(server, e.event_id, 0, e.family_code, e.children, e.pickup_code, typed);
            if (!d) return std::nullopt;
            Applied a;
            a.household_id = d->household_id;
            a.family_code = e.family_code;
            a.outcome = tr("{0} children to childcare, code {1}", {d->children, d->pickup_code});
            return a;
        }
        case DoorAction::PickUp: {
            auto d = pick_up_at_server(server, e.event_id, e.pickup_code, typed);
            if (!d) return std::nullopt;
            Applied a;
            a.household_id = d->household_id;
            a.outcome = tr("{0} children picked up, code {1}", {d->children, d->pickup_code});
            return a;
        }
        case DoorAction::WalkIn: {
            Household h = io::household_from_walk_in_record(e.walk_in_record);
            auto rule = e.new_family_confirmed ? WalkInRule::NewFamilyConfirmed : WalkInRule::RefuseLikelySame;
            auto w = walk_in_at_server(server, who, e.event_id, h, true, e.adults, e.children, typed, rule);
            if (!w) return std::nullopt;
            Applied a;
            a.household_id = w->household_id;
            a.family_code = w->family_code;
            a.check_in = w->check_in;
            a.outcome = walk_in_outcome(h.code, *w);
            return a;
        }
        default:
            return std::nullopt;
    }
}

// One outbox entry's action inside the caller's transaction. `sending`: on
// its way from the outbox (to the server, or again onto a fresh copy of the
// door list): a family checked in first elsewhere becomes an "also checked
// in" entry, and a walk-in's code is drawn again when it is taken there.
// Typing (not sending), what the station file knows is refused as the server
// would refuse it.
Applied apply_entry(soci::session& sql, const Author& who, const OutboxEntry& e, const DoorTyping& typed,
                    bool sending) {
    Applied a;
    if (e.action == DoorAction::WalkIn) {
        Household h = io::household_from_walk_in_record(e.walk_in_record);
        auto rule = e.new_family_confirmed ? WalkInRule::NewFamilyConfirmed : WalkInRule::RefuseLikelySame;
        auto w = register_walk_in_within(sql, who, e.event_id, h, sending, e.adults, e.children, typed, rule);
        a.household_id = w.household_id;
        a.family_code = w.family_code;
        a.check_in = w.check_in;
        a.outcome = walk_in_outcome(h.code, w);
        return a;
    }
    if (e.action == DoorAction::PickUp) {
        auto d = pick_up_children_within(sql, e.event_id, e.pickup_code, typed);
        a.household_id = d.household_id;
        a.outcome = tr("{0} children picked up, code {1}", {d.children, d.pickup_code});
        return a;
    }
    if (e.action == DoorAction::Revert && !e.target_operation.empty()) {
        auto target = store::find_door_operation(sql, e.target_operation);
        if (!target) throw NotFoundError(tr("the entry to take back is not in the door log there"));
        auto undo = revert_door_entry_within(sql, e.event_id, target->id, typed);
        a.household_id = undo.household_id;
        a.outcome = tr("took back: {0}", {describe_action(*target)});
        return a;
    }
    const Id family = family_by_code(sql, e.family_code);
    a.household_id = family;
    a.family_code = e.family_code;
    switch (e.action) {
        case DoorAction::CheckIn: {
            auto done = store::find_door_operation(sql, e.operation_id);
            std::optional<DoorEntry> also;
            if (done && done->action == DoorAction::AlsoCheckedIn)
                also = done;
            else if (!done && sending)
                also = also_checked_in_within(sql, e.event_id, family, e.adults, e.children, typed);
            if (also) {
                a.also_checked_in = true;
                a.outcome = also_outcome(store::find_checkin(sql, e.event_id, family));
                return a;
            }
            a.check_in = check_in_within(sql, e.event_id, family, e.adults, e.children, typed);
            a.outcome = checked_in_outcome(a.check_in);
            return a;
        }
        case DoorAction::Adjust:
            adjust_check_in_within(sql, e.event_id, family, e.adults, e.children, typed);
            a.outcome = tr("corrected to {0}+{1}", {e.adults, e.children});
            return a;
        case DoorAction::Revert:
            undo_check_in_within(sql, e.event_id, family, typed);
            a.outcome = tr("check-in undone");
            return a;
        case DoorAction::DropOff: {
            auto d = drop_off_children_within(sql, e.event_id, family, e.children, e.pickup_code, typed);
            a.outcome = tr("{0} children to childcare, code {1}", {d.children, d.pickup_code});
            return a;
        }
        default:
            throw Error(tr("a door station cannot keep the action {0}", {to_string(e.action)}));
    }
}

std::string matches_in_words(const std::vector<Household>& matches) {
    std::string text;
    for (const auto& m : matches) text += (text.empty() ? "" : ", ") + m.family_name() + " (" + m.code + ")";
    return text;
}

}  // namespace

namespace {

fs::path stations_folder() { return fs::path(store::default_database_path()).parent_path() / "stations"; }

}  // namespace

void remove_station_file(const std::string& path) {
    std::error_code ignored;
    for (const char* end : {"", "-wal", "-shm"}) fs::remove(path + end, ignored);
}

std::string station_file_path(const std::string& station, const std::string& server_location, Id event_id) {
    fs::path folder = stations_folder();
    fs::create_directories(folder);
    fs::permissions(folder, fs::perms::owner_all, fs::perm_options::replace);
    std::string name = file_name_part(station) + "-event-" + std::to_string(event_id) + "-" +
                       short_hash(store::without_password(server_location)) + ".db";
    return (folder / name).string();
}

std::vector<std::string> forget_finished_stations(const std::string& today) {
    std::vector<std::string> wiped;
    std::error_code none;
    if (!fs::is_directory(stations_folder(), none)) return wiped;
    for (const auto& entry : fs::directory_iterator(stations_folder(), none)) {
        if (entry.path().extension() != ".db") continue;
        try {
            bool finished = false;
            {
                auto file = Database::open("sqlite3://" + entry.path().string(), store::OpenMode::WorkingCopy);
                Id event = std::stoll(store::station_fact(file.sql(), "event"));
                auto held = store::find_event(file.sql(), event);
                bool all_sent = store::count_outbox(file.sql(), OutboxState::Waiting) == 0 &&
                                store::count_outbox(file.sql(), OutboxState::NeedsPerson) == 0;
                finished = held && held->date < today && all_sent;
            }
            if (finished) {
                remove_station_file(entry.path().string());
                wiped.push_back(entry.path().string());
            }
        } catch (const std::exception&) {
            // Not a station file this build can read: left for a person.
        }
    }
    return wiped;
}

DoorStation DoorStation::open(const std::string& path, const std::string& server_location, Id event_id,
                              const std::string& station, bool create) {
    if (!create && !fs::exists(path))
        throw NotFoundError(tr("this station has no door list for event {0}; run: door prepare {0}",
                               {static_cast<long long>(event_id)}));
    DoorStation s;
    s.file_ = std::make_unique<Database>(
        Database::open("sqlite3://" + path, create ? store::OpenMode::CreateIfMissing : store::OpenMode::WorkingCopy));
    s.path_ = path;
    s.event_id_ = event_id;
    s.station_ = station;
    const std::string server = store::without_password(server_location);
    s.file_->transaction([&](soci::session& sql) {
        store::create_station_tables(sql);
        std::string kept_event = store::station_fact(sql, "event"), kept_server = store::station_fact(sql, "server");
        if (kept_event.empty()) {
            store::set_station_fact(sql, "event", std::to_string(event_id));
            store::set_station_fact(sql, "server", server);
        } else if (kept_event != std::to_string(event_id) || kept_server != server) {
            throw ConflictError(tr("{0} is the door list of event {1} on {2}, not of this event and database",
                                   {path, kept_event, kept_server}));
        }
    });
    return s;
}

DoorStation::DoorStation(DoorStation&&) noexcept = default;
DoorStation& DoorStation::operator=(DoorStation&&) noexcept = default;
DoorStation::~DoorStation() = default;

std::string DoorStation::prepared_at() { return store::station_fact(file_->sql(), "prepared_at"); }

std::vector<OutboxEntry> DoorStation::outbox() { return store::outbox_entries(file_->sql()); }

int DoorStation::waiting() { return store::count_outbox(file_->sql(), OutboxState::Waiting); }

namespace {

// Writes `entry` to the outbox and applies it to the station file, in one
// local transaction. The same operation id again: applied again (a repeat,
// which changes nothing) without a second entry.
Applied keep_and_apply(DoorStation& station, OutboxEntry entry) {
    if (entry.operation_id.empty()) entry.operation_id = new_operation_id();
    entry.event_id = station.event_id();
    entry.station = station.station();
    entry.typed_at = now_timestamp();
    const auto& who = author(station.file());
    Applied a;
    station.file().transaction([&](soci::session& sql) {
        if (!store::outbox_has_operation(sql, entry.operation_id)) store::insert_outbox_entry(sql, entry);
        a = apply_entry(sql, who, entry, {entry.station, entry.operation_id, entry.typed_at, false}, false);
    });
    return a;
}

std::string code_of(DoorStation& station, Id household_id) {
    auto h = store::find_household(station.file().sql(), household_id);
    if (!h) throw NotFoundError(tr("no household with id {0}", {static_cast<long long>(household_id)}));
    return h->code;
}

}  // namespace

CheckIn DoorStation::check_in(Id household_id, int adults, int children, const std::string& operation_id) {
    OutboxEntry e;
    e.action = DoorAction::CheckIn;
    e.family_code = code_of(*this, household_id);
    e.adults = adults;
    e.children = children;
    e.operation_id = operation_id;
    return keep_and_apply(*this, e).check_in;
}

void DoorStation::adjust(Id household_id, int adults, int children, const std::string& operation_id) {
    OutboxEntry e;
    e.action = DoorAction::Adjust;
    e.family_code = code_of(*this, household_id);
    e.adults = adults;
    e.children = children;
    e.operation_id = operation_id;
    keep_and_apply(*this, e);
}

void DoorStation::undo(Id household_id, const std::string& operation_id) {
    // Sent as a revert of this station's own check-in entry (by its operation
    // id): if another station was first there, the server reverts the "also
    // checked in" entry it became, never the other station's check-in.
    auto& sql = file_->sql();
    auto c = store::find_checkin(sql, event_id_, household_id);
    if (!c) throw NotFoundError(tr("this family is not checked in"));
    std::optional<DoorEntry> entry;
    for (const auto& e : store::door_entries_of(sql, event_id_, household_id))
        if ((e.action == DoorAction::CheckIn || e.action == DoorAction::WalkIn) && e.target_id == c->id &&
            !e.reverted())
            entry = e;
    if (!entry) throw NotFoundError(tr("this family's check-in is not in the door log"));
    revert(entry->id, operation_id);
}

DoorEntry DoorStation::revert(Id entry_id, const std::string& operation_id) {
    auto target = store::find_door_entry(file_->sql(), entry_id);
    if (!target || target->event_id != event_id_)
        throw NotFoundError(tr("no door log entry {0} at this event", {static_cast<long long>(entry_id)}));
    OutboxEntry e;
    e.action = DoorAction::Revert;
    e.family_code = code_of(*this, target->household_id);
    e.target_operation = target->operation_id;
    e.operation_id = operation_id.empty() ? new_operation_id() : operation_id;
    keep_and_apply(*this, e);
    auto made = store::find_door_operation(file_->sql(), e.operation_id);
    return made ? *made : DoorEntry{};
}

ChildcareDropOff DoorStation::drop_off(Id household_id, int children, const std::string& typed_code,
                                       const std::string& operation_id) {
    OutboxEntry e;
    e.action = DoorAction::DropOff;
    e.family_code = code_of(*this, household_id);
    e.children = children;
    e.operation_id = operation_id.empty() ? new_operation_id() : operation_id;
    e.pickup_code = typed_code;
    if (e.pickup_code.empty()) {
        // Drawn here, so the server gets the code the family was told.
        FamilyCodeGenerator codes;
        e.pickup_code = codes
                            .next([&](const std::string& c) {
                                return store::find_open_dropoff(file_->sql(), event_id_, c.substr(0, kPickupCodeLength))
                                    .has_value();
                            })
                            .substr(0, kPickupCodeLength);
    }
    keep_and_apply(*this, e);
    auto d = store::find_open_dropoff_of(file_->sql(), event_id_, household_id);
    if (!d) throw Error(tr("the drop-off was not kept at this station"));
    return *d;
}

ChildcareDropOff DoorStation::pick_up(const std::string& typed_code, const std::string& operation_id) {
    OutboxEntry e;
    e.action = DoorAction::PickUp;
    e.pickup_code = typed_code;
    e.operation_id = operation_id.empty() ? new_operation_id() : operation_id;
    keep_and_apply(*this, e);
    auto made = store::find_door_operation(file_->sql(), e.operation_id);
    if (!made) throw Error(tr("the pickup was not kept at this station"));
    auto d = store::find_dropoff(file_->sql(), made->target_id);
    if (!d) throw Error(tr("the pickup was not kept at this station"));
    return *d;
}

WalkIn DoorStation::walk_in(Household household, int adults, int children, WalkInRule rule,
                            const std::string& operation_id) {
    if (household.code.empty()) {
        static FamilyCodeGenerator generator;
        household.code = generator.next(station_code_prefix(station_), [&](const std::string& c) {
            return store::family_code_taken(file_->sql(), c);
        });
    }
    household.code = normalize_family_code(household.code);
    household.walk_in = true;
    validate(household);
    OutboxEntry e;
    e.action = DoorAction::WalkIn;
    e.family_code = household.code;
    e.adults = adults;
    e.children = children;
    e.operation_id = operation_id;
    e.walk_in_record = io::walk_in_record(household);
    e.new_family_confirmed = rule == WalkInRule::NewFamilyConfirmed;
    Applied a = keep_and_apply(*this, e);
    return {a.household_id, a.family_code, a.check_in};
}

namespace {

// The directory (households, students, search words) is copied again when
// households were added or removed on the server, and at least every few
// minutes (a name corrected meanwhile); tonight's rows on every refresh.
constexpr long long kDirectoryAtMostEvery = 300;  // seconds

long long now_seconds() {
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

}  // namespace

namespace {

// The directory's mark, "count:last id" (store::directory_mark).
struct Mark {
    long long households = 0;
    Id last_id = 0;
};
Mark parse_mark(const std::string& mark) {
    const auto colon = mark.find(':');
    return {std::stoll(mark.substr(0, colon)), std::stoll(mark.substr(colon + 1))};
}

// Whether the directory changed only by the households read as added (none
// removed, none added under an older id): then they are all the copy needs.
bool only_added(const Mark& kept, const Mark& now, const store::DoorList& added) {
    long long count = 0;
    Id last = kept.last_id;
    for (const auto& rows : added) {
        if (rows.table != "households") continue;
        count = static_cast<long long>(rows.rows.size());
        const auto id_at =
            static_cast<std::size_t>(std::find(rows.columns.begin(), rows.columns.end(), "id") - rows.columns.begin());
        for (const auto& row : rows.rows) last = std::max<Id>(last, std::stoll(row.at(id_at).value_or("0")));
    }
    return now.households == kept.households + count && now.last_id == last;
}

}  // namespace

PrepareReport prepare_station(Database& server, DoorStation& station) {
    auto& local = station.file().sql();
    const std::string kept_mark = store::station_fact(local, "directory_mark");
    const std::string copied_at = store::station_fact(local, "directory_copied_at");
    const bool directory_fresh = !copied_at.empty() && now_seconds() - std::stoll(copied_at) < kDirectoryAtMostEvery;
    store::DoorList list, added;
    std::string mark;
    auto part = store::DoorListPart::Whole;
    if (directory_fresh && !kept_mark.empty()) {
        // Tonight's rows with the directory's mark and the households added
        // since the last copy, in one snapshot (on a server one round trip);
        // the whole directory only when it changed otherwise.
        const Mark kept = parse_mark(kept_mark);
        auto tonight = [&] { return store::read_tonight(server.sql(), station.event_id(), kept.last_id); };
        store::TonightRows rows;
        if (server.backend() == store::ConnectionTarget::Backend::Postgresql) {
            server.read_one_statement([&](soci::session&) { rows = tonight(); });
        } else {
            store::ReadSnapshot one_view(server);
            rows = tonight();
        }
        if (only_added(kept, parse_mark(rows.directory_mark), rows.added)) {
            part = store::DoorListPart::Tonight;
            mark = rows.directory_mark;
            list = std::move(rows.list);
            added = std::move(rows.added);
        }
    }
    if (part == store::DoorListPart::Whole) {
        store::ReadSnapshot one_view(server);  // the list as it is at one moment, whatever stations do meanwhile
        mark = store::directory_mark(server.sql());
        list = store::read_door_list(server.sql(), station.event_id(), part);
    }
    PrepareReport report;
    report.whole = part == store::DoorListPart::Whole;
    report.prepared_at = now_timestamp();
    const auto& who = author(station.file());
    station.file().transaction([&](soci::session& sql) {
        auto waiting = store::outbox_entries(sql, OutboxState::Waiting);
        if (!report.whole) {
            for (const auto& e : waiting)  // made again below, on the fresh rows
                if (e.action == DoorAction::WalkIn) store::delete_household_by_code(sql, e.family_code);
            store::add_households(sql, added);
        }
        store::replace_door_list(sql, list, part);
        for (const auto& e : waiting) {
            // What the server will hold once it is sent; an entry that no
            // longer applies stays waiting and is judged by the server.
            store::begin_savepoint(sql);
            try {
                apply_entry(sql, who, e, {e.station, e.operation_id, e.typed_at, false}, true);
                store::release_savepoint(sql);
                ++report.reapplied;
            } catch (const Error&) {
                store::rollback_to_savepoint(sql);
            }
        }
        store::set_station_fact(sql, "prepared_at", report.prepared_at);
        store::set_station_fact(sql, "directory_mark", mark);
        // A whole copy every few minutes all the same: a name corrected meanwhile.
        if (report.whole) store::set_station_fact(sql, "directory_copied_at", std::to_string(now_seconds()));
    });
    report.households = std::stoll(mark.substr(0, mark.find(':')));
    return report;
}

std::string entry_family(const OutboxEntry& e) {
    if (e.action == DoorAction::WalkIn && !e.walk_in_record.empty())
        return e.family_code + " " + io::household_from_walk_in_record(e.walk_in_record).guardian_names();
    return e.family_code.empty() ? e.pickup_code : e.family_code;
}

void decide_needs_person(DoorStation& station, long long seq, PersonsDecision decision) {
    station.file().transaction([&](soci::session& sql) {
        std::optional<OutboxEntry> entry;
        for (auto& e : store::outbox_entries(sql, OutboxState::NeedsPerson))
            if (e.seq == seq) entry = std::move(e);
        if (!entry) throw NotFoundError(tr("entry {0} is not on this station's \"needs a person\" list", {seq}));
        if (decision == PersonsDecision::SetAside) {
            store::mark_outbox_entry(sql, seq, OutboxState::SetAside,
                                     tr("set aside by a person (it had said: {0})", {entry->outcome}), now_timestamp());
            return;
        }
        if (entry->action != DoorAction::WalkIn)
            throw ConflictError(
                tr("entry {0} is not a walk-in: only a walk-in can be registered as a new family", {seq}));
        store::confirm_new_family_in_outbox(sql, seq, tr("a person said it is a new family; waiting to be sent"));
    });
}

void note_server_unreachable(DoorStation& station) {
    station.file().transaction([](soci::session& sql) { store::defer_waiting(sql); });
}

SyncReport sync_station(Database& server, DoorStation& station) {
    SyncReport report;
    auto& file = station.file();
    try {
        const auto& who = author(server);
        for (auto e : store::outbox_entries(file.sql(), OutboxState::Waiting)) {
            DoorTyping typed{e.station, e.operation_id, e.typed_at, e.deferred};
            Applied a;
            OutboxState state = OutboxState::Sent;
            try {
                // Check-ins, walk-ins, corrections and childcare in one statement
                // on a shared server; undos and reverts, and all on SQLite, in
                // one transaction each.
                if (auto sent = sent_in_one_statement(server, who, e, typed))
                    a = *sent;
                else
                    server.transaction([&](soci::session& sql) { a = apply_entry(sql, who, e, typed, true); });
                e.outcome = a.outcome;
            } catch (const LikelySameFamilyError& same) {
                state = OutboxState::NeedsPerson;
                e.outcome = tr("this walk-in may be a family already in the directory: {0}",
                               {matches_in_words(same.matches())});
            } catch (const ServerUnreachableError&) {
                throw;
            } catch (const ConflictError& refused) {  // also a reused operation id
                state = OutboxState::NeedsPerson;
                e.outcome = refused.text();
            } catch (const NotFoundError& refused) {
                state = OutboxState::NeedsPerson;
                e.outcome = refused.text();
            } catch (const ValidationError& refused) {
                state = OutboxState::NeedsPerson;
                e.outcome = refused.text();
            }
            e.state = state;
            e.sent_at = now_timestamp();
            file.transaction([&](soci::session& sql) {
                store::mark_outbox_entry(sql, e.seq, state, e.outcome, e.sent_at);
                if (state == OutboxState::Sent && e.action == DoorAction::WalkIn && a.family_code != e.family_code)
                    store::recode_outbox(sql, e.family_code, a.family_code);
            });
            if (state == OutboxState::NeedsPerson)
                ++report.needs_person;
            else if (a.also_checked_in)
                ++report.also_checked_in;
            else
                ++report.sent;
            report.handled.push_back(e);
        }
        prepare_station(server, station);
    } catch (const ServerUnreachableError& gone) {
        report.reached = false;
        report.problem = gone.what();
        note_server_unreachable(station);
    } catch (const Error& busy) {
        // Busy, or not allowed: nothing more is sent now; the rest waits.
        report.problem = busy.what();
    }
    report.waiting = station.waiting();
    return report;
}

}  // namespace fn::ops
