#pragma once
// The privacy ledger's rows (core/privacy_ledger.h), and bringing a
// restored backup up to it: erasures made after the backup are made again
// before anyone opens the restored data. Callers own the transaction.
#include <string>
#include <vector>

#include "core/privacy_ledger.h"

namespace soci {
class session;
}

namespace fn::store {

Id insert_privacy_entry(soci::session& sql, const PrivacyEntry& e);
// Oldest first.
std::vector<PrivacyEntry> privacy_ledger(soci::session& sql);

struct LedgerReapplied {
    int entries_added = 0;                  // ledger lines the backup did not have
    std::vector<std::string> erased_again;  // family codes erased again in the restored data
};
// Into `restored`: every entry of `ledger` it lacks, and each erasure whose
// household it still holds unerased under the same code (a backup of
// another database, with other families under those ids, is left alone).
LedgerReapplied reapply_privacy_ledger(soci::session& restored, const std::vector<PrivacyEntry>& ledger);

}  // namespace fn::store
