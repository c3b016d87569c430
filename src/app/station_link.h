#pragma once
// Keeps a door station's file in step with the shared database, on a thread
// of its own so the window never waits for the network: copies tonight's
// door list when the station starts and whenever the server says something
// changed, sends the outbox at once when woken (after each action) and
// otherwise probes every few seconds, reconnecting after the server was
// gone. What it finds is told through `tell` (called on its thread: post it
// to the window).
#include <condition_variable>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

#include "core/ids.h"

namespace fn::app {

struct StationNews {
    bool reached = false;    // the server answered the last try
    bool refreshed = false;  // the station file changed (a copy, or entries sent)
    int waiting = 0;         // door actions not sent yet
    int needs_person = 0;    // refused by the server for a person to look at
    std::string problem;     // why the last try failed (English, for a tooltip)
};

class StationLink {
public:
    StationLink(std::string station_file, std::string server_location, Id event_id, std::string station,
                std::function<void(const StationNews&)> tell, int probe_ms = 3000);
    ~StationLink();  // stops the thread (after the try in progress)
    StationLink(const StationLink&) = delete;
    StationLink& operator=(const StationLink&) = delete;

    // Send now (an action was just kept at the station).
    void wake();

private:
    void run(std::stop_token stop);

    std::string file_, server_, station_;
    Id event_id_;
    std::function<void(const StationNews&)> tell_;
    int probe_ms_;
    std::mutex mutex_;
    std::condition_variable_any woken_cv_;
    bool woken_ = false;
    std::jthread thread_;  // last: started once everything above is set
};

}  // namespace fn::app
