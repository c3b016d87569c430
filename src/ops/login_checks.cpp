#include "ops/login_checks.h"

#include "core/errors.h"
#include "store/access.h"
#include "store/database.h"
#include "store/people_store.h"

namespace fn::ops {

void require_coordinator(store::Database& db, Text refusal) {
    if (db.access() != store::Access::Coordinator) throw NotAllowedError(std::move(refusal));
}

void refuse_at_the_door(store::Database& db, Text refusal) {
    if (db.access() == store::Access::Door) throw NotAllowedError(std::move(refusal));
}

Id own_person_on_a_teachers_login(store::Database& db) {
    if (db.access() != store::Access::Teacher) return 0;
    auto me = store::person_of_this_login(db.sql());
    return me ? me->id : 0;
}

void require_self_on_a_teachers_login(store::Database& db, Id person_id, Text refusal) {
    if (db.access() != store::Access::Teacher) return;
    if (own_person_on_a_teachers_login(db) != person_id) throw NotAllowedError(std::move(refusal));
}

}  // namespace fn::ops
