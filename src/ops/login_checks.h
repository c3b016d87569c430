#pragma once
// What a login may do, checked by the operations before they read or write
// (on a shared database the server refuses the same through its roles; a
// SQLite file is the coordinator's). Each refusal says what and why, in the
// user's language.
#include "core/ids.h"
#include "core/text_message.h"

namespace fn::store {
class Database;
}

namespace fn::ops {

// Throws NotAllowedError(refusal) unless the login is a coordinator's.
void require_coordinator(store::Database& db, Text refusal);
// Throws NotAllowedError(refusal) on a door station's login.
void refuse_at_the_door(store::Database& db, Text refusal);

// On a teacher's login: throws NotAllowedError(refusal) unless `person_id` is the
// person the login belongs to (a teacher signs themself up, not others).
void require_self_on_a_teachers_login(store::Database& db, Id person_id, Text refusal);
// The person a teacher's login belongs to (0 on other logins and on a file).
Id own_person_on_a_teachers_login(store::Database& db);

}  // namespace fn::ops
