#pragma once
// The community resources directory: kept by the
// coordinator, read by everyone, printed for families as a handout in each
// family language, and attachable to the backpack mail.
#include <string>
#include <vector>

#include "core/resource.h"
#include "core/sheets.h"

namespace fn::store {
class Database;
}

namespace fn::ops {

using store::Database;

Id add_resource(Database& db, CommunityResource r);
void update_resource(Database& db, const CommunityResource& r);
void remove_resource(Database& db, Id resource_id);
std::vector<CommunityResource> list_resources(Database& db);

// The handout in `language`; throws when the directory is empty.
ResourcesHandout load_resources_handout(Database& db, const std::string& language);
// One per language families read that the school prints in, English first.
std::vector<ResourcesHandout> load_resources_handouts(Database& db);

}  // namespace fn::ops
