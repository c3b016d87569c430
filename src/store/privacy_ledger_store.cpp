#include "store/privacy_ledger_store.h"

#include <soci/soci.h>

#include "store/retention_store.h"
#include "store/row_reader.h"

namespace fn::store {

Id insert_privacy_entry(soci::session& sql, const PrivacyEntry& e) {
    Id id = 0;
    sql << "INSERT INTO privacy_ledger (household_id, family_code, action, at, actor, reason)"
           " VALUES (:h, :c, :a, :t, :w, :r) RETURNING id",
        soci::use(e.household_id), soci::use(e.family_code), soci::use(e.action), soci::use(e.at), soci::use(e.actor),
        soci::use(e.reason), soci::into(id);
    return id;
}

std::vector<PrivacyEntry> privacy_ledger(soci::session& sql) {
    RowReader rows(sql,
                   "SELECT id, household_id, family_code, action, at, actor, reason FROM privacy_ledger"
                   " WHERE id > :from ORDER BY id");
    rows.bind(static_cast<long long>(0));
    std::vector<PrivacyEntry> out;
    while (rows.next()) {
        PrivacyEntry e;
        e.id = rows.integer(0);
        e.household_id = rows.integer(1);
        e.family_code = rows.text(2);
        e.action = rows.text(3);
        e.at = rows.text(4);
        e.actor = rows.text(5);
        e.reason = rows.text(6);
        out.push_back(std::move(e));
    }
    return out;
}

LedgerReapplied reapply_privacy_ledger(soci::session& restored, const std::vector<PrivacyEntry>& ledger) {
    LedgerReapplied done;
    for (const auto& e : ledger) {
        int present = 0;
        restored << "SELECT COUNT(*) FROM privacy_ledger WHERE household_id = :h AND action = :a AND at = :t"
                    " AND family_code = :c",
            soci::use(e.household_id), soci::use(e.action), soci::use(e.at), soci::use(e.family_code),
            soci::into(present);
        if (present == 0) {
            insert_privacy_entry(restored, e);
            ++done.entries_added;
        }
        if (!is_erasure(e)) continue;
        std::string code, erased_on;
        soci::indicator found = soci::i_null;
        restored << "SELECT code, erased_on FROM households WHERE id = :h", soci::use(e.household_id),
            soci::into(code, found), soci::into(erased_on);
        if (!restored.got_data() || found != soci::i_ok || !erased_on.empty() || code != e.family_code) continue;
        erase_household_personal_data(restored, e.household_id, e.at.substr(0, 10));
        done.erased_again.push_back(e.family_code);
    }
    return done;
}

}  // namespace fn::store
