// event, round, room and workshop commands.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/context.h"
#include "cli/views.h"
#include "core/errors.h"
#include "ops/event_ops.h"
#include "ops/household_ops.h"
#include "core/text_list.h"

namespace fn::cli {
namespace {

struct EventOptions {
    std::string kind = "family-night", title, description, date, start = "17:30", end = "19:30", place, deadline;
    std::vector<std::string> titles_in, descriptions_in, places_in;
    bool dinner = false, childcare = false, past_event = false;
    std::string childcare_ages = "0-12", status = "draft";
};

Event event_from(const EventOptions& o) {
    Event e;
    e.kind = parse_event_kind(o.kind);
    e.texts["en"] = {o.title, o.description};
    for (const auto& t : o.titles_in) {
        auto [lang, title] = split_pair("--title-in", t);
        e.texts[lang].title = title;
    }
    for (const auto& d : o.descriptions_in) {
        auto [lang, text] = split_pair("--description-in", d);
        e.texts[lang].description = text;
    }
    for (const auto& p : o.places_in) {
        auto [lang, place] = split_pair("--place-in", p);
        e.places[lang] = place;
    }
    e.date = o.date;
    e.start_time = o.start;
    e.end_time = o.end;
    e.place = o.place;
    e.rsvp_deadline = o.deadline;
    e.dinner = o.dinner;
    e.childcare = o.childcare;
    auto ages = split_pair("--childcare-ages", o.childcare_ages, '-');
    try {
        e.childcare_min_age = std::stoi(ages.first);
        e.childcare_max_age = std::stoi(ages.second);
    } catch (const std::exception&) {
        throw ValidationError(Text(std::string("--childcare-ages")),
                              tr("{0} should look like 0-12", {quoted(o.childcare_ages)}));
    }
    e.status = parse_event_status(o.status);
    return e;
}

Id round_id_by_number(const ops::EventPlan& plan, int number) {
    for (const auto& r : plan.rounds)
        if (r.number == number) return r.id;
    throw NotFoundError(tr("the event has no round {0}; add it with: familynight-cli round add {1} --number {0}",
                           {number, static_cast<long long>(plan.event.id)}));
}

Id room_id_by_name(const ops::EventPlan& plan, const std::string& name) {
    for (const auto& r : plan.rooms)
        if (r.name == name) return r.id;
    throw NotFoundError(tr("the event has no room named {0}", {quoted(name)}));
}

}  // namespace

void add_event_commands(CLI::App& app, Context& ctx) {
    auto* event = app.add_subcommand("event", "Create, list, show and copy events");
    event->require_subcommand(1);

    auto eo = std::make_shared<EventOptions>();
    auto* add = event->add_subcommand("add", "Create an event");
    add->add_option("--kind", eo->kind,
                    "literacy-night, math-night, family-night, walk-in, parent-workshop, "
                    "new-family-orientation or other")
        ->capture_default_str();
    add->add_option("--title", eo->title, "Title in English")->required();
    add->add_option("--title-in", eo->titles_in, "Title in another language, e.g. es=\"Noche de lectura\"");
    add->add_option("--description", eo->description, "What happens, in English");
    add->add_option("--description-in", eo->descriptions_in, "Description in another language, LANG=TEXT");
    add->add_option("--date", eo->date, "YYYY-MM-DD")->required();
    add->add_option("--start", eo->start, "HH:MM")->capture_default_str();
    add->add_option("--end", eo->end, "HH:MM")->capture_default_str();
    add->add_option("--place", eo->place, "Where families gather");
    add->add_option("--place-in", eo->places_in, "The place in another language, LANG=TEXT, e.g. es=Cafetería");
    add->add_option("--rsvp-deadline", eo->deadline, "YYYY-MM-DD");
    add->add_flag("--dinner", eo->dinner, "A free dinner is served");
    add->add_flag("--childcare", eo->childcare, "Childcare is offered");
    add->add_option("--childcare-ages", eo->childcare_ages, "Ages taken in childcare, MIN-MAX")->capture_default_str();
    add->add_option("--status", eo->status, "draft, published, done or cancelled")->capture_default_str();
    add->add_flag("--past-event", eo->past_event, "Record an event that was already held (its date has passed)");
    add->callback([&ctx, eo] {
        Id id = ops::create_event(ctx.db(), event_from(*eo),
                                  eo->past_event ? EventDay::RecordedAfterwards : EventDay::Planned);
        ctx.emit({{"id", id}}, fmt::format("Created event {}: {} on {}", id, eo->title, eo->date));
    });

    event->add_subcommand("list", "List events by date")->callback([&ctx] {
        auto events = ops::list_events(ctx.db());
        nlohmann::json all = nlohmann::json::array();
        std::string text;
        for (const auto& e : events) {
            all.push_back(event_json(e));
            text += fmt::format("{:>4}  {}  {}-{}  {:<10} {}\n", e.id, e.date, e.start_time, e.end_time,
                                to_string(e.status), e.title());
        }
        ctx.emit(all, events.empty() ? "No events yet. Add one with: familynight-cli event add" : text);
    });

    auto show_id = std::make_shared<Id>(0);
    auto* show = event->add_subcommand("show", "Show an event's plan: rounds, rooms, workshops and clashes");
    show->add_option("event", *show_id, "Event id")->required();
    show->callback([&ctx, show_id] {
        auto plan = ops::load_event_plan(ctx.db(), *show_id);
        ctx.emit(plan_json(plan), plan_text(plan));
    });

    struct CopyOptions {
        Id from = 0;
        std::string date;
    };
    auto co = std::make_shared<CopyOptions>();
    auto* copy = event->add_subcommand("copy", "Copy an event's plan to a new date");
    copy->add_option("event", co->from, "Event id to copy")->required();
    copy->add_option("--date", co->date, "New date, YYYY-MM-DD")->required();
    copy->callback([&ctx, co] {
        Id id = ops::copy_event(ctx.db(), co->from, co->date);
        ctx.emit({{"id", id}}, fmt::format("Copied event {} to new draft event {} on {}", co->from, id, co->date));
    });

    struct StatusOptions {
        Id id = 0;
        std::string status;
    };
    auto so = std::make_shared<StatusOptions>();
    auto* status = event->add_subcommand("status", "Set an event's status");
    status->add_option("event", so->id, "Event id")->required();
    status->add_option("status", so->status, "draft, published, done or cancelled")->required();
    status->callback([&ctx, so] {
        ops::set_event_status(ctx.db(), so->id, parse_event_status(so->status));
        ctx.emit({{"id", so->id}, {"status", so->status}}, fmt::format("Event {} is now {}", so->id, so->status));
    });

    auto* round = app.add_subcommand("round", "Time slots inside an event");
    round->require_subcommand(1);
    auto ro = std::make_shared<Round>();
    auto* round_add = round->add_subcommand("add", "Add a round");
    round_add->add_option("event", ro->event_id, "Event id")->required();
    round_add->add_option("--number", ro->number, "Round number (1, 2, ...)")->required();
    round_add->add_option("--start", ro->start_time, "HH:MM")->required();
    round_add->add_option("--end", ro->end_time, "HH:MM")->required();
    round_add->callback([&ctx, ro] {
        Id id = ops::add_round(ctx.db(), *ro);
        ctx.emit({{"id", id}},
                 fmt::format("Added round {} ({}-{}) as id {}", ro->number, ro->start_time, ro->end_time, id));
    });

    auto* room = app.add_subcommand("room", "Rooms used by an event");
    room->require_subcommand(1);
    auto rm = std::make_shared<Room>();
    auto* room_add = room->add_subcommand("add", "Add a room");
    room_add->add_option("event", rm->event_id, "Event id")->required();
    room_add->add_option("--name", rm->name, "Room name")->required();
    room_add->add_option("--capacity", rm->capacity, "Seats")->required();
    room_add->callback([&ctx, rm] {
        Id id = ops::add_room(ctx.db(), *rm);
        ctx.emit({{"id", id}}, fmt::format("Added room {} ({} seats) as id {}", rm->name, rm->capacity, id));
    });

    auto* workshop = app.add_subcommand("workshop", "Workshops and who presents them");
    workshop->require_subcommand(1);
    struct WorkshopOptions {
        Id event = 0;
        int round = 0, capacity = 0;
        std::string room, title, description, subject = "literacy", grades, materials, languages = "en";
        std::vector<std::string> titles_in, presenters;
    };
    auto wo = std::make_shared<WorkshopOptions>();
    auto* ws_add = workshop->add_subcommand("add", "Add a workshop to a round");
    ws_add->add_option("event", wo->event, "Event id")->required();
    ws_add->add_option("--round", wo->round, "Round number")->required();
    ws_add->add_option("--room", wo->room, "Room name");
    ws_add->add_option("--title", wo->title, "Title in English")->required();
    ws_add->add_option("--title-in", wo->titles_in, "Title in another language, LANG=TITLE");
    ws_add->add_option("--description", wo->description, "Description in English");
    ws_add->add_option("--subject", wo->subject, "literacy, math or other")->capture_default_str();
    ws_add->add_option("--grades", wo->grades, "Grade band, e.g. K-2");
    ws_add->add_option("--capacity", wo->capacity, "Seats (0: the room's capacity)");
    ws_add->add_option("--materials", wo->materials, "Materials needed");
    ws_add->add_option("--language", wo->languages, "Language(s) it is given in, e.g. es or es,en")
        ->capture_default_str();
    ws_add->add_option("--presenter", wo->presenters, "Presenter (person id or exact name)");
    ws_add->callback([&ctx, wo] {
        auto plan = ops::load_event_plan(ctx.db(), wo->event);
        Workshop w;
        w.event_id = wo->event;
        w.round_id = round_id_by_number(plan, wo->round);
        w.room_id = wo->room.empty() ? 0 : room_id_by_name(plan, wo->room);
        w.texts["en"] = {wo->title, wo->description};
        for (const auto& t : wo->titles_in) {
            auto [lang, title] = split_pair("--title-in", t);
            w.texts[lang].title = title;
        }
        w.subject = parse_subject(wo->subject);
        w.grade_band = wo->grades;
        w.capacity = wo->capacity;
        w.materials = wo->materials;
        w.languages = split_words(wo->languages);
        for (const auto& p : wo->presenters) w.presenter_ids.push_back(ctx.person(p));
        Id id = ops::add_workshop(ctx.db(), w);
        ctx.emit({{"id", id}}, fmt::format("Added workshop {}: {} (round {})", id, wo->title, wo->round));
    });

    struct SignupOptions {
        Id workshop = 0;
        std::string person;
    };
    auto su = std::make_shared<SignupOptions>();
    auto* ws_signup = workshop->add_subcommand("signup", "Sign a teacher up to run (or co-run) a workshop");
    ws_signup->add_option("workshop", su->workshop, "Workshop id")->required();
    ws_signup->add_option("--person", su->person, "Person id or exact name")->required();
    ws_signup->callback([&ctx, su] {
        ops::sign_up_presenter(ctx.db(), su->workshop, ctx.person(su->person));
        ctx.emit({{"workshop", su->workshop}, {"person", su->person}},
                 fmt::format("{} now presents workshop {}", su->person, su->workshop));
    });

    auto removed_id = std::make_shared<Id>(0);
    auto* ws_remove =
        workshop->add_subcommand("remove", "Take a workshop off the timetable; lists the families to tell");
    ws_remove->add_option("workshop", *removed_id, "Workshop id")->required();
    ws_remove->callback([&ctx, removed_id] {
        auto removed = ops::remove_workshop(ctx.db(), *removed_id);
        std::string text = fmt::format("Removed '{}'", removed.title);
        text += removed.households_to_tell.empty() ? "; nobody had picked it" : ". Tell these families:";
        for (Id id : removed.households_to_tell) text += "\n  " + household_line(ops::load_household(ctx.db(), id));
        ctx.emit({{"workshop", *removed_id}, {"households_to_tell", removed.households_to_tell}}, text);
    });
}

}  // namespace fn::cli
