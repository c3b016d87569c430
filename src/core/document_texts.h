#pragma once
// The fixed words of the documents families fill in or keep besides the
// flyer: the evaluation form, the pickup tags and the sign-in sheet's
// headings, per language. Unlike the flyer labels (core/labels.h) none has
// been read by a speaker yet, English aside; a language without a catalog
// gets English.
#include <map>
#include <string>
#include <vector>

namespace fn {

// The text for `key` in `language`, else English. Throws for an unknown key.
std::string document_text(const std::string& language, const std::string& key);
// Every text of `language` (English where it has none), with the school's
// own wording where it typed one (`overrides`: key -> text, the same
// settings as the flyer labels'; unknown keys are ignored).
std::map<std::string, std::string> document_texts_for(const std::string& language,
                                                      const std::map<std::string, std::string>& overrides = {});
// Whether `language` has its own catalog (else document_text gives English).
bool has_document_texts(const std::string& language);
// Whether a speaker has read the catalog (only English so far).
bool document_texts_reviewed(const std::string& language);
const std::vector<std::string>& document_text_keys();
bool is_document_text_key(const std::string& key);

}  // namespace fn
