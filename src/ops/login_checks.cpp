#include "ops/login_checks.h"

#include "core/errors.h"
#include "store/access.h"
#include "store/database.h"

namespace fn::ops {

void require_coordinator(store::Database& db, Text refusal) {
    if (db.access() != store::Access::Coordinator) throw Error(std::move(refusal));
}

void refuse_at_the_door(store::Database& db, Text refusal) {
    if (db.access() == store::Access::Door) throw Error(std::move(refusal));
}

}  // namespace fn::ops
