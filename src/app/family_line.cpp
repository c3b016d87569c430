#include "app/family_line.h"
#include "app/wx_text.h"

namespace fn::app {
namespace {}  // namespace

wxString students_text(const Household& h) {
    wxString out;
    for (const auto& s : h.students) {
        if (!out.empty()) out += "; ";
        out += u(s.first_name + " " + s.last_name) + " (" + u(s.grade);
        if (!s.homeroom.empty()) out += ", " + u(s.homeroom);
        out += ")";
    }
    return out;
}

wxString family_details(const Household& h) {
    wxString out = u(h.guardian_names());
    if (wxString kids = students_text(h); !kids.empty()) out += (out.empty() ? "" : "; ") + kids;
    if (!h.code.empty()) out += wxString::FromUTF8(" · ") + u(h.code);
    return out;
}

wxString family_line(const Household& h) { return u(h.family_name()) + wxString::FromUTF8(" — ") + family_details(h); }

}  // namespace fn::app
