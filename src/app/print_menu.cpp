#include "app/print_menu.h"
#include "ops/settings_ops.h"

#include <wx/choicdlg.h>
#include <wx/filename.h>
#include <wx/frame.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/stdpaths.h>
#include <wx/textdlg.h>
#include <wx/utils.h>

#include <algorithm>
#include <filesystem>

#include "app/background_work.h"
#include "app/command_ids.h"
#include "app/language_choice.h"
#include "app/translations.h"
#include "core/errors.h"
#include "store/database.h"
#include "ops/event_ops.h"
#include "core/text_list.h"

namespace fn::app {

PrintMenu::PrintMenu(wxFrame* frame, store::Database& db, std::function<Id()> current_event)
    : frame_(frame), db_(db), current_event_(std::move(current_event)) {
    wxFileName dir(wxStandardPaths::Get().GetDocumentsDir(), "");
    dir.AppendDir("FamilyNight");
    folder = dir.GetPath().utf8_string();
    open_document = [](const std::string& path) { return wxLaunchDefaultApplication(wxString::FromUTF8(path)); };
    confirm_replace = [this](const std::string& path) {
        return wxMessageBox(
                   wxString::Format(_("%s was printed before. Replace it?\n\nNo keeps it and saves the new one "
                                      "beside it."),
                                    wxString::FromUTF8(std::filesystem::path(path).filename().string())),
                   _("Print"), wxYES_NO | wxICON_QUESTION, frame_) == wxYES;
    };
    confirm_large = [this](const wxString& what) {
        return wxMessageBox(what, _("Print"), wxYES_NO | wxICON_QUESTION, frame_) == wxYES;
    };
    tell = [this](const wxString& title, const wxString& message) {
        wxMessageBox(message, title, wxOK | wxICON_INFORMATION, frame_);
    };
    ask_flyer_languages = [this] {
        // The school's own languages offered first ("en,es" when it sends flyers in both; a flyer holds two).
        std::string school;
        const auto languages = ops::load_settings(db_).languages;
        for (std::size_t i = 0; i < languages.size() && i < 2; ++i) school += (i ? "," : "") + languages[i];
        return wxGetTextFromUser(_("Languages on the flyer: one or two codes, the main one first (e.g. es,en):"),
                                 _("Flyer languages"), wxString::FromUTF8(school.empty() ? "en" : school), frame_)
            .utf8_string();
    };
}

wxMenu* PrintMenu::make_menu() {
    auto* menu = new wxMenu;
    const auto& catalog = printing::document_catalog();
    // Ctrl+P: every document in one list, chosen by keyboard.
    menu->Append(kChoosePrint, _("&Print a document...\tCtrl+P"), _("Choose one of the event's documents to print"));
    menu->AppendSeparator();
    frame_->Bind(
        wxEVT_MENU,
        [this, &catalog](wxCommandEvent&) {
            wxArrayString titles;
            for (const auto& d : catalog) titles.Add(wxGetTranslation(d.title));
            wxSingleChoiceDialog choose(frame_, _("Which document?"), _("Print"), titles);
            if (choose.ShowModal() == wxID_OK) print(catalog[static_cast<std::size_t>(choose.GetSelection())].kind);
        },
        kChoosePrint);
    for (std::size_t i = 0; i < catalog.size(); ++i) {
        int id = kFirstPrintId + static_cast<int>(i);
        menu->Append(id, wxGetTranslation(catalog[i].title) + "...", wxGetTranslation(catalog[i].help));
        auto kind = catalog[i].kind;
        frame_->Bind(
            wxEVT_MENU, [this, kind](wxCommandEvent&) { print(kind); }, id);
        // Before the night, at the door, afterwards: a line between the groups.
        if (kind == printing::DocumentKind::HeadcountSheet || kind == printing::DocumentKind::PickupTags)
            menu->AppendSeparator();
    }
    return menu;
}

std::string PrintMenu::print(printing::DocumentKind kind) {
    Id event = current_event_();
    if (!event) {
        tell("FamilyNight", _("Choose an event in the list first."));
        return {};
    }
    printing::PrintOptions options;
    if (kind == printing::DocumentKind::Flyer) {
        std::string languages = ask_flyer_languages();
        if (languages.empty()) return {};
        options.languages = split_words(languages);
    }
    try {
        if (const auto size = printing::estimate_print(db_, kind, options); size.very_large) {
            const auto n = [](long long v) { return static_cast<int>(std::min<long long>(v, 2000000000)); };
            wxString what = wxString::Format(
                wxPLURAL("About %d page on %d sheet of paper.", "About %d pages on %d sheets of paper.", n(size.pages)),
                n(size.pages), n(size.sheets));
            what << " " << wxString::Format(wxPLURAL("In %d file.", "In %d files.", n(size.files)), n(size.files))
                 << " "
                 << wxString::Format(
                        wxPLURAL("Writing takes about %d second.", "Writing takes about %d seconds.", n(size.seconds)),
                        n(size.seconds))
                 << "\n\n"
                 << _("Write them now?");
            if (!confirm_large(what)) return {};
        }
        auto plan = ops::load_event_plan(db_, event);
        std::filesystem::create_directories(folder);
        std::string stem = folder + "/" + plan.event.date + " " + printing::document_info(kind).file_stem;
        std::string path = stem + ".pdf";
        // Never overwrite a printed document without asking.
        if (std::filesystem::exists(path) && !confirm_replace(path))
            for (int n = 2; std::filesystem::exists(path); ++n) path = stem + " (" + std::to_string(n) + ").pdf";
        printing::PrintResult result;
        run_in_background(
            frame_, db_.location(),
            wxString::Format(_("Writing %s..."), wxGetTranslation(printing::document_info(kind).title)),
            [&](store::Database& db) { result = printing::print_document(db, event, kind, path, options); });
        // Said in the app's language from the figures (the ops summary is English).
        wxString title = wxGetTranslation(printing::document_info(kind).title);
        // A district's backpack mail comes in parts of whole homerooms.
        wxString written = wxString::FromUTF8(path);
        if (result.files.size() > 1)
            written << " "
                    << wxString::Format(wxPLURAL("and %d more file beside it", "and %d more files beside it",
                                                 static_cast<int>(result.files.size() - 1)),
                                        static_cast<int>(result.files.size() - 1));
        frame_->SetStatusText(wxString::Format(_("Wrote %s: %s"), title, written));
        if (!result.instead.english.empty() || !result.instead.nearest.empty() || result.instead.to_confirm > 0 ||
            !result.unprinted.empty() || !result.texts_in_english.empty()) {
            wxString text = wxString::Format(_("Wrote %s: %s"), title, wxString::FromUTF8(path));
            for (const auto& [language, texts] : result.texts_in_english) {
                // What families will read in English, to translate in the event and workshop forms.
                wxString what;
                auto add = [&what](const wxString& item) { what << (what.empty() ? "" : ", ") << item; };
                if (texts.title) add(_("the event's title"));
                if (texts.description) add(_("its description"));
                if (texts.place) add(_("its place"));
                if (texts.workshop_titles > 0)
                    add(wxString::Format(wxPLURAL("%d workshop title", "%d workshop titles", texts.workshop_titles),
                                         texts.workshop_titles));
                if (texts.room_names > 0)
                    add(wxString::Format(wxPLURAL("%d room name", "%d room names", texts.room_names),
                                         texts.room_names));
                wxString name = language_label(language).AfterFirst(' ');  // "Español" from "es Español"
                text << "\n"
                     << wxString::Format(_("Not given in %s (%s) yet, so printed in English: %s."),
                                         name.empty() ? wxString::FromUTF8(language) : name,
                                         wxString::FromUTF8(language), what);
            }
            if (!result.texts_in_english.empty())
                text << "\n"
                     << _("Give them with \"Texts in other languages...\" in the event, workshop and room forms.");
            if (result.instead.to_confirm > 0)
                text << "\n"
                     << wxString::Format(wxPLURAL("%d family's language is still to be confirmed (the roster's value "
                                                  "could not be read): what it gets is in the language on file until "
                                                  "someone sets it in the family's window.",
                                                  "%d families' language is still to be confirmed (the roster's value "
                                                  "could not be read): what they get is in the language on file until "
                                                  "someone sets it in the family's window.",
                                                  result.instead.to_confirm),
                                         result.instead.to_confirm);
            for (const auto& [language, nearest] : result.instead.nearest)
                text << "\n"
                     << wxString::Format(
                            _("%d families speak '%s': what they get of this is in '%s', the nearest language "
                              "printed, until labels for '%s' are typed in File > School settings > Printed "
                              "labels."),
                            nearest.households, wxString::FromUTF8(language), wxString::FromUTF8(nearest.printed),
                            wxString::FromUTF8(language));
            for (const auto& [language, households] : result.instead.english)
                text << "\n"
                     << wxString::Format(
                            _("%d families speak '%s': what they get of this is in English until its labels "
                              "are typed in File > School settings > Printed labels."),
                            households, wxString::FromUTF8(language));
            if (!result.unprinted.empty()) {
                // Never silent: which names to write in by hand, and why.
                text << "\n\n"
                     << wxString::Format(
                            wxPLURAL("%zu name or title could not be printed in full: its script cannot be "
                                     "printed yet, so it shows [?]. Write it in by hand:",
                                     "%zu names or titles could not be printed in full: their script cannot "
                                     "be printed yet, so they show [?]. Write them in by hand:",
                                     result.unprinted.size()),
                            result.unprinted.size());
                for (const auto& t : result.unprinted) text << "\n    " << wxString::FromUTF8(t);
            }
            tell("FamilyNight", text);
        }
        if (!open_document(path))
            tell("FamilyNight", wxString::Format(_("Saved %s, but no PDF viewer opened it. Open it from that folder."),
                                                 wxString::FromUTF8(path)));
        return path;
    } catch (const Error& e) {
        tell(_("Could not print"), translated(e));
    } catch (const std::filesystem::filesystem_error& e) {
        tell(_("Could not print"), wxString::Format(_("Could not write the PDF in %s: %s"), wxString::FromUTF8(folder),
                                                    wxString::FromUTF8(e.code().message())));
    }
    return {};
}

}  // namespace fn::app
