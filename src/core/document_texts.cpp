#include "core/document_texts.h"

#include <map>

#include "core/errors.h"
#include "core/texts/document_catalogs.h"

namespace fn {
namespace {

using texts::Catalog;

// Every paper's words, language by language.
const std::map<std::string, Catalog>& catalogs() {
    static const std::map<std::string, Catalog> all = [] {
        std::map<std::string, Catalog> merged;
        for (const auto* part :
             {&texts::door_texts(), &texts::evaluation_texts(), &texts::resources_texts(), &texts::message_texts()})
            for (const auto& [language, catalog] : *part) merged[language].insert(catalog.begin(), catalog.end());
        return merged;
    }();
    return all;
}

}  // namespace

std::string document_text(const std::string& language, const std::string& key) {
    if (auto lang = catalogs().find(language); lang != catalogs().end())
        if (auto text = lang->second.find(key); text != lang->second.end()) return text->second;
    auto english = catalogs().at("en").find(key);
    if (english == catalogs().at("en").end()) throw Error("no document text '" + key + "'");
    return english->second;
}

std::map<std::string, std::string> document_texts_for(const std::string& language,
                                                      const std::map<std::string, std::string>& overrides) {
    std::map<std::string, std::string> texts;
    for (const auto& key : document_text_keys()) {
        auto own = overrides.find(key);
        texts[key] = own != overrides.end() && !own->second.empty() ? own->second : document_text(language, key);
    }
    return texts;
}

bool has_document_texts(const std::string& language) { return catalogs().count(language) > 0; }

bool document_texts_reviewed(const std::string& language) { return language == "en"; }

const std::vector<std::string>& document_text_keys() {
    static const std::vector<std::string> keys = [] {
        std::vector<std::string> k;
        for (const auto& [key, text] : catalogs().at("en")) k.push_back(key);
        return k;
    }();
    return keys;
}

bool is_document_text_key(const std::string& key) { return catalogs().at("en").count(key) > 0; }

}  // namespace fn
