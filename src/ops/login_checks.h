#pragma once
// What a login may do, checked by the operations before they read or write
// (on a shared database the server refuses the same through its roles; a
// SQLite file is the coordinator's). Each refusal says what and why, in the
// user's language.
#include "core/text_message.h"

namespace fn::store {
class Database;
}

namespace fn::ops {

// Throws Error(refusal) unless the login is a coordinator's.
void require_coordinator(store::Database& db, Text refusal);
// Throws Error(refusal) on a door station's login.
void refuse_at_the_door(store::Database& db, Text refusal);

}  // namespace fn::ops
