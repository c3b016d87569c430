#include "app/background_work.h"

#include <wx/progdlg.h>
#include <wx/utils.h>

#include <atomic>
#include <chrono>
#include <exception>
#include <memory>
#include <thread>

#include "store/database.h"

namespace fn::app {

void run_in_background(wxWindow* parent, const std::string& db_location, const wxString& message,
                       const std::function<void(store::Database&)>& work) {
    std::atomic<bool> done{false};
    std::exception_ptr failure;
    std::thread worker([&] {
        try {
            auto db = store::Database::open(db_location);
            work(db);
        } catch (...) {
            failure = std::current_exception();
        }
        done = true;
    });
    // Quick work finishes before anyone would see a dialog flash.
    auto start = std::chrono::steady_clock::now();
    while (!done && std::chrono::steady_clock::now() - start < std::chrono::milliseconds(400)) wxMilliSleep(10);
    if (!done) {
        wxProgressDialog progress("FamilyNight", message, 100, parent, wxPD_APP_MODAL | wxPD_ELAPSED_TIME);
        while (!done) {
            progress.Pulse();  // also keeps the windows painted
            wxMilliSleep(50);
        }
    }
    worker.join();
    if (failure) std::rethrow_exception(failure);
}

}  // namespace fn::app
