#include "app/tones.h"

#include <wx/settings.h>
#include <wx/window.h>

#include "core/contrast.h"

namespace fn::app {

wxColour tone_colour(Tone tone, const wxWindow* where) {
    const Rgb wanted = tone == Tone::Problem   ? Rgb{170, 20, 20}
                       : tone == Tone::Warning ? Rgb{150, 80, 0}
                       : tone == Tone::Good    ? Rgb{20, 110, 40}
                                               : Rgb{110, 110, 110};
    wxColour background = where ? where->GetBackgroundColour() : wxNullColour;
    if (!background.IsOk()) background = wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW);
    const Rgb readable = readable_on(wanted, {background.Red(), background.Green(), background.Blue()});
    return {static_cast<unsigned char>(readable.r), static_cast<unsigned char>(readable.g),
            static_cast<unsigned char>(readable.b)};
}

void show_tone(wxWindow* text, Tone tone) { text->SetForegroundColour(tone_colour(tone, text)); }

}  // namespace fn::app
