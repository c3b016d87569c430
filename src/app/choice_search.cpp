#include "app/choice_search.h"

#include <wx/choice.h>
#include <wx/event.h>

#include <chrono>
#include <memory>

#include "core/text.h"

namespace fn::app {
namespace {

bool starts_a_word(const std::string& folded_item, const std::string& folded_typed) {
    if (folded_typed.empty()) return false;
    for (std::size_t at = 0; at != std::string::npos;) {
        if (folded_item.compare(at, folded_typed.size(), folded_typed) == 0) return true;
        at = folded_item.find(' ', at);
        if (at != std::string::npos) ++at;
    }
    return false;
}

// What has been typed into one drop-down, and when.
struct Typed {
    wxString text;
    std::chrono::steady_clock::time_point last{};
};

}  // namespace

int item_for_typed(const wxArrayString& items, const wxString& typed) {
    const std::string folded_typed = fold_for_search(typed.utf8_string());
    for (std::size_t i = 0; i < items.size(); ++i)
        if (starts_a_word(fold_for_search(items[i].utf8_string()), folded_typed)) return static_cast<int>(i);
    return -1;
}

void make_searchable(wxChoice* choice) {
    auto typed = std::make_shared<Typed>();
    choice->Bind(wxEVT_CHAR, [choice, typed](wxKeyEvent& key) {
        const wxChar c = key.GetUnicodeKey();
        const auto now = std::chrono::steady_clock::now();
        const bool searching = now - typed->last <= std::chrono::seconds(1) && !typed->text.empty();
        // Arrows, Tab, Enter, Escape as GTK does them; a space too (it opens
        // the list) unless it is inside a name being typed.
        if (c == WXK_NONE || c < ' ' || key.HasAnyModifiers() || (c == ' ' && !searching)) {
            key.Skip();
            return;
        }
        if (!searching) typed->text.clear();
        typed->last = now;
        typed->text += c;
        const int item = item_for_typed(choice->GetStrings(), typed->text);
        if (item < 0 || item == choice->GetSelection()) return;
        choice->SetSelection(item);
        // As if chosen from the list: the form reacts as to a person's pick.
        wxCommandEvent chosen(wxEVT_CHOICE, choice->GetId());
        chosen.SetEventObject(choice);
        chosen.SetInt(item);
        chosen.SetString(choice->GetString(static_cast<unsigned>(item)));
        choice->GetEventHandler()->ProcessEvent(chosen);
    });
}

}  // namespace fn::app
