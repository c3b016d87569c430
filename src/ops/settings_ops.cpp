#include "ops/settings_ops.h"

#include <soci/soci.h>

#include <algorithm>

#include "core/errors.h"
#include "core/document_texts.h"
#include "core/labels.h"
#include "io/ics_writer.h"
#include "store/database.h"
#include "store/settings_store.h"

namespace fn::ops {

SchoolSettings load_settings(store::Database& db) { return store::load_settings(db.sql()); }

void save_settings(store::Database& db, const SchoolSettings& s) {
    validate(s);
    if (!s.time_zone.empty() && !io::known_time_zone(s.time_zone))
        throw ValidationError(tr("time zone"),
                              tr("{0} is not a time zone this computer knows; write it as the time zone database "
                                 "does, e.g. America/Chicago",
                                 {quoted(s.time_zone)}));
    db.transaction([&](soci::session& sql) { store::save_settings(sql, s); });
}

void set_label(store::Database& db, const std::string& language, const std::string& key, const std::string& text) {
    // The flyer's labels and the words of the other papers families fill
    // in (evaluation form, barrier slip, pickup tags, sign-in headings).
    auto keys = label_keys();
    for (const auto& k : document_text_keys()) keys.push_back(k);
    if (std::find(keys.begin(), keys.end(), key) == keys.end()) {
        std::string all;
        for (const auto& k : keys) all += (all.empty() ? "" : ", ") + k;
        throw ValidationError(tr("label"), tr("{0} is not a printed label; use one of: {1}", {quoted(key), all}));
    }
    db.transaction([&](soci::session& sql) {
        auto s = store::load_settings(sql);
        set_label_override(s.label_overrides[language], language, key, text);
        validate(s);
        store::save_settings(sql, s);
    });
}

}  // namespace fn::ops
