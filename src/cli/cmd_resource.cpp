// resource: the directory of community resources families can be pointed to.
#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <optional>

#include "cli/commands.h"
#include "cli/context.h"
#include "core/errors.h"
#include "ops/resource_ops.h"
#include "core/text_list.h"

namespace fn::cli {
namespace {

struct ResourceOptions {
    Id id = 0;
    std::optional<std::string> category, name, address, hours, phone, languages, cost, notes;
};

void add_fields(CLI::App* cmd, ResourceOptions& o) {
    cmd->add_option("--category", o.category,
                    "food, housing, health, adult-education, legal-aid, language-classes or other");
    cmd->add_option("--address", o.address, "Street address");
    cmd->add_option("--hours", o.hours, "Opening hours as families should read them");
    cmd->add_option("--phone", o.phone, "The organisation's phone");
    cmd->add_option("--languages", o.languages, "Languages served, e.g. en,es,so");
    cmd->add_option("--cost", o.cost, "free, low-cost, sliding-scale or fee");
    cmd->add_option("--notes", o.notes, "Anything else families should know");
}

void apply(const ResourceOptions& o, CommunityResource& r) {
    if (o.category) r.category = parse_resource_category(*o.category);
    if (o.name) r.name = *o.name;
    if (o.address) r.address = *o.address;
    if (o.hours) r.hours = *o.hours;
    if (o.phone) r.phone = *o.phone;
    if (o.languages) r.languages = split_words(*o.languages);
    if (o.cost) r.cost = parse_resource_cost(*o.cost);
    if (o.notes) r.notes = *o.notes;
}

}  // namespace

void add_resource_commands(CLI::App& app, Context& ctx) {
    auto* resource =
        app.add_subcommand("resource", "The community resources directory (print resources for the handout)");
    resource->require_subcommand(1);

    auto ao = std::make_shared<ResourceOptions>();
    auto* add = resource->add_subcommand("add", "Add a community resource");
    add->add_option("--name", ao->name, "Its name")->required();
    add_fields(add, *ao);
    add->callback([&ctx, ao] {
        CommunityResource r;
        apply(*ao, r);
        Id id = ops::add_resource(ctx.db(), r);
        ctx.emit({{"id", id}}, fmt::format("Added resource {}: {} ({})", id, r.name, to_string(r.category)));
    });

    auto eo = std::make_shared<ResourceOptions>();
    auto* edit = resource->add_subcommand("edit", "Change a resource; fields not given stay as they are");
    edit->add_option("id", eo->id, "Resource id (resource list)")->required();
    edit->add_option("--name", eo->name, "Its name");
    add_fields(edit, *eo);
    edit->callback([&ctx, eo] {
        auto all = ops::list_resources(ctx.db());
        auto it = std::find_if(all.begin(), all.end(), [&](const CommunityResource& r) { return r.id == eo->id; });
        if (it == all.end()) throw NotFoundError(tr("no community resource {0}", {static_cast<long long>(eo->id)}));
        CommunityResource r = *it;
        apply(*eo, r);
        ops::update_resource(ctx.db(), r);
        ctx.emit({{"id", r.id}}, fmt::format("Changed resource {}: {}", r.id, r.name));
    });

    auto remove_id = std::make_shared<Id>(0);
    auto* remove = resource->add_subcommand("remove", "Remove a resource from the directory");
    remove->add_option("id", *remove_id, "Resource id")->required();
    remove->callback([&ctx, remove_id] {
        ops::remove_resource(ctx.db(), *remove_id);
        ctx.emit({{"removed", *remove_id}}, fmt::format("Removed resource {}", *remove_id));
    });

    auto export_path = std::make_shared<std::string>();
    auto* exp = resource->add_subcommand("export", "Write the directory as CSV, or XLSX for a file ending in .xlsx");
    exp->add_option("-o,--output", *export_path, "File to write")->required();
    exp->callback([&ctx, export_path] {
        int n = ops::export_resources(ctx.db(), *export_path);
        ctx.emit({{"file", *export_path}, {"rows", n}},
                 fmt::format("Wrote {} {} to {}", n, n == 1 ? "resource" : "resources", *export_path));
    });

    auto import_path = std::make_shared<std::string>();
    auto* imp = resource->add_subcommand(
        "import", "Add the resources of a CSV file (the export's columns; a resource already listed is kept)");
    imp->add_option("file", *import_path, "CSV file with a header row")->required();
    imp->callback([&ctx, import_path] {
        auto done = ops::import_resources(ctx.db(), *import_path);
        std::string text = fmt::format("Added {} {}", done.added, done.added == 1 ? "resource" : "resources");
        if (!done.already_listed.empty())
            text +=
                fmt::format("; already in the directory, left as they are: {}", fmt::join(done.already_listed, "; "));
        ctx.emit({{"added", done.added}, {"already_listed", done.already_listed}}, text);
    });

    auto* list = resource->add_subcommand("list", "The directory by category");
    list->callback([&ctx] {
        nlohmann::json all = nlohmann::json::array();
        std::string text;
        for (const auto& r : ops::list_resources(ctx.db())) {
            all.push_back({{"id", r.id},
                           {"category", to_string(r.category)},
                           {"name", r.name},
                           {"address", r.address},
                           {"hours", r.hours},
                           {"phone", r.phone},
                           {"languages", r.languages},
                           {"cost", to_string(r.cost)},
                           {"notes", r.notes}});
            text += fmt::format("{:>4}  {:<17} {}  ({}; {}; {})\n", r.id, to_string(r.category), r.name, r.hours,
                                r.phone, to_string(r.cost));
        }
        ctx.emit(all, text.empty() ? "The directory is empty: add resources with resource add.\n" : text);
    });
}

}  // namespace fn::cli
