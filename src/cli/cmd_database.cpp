// db: the database itself: roles and logins on a shared PostgreSQL database.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <memory>

#include "cli/commands.h"
#include "cli/context.h"
#include "core/errors.h"
#include "ops/database_admin.h"

namespace fn::cli {
namespace {

store::Access parse_access(const std::string& text) {
    if (text == "door") return store::Access::Door;
    if (text == "teacher") return store::Access::Teacher;
    if (text == "coordinator") return store::Access::Coordinator;
    throw ValidationError(tr("--role"), tr("{0} is not door, teacher or coordinator", {quoted(text)}));
}

}  // namespace

void add_database_commands(CLI::App& app, Context& ctx) {
    auto* db = app.add_subcommand("db", "The database itself: roles and logins on a shared PostgreSQL database");
    db->require_subcommand(1);

    db->add_subcommand("roles", "Create the door, teacher and coordinator roles and their privileges (PostgreSQL)")
        ->callback([&ctx] {
            auto names = ops::set_up_roles(ctx.db());
            ctx.emit({{"coordinator", names.coordinator}, {"teacher", names.teacher}, {"door", names.door}},
                     fmt::format("Roles ready: {} (everything), {} (own workshops, shifts; no contact details), "
                                 "{} (door operations; no contact details)",
                                 names.coordinator, names.teacher, names.door));
        });

    struct CopyOptions {
        std::string from, to;
    };
    auto c = std::make_shared<CopyOptions>();
    auto* copy = db->add_subcommand("copy",
                                    "Copy a whole school to another database, e.g. a SQLite file to a shared "
                                    "PostgreSQL database (the target must be empty); row counts are checked");
    copy->add_option("from", c->from, "Database to copy from (a file, or postgresql://...)")->required();
    copy->add_option("to", c->to, "Empty database to copy into (created when it is a new file)")->required();
    copy->callback([&ctx, c] {
        auto copied = ops::copy_database(c->from, c->to);
        nlohmann::json counts = nlohmann::json::object();
        long long total = 0;
        std::string lines;
        for (const auto& t : copied.tables) {
            counts[t.table] = t.rows;
            total += t.rows;
            if (t.rows) lines += fmt::format("\n  {:<22} {:>8}", t.table, t.rows);
        }
        ctx.emit({{"from", copied.from}, {"to", copied.to}, {"rows", counts}},
                 fmt::format("Copied {} rows from {} to {}; every table's count checked:{}", total, copied.from,
                             copied.to, lines));
    });

    auto backup_to = std::make_shared<std::string>();
    auto* backup = db->add_subcommand("backup",
                                      "Back the database up now (while stations keep working); "
                                      "automatic backups: before each upgrade and once a day");
    backup->add_option("--to", *backup_to,
                       "Write the backup to this file (default: the backups folder beside the database)");
    backup->callback([&ctx, backup_to] {
        std::string path = ops::back_up(ctx.db(), *backup_to);
        ctx.emit({{"backup", path}}, fmt::format("Backed up to {}", path));
    });

    db->add_subcommand("backups", "List the backups in the backups folder, newest first")->callback([&ctx] {
        auto list = ops::list_backups(ctx.db());
        nlohmann::json j = nlohmann::json::array();
        std::string text = list.empty() ? "No backups yet in " + ops::backups_folder(ctx.db())
                                        : "Backups in " + ops::backups_folder(ctx.db()) + ":";
        for (const auto& b : list) {
            j.push_back({{"path", b.path}, {"made", b.made}, {"bytes", b.bytes}});
            text += fmt::format("\n  {}  {:>9} KB  {}", b.made, b.bytes / 1024, b.path);
        }
        ctx.emit(j, text);
    });

    db->add_subcommand("check",
                       "Read the whole file and check every index (opening checks it after a crash and "
                       "once a day)")
        ->callback([&ctx] {
            ops::check_database(ctx.db());
            ctx.emit({{"problems", nlohmann::json::array()}},
                     fmt::format("{}: every page and index is sound", ctx.db().display_name()));
        });

    auto restore_from = std::make_shared<std::string>();
    auto* restore = db->add_subcommand("restore",
                                       "Replace the database's contents with a backup "
                                       "(what is there now is backed up first)");
    restore->add_option("backup", *restore_from, "The backup file (see: db backups)")->required();
    restore->callback([&ctx, restore_from] {
        auto done = ops::restore(ctx.db(), *restore_from);
        std::string text =
            fmt::format("Restored {}. What was there before is kept in {}", *restore_from, done.previous_contents);
        if (!done.ledger.erased_again.empty())
            text += fmt::format("\nErased again, as the privacy ledger says (erased after this backup was made): {}",
                                fmt::join(done.ledger.erased_again, ", "));
        ctx.emit({{"restored", *restore_from},
                  {"previous_contents", done.previous_contents},
                  {"erased_again", done.ledger.erased_again},
                  {"ledger_lines_added", done.ledger.entries_added}},
                 text);
    });

    struct LoginOptions {
        std::string login, role, person;
        bool password_stdin = false;
    };
    auto o = std::make_shared<LoginOptions>();
    auto* login = db->add_subcommand("login", "Give a database login a role (creating the login when it is new)");
    login->add_option("login", o->login, "Login name")->required();
    login->add_option("--role", o->role, "door, teacher or coordinator")->required();
    login->add_option("--person", o->person, "For a teacher: the person (id or exact name) whose workshops are theirs");
    login->add_flag("--password-stdin", o->password_stdin, "Read a new login's password from the first line of stdin");
    login->callback([&ctx, o] {
        store::Access access = parse_access(o->role);
        Id person = o->person.empty() ? 0 : ctx.person(o->person);
        std::string password;
        if (!ops::login_exists(ctx.db(), o->login))
            password = read_password(o->password_stdin, fmt::format("Password for the new login {}: ", o->login));
        ops::grant_login(ctx.db(), o->login, access, password, person);
        ctx.emit({{"login", o->login}, {"role", o->role}},
                 fmt::format("{} now signs in as {}{}", o->login, o->role,
                             o->role == "door" ? " (a door station: no phone numbers, e-mail or addresses)" : ""));
    });
}

}  // namespace fn::cli
