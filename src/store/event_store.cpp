#include "store/event_store.h"

#include <soci/soci.h>

#include <map>
#include <set>

#include "core/errors.h"
#include "store/statement.h"
#include "core/text_list.h"

namespace fn::store {
namespace {

// Event texts carry the place in their language ("Cafetería"); workshop texts have none.
void save_texts(soci::session& sql, const char* table, const char* key, Id owner, const Translations& texts,
                const std::map<std::string, std::string>* places = nullptr) {
    sql << "DELETE FROM " << table << " WHERE " << key << " = :id", soci::use(owner);
    std::string lang, title, description, place;
    soci::statement st =
        places ? (sql.prepare << "INSERT INTO " << table << " (" << key
                              << ", lang, title, description, place) VALUES (:o, :l, :t, :d, :p)",
                  soci::use(owner), soci::use(lang), soci::use(title), soci::use(description), soci::use(place))
               : (sql.prepare << "INSERT INTO " << table << " (" << key
                              << ", lang, title, description) VALUES (:o, :l, :t, :d)",
                  soci::use(owner), soci::use(lang), soci::use(title), soci::use(description));
    std::set<std::string> languages;  // a place may be given in a language without a title
    for (const auto& [l, t] : texts) languages.insert(l);
    if (places)
        for (const auto& [l, p] : *places) languages.insert(l);
    for (const auto& l : languages) {
        lang = l;
        auto t = texts.find(l);
        title = t == texts.end() ? "" : t->second.title;
        description = t == texts.end() ? "" : t->second.description;
        auto p = places ? places->find(l) : std::map<std::string, std::string>::const_iterator{};
        place = places && p != places->end() ? p->second : "";
        st.execute(true);
    }
}

struct OwnedTexts {
    Translations texts;
    std::map<std::string, std::string> places;
};

// Texts of every row owned by `owner_column = value` in one query (the
// query selects owner, lang, title, description and place, '' for none).
std::map<Id, OwnedTexts> load_texts(soci::session& sql, const std::string& query, Id value) {
    std::map<Id, OwnedTexts> out;
    Id owner = 0;
    std::string lang, title, description, place;
    soci::statement st = (sql.prepare << query, soci::into(owner), soci::into(lang), soci::into(title),
                          soci::into(description), soci::into(place), soci::use(value));
    st.execute();
    while (st.fetch()) {
        if (!title.empty() || !description.empty()) out[owner].texts[lang] = {title, description};
        if (!place.empty()) out[owner].places[lang] = place;
    }
    return out;
}

struct EventRow {
    Id id = 0;
    std::string kind, date, start, end, place, deadline, status;
    int dinner = 0, childcare = 0, min_age = 0, max_age = 0, revision = 0;
    std::string changed_at;
    Event to_event() const {
        Event e;
        e.id = id;
        e.kind = parse_event_kind(kind);
        e.date = date;
        e.start_time = start;
        e.end_time = end;
        e.place = place;
        e.rsvp_deadline = deadline;
        e.dinner = dinner != 0;
        e.childcare = childcare != 0;
        e.childcare_min_age = min_age;
        e.childcare_max_age = max_age;
        e.status = parse_event_status(status);
        e.revision = revision;
        e.changed_at = changed_at;
        return e;
    }
};

const std::string kEventColumns =
    "SELECT id, kind, event_date, start_time, end_time, place, rsvp_deadline, dinner, childcare,"
    " childcare_min_age, childcare_max_age, status, revision, changed_at FROM events";

template <typename... Uses>
std::vector<Event> select_events(soci::session& sql, const std::string& tail, const Uses&... uses) {
    std::vector<Event> events;
    EventRow r;
    auto st = prepared(sql, kEventColumns + tail, soci::into(r.id), soci::into(r.kind), soci::into(r.date),
                       soci::into(r.start), soci::into(r.end), soci::into(r.place), soci::into(r.deadline),
                       soci::into(r.dinner), soci::into(r.childcare), soci::into(r.min_age), soci::into(r.max_age),
                       soci::into(r.status), soci::into(r.revision), soci::into(r.changed_at), uses...);
    st.execute();
    while (st.fetch()) events.push_back(r.to_event());
    return events;
}

}  // namespace

long long count_events(soci::session& sql) {
    long long n = 0;
    sql << "SELECT COUNT(*) FROM events", soci::into(n);
    return n;
}

Id insert_event(soci::session& sql, const Event& e) {
    Id id = 0;
    std::string kind = to_string(e.kind), status = to_string(e.status);
    int dinner = e.dinner, childcare = e.childcare;
    sql << "INSERT INTO events (kind, event_date, start_time, end_time, place, rsvp_deadline, dinner, childcare,"
           " childcare_min_age, childcare_max_age, status, revision, changed_at) VALUES (:k, :d, :s, :e, :p, :r, :di,"
           " :c, :mi, :ma, :st, :rv, :ch) RETURNING id",
        soci::use(kind), soci::use(e.date), soci::use(e.start_time), soci::use(e.end_time), soci::use(e.place),
        soci::use(e.rsvp_deadline), soci::use(dinner), soci::use(childcare), soci::use(e.childcare_min_age),
        soci::use(e.childcare_max_age), soci::use(status), soci::use(e.revision), soci::use(e.changed_at),
        soci::into(id);
    save_texts(sql, "event_texts", "event_id", id, e.texts, &e.places);
    return id;
}

void update_event(soci::session& sql, const Event& e) {
    std::string kind = to_string(e.kind), status = to_string(e.status);
    int dinner = e.dinner, childcare = e.childcare;
    soci::statement st =
        (sql.prepare << "UPDATE events SET kind = :k, event_date = :d, start_time = :s, end_time = :e,"
                        " place = :p, rsvp_deadline = :r, dinner = :di, childcare = :c,"
                        " childcare_min_age = :mi, childcare_max_age = :ma, status = :st, revision = :rv,"
                        " changed_at = :ch WHERE id = :id",
         soci::use(kind), soci::use(e.date), soci::use(e.start_time), soci::use(e.end_time), soci::use(e.place),
         soci::use(e.rsvp_deadline), soci::use(dinner), soci::use(childcare), soci::use(e.childcare_min_age),
         soci::use(e.childcare_max_age), soci::use(status), soci::use(e.revision), soci::use(e.changed_at),
         soci::use(e.id));
    st.execute(true);
    if (st.get_affected_rows() == 0) throw NotFoundError(tr("no event with id {0}", {static_cast<long long>(e.id)}));
    save_texts(sql, "event_texts", "event_id", e.id, e.texts, &e.places);
}

std::optional<Event> find_event(soci::session& sql, Id id) {
    auto found = select_events(sql, " WHERE id = :id", soci::use(id));
    if (found.empty()) return std::nullopt;
    Event e = found.front();
    auto owned = load_texts(
        sql, "SELECT event_id, lang, title, description, place FROM event_texts WHERE event_id = :id", id)[id];
    e.texts = std::move(owned.texts);
    e.places = std::move(owned.places);
    return e;
}

EventStatus event_status(soci::session& sql, Id id) {
    std::string status;
    sql << "SELECT status FROM events WHERE id = :id", soci::use(id), soci::into(status);
    if (!sql.got_data()) throw NotFoundError(tr("no event with id {0}", {static_cast<long long>(id)}));
    return parse_event_status(status);
}

Event load_event(soci::session& sql, Id id) {
    auto e = find_event(sql, id);
    if (!e) throw NotFoundError(tr("no event with id {0}", {static_cast<long long>(id)}));
    return *e;
}

std::vector<Event> list_events(soci::session& sql) {
    auto events = select_events(sql, " ORDER BY event_date, start_time, id");
    auto texts =
        load_texts(sql, "SELECT event_id, lang, title, description, place FROM event_texts WHERE event_id > :none", 0);
    for (auto& e : events) {
        e.texts = texts[e.id].texts;
        e.places = texts[e.id].places;
    }
    return events;
}

Id insert_room(soci::session& sql, const Room& r) {
    Id id = 0;
    sql << "INSERT INTO rooms (event_id, name, capacity) VALUES (:e, :n, :c) RETURNING id", soci::use(r.event_id),
        soci::use(r.name), soci::use(r.capacity), soci::into(id);
    return id;
}

void save_room_names(soci::session& sql, Id room_id, const std::map<std::string, std::string>& names) {
    sql << "DELETE FROM room_names WHERE room_id = :r", soci::use(room_id);
    std::string lang, name;
    soci::statement st = (sql.prepare << "INSERT INTO room_names (room_id, lang, name) VALUES (:r, :l, :n)",
                          soci::use(room_id), soci::use(lang), soci::use(name));
    for (const auto& [l, n] : names) {
        if (n.empty()) continue;
        lang = l;
        name = n;
        st.execute(true);
    }
}

std::map<Id, std::map<std::string, std::string>> room_names_of(soci::session& sql, Id event_id) {
    std::map<Id, std::map<std::string, std::string>> names;
    Id room = 0;
    std::string lang, name;
    soci::statement st =
        (sql.prepare << "SELECT n.room_id, n.lang, n.name FROM room_names n JOIN rooms r ON r.id = n.room_id"
                        " WHERE r.event_id = :e",
         soci::into(room), soci::into(lang), soci::into(name), soci::use(event_id));
    st.execute();
    while (st.fetch()) names[room][lang] = name;
    return names;
}

std::vector<Room> rooms_of(soci::session& sql, Id event_id) {
    std::vector<Room> rooms;
    Room r;
    soci::statement st =
        (sql.prepare << "SELECT id, event_id, name, capacity FROM rooms WHERE event_id = :e ORDER BY name",
         soci::into(r.id), soci::into(r.event_id), soci::into(r.name), soci::into(r.capacity), soci::use(event_id));
    st.execute();
    while (st.fetch()) rooms.push_back(r);
    return rooms;
}

Id insert_round(soci::session& sql, const Round& r) {
    Id id = 0;
    sql << "INSERT INTO rounds (event_id, number, start_time, end_time) VALUES (:e, :n, :s, :t) RETURNING id",
        soci::use(r.event_id), soci::use(r.number), soci::use(r.start_time), soci::use(r.end_time), soci::into(id);
    return id;
}

std::vector<Round> rounds_of(soci::session& sql, Id event_id) {
    std::vector<Round> rounds;
    Round r;
    soci::statement st =
        (sql.prepare
             << "SELECT id, event_id, number, start_time, end_time FROM rounds WHERE event_id = :e ORDER BY number",
         soci::into(r.id), soci::into(r.event_id), soci::into(r.number), soci::into(r.start_time),
         soci::into(r.end_time), soci::use(event_id));
    st.execute();
    while (st.fetch()) rounds.push_back(r);
    return rounds;
}

Id insert_workshop(soci::session& sql, const Workshop& w) {
    Id id = 0;
    std::string subject = to_string(w.subject);
    soci::indicator room_ind = w.room_id ? soci::i_ok : soci::i_null;
    Id room = w.room_id;
    std::string languages = join_words(w.languages);
    sql << "INSERT INTO workshops (event_id, round_id, room_id, subject, grade_band, capacity, materials, language)"
           " VALUES (:e, :r, :rm, :s, :g, :c, :m, :l) RETURNING id",
        soci::use(w.event_id), soci::use(w.round_id), soci::use(room, room_ind), soci::use(subject),
        soci::use(w.grade_band), soci::use(w.capacity), soci::use(w.materials), soci::use(languages), soci::into(id);
    save_texts(sql, "workshop_texts", "workshop_id", id, w.texts);
    for (Id p : w.presenter_ids) add_presenter(sql, id, p);
    return id;
}

void update_workshop(soci::session& sql, const Workshop& w) {
    std::string subject = to_string(w.subject);
    soci::indicator room_ind = w.room_id ? soci::i_ok : soci::i_null;
    Id room = w.room_id;
    std::string languages = join_words(w.languages);
    soci::statement st =
        (sql.prepare << "UPDATE workshops SET round_id = :r, room_id = :rm, subject = :s, grade_band = :g,"
                        " capacity = :c, materials = :m, language = :l WHERE id = :id",
         soci::use(w.round_id), soci::use(room, room_ind), soci::use(subject), soci::use(w.grade_band),
         soci::use(w.capacity), soci::use(w.materials), soci::use(languages), soci::use(w.id));
    st.execute(true);
    if (st.get_affected_rows() == 0) {
        // On a shared database a teacher's login sees every workshop but
        // changes only its own (row-level security): nothing changed.
        if (find_workshop(sql, w.id))
            throw ConflictError(tr("you can change only the workshops you present (workshop {0}); ask the coordinator",
                                   {static_cast<long long>(w.id)}));
        throw NotFoundError(tr("no workshop with id {0}", {static_cast<long long>(w.id)}));
    }
    save_texts(sql, "workshop_texts", "workshop_id", w.id, w.texts);
}

int count_picks_of_workshop(soci::session& sql, Id workshop_id) {
    int n = 0;
    sql << "SELECT COUNT(*) FROM rsvp_picks WHERE workshop_id = :w", soci::use(workshop_id), soci::into(n);
    return n;
}

std::vector<Id> households_who_picked(soci::session& sql, Id workshop_id) {
    std::vector<Id> ids;
    Id id = 0;
    soci::statement st = (sql.prepare << "SELECT r.household_id FROM rsvp_picks p JOIN rsvps r ON r.id = p.rsvp_id"
                                         " WHERE p.workshop_id = :w ORDER BY p.requested_seq",
                          soci::into(id), soci::use(workshop_id));
    st.execute();
    while (st.fetch()) ids.push_back(id);
    return ids;
}

void delete_workshop(soci::session& sql, Id workshop_id) {
    soci::statement st = (sql.prepare << "DELETE FROM workshops WHERE id = :id", soci::use(workshop_id));
    st.execute(true);
    if (st.get_affected_rows() == 0 && find_workshop(sql, workshop_id))
        throw ConflictError(tr("you can remove only the workshops you present (workshop {0}); ask the coordinator",
                               {static_cast<long long>(workshop_id)}));
}

void add_presenter(soci::session& sql, Id workshop_id, Id person_id) {
    sql << "INSERT INTO workshop_presenters (workshop_id, person_id) VALUES (:w, :p) ON CONFLICT DO NOTHING",
        soci::use(workshop_id), soci::use(person_id);
}

namespace {
std::vector<Workshop> select_workshops(soci::session& sql, const char* where, Id value, Id event_for_texts) {
    std::vector<Workshop> list;
    Workshop w;
    Id room = 0;
    soci::indicator room_ind = soci::i_ok;
    std::string subject, languages;
    soci::statement st = (sql.prepare << "SELECT id, event_id, round_id, room_id, subject, grade_band, capacity,"
                                         " materials, language FROM workshops WHERE "
                                      << where << " ORDER BY round_id, id",
                          soci::into(w.id), soci::into(w.event_id), soci::into(w.round_id), soci::into(room, room_ind),
                          soci::into(subject), soci::into(w.grade_band), soci::into(w.capacity),
                          soci::into(w.materials), soci::into(languages), soci::use(value));
    st.execute();
    while (st.fetch()) {
        w.room_id = room_ind == soci::i_ok ? room : 0;
        w.subject = parse_subject(subject);
        w.languages = split_words(languages);  // one column: "es" or, for a bilingual workshop, "es,en"
        list.push_back(w);
    }
    auto texts = load_texts(sql,
                            "SELECT t.workshop_id, t.lang, t.title, t.description, '' FROM workshop_texts t"
                            " JOIN workshops w ON w.id = t.workshop_id WHERE w.event_id = :e",
                            event_for_texts);
    std::multimap<Id, Id> presenters;
    Id wid = 0, pid = 0;
    soci::statement ps =
        (sql.prepare << "SELECT p.workshop_id, p.person_id FROM workshop_presenters p"
                        " JOIN workshops w ON w.id = p.workshop_id WHERE w.event_id = :e ORDER BY p.person_id",
         soci::into(wid), soci::into(pid), soci::use(event_for_texts));
    ps.execute();
    while (ps.fetch()) presenters.emplace(wid, pid);
    for (auto& item : list) {
        item.texts = texts[item.id].texts;
        auto [b, e] = presenters.equal_range(item.id);
        for (auto it = b; it != e; ++it) item.presenter_ids.push_back(it->second);
    }
    return list;
}
}  // namespace

std::vector<Workshop> workshops_of(soci::session& sql, Id event_id) {
    return select_workshops(sql, "event_id = :e", event_id, event_id);
}

std::optional<Workshop> find_workshop(soci::session& sql, Id id) {
    Id event_id = 0;
    soci::indicator ind = soci::i_null;
    sql << "SELECT event_id FROM workshops WHERE id = :id", soci::use(id), soci::into(event_id, ind);
    if (!sql.got_data()) return std::nullopt;
    auto list = select_workshops(sql, "id = :id", id, event_id);
    if (list.empty()) return std::nullopt;
    return list.front();
}

}  // namespace fn::store
