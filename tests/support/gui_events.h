#pragma once
// Events the GUI tests send the way a person's keys and clicks do: a
// button's click (by its XRC name) and Enter in a text box.
#include <gtest/gtest.h>
#include <wx/app.h>
#include <wx/textctrl.h>
#include <wx/utils.h>
#include <wx/window.h>

#include <chrono>
#include <functional>

namespace fn::testing {

inline void click(wxWindow* dialog, const char* name) {
    auto* button = wxWindow::FindWindowByName(name, dialog);
    ASSERT_NE(button, nullptr) << name;
    wxCommandEvent event(wxEVT_BUTTON, button->GetId());
    event.SetEventObject(button);
    button->GetEventHandler()->ProcessEvent(event);
}

inline void press_enter(wxTextCtrl* box) {
    wxCommandEvent enter(wxEVT_TEXT_ENTER, box->GetId());
    enter.SetEventObject(box);
    box->GetEventHandler()->ProcessEvent(enter);
}

// Lets the window handle what is queued.
inline void settle() {
    for (int i = 0; i < 5; ++i) wxYield();
}

// Processes events until `done`, up to a minute on a busy machine (a wait,
// never a fixed pause: a busy machine only makes it longer).
inline bool wait_for(const std::function<bool()>& done) {
    auto until = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (!done()) {
        if (std::chrono::steady_clock::now() > until) return false;
        wxYield();
        wxMilliSleep(2);
    }
    settle();
    return true;
}

// Processes events until `value` has held still for half a second: for
// what GTK finishes in its own time, like laying a window out after a resize.
inline bool wait_until_steady(const std::function<int()>& value) {
    using clock = std::chrono::steady_clock;
    auto until = clock::now() + std::chrono::seconds(60);
    int last = value();
    auto since = clock::now();
    while (clock::now() - since < std::chrono::milliseconds(500)) {
        if (clock::now() > until) return false;
        wxYield();
        wxMilliSleep(5);
        int now = value();
        if (now != last) {
            last = now;
            since = clock::now();
        }
    }
    return true;
}

}  // namespace fn::testing
