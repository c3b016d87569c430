#include "ops/settings_ops.h"

#include <soci/soci.h>

#include "store/database.h"
#include "store/settings_store.h"

namespace fn::ops {

SchoolSettings load_settings(store::Database& db) { return store::load_settings(db.sql()); }

void save_settings(store::Database& db, const SchoolSettings& s) {
    validate(s);
    db.transaction([&](soci::session& sql) { store::save_settings(sql, s); });
}

}  // namespace fn::ops
