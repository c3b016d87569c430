#pragma once
// Rows of the community resources directory. Callers own the transaction.
#include <vector>

#include "core/resource.h"

namespace soci {
class session;
}

namespace fn::store {

Id insert_resource(soci::session& sql, const CommunityResource& r);
// False when there is no such resource.
bool update_resource(soci::session& sql, const CommunityResource& r);
bool delete_resource(soci::session& sql, Id id);
// By category in the handout's order, then by name.
std::vector<CommunityResource> list_resources(soci::session& sql);

}  // namespace fn::store
