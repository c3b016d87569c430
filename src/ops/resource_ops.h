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

// The directory as a table: CSV, or XLSX when `path` ends in .xlsx. Its
// columns are what import_resources reads back. Returns the rows written.
int export_resources(Database& db, const std::string& path);
struct ResourcesImported {
    int added = 0;
    std::vector<std::string> already_listed;  // by name and category: left as they are
};
// Adds the resources of a CSV file with a header row (category, name,
// address, hours, phone, languages, cost, notes; in any order, only name
// required; category and cost as the export writes them, empty: other and
// free) in one transaction. One bad row refuses the whole file, naming its
// line and why; a resource already in the directory under the same name and
// category is never overwritten, only listed back.
ResourcesImported import_resources(Database& db, const std::string& path);

// The handout in `language`; throws when the directory is empty.
ResourcesHandout load_resources_handout(Database& db, const std::string& language);
// One per language families read that the school prints in, English first.
std::vector<ResourcesHandout> load_resources_handouts(Database& db);

}  // namespace fn::ops
