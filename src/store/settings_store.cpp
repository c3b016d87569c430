#include "store/settings_store.h"

#include <soci/soci.h>

#include <map>

#include "core/text_list.h"

namespace fn::store {

SchoolSettings load_settings(soci::session& sql) {
    std::map<std::string, std::string> kv;
    std::string key, value;
    soci::statement st = (sql.prepare << "SELECT key, value FROM settings", soci::into(key), soci::into(value));
    st.execute();
    while (st.fetch()) kv[key] = value;
    SchoolSettings s;
    if (kv.count("school.id")) s.school_id = kv["school.id"];
    if (kv.count("school.time_zone")) s.time_zone = kv["school.time_zone"];
    if (kv.count("school.name")) s.name = kv["school.name"];
    if (kv.count("school.address")) s.address = kv["school.address"];
    if (kv.count("school.phone")) s.phone = kv["school.phone"];
    if (kv.count("school.logo")) s.logo_path = kv["school.logo"];
    if (kv.count("school.languages")) s.languages = split_words(kv["school.languages"]);
    if (kv.count("childcare.bands")) s.childcare_bands = parse_childcare_bands(kv["childcare.bands"]);
    if (kv.count("dinner.walk_in_buffer_percent"))
        s.walk_in_buffer_percent = std::stoi(kv["dinner.walk_in_buffer_percent"]);
    if (kv.count("print.paper")) s.paper = kv["print.paper"];
    if (kv.count("print.clock")) s.clock = kv["print.clock"];
    if (kv.count("roster.placeholder_phones")) s.placeholder_phones = split_words(kv["roster.placeholder_phones"]);
    if (kv.count("year.started")) s.school_year_started = kv["year.started"];
    if (kv.count("retention.left_families_months"))
        s.keep_left_families_months = std::stoi(kv["retention.left_families_months"]);
    if (kv.count("retention.contact_notes_months"))
        s.keep_contact_notes_months = std::stoi(kv["retention.contact_notes_months"]);
    if (kv.count("retention.event_notes_months"))
        s.keep_event_notes_months = std::stoi(kv["retention.event_notes_months"]);
    if (kv.count("mail.smtp_host")) s.mail.host = kv["mail.smtp_host"];
    if (kv.count("mail.smtp_port")) s.mail.port = std::stoi(kv["mail.smtp_port"]);
    if (kv.count("mail.smtp_tls")) s.mail.tls = kv["mail.smtp_tls"];
    if (kv.count("mail.smtp_user")) s.mail.user = kv["mail.smtp_user"];
    if (kv.count("mail.from")) s.mail.from_address = kv["mail.from"];
    if (kv.count("mail.per_minute")) s.mail.per_minute = std::stoi(kv["mail.per_minute"]);
    for (const auto& [k, v] : kv) {
        if (k.rfind("label.", 0) != 0) continue;  // label.<lang>.<key>
        auto dot = k.find('.', 6);
        if (dot != std::string::npos) s.label_overrides[k.substr(6, dot - 6)][k.substr(dot + 1)] = v;
    }
    return s;
}

// The school's id is the schema's to make (migration 24), never rewritten.
void save_settings(soci::session& sql, const SchoolSettings& s) {
    std::map<std::string, std::string> kv{
        {"school.time_zone", s.time_zone},
        {"school.name", s.name},
        {"school.address", s.address},
        {"school.phone", s.phone},
        {"school.logo", s.logo_path},
        {"school.languages", join_words(s.languages)},
        {"childcare.bands", format_childcare_bands(s.childcare_bands)},
        {"dinner.walk_in_buffer_percent", std::to_string(s.walk_in_buffer_percent)},
        {"print.paper", s.paper},
        {"print.clock", s.clock},
        {"roster.placeholder_phones", join_words(s.placeholder_phones)},
        {"year.started", s.school_year_started},
        {"retention.left_families_months", std::to_string(s.keep_left_families_months)},
        {"retention.event_notes_months", std::to_string(s.keep_event_notes_months)},
        {"retention.contact_notes_months", std::to_string(s.keep_contact_notes_months)},
        {"mail.smtp_host", s.mail.host},
        {"mail.smtp_port", std::to_string(s.mail.port)},
        {"mail.smtp_tls", s.mail.tls},
        {"mail.smtp_user", s.mail.user},
        {"mail.from", s.mail.from_address},
        {"mail.per_minute", std::to_string(s.mail.per_minute)},
    };
    // Label overrides are replaced as a whole, so a removed one is gone.
    sql << "DELETE FROM settings WHERE key LIKE 'label.%'";
    for (const auto& [lang, labels] : s.label_overrides)
        for (const auto& [key, text] : labels) kv["label." + lang + "." + key] = text;
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
