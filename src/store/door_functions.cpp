#include "store/door_functions.h"

#include <soci/soci.h>

#include <map>

namespace fn::store {

// The check-in rule of ops::check_in_within, said once more for the server:
//  - an operation id already in the door log is this action arriving again
//    (the same event, family and action: a repeat) or an id reused for
//    something else (refused, nothing done);
//  - a cancelled event takes no arrivals; a done one goes the full way
//    (its turnout summary is kept by the operations);
//  - a family arrives once per event;
//  - numbers not typed come from the family's yes RSVP (its adults and
//    children), else one adult; a family without a yes is a walk-in.
// Two stations at once: the second's insert meets the first's row (unique
// keys on the arrival and on the operation id) and looks again.
const std::vector<std::string>& door_function_definitions() {
    static const std::vector<std::string> definitions{
        R"sql(CREATE OR REPLACE FUNCTION familynight_check_in(p_event BIGINT, p_household BIGINT, p_code TEXT,
    p_adults INT, p_children INT, p_station TEXT, p_operation TEXT, p_at TEXT, p_detail TEXT, p_also BOOLEAN)
RETURNS TABLE (r_outcome TEXT, r_household BIGINT, r_id BIGINT, r_adults INT, r_children INT, r_station TEXT,
    r_at TEXT, r_walk_in INT, r_entry BIGINT)
LANGUAGE plpgsql AS $$
DECLARE
    family BIGINT := p_household;
    e door_log%ROWTYPE;
    c checkins%ROWTYPE;
    event_status TEXT;
    rsvp_status TEXT;
    rsvp_adults INT;
    rsvp_ages TEXT;
    said_yes BOOLEAN;
    entry BIGINT;
BEGIN
    IF family = 0 THEN
        SELECT h.id INTO family FROM households h WHERE h.code = p_code;
        IF NOT FOUND THEN
            RETURN QUERY SELECT 'no-household'::TEXT, 0::BIGINT, 0::BIGINT, 0, 0, ''::TEXT, ''::TEXT, 0, 0::BIGINT;
            RETURN;
        END IF;
    END IF;
    FOR attempt IN 1..3 LOOP
        BEGIN
            SELECT * INTO e FROM door_log d WHERE d.operation_id = p_operation;
            IF FOUND THEN
                IF e.event_id <> p_event OR e.household_id <> family
                        OR NOT (e.action = 'check-in' OR (p_also AND e.action = 'also-checked-in')) THEN
                    RETURN QUERY SELECT 'reused'::TEXT, family, 0::BIGINT, 0, 0, ''::TEXT, ''::TEXT, 0, e.id;
                    RETURN;
                END IF;
                IF e.action = 'check-in' THEN
                    RETURN QUERY SELECT 'repeat'::TEXT, family, 0::BIGINT, 0, 0, ''::TEXT, ''::TEXT, 0, e.id;
                    RETURN;
                END IF;
            ELSE
                SELECT v.status INTO event_status FROM events v WHERE v.id = p_event;
                IF NOT FOUND OR event_status IN ('cancelled', 'done') THEN
                    RETURN QUERY SELECT CASE WHEN event_status IS NULL THEN 'no-event' WHEN event_status = 'done'
                        THEN 'event-done' ELSE 'cancelled' END, family, 0::BIGINT, 0, 0, ''::TEXT, ''::TEXT, 0,
                        0::BIGINT;
                    RETURN;
                END IF;
                PERFORM 1 FROM households h WHERE h.id = family;
                IF NOT FOUND THEN
                    RETURN QUERY SELECT 'no-household'::TEXT, family, 0::BIGINT, 0, 0, ''::TEXT, ''::TEXT, 0, 0::BIGINT;
                    RETURN;
                END IF;
            END IF;
            SELECT * INTO c FROM checkins k WHERE k.event_id = p_event AND k.household_id = family
                ORDER BY k.checked_in_at, k.id LIMIT 1;
            IF FOUND THEN
                IF NOT p_also THEN
                    RETURN QUERY SELECT 'already'::TEXT, family, c.id, c.adults, c.children, c.station,
                        c.checked_in_at, c.walk_in, 0::BIGINT;
                    RETURN;
                END IF;
                entry := e.id;  -- this very "also checked in" arriving again
                IF entry IS NULL THEN
                    INSERT INTO door_log (event_id, household_id, action, operation_id, station, at, adults, children,
                        target_id, detail)
                        VALUES (p_event, family, 'also-checked-in', p_operation, p_station, p_at,
                            CASE WHEN p_adults >= 0 THEN p_adults ELSE c.adults END,
                            CASE WHEN p_children >= 0 THEN p_children ELSE c.children END, c.id, p_detail)
                        RETURNING id INTO entry;
                    PERFORM pg_notify('familynight', '');
                END IF;
                RETURN QUERY SELECT 'also'::TEXT, family, c.id, c.adults, c.children, c.station, c.checked_in_at,
                    c.walk_in, entry;
                RETURN;
            END IF;
            IF e.id IS NOT NULL THEN  -- an "also checked in" whose first arrival was since taken back
                RETURN QUERY SELECT 'also'::TEXT, family, 0::BIGINT, 0, 0, ''::TEXT, ''::TEXT, 0, e.id;
                RETURN;
            END IF;
            SELECT r.status, r.adults, r.child_ages INTO rsvp_status, rsvp_adults, rsvp_ages FROM rsvps r
                WHERE r.event_id = p_event AND r.household_id = family;
            said_yes := COALESCE(rsvp_status = 'yes', false);
            c.adults := CASE WHEN p_adults >= 0 THEN p_adults WHEN said_yes THEN rsvp_adults ELSE 1 END;
            c.children := CASE WHEN p_children >= 0 THEN p_children
                WHEN said_yes THEN (SELECT COUNT(*) FROM unnest(string_to_array(rsvp_ages, ',')) a WHERE btrim(a) <> '')
                ELSE 0 END;
            IF c.adults + c.children = 0 THEN
                RETURN QUERY SELECT 'nobody'::TEXT, family, 0::BIGINT, 0, 0, ''::TEXT, ''::TEXT, 0, 0::BIGINT;
                RETURN;
            END IF;
            c.walk_in := CASE WHEN said_yes THEN 0 ELSE 1 END;
            INSERT INTO checkins (event_id, household_id, adults, children, station, checked_in_at, walk_in)
                VALUES (p_event, family, c.adults, c.children, p_station, p_at, c.walk_in) RETURNING id INTO c.id;
            INSERT INTO door_log (event_id, household_id, action, operation_id, station, at, adults, children,
                target_id, detail)
                VALUES (p_event, family, 'check-in', p_operation, p_station, p_at, c.adults, c.children, c.id,
                    p_detail) RETURNING id INTO entry;
            PERFORM pg_notify('familynight', '');
            RETURN QUERY SELECT 'checked-in'::TEXT, family, c.id, c.adults, c.children, p_station, p_at, c.walk_in,
                entry;
            RETURN;
        EXCEPTION WHEN unique_violation THEN
            -- Another station's arrival or operation came first: look again.
            IF attempt = 3 THEN RAISE; END IF;
        END;
    END LOOP;
END $$)sql",
        // ops::adjust_check_in_within: a repeat, an id reused, the family
        // not here, nothing to change, fewer children than are in care.
        R"sql(CREATE OR REPLACE FUNCTION familynight_adjust(p_event BIGINT, p_household BIGINT, p_code TEXT,
    p_adults INT, p_children INT, p_station TEXT, p_operation TEXT, p_at TEXT, p_detail TEXT)
RETURNS TABLE (r_outcome TEXT, r_household BIGINT, r_id BIGINT, r_first INT, r_second INT, r_text TEXT, r_at TEXT,
    r_entry BIGINT)
LANGUAGE plpgsql AS $$
DECLARE
    family BIGINT := p_household;
    e door_log%ROWTYPE;
    c checkins%ROWTYPE;
    care childcare_dropoffs%ROWTYPE;
    entry BIGINT;
BEGIN
    IF family = 0 THEN
        SELECT h.id INTO family FROM households h WHERE h.code = p_code;
        IF NOT FOUND THEN
            RETURN QUERY SELECT 'no-household'::TEXT, 0::BIGINT, 0::BIGINT, 0, 0, ''::TEXT, ''::TEXT, 0::BIGINT;
            RETURN;
        END IF;
    END IF;
    SELECT * INTO e FROM door_log d WHERE d.operation_id = p_operation;
    IF FOUND THEN
        RETURN QUERY SELECT CASE WHEN e.action <> 'adjust' OR e.event_id <> p_event OR e.household_id <> family
            THEN 'reused-other' WHEN e.adults <> p_adults OR e.children <> p_children THEN 'reused-numbers'
            ELSE 'repeat' END, family, 0::BIGINT, e.adults, e.children, ''::TEXT, ''::TEXT, e.id;
        RETURN;
    END IF;
    IF EXISTS (SELECT 1 FROM events v WHERE v.id = p_event AND v.status = 'done') THEN
        RETURN QUERY SELECT 'event-done'::TEXT, family, 0::BIGINT, 0, 0, ''::TEXT, ''::TEXT, 0::BIGINT;
        RETURN;
    END IF;
    SELECT * INTO c FROM checkins k WHERE k.event_id = p_event AND k.household_id = family
        ORDER BY k.checked_in_at, k.id LIMIT 1 FOR UPDATE;
    IF NOT FOUND THEN
        RETURN QUERY SELECT 'not-checked-in'::TEXT, family, 0::BIGINT, 0, 0, ''::TEXT, ''::TEXT, 0::BIGINT;
        RETURN;
    END IF;
    IF p_adults + p_children = 0 THEN
        RETURN QUERY SELECT 'nobody'::TEXT, family, c.id, 0, 0, ''::TEXT, ''::TEXT, 0::BIGINT;
        RETURN;
    END IF;
    IF c.adults = p_adults AND c.children = p_children THEN
        RETURN QUERY SELECT 'unchanged'::TEXT, family, c.id, c.adults, c.children, ''::TEXT, ''::TEXT, 0::BIGINT;
        RETURN;
    END IF;
    SELECT * INTO care FROM childcare_dropoffs x WHERE x.event_id = p_event AND x.household_id = family
        AND x.picked_up_at = '' ORDER BY x.id LIMIT 1;
    IF FOUND AND care.children > p_children THEN
        RETURN QUERY SELECT 'in-care'::TEXT, family, c.id, care.children, 0, care.pickup_code, ''::TEXT, 0::BIGINT;
        RETURN;
    END IF;
    UPDATE checkins SET adults = p_adults, children = p_children WHERE id = c.id;
    INSERT INTO door_log (event_id, household_id, action, operation_id, station, at, adults, children, before_adults,
        before_children, target_id, detail)
        VALUES (p_event, family, 'adjust', p_operation, p_station, p_at, p_adults, p_children, c.adults, c.children,
            c.id, p_detail) RETURNING id INTO entry;
    PERFORM pg_notify('familynight', '');
    RETURN QUERY SELECT 'adjusted'::TEXT, family, c.id, c.adults, c.children, ''::TEXT, ''::TEXT, entry;
END $$)sql",
        // ops::pick_up_children_within: by the tag's code, once.
        R"sql(CREATE OR REPLACE FUNCTION familynight_pick_up(p_event BIGINT, p_code TEXT, p_station TEXT,
    p_operation TEXT, p_at TEXT)
RETURNS TABLE (r_outcome TEXT, r_household BIGINT, r_id BIGINT, r_first INT, r_second INT, r_text TEXT, r_at TEXT,
    r_entry BIGINT)
LANGUAGE plpgsql AS $$
DECLARE
    e door_log%ROWTYPE;
    d childcare_dropoffs%ROWTYPE;
    entry BIGINT;
BEGIN
    SELECT * INTO e FROM door_log l WHERE l.operation_id = p_operation;
    IF FOUND THEN
        RETURN QUERY SELECT CASE WHEN e.action <> 'pickup' OR e.event_id <> p_event THEN 'reused-other'
            WHEN e.detail <> p_code THEN 'reused-code' ELSE 'repeat' END, e.household_id, 0::BIGINT, 0, 0, e.detail,
            ''::TEXT, e.id;
        RETURN;
    END IF;
    SELECT * INTO d FROM childcare_dropoffs x WHERE x.event_id = p_event AND x.pickup_code = p_code
        AND x.picked_up_at = '' FOR UPDATE;
    IF NOT FOUND THEN
        RETURN QUERY SELECT 'not-found'::TEXT, 0::BIGINT, 0::BIGINT, 0, 0, ''::TEXT, ''::TEXT, 0::BIGINT;
        RETURN;
    END IF;
    UPDATE childcare_dropoffs SET picked_up_at = p_at WHERE id = d.id;
    INSERT INTO door_log (event_id, household_id, action, operation_id, station, at, children, target_id, detail)
        VALUES (p_event, d.household_id, 'pickup', p_operation, p_station, p_at, d.children, d.id, p_code)
        RETURNING id INTO entry;
    PERFORM pg_notify('familynight', '');
    RETURN QUERY SELECT 'picked-up'::TEXT, d.household_id, d.id, d.children, 0, d.pickup_code, d.dropped_at, entry;
END $$)sql",
        // ops::drop_off_children_within: a family here, with that many
        // children, none in care yet; the tag's code, or the first of the
        // codes offered that no child in care has.
        R"sql(CREATE OR REPLACE FUNCTION familynight_drop_off(p_event BIGINT, p_household BIGINT, p_code TEXT,
    p_children INT, p_tag TEXT, p_offered TEXT, p_station TEXT, p_operation TEXT, p_at TEXT)
RETURNS TABLE (r_outcome TEXT, r_household BIGINT, r_id BIGINT, r_first INT, r_second INT, r_text TEXT, r_at TEXT,
    r_entry BIGINT)
LANGUAGE plpgsql AS $$
DECLARE
    family BIGINT := p_household;
    e door_log%ROWTYPE;
    c checkins%ROWTYPE;
    open_care childcare_dropoffs%ROWTYPE;
    offers_care INT;
    tag TEXT;
    made BIGINT;
    entry BIGINT;
BEGIN
    IF family = 0 THEN
        SELECT h.id INTO family FROM households h WHERE h.code = p_code;
        IF NOT FOUND THEN
            RETURN QUERY SELECT 'no-household'::TEXT, 0::BIGINT, 0::BIGINT, 0, 0, ''::TEXT, ''::TEXT, 0::BIGINT;
            RETURN;
        END IF;
    END IF;
    FOR attempt IN 1..3 LOOP
        BEGIN
            SELECT * INTO e FROM door_log d WHERE d.operation_id = p_operation;
            IF FOUND THEN
                RETURN QUERY SELECT CASE WHEN e.action <> 'drop-off' OR e.event_id <> p_event
                    OR e.household_id <> family THEN 'reused-other' ELSE 'repeat' END, family, 0::BIGINT, 0, 0,
                    ''::TEXT, ''::TEXT, e.id;
                RETURN;
            END IF;
            SELECT v.childcare INTO offers_care FROM events v WHERE v.id = p_event;
            IF NOT FOUND OR offers_care = 0 THEN
                RETURN QUERY SELECT CASE WHEN offers_care IS NULL THEN 'no-event' ELSE 'no-childcare' END, family,
                    0::BIGINT, 0, 0, ''::TEXT, ''::TEXT, 0::BIGINT;
                RETURN;
            END IF;
            SELECT * INTO c FROM checkins k WHERE k.event_id = p_event AND k.household_id = family
                ORDER BY k.checked_in_at, k.id LIMIT 1;
            IF NOT FOUND THEN
                RETURN QUERY SELECT 'not-checked-in'::TEXT, family, 0::BIGINT, 0, 0, ''::TEXT, ''::TEXT, 0::BIGINT;
                RETURN;
            END IF;
            IF p_children > c.children THEN
                RETURN QUERY SELECT 'too-many'::TEXT, family, 0::BIGINT, c.children, 0, ''::TEXT, ''::TEXT, 0::BIGINT;
                RETURN;
            END IF;
            SELECT * INTO open_care FROM childcare_dropoffs x WHERE x.event_id = p_event AND x.household_id = family
                AND x.picked_up_at = '' ORDER BY x.id LIMIT 1;
            IF FOUND THEN
                RETURN QUERY SELECT 'already-in-care'::TEXT, family, 0::BIGINT, 0, 0, open_care.pickup_code, ''::TEXT,
                    0::BIGINT;
                RETURN;
            END IF;
            IF p_tag <> '' THEN
                IF EXISTS (SELECT 1 FROM childcare_dropoffs x WHERE x.event_id = p_event AND x.pickup_code = p_tag
                        AND x.picked_up_at = '') THEN
                    RETURN QUERY SELECT 'code-taken'::TEXT, family, 0::BIGINT, 0, 0, p_tag, ''::TEXT, 0::BIGINT;
                    RETURN;
                END IF;
                tag := p_tag;
            ELSE
                SELECT o INTO tag FROM unnest(string_to_array(p_offered, ',')) WITH ORDINALITY AS t(o, n)
                    WHERE NOT EXISTS (SELECT 1 FROM childcare_dropoffs x WHERE x.event_id = p_event
                        AND x.pickup_code = o AND x.picked_up_at = '') ORDER BY n LIMIT 1;
                IF tag IS NULL THEN
                    RETURN QUERY SELECT 'no-free-code'::TEXT, family, 0::BIGINT, 0, 0, ''::TEXT, ''::TEXT, 0::BIGINT;
                    RETURN;
                END IF;
            END IF;
            INSERT INTO childcare_dropoffs (event_id, household_id, children, pickup_code, dropped_at)
                VALUES (p_event, family, p_children, tag, p_at) RETURNING id INTO made;
            INSERT INTO door_log (event_id, household_id, action, operation_id, station, at, children, target_id,
                detail)
                VALUES (p_event, family, 'drop-off', p_operation, p_station, p_at, p_children, made, tag)
                RETURNING id INTO entry;
            PERFORM pg_notify('familynight', '');
            RETURN QUERY SELECT 'dropped-off'::TEXT, family, made, p_children, 0, tag, p_at, entry;
            RETURN;
        EXCEPTION WHEN unique_violation THEN
            -- Another station gave the same code, or sent this operation, first: look again.
            IF attempt = 3 THEN RAISE; END IF;
        END;
    END LOOP;
END $$)sql",
    };
    return definitions;
}

ServerCheckIn check_in_on_server(soci::session& sql, const ServerCheckInAsked& asked) {
    static const std::map<std::string, ServerCheckInOutcome> outcomes{
        {"checked-in", ServerCheckInOutcome::CheckedIn},
        {"repeat", ServerCheckInOutcome::Repeat},
        {"reused", ServerCheckInOutcome::Reused},
        {"already", ServerCheckInOutcome::Already},
        {"also", ServerCheckInOutcome::AlsoCheckedIn},
        {"cancelled", ServerCheckInOutcome::Cancelled},
        {"event-done", ServerCheckInOutcome::EventDone},
        {"no-event", ServerCheckInOutcome::NoEvent},
        {"no-household", ServerCheckInOutcome::NoHousehold},
        {"nobody", ServerCheckInOutcome::Nobody}};
    std::string outcome;
    ServerCheckIn r;
    r.check_in.event_id = asked.event_id;
    int walk_in = 0;
    const int also = asked.also_when_already ? 1 : 0;
    sql << "SELECT r_outcome, r_household, r_id, r_adults, r_children, r_station, r_at, r_walk_in, r_entry FROM"
           " familynight_check_in(CAST(:e AS BIGINT), CAST(:h AS BIGINT), CAST(:code AS TEXT), CAST(:a AS INT),"
           " CAST(:c AS INT), CAST(:s AS TEXT), CAST(:o AS TEXT), CAST(:t AS TEXT), CAST(:d AS TEXT),"
           " CAST(:also AS INT) = 1)",
        soci::use(asked.event_id), soci::use(asked.household_id), soci::use(asked.family_code), soci::use(asked.adults),
        soci::use(asked.children), soci::use(asked.station), soci::use(asked.operation_id), soci::use(asked.at),
        soci::use(asked.detail), soci::use(also), soci::into(outcome), soci::into(r.check_in.household_id),
        soci::into(r.check_in.id), soci::into(r.check_in.adults), soci::into(r.check_in.children),
        soci::into(r.check_in.station), soci::into(r.check_in.checked_in_at), soci::into(walk_in),
        soci::into(r.entry_id);
    r.check_in.walk_in = walk_in != 0;
    r.outcome = outcomes.at(outcome);
    return r;
}

namespace {

// Calls one of the door functions answering in ServerAnswer's columns:
// `call` is "familynight_x(CAST(:a AS ...), ...)", `values` its arguments in order.
template <typename... Values>
ServerAnswer answer_of(soci::session& sql, const std::string& call, const Values&... values) {
    ServerAnswer r;
    {
        auto once =
            (sql << "SELECT r_outcome, r_household, r_id, r_first, r_second, r_text, r_at, r_entry FROM " + call);
        (once, ..., soci::use(values));
        once, soci::into(r.outcome), soci::into(r.household_id), soci::into(r.id), soci::into(r.first),
            soci::into(r.second), soci::into(r.text), soci::into(r.at), soci::into(r.entry_id);
    }  // run here, as `once` ends
    return r;
}

}  // namespace

ServerAnswer adjust_on_server(soci::session& sql, const ServerAdjustAsked& asked) {
    return answer_of(sql,
                     "familynight_adjust(CAST(:e AS BIGINT), CAST(:h AS BIGINT), CAST(:code AS TEXT), CAST(:a AS INT),"
                     " CAST(:c AS INT), CAST(:s AS TEXT), CAST(:o AS TEXT), CAST(:t AS TEXT), CAST(:d AS TEXT))",
                     asked.event_id, asked.household_id, asked.family_code, asked.adults, asked.children, asked.station,
                     asked.operation_id, asked.at, asked.detail);
}

ServerAnswer pick_up_on_server(soci::session& sql, Id event_id, const std::string& code, const std::string& station,
                               const std::string& operation_id, const std::string& at) {
    return answer_of(sql,
                     "familynight_pick_up(CAST(:e AS BIGINT), CAST(:code AS TEXT), CAST(:s AS TEXT), CAST(:o AS TEXT),"
                     " CAST(:t AS TEXT))",
                     event_id, code, station, operation_id, at);
}

ServerAnswer drop_off_on_server(soci::session& sql, const ServerDropOffAsked& asked) {
    return answer_of(
        sql,
        "familynight_drop_off(CAST(:e AS BIGINT), CAST(:h AS BIGINT), CAST(:code AS TEXT), CAST(:c AS INT),"
        " CAST(:tag AS TEXT), CAST(:offered AS TEXT), CAST(:s AS TEXT), CAST(:o AS TEXT), CAST(:t AS TEXT))",
        asked.event_id, asked.household_id, asked.family_code, asked.children, asked.tag, asked.offered_codes,
        asked.station, asked.operation_id, asked.at);
}

}  // namespace fn::store
