#include "store/walk_in_function.h"

#include <soci/soci.h>

#include <nlohmann/json.hpp>

#include "store/audit_store.h"
#include "store/door_search_store.h"
#include "store/household_store.h"

namespace fn::store {

// The walk-in rule of ops::register_walk_in_within, said once more for the
// server (the refusals stay the operations': anything but a registration or
// families to judge is answered by the transaction's path):
//  - walk-ins take turns (an advisory lock held to the end of the
//    statement's transaction): the look and the insert are one step, and a
//    statement after the lock sees every walk-in committed before it;
//  - an operation id already in the door log, an event not open, or a code
//    taken: nothing is done, and the caller goes the transaction's way;
//  - unless the volunteer confirmed a new family, families that might be
//    the same and were not set aside are answered for the C++ rule to judge.
const std::vector<std::string>& walk_in_function_definitions() {
    static const std::vector<std::string> definitions{
        // Families holding every word of one typed name (in any of their
        // names: a superset of fn::same_name's), or a typed phone's digits.
        R"sql(CREATE OR REPLACE FUNCTION familynight_walk_in_maybe_same(p_names TEXT[], p_phones TEXT[])
RETURNS TABLE (r_household BIGINT, r_by_phone BOOLEAN)
LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN QUERY SELECT t.household_id, false FROM unnest(p_names) WITH ORDINALITY AS n(words, k)
        JOIN search_terms t ON t.term = ANY (string_to_array(n.words, ' '))
        GROUP BY n.k, t.household_id
        HAVING COUNT(DISTINCT t.term) = MAX(cardinality(string_to_array(n.words, ' ')));
    -- Only a login that may read phone numbers gives any (and reaches this).
    IF cardinality(p_phones) > 0 THEN
        RETURN QUERY SELECT DISTINCT g.household_id, true FROM guardians g
            WHERE g.phone <> '' AND regexp_replace(g.phone, '[^0-9]', '', 'g') = ANY (p_phones);
    END IF;
END $$)sql",
        R"sql(CREATE OR REPLACE FUNCTION familynight_walk_in(p_event BIGINT, p JSON, p_adults INT, p_children INT,
    p_station TEXT, p_operation TEXT, p_at TEXT, p_detail TEXT)
RETURNS TABLE (r_outcome TEXT, r_household BIGINT, r_id BIGINT, r_entry BIGINT, r_maybe_same TEXT)
LANGUAGE plpgsql AS $$
DECLARE
    family BIGINT;
    arrival BIGINT;
    entry BIGINT;
    event_status TEXT;
    maybe_same JSON;
    h JSON := p->'household';
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('familynight walk-in'));
    IF EXISTS (SELECT 1 FROM door_log d WHERE d.operation_id = p_operation) THEN
        RETURN QUERY SELECT 'sent-before'::TEXT, 0::BIGINT, 0::BIGINT, 0::BIGINT, ''::TEXT;
        RETURN;
    END IF;
    SELECT v.status INTO event_status FROM events v WHERE v.id = p_event;
    IF NOT FOUND OR event_status IN ('cancelled', 'done') THEN
        RETURN QUERY SELECT 'not-open'::TEXT, 0::BIGINT, 0::BIGINT, 0::BIGINT, ''::TEXT;
        RETURN;
    END IF;
    IF NOT (p->>'confirmed')::BOOLEAN THEN
        SELECT json_agg(json_build_object('id', f.id, 'code', f.code, 'by_phone', c.by_phone,
                'guardians', (SELECT COALESCE(json_agg(g.name ORDER BY g.position), '[]') FROM guardians g
                    WHERE g.household_id = f.id),
                'students', (SELECT COALESCE(json_agg(json_build_array(s.first_name, s.last_name) ORDER BY s.id), '[]')
                    FROM students s WHERE s.household_id = f.id)) ORDER BY f.id)
            INTO maybe_same
            FROM (SELECT m.r_household AS id, bool_or(m.r_by_phone) AS by_phone
                    FROM familynight_walk_in_maybe_same(
                        ARRAY(SELECT json_array_elements_text(p->'names')),
                        ARRAY(SELECT json_array_elements_text(p->'phones'))) m
                    GROUP BY m.r_household) c
            JOIN households f ON f.id = c.id
            WHERE f.erased_on = '' AND NOT (f.id = ANY (ARRAY(SELECT (json_array_elements_text(p->'set_aside'))::BIGINT)));
        IF maybe_same IS NOT NULL THEN
            RETURN QUERY SELECT 'maybe-same'::TEXT, 0::BIGINT, 0::BIGINT, 0::BIGINT, maybe_same::TEXT;
            RETURN;
        END IF;
    END IF;
    IF EXISTS (SELECT 1 FROM households f WHERE f.code = h->>'code') THEN
        RETURN QUERY SELECT 'code-taken'::TEXT, 0::BIGINT, 0::BIGINT, 0::BIGINT, ''::TEXT;
        RETURN;
    END IF;
    INSERT INTO households (code, address, language, notes, walk_in, family_name, door_guardians, door_students,
            active, language_to_confirm)
        SELECT x.code, x.address, x.language, x.notes, x.walk_in, x.family_name, x.door_guardians, x.door_students,
            x.active, x.language_to_confirm
        FROM json_to_record(h) AS x(code TEXT, address TEXT, language TEXT, notes TEXT, walk_in INT, family_name TEXT,
            door_guardians TEXT, door_students TEXT, active INT, language_to_confirm TEXT)
        RETURNING id INTO family;
    INSERT INTO guardians (household_id, position, name, phone, email, preferred_contact, language)
        SELECT family, x.position, x.name, x.phone, x.email, x.preferred_contact, x.language
        FROM json_to_recordset(p->'guardians') AS x(position INT, name TEXT, phone TEXT, email TEXT,
            preferred_contact TEXT, language TEXT);
    INSERT INTO students (household_id, student_number, first_name, last_name, grade, homeroom, left_on)
        SELECT family, x.student_number, x.first_name, x.last_name, x.grade, x.homeroom, x.left_on
        FROM json_to_recordset(p->'students') AS x(student_number TEXT, first_name TEXT, last_name TEXT, grade TEXT,
            homeroom TEXT, left_on TEXT);
    INSERT INTO search_terms (term, household_id)
        SELECT DISTINCT t, family FROM json_array_elements_text(p->'terms') t ON CONFLICT DO NOTHING;
    PERFORM familynight_write_history(p->'audit', family);
    INSERT INTO checkins (event_id, household_id, adults, children, station, checked_in_at, walk_in)
        VALUES (p_event, family, p_adults, p_children, p_station, p_at, 1) RETURNING id INTO arrival;
    INSERT INTO door_log (event_id, household_id, action, operation_id, station, at, adults, children, target_id,
            detail)
        VALUES (p_event, family, 'walk-in', p_operation, p_station, p_at, p_adults, p_children, arrival, p_detail)
        RETURNING id INTO entry;
    PERFORM pg_notify('familynight', '');
    RETURN QUERY SELECT 'registered'::TEXT, family, arrival, entry, ''::TEXT;
END $$)sql",
    };
    return definitions;
}

namespace {

using nlohmann::ordered_json;

// The function's argument: the household's rows as its tables name their
// columns, and what to look for.
std::string asked_as_json(const ServerWalkInAsked& asked) {
    const Household& h = asked.household;
    ordered_json p;
    p["household"] = {{"code", h.code},
                      {"address", h.address},
                      {"language", h.language},
                      {"notes", h.notes},
                      {"walk_in", h.walk_in ? 1 : 0},
                      {"family_name", h.family_name_as_written},
                      {"door_guardians", door_guardians(h)},
                      {"door_students", door_students(h)},
                      {"active", h.active() ? 1 : 0},
                      {"language_to_confirm", h.language_to_confirm}};
    p["guardians"] = ordered_json::array();
    int position = 0;
    for (const auto& g : h.guardians)
        p["guardians"].push_back({{"position", position++},
                                  {"name", g.name},
                                  {"phone", g.phone},
                                  {"email", g.email},
                                  {"preferred_contact", to_string(g.preferred_contact)},
                                  {"language", g.language}});
    p["students"] = ordered_json::array();
    for (const auto& s : h.students)
        p["students"].push_back({{"student_number", s.student_number},
                                 {"first_name", s.first_name},
                                 {"last_name", s.last_name},
                                 {"grade", s.grade},
                                 {"homeroom", s.homeroom},
                                 {"left_on", s.left_on}});
    p["terms"] = search_terms_of(h);
    p["audit"] = ordered_json::parse(history_lines_json(asked.audit));
    p["names"] = asked.names;
    p["phones"] = asked.phones;
    p["set_aside"] = asked.set_aside;
    p["confirmed"] = asked.new_family_confirmed;
    return p.dump();
}

void read_maybe_same(const std::string& text, ServerWalkIn& r) {
    for (const auto& f : ordered_json::parse(text)) {
        Household h;
        h.id = f.at("id").get<Id>();
        h.code = f.at("code").get<std::string>();
        for (const auto& name : f.at("guardians")) {
            Guardian g;
            g.name = name.get<std::string>();
            h.guardians.push_back(std::move(g));
        }
        for (const auto& names : f.at("students")) {
            Student s;
            s.first_name = names.at(0).get<std::string>();
            s.last_name = names.at(1).get<std::string>();
            h.students.push_back(std::move(s));
        }
        if (f.at("by_phone").get<bool>()) r.by_phone.push_back(h.id);
        r.maybe_same.push_back(std::move(h));
    }
}

}  // namespace

ServerWalkIn walk_in_on_server(soci::session& sql, const ServerWalkInAsked& asked) {
    ServerWalkIn r;
    const std::string p = asked_as_json(asked);
    std::string maybe_same;
    sql << "SELECT r_outcome, r_household, r_id, r_entry, r_maybe_same FROM familynight_walk_in(CAST(:e AS BIGINT),"
           " CAST(:p AS JSON), CAST(:a AS INT), CAST(:c AS INT), CAST(:s AS TEXT), CAST(:o AS TEXT), CAST(:t AS TEXT),"
           " CAST(:d AS TEXT))",
        soci::use(asked.event_id), soci::use(p), soci::use(asked.adults), soci::use(asked.children),
        soci::use(asked.station), soci::use(asked.operation_id), soci::use(asked.at), soci::use(asked.detail),
        soci::into(r.outcome), soci::into(r.household_id), soci::into(r.check_in_id), soci::into(r.entry_id),
        soci::into(maybe_same);
    if (r.outcome == "maybe-same") read_maybe_same(maybe_same, r);
    return r;
}

}  // namespace fn::store
