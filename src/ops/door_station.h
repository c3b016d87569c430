#pragma once
// A door station that keeps working without the shared database's server.
//
// Before the doors open (and whenever the server says something changed)
// the station copies tonight's door list into its station file: a SQLite
// database with FamilyNight's schema, readable by its owner only, under the
// user's data folder. Search, counts and the door log read that file, so a
// keystroke never waits for the network. Every door action is written first
// to the file's outbox, with its operation id and the time it was typed,
// and applied to the file in the same local transaction; then the outbox is
// sent to the server in order, one server transaction per entry. When the
// server cannot be reached the entries wait, and are sent, typed times kept,
// as soon as it answers. A family another station checked in first becomes
// an "also checked in" entry of the door log; what the server refuses for a
// reason a person must see (a walk-in likely already in the directory) waits
// on the "needs a person" list. The app and the CLI use the same functions.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/childcare_dropoff.h"
#include "core/door_outbox.h"
#include "ops/door_ops.h"

namespace fn::store {
class Database;
}

namespace fn::ops {

// $XDG_DATA_HOME/familynight/stations/STATION-event-ID-SERVER.db: one file
// per station, event and shared database (the server's location, password
// left out, is hashed into the name). The folder is the owner's only.
std::string station_file_path(const std::string& station, const std::string& server_location, Id event_id);

// Deletes this user's station files of events before `today` (YYYY-MM-DD)
// whose outbox holds nothing unsent: a door list of children's names is not
// kept after its night. Returns what it deleted. Door prepare and door mode
// call it; `door wipe` deletes one at once.
std::vector<std::string> forget_finished_stations(const std::string& today);
// Deletes one station file with its WAL and shared-memory companions.
void remove_station_file(const std::string& path);

class DoorStation {
public:
    // Opens the station file at `path`, creating it when `create` (else it
    // must exist: fn::NotFoundError). A file made for another event or
    // another server is refused.
    static DoorStation open(const std::string& path, const std::string& server_location, Id event_id,
                            const std::string& station, bool create);
    DoorStation(DoorStation&&) noexcept;
    DoorStation& operator=(DoorStation&&) noexcept;
    ~DoorStation();

    // The station file: the door's search, counts, childcare and log read it.
    Database& file() { return *file_; }
    const std::string& path() const { return path_; }
    Id event_id() const { return event_id_; }
    const std::string& station() const { return station_; }
    // When the door list was last copied from the server ("" never).
    std::string prepared_at();

    // Door actions at this station: the outbox entry and its effect on the
    // station file, in one local transaction (refused as the server would
    // refuse it, from what the file knows). `operation_id` "" makes one.
    CheckIn check_in(Id household_id, int adults = -1, int children = -1, const std::string& operation_id = "");
    void adjust(Id household_id, int adults, int children, const std::string& operation_id = "");
    void undo(Id household_id, const std::string& operation_id = "");
    // A new family gets a code starting with this station's two letters.
    WalkIn walk_in(Household household, int adults, int children, WalkInRule rule = WalkInRule::RefuseLikelySame,
                   const std::string& operation_id = "");

    // Takes back any entry of the door log (by the operation id it has here
    // and on the server); returns the revert entry.
    DoorEntry revert(Id entry_id, const std::string& operation_id = "");
    // Childcare: the pickup code is drawn here when none was typed.
    ChildcareDropOff drop_off(Id household_id, int children, const std::string& typed_code = "",
                              const std::string& operation_id = "");
    ChildcareDropOff pick_up(const std::string& typed_code, const std::string& operation_id = "");

    std::vector<OutboxEntry> outbox();
    int waiting();

private:
    DoorStation() = default;
    std::unique_ptr<Database> file_;
    std::string path_;
    Id event_id_ = 0;
    std::string station_;
};

struct PrepareReport {
    long long households = 0;  // on the server
    bool whole = true;         // the directory copied too, not only tonight's rows
    int reapplied = 0;         // waiting entries applied again on the fresh copy
    std::string prepared_at;
};
// Copies tonight's door list from the server into the station file (read
// in one snapshot there, written in one transaction here), then applies the
// entries still waiting on it again, so the file shows what the server will
// hold once they are sent. Reads what changed: tonight's rows always, the
// directory of households only when households were added or removed there,
// or it was copied more than five minutes ago.
PrepareReport prepare_station(Database& server, DoorStation& station);

struct SyncReport {
    int sent = 0;                      // done on the server (or found done before)
    int also_checked_in = 0;           // another station was first: kept as a log entry
    int needs_person = 0;              // newly put on the "needs a person" list
    int waiting = 0;                   // still waiting after this sync
    bool reached = true;               // false: the server could not be reached
    std::string problem;               // why sending stopped, when it did
    std::vector<OutboxEntry> handled;  // what this sync did, in order, with outcomes
};
// Sends the waiting entries in order, one server transaction each, keeping
// their typed times (and marking those that waited for the server). Stops
// at the first entry the server cannot take now (unreachable, busy): the
// rest wait. Refreshes the station file afterwards when the server answered.
SyncReport sync_station(Database& server, DoorStation& station);

// Whom an outbox entry is about, as a person tells it: the family code, or
// the pickup code; a walk-in's with the guardians typed ("E7RYKX Hodan Warsame").
std::string entry_family(const OutboxEntry& e);

// Records it for the entry `seq` of this station's outbox, saying so in its
// outcome. Refused (fn::NotFoundError) unless the entry is on the list, and
// (fn::ConflictError) NewFamily for anything but a walk-in.
void decide_needs_person(DoorStation& station, long long seq, PersonsDecision decision);

// Marks every waiting entry as having waited for the server (call when it
// could not be reached), so it is logged as typed offline when sent.
void note_server_unreachable(DoorStation& station);

}  // namespace fn::ops
