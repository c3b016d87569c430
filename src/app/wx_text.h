#pragma once
// Text between the core (UTF-8 std::string) and the windows (wxString), kept
// in one place instead of a copy in every window's file.
#include <wx/string.h>

#include <string>

namespace fn::app {

inline wxString u(const std::string& s) { return wxString::FromUTF8(s); }

// "18:07" of a timestamp ("2026-12-10 18:07:31"), or the text as it is.
inline wxString hhmm(const std::string& timestamp) {
    return u(timestamp.size() >= 16 ? timestamp.substr(11, 5) : timestamp);
}

}  // namespace fn::app
