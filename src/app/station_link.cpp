#include "app/station_link.h"

#include <optional>

#include "core/errors.h"
#include "ops/door_station.h"
#include "store/database.h"

namespace fn::app {

StationLink::StationLink(std::string station_file, std::string server_location, Id event_id, std::string station,
                         std::function<void(const StationNews&)> tell, int probe_ms)
    : file_(std::move(station_file)),
      server_(std::move(server_location)),
      station_(std::move(station)),
      event_id_(event_id),
      tell_(std::move(tell)),
      probe_ms_(probe_ms),
      thread_([this](std::stop_token stop) { run(stop); }) {}

StationLink::~StationLink() {
    thread_.request_stop();
    woken_cv_.notify_all();
}

void StationLink::wake() {
    {
        std::lock_guard lock(mutex_);
        woken_ = true;
    }
    woken_cv_.notify_all();
}

void StationLink::run(std::stop_token stop) {
    std::optional<store::Database> server;
    std::optional<ops::DoorStation> station;
    long long seen_version = -1;
    StationNews last;
    bool told = false;
    while (!stop.stop_requested()) {
        StationNews news;
        try {
            if (!station) station = ops::DoorStation::open(file_, server_, event_id_, station_, true);
            if (!server) {
                server.emplace(store::Database::open(server_, store::OpenMode::MustExist));
                seen_version = -1;  // a fresh connection heard nothing: copy again
            }
            news.reached = true;
            if (station->waiting() > 0) {
                auto report = ops::sync_station(*server, *station);  // refreshes the copy when it got through
                news.refreshed = report.reached;
                news.reached = report.reached;
                news.problem = report.problem;
                if (!report.reached)
                    server.reset();
                else
                    seen_version = server->data_version();
            } else if (long long version = server->data_version(); version != seen_version) {
                ops::prepare_station(*server, *station);
                seen_version = version;
                news.refreshed = true;
            }
        } catch (const ServerUnreachableError& gone) {
            server.reset();
            if (station) ops::note_server_unreachable(*station);
            news.reached = false;
            news.problem = gone.what();
        } catch (const Error& e) {
            server.reset();  // try afresh at the next probe
            news.reached = false;
            news.problem = e.what();
        }
        if (station) {
            for (const auto& e : station->outbox()) {
                news.waiting += e.state == OutboxState::Waiting;
                news.needs_person += e.state == OutboxState::NeedsPerson;
            }
        }
        // Told when something changed, not at every probe.
        if (!told || news.refreshed || news.reached != last.reached || news.waiting != last.waiting ||
            news.needs_person != last.needs_person) {
            tell_(news);
            told = true;
        }
        last = news;
        std::unique_lock lock(mutex_);
        woken_cv_.wait_for(lock, stop, std::chrono::milliseconds(probe_ms_), [this] { return woken_; });
        woken_ = false;
    }
}

}  // namespace fn::app
