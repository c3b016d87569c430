#include "store/settings_store.h"

#include <soci/soci.h>

#include <map>
#include <sstream>

#include "store/text_list.h"

namespace fn::store {
namespace {

// Bands as "0-2:4;3-5:8;6-99:12" (ages min-max : children per caregiver).
std::string bands_to_text(const std::vector<ChildcareBand>& bands) {
    std::string out;
    for (const auto& b : bands)
        out += (out.empty() ? "" : ";") + std::to_string(b.min_age) + "-" + std::to_string(b.max_age) + ":" +
               std::to_string(b.children_per_caregiver);
    return out;
}

std::vector<ChildcareBand> bands_from_text(const std::string& text) {
    std::vector<ChildcareBand> bands;
    std::stringstream in(text);
    std::string item;
    while (std::getline(in, item, ';')) {
        ChildcareBand b;
        if (std::sscanf(item.c_str(), "%d-%d:%d", &b.min_age, &b.max_age, &b.children_per_caregiver) == 3)
            bands.push_back(b);
    }
    return bands;
}

}  // namespace

SchoolSettings load_settings(soci::session& sql) {
    std::map<std::string, std::string> kv;
    std::string key, value;
    soci::statement st = (sql.prepare << "SELECT key, value FROM settings", soci::into(key), soci::into(value));
    st.execute();
    while (st.fetch()) kv[key] = value;
    SchoolSettings s;
    if (kv.count("school.name")) s.name = kv["school.name"];
    if (kv.count("school.address")) s.address = kv["school.address"];
    if (kv.count("school.logo")) s.logo_path = kv["school.logo"];
    if (kv.count("school.languages")) s.languages = split_words(kv["school.languages"]);
    if (kv.count("childcare.bands")) s.childcare_bands = bands_from_text(kv["childcare.bands"]);
    if (kv.count("dinner.walk_in_buffer_percent")) s.walk_in_buffer_percent = std::stoi(kv["dinner.walk_in_buffer_percent"]);
    return s;
}

void save_settings(soci::session& sql, const SchoolSettings& s) {
    const std::map<std::string, std::string> kv{
        {"school.name", s.name},
        {"school.address", s.address},
        {"school.logo", s.logo_path},
        {"school.languages", join_words(s.languages)},
        {"childcare.bands", bands_to_text(s.childcare_bands)},
        {"dinner.walk_in_buffer_percent", std::to_string(s.walk_in_buffer_percent)},
    };
    std::string key, value;
    soci::statement st = (sql.prepare << "INSERT INTO settings (key, value) VALUES (:k, :v)"
                                         " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                          soci::use(key), soci::use(value));
    for (const auto& [k, v] : kv) {
        key = k;
        value = v;
        st.execute(true);
    }
}

}  // namespace fn::store
