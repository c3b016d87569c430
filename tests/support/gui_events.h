#pragma once
// Events the GUI tests send the way a person's keys and clicks do: a
// button's click (by its XRC name) and Enter in a text box.
#include <gtest/gtest.h>
#include <wx/textctrl.h>
#include <wx/window.h>

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

}  // namespace fn::testing
