#pragma once
// One entry point for every printed document, shared by the CLI's `print`
// commands and the app's Print menu: load the event's data (ops), lay it
// out (reports), write the PDF, and say what was written.
#include <map>
#include <string>
#include <vector>

#include "core/ids.h"
#include "core/sheets.h"

namespace fn::store {
class Database;
}

namespace fn::printing {

enum class DocumentKind {
    Flyer,
    BackpackMail,
    SignInSheet,
    WorkshopSignInSheets,
    HeadcountSheet,
    VolunteerSchedule,
    RoomSigns,
    PresenterRosters,
    FamilyBadges,
    VolunteerBadges,
    PickupTags,
    AttendanceReport,
    EvaluationForms,
    BarrierSlips,
    BarriersReport,
    ResourcesHandout,
    EvidenceBinder,
    PhoneTree,
};

struct DocumentInfo {
    DocumentKind kind;
    const char* file_stem;  // e.g. "signin": default file names
    const char* title;      // e.g. "Sign-in sheet" (menus; translated by the app)
    const char* help;       // one line: what it is for
};

// Every document, in the order a coordinator needs them: before the night,
// at the door, afterwards.
const std::vector<DocumentInfo>& document_catalog();
const DocumentInfo& document_info(DocumentKind kind);

struct PrintOptions {
    std::string paper;                         // "letter" or "a4"; empty: the school setting
    std::vector<std::string> languages{"en"};  // Flyer: one or two, main first
    bool with_english = true;                  // BackpackMail: English beside the family's language
    bool with_resources = false;               // BackpackMail: the resources handout after each flyer
    int blank_rows = -1;               // sign-in sheets, pickup tags, family badges; negative: the document's default
    std::string message = "reminder";  // PhoneTree: which message the callers give
    std::vector<std::string> callers;  // PhoneTree: who calls (empty: everyone with a language on file)
};

struct PrintResult {
    std::string file;
    std::vector<std::string> files;  // every file written, `file` first (backpack mail comes in parts)
    std::string summary;             // e.g. "Wrote the sign-in sheet for 12 families (+15 blank rows) to x.pdf"
    std::map<std::string, long long> figures;  // e.g. {"families", 12}, for --json
    PapersInstead instead;               // households given English (no labels yet), or the nearest language's papers
    std::vector<std::string> unprinted;  // names and titles printed with "[?]" (a script not printable yet)
    // Invitations: per language, the event and workshop texts printed in
    // English because they are not given in that language yet.
    std::map<std::string, TextsInEnglish> texts_in_english;
};

// How big a document will be, said before it is written: pages, sheets of
// paper, files, and about how long it takes. Counted without loading the
// families; known for backpack mail (a district's runs to 100,000 pages),
// 0 pages (unknown, small) for the rest.
struct PrintEstimate {
    long long pages = 0;
    long long sheets = 0;  // printed one-sided, one flyer a sheet
    long long files = 1;
    long long seconds = 0;    // at the rate measured on a 2-core laptop
    bool very_large = false;  // worth saying and asking before starting
};
PrintEstimate estimate_print(store::Database& db, DocumentKind kind, const PrintOptions& options = {});

// Writes the document for `event_id` to `path` (atomically, like every PDF here).
PrintResult print_document(store::Database& db, Id event_id, DocumentKind kind, const std::string& path,
                           const PrintOptions& options = {});

}  // namespace fn::printing
