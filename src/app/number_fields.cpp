#include "app/number_fields.h"

#include <wx/clntdata.h>
#include <wx/intl.h>
#include <wx/spinctrl.h>
#include <wx/window.h>

#include "core/errors.h"

namespace fn::app {
namespace {

struct NumberLimits : wxClientData {
    NumberLimits(int lo, int hi) : min(lo), max(hi) {}
    int min, max;
};

// Wide enough that GTK never clamps a typed number.
constexpr int kWidgetMin = -999999, kWidgetMax = 999999;

void guard(wxSpinCtrl* spin) {
    if (spin->GetClientObject()) return;  // already guarded
    int lo = spin->GetMin(), hi = spin->GetMax();
    spin->SetClientObject(new NumberLimits(lo, hi));
    spin->SetRange(std::min(lo, kWidgetMin), std::max(hi, kWidgetMax));
    spin->SetToolTip(wxString::Format(_("A whole number from %d to %d"), lo, hi));
}

void guard_below(wxWindow* w) {
    if (auto* spin = dynamic_cast<wxSpinCtrl*>(w)) guard(spin);
    for (wxWindow* child : w->GetChildren()) guard_below(child);
}

}  // namespace

void guard_number_fields(wxWindow* form) { guard_below(form); }

int read_number(const wxSpinCtrl* field, const wxString& label) {
    wxString typed = field->GetTextValue();
    typed.Trim().Trim(false);
    long value = 0;
    auto* limits = dynamic_cast<const NumberLimits*>(field->GetClientObject());
    if (typed.empty() && limits)
        throw Error(
            wxString::Format(_("%s: type a number from %d to %d"), label, limits->min, limits->max).utf8_string());
    if (!typed.ToLong(&value))
        throw Error(wxString::Format(_("%s: \"%s\" is not a whole number"), label, typed.Left(20)).utf8_string());
    if (limits) {
        if (value > limits->max)
            throw Error(
                wxString::Format(_("%s: %ld is more than %d, the most this field takes"), label, value, limits->max)
                    .utf8_string());
        if (value < limits->min)
            throw Error(
                wxString::Format(_("%s: %ld is less than %d, the least this field takes"), label, value, limits->min)
                    .utf8_string());
    }
    return static_cast<int>(value);
}

}  // namespace fn::app
