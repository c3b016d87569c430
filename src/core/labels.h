#pragma once
// Fixed words printed on flyers and slips, per language. Built-in catalogs
// (some not yet reviewed by a speaker: labels_reviewed); a school can
// override any label (store: settings "label.<lang>.<key>").
#include <map>
#include <string>
#include <vector>

namespace fn {

using LabelCatalog = std::map<std::string, std::string>;  // key -> text

// Keys every catalog has (English is the reference).
const std::vector<std::string>& label_keys();
// Languages with a built-in catalog.
std::vector<std::string> languages_with_labels();

// The catalog for `language` with the school's overrides applied. Throws
// ValidationError when the language has neither a built-in catalog nor a
// complete set of overrides, naming the missing keys.
LabelCatalog labels_for(const std::string& language, const std::map<std::string, std::string>& overrides = {});

// Whether a speaker has checked the built-in catalog of `language` (those
// that have not are shown as "not yet reviewed" so a school has one read
// them before the first mailing).
bool labels_reviewed(const std::string& language);

// The languages something can be printed in for families: a built-in
// catalog, or every label typed by the school (`overrides`: language ->
// key -> text).
std::vector<std::string> printable_languages(
    const std::map<std::string, std::map<std::string, std::string>>& overrides);

// The language a family's paper is printed in: its own when the school can
// print in it (one of `printable`); else the nearest one it can, as BCP 47
// lookup finds it (Dari "prs" and Iranian Persian "pes" read Persian "fa";
// "zh-hant" reads "zh"; "es-419" reads "es"); else English.
std::string paper_language(const std::string& language, const std::vector<std::string>& printable);

// What the families whose own language could not be printed got instead,
// said to the coordinator: English (language -> households), or the nearest
// language (language -> what was printed, households).
struct LanguageSubstitute {
    std::string printed;
    int households = 0;
};
struct PapersInstead {
    std::map<std::string, int> english;
    std::map<std::string, LanguageSubstitute> nearest;
    // Households whose language is still to be confirmed (a roster value
    // FamilyNight could not read): their papers are in the language on file
    // meanwhile, English for a new family.
    int to_confirm = 0;
    // Counts one household of `language` whose paper is in `printed`.
    void count(const std::string& language, const std::string& printed);
};

// The school's own wording in `language` (key -> text) out of all its
// languages' (`overrides`); empty when it typed none.
const std::map<std::string, std::string>& school_wording(
    const std::map<std::string, std::map<std::string, std::string>>& overrides, const std::string& language);

// A label's place filled: fill_label("Round {n}", "n", "2") is "Round 2"
// (the first "{key}"; a label without it is returned as it is).
std::string fill_label(std::string text, const std::string& key, const std::string& value);

// The built-in catalog of `language`, empty when there is none.
LabelCatalog built_in_labels(const std::string& language);

// Sets the school's wording of one label: text equal to the built-in one, or
// empty, removes the override. `overrides` is one language's key -> text.
void set_label_override(std::map<std::string, std::string>& overrides, const std::string& language,
                        const std::string& key, const std::string& text);

}  // namespace fn
