// send: an event's message to each family its own way (print/family_messages.h).
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/context.h"
#include "core/text_list.h"
#include "io/smtp_client.h"
#include "ops/message_ops.h"
#include "ops/settings_ops.h"
#include "print/family_messages.h"
#include "print/platform_lists.h"

namespace fn::cli {
namespace {

struct SendArgs {
    Id event = 0;
    std::string message;
    std::string dry_run;
    bool password_stdin = false;
};

std::string other_ways_text(const std::map<ContactMethod, int>& other) {
    std::string text;
    auto add = [&](ContactMethod m, const char* how) {
        auto n = other.find(m);
        if (n == other.end() || n->second == 0) return;
        text += fmt::format("\n  {} {} {}", n->second, n->second == 1 ? "family prefers" : "families prefer", how);
    };
    add(ContactMethod::Text, "a text message: export platform PLATFORM EVENT -o FILE");
    add(ContactMethod::Phone, "a call: print phonetree --event EVENT -o FILE");
    add(ContactMethod::Paper, "paper home: print backpack --event EVENT -o FILE");
    return text;
}

}  // namespace

void add_message_commands(CLI::App& app, Context& ctx) {
    auto args = std::make_shared<SendArgs>();
    auto* send = app.add_subcommand(
        "send",
        "Send an event's message to each family who prefers e-mail, in its language, through the school's mail server "
        "(school set --smtp-host ...); never twice to a family");
    send->add_option("event", args->event, "Event id")->required();
    send->add_option("--message", args->message, "invitation, reminder, place-opened or missed-you")->required();
    send->add_option("--dry-run", args->dry_run, "Write each message to a file in this folder instead of sending");
    send->add_flag("--password-stdin", args->password_stdin,
                   "Read the mail server's password from the first line of stdin (else it is asked for)");
    send->callback([&ctx, args] {
        const MessageKind kind = parse_message_kind(args->message);
        printing::SendOptions options;
        options.dry_run_dir = args->dry_run;
        if (args->dry_run.empty()) {
            const auto mail = ops::load_settings(ctx.db()).mail;
            if (!mail.user.empty())
                options.password =
                    read_password(args->password_stdin,
                                  fmt::format("Password of {} on {}: ", mail.user,
                                              io::smtp_url({mail.host, mail.port, mail.tls, mail.user, "", 30})));
        }
        const auto report = printing::send_messages(ctx.db(), args->event, kind, options);
        nlohmann::json refused = nlohmann::json::array();
        std::string refused_text;
        for (const auto& r : report.refused) {
            refused.push_back({{"family", r.family}, {"address", r.address}, {"answer", r.answer}});
            refused_text += fmt::format("\n  {} <{}>: {}", r.family, r.address, r.answer);
        }
        nlohmann::json other = nlohmann::json::object();
        for (const auto& [method, n] : report.other_ways) other[to_string(method)] = n;
        nlohmann::json json = {{"message", args->message},  {"sent", report.sent},
                               {"written", report.written}, {"already_sent", report.already_sent},
                               {"refused", refused},        {"other_ways", other},
                               {"files", report.files}};
        if (!report.stopped.empty()) json["stopped"] = report.stopped.english();
        std::string text = args->dry_run.empty()
                               ? fmt::format("Sent the {} to {} {} by e-mail", args->message, report.sent,
                                             report.sent == 1 ? "family" : "families")
                               : fmt::format("Wrote {} {} to {} (nothing sent)", report.written,
                                             report.written == 1 ? "message" : "messages", args->dry_run);
        if (report.already_sent > 0) text += fmt::format("; {} already sent before, not again", report.already_sent);
        if (!report.refused.empty())
            text += fmt::format("\nRefused by the mail server ({}):{}", report.refused.size(), refused_text);
        text += other_ways_text(report.other_ways);
        if (!report.stopped.empty()) text += "\nStopped: " + report.stopped.english();
        ctx.emit(json, text);
        if (!report.stopped.empty()) throw ExitWith{kExitServerUnreachable};
        if (!report.refused.empty()) throw ExitWith{1};
    });

    auto log_event = std::make_shared<Id>(0);
    auto* log = app.add_subcommand("messages", "The log of an event's messages to families: sent, refused, listed");
    log->add_option("event", *log_event, "Event id")->required();
    log->callback([&ctx, log_event] {
        nlohmann::json json = nlohmann::json::array();
        std::string text;
        for (const auto& l : ops::message_log(ctx.db(), *log_event)) {
            json.push_back({{"family", l.family},
                            {"message", l.message},
                            {"channel", l.channel},
                            {"address", l.address},
                            {"language", l.language},
                            {"outcome", l.outcome},
                            {"detail", l.detail},
                            {"at", l.at},
                            {"by", l.actor}});
            text += fmt::format("{}  {:<8} {:<14} {:<6} {} <{}>{}\n", l.at.substr(0, 16), l.outcome, l.message,
                                l.channel, l.family, l.address, l.detail.empty() ? "" : ": " + l.detail);
        }
        ctx.emit(json, text.empty() ? "No message to families was sent or listed for this event yet." : text);
    });

    struct PlatformArgs {
        std::string platform, out, message = "reminder";
        Id event = 0;
    };
    auto pa = std::make_shared<PlatformArgs>();
    std::string platforms;
    for (const auto& f : printing::platform_formats()) platforms += (platforms.empty() ? "" : ", ") + f.name;
    auto* platform = app.get_subcommand("export")->add_subcommand(
        "platform",
        "The families who prefer a text message, as the school's messaging platform imports them (numbers in E.164, "
        "each family's message in its language beside it); CSV, or XLSX for a file ending in .xlsx");
    platform->add_option("platform", pa->platform, platforms)->required();
    platform->add_option("event", pa->event, "Event id")->required();
    platform->add_option("-o,--output", pa->out, "File to write (one per language for a platform that wants it)")
        ->required();
    platform->add_option("--message", pa->message, "invitation, reminder, place-opened or missed-you")
        ->capture_default_str();
    platform->callback([&ctx, pa] {
        const auto result =
            printing::export_platform_list(ctx.db(), pa->event, parse_message_kind(pa->message), pa->platform, pa->out);
        std::string text =
            fmt::format("Listed {} {} for {} in {}", result.families, result.families == 1 ? "family" : "families",
                        printing::platform_format(pa->platform).shown, join_words(result.files));
        if (!result.not_dialable.empty())
            text += fmt::format(
                "\nNot listed: {} {} whose number is not a full number with its area code (fix it in "
                "the family's record): {}",
                result.not_dialable.size(), result.not_dialable.size() == 1 ? "family" : "families",
                join_words(result.not_dialable));
        ctx.emit({{"families", result.families}, {"files", result.files}, {"not_dialable", result.not_dialable}}, text);
    });
}

}  // namespace fn::cli
