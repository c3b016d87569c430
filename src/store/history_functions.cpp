#include "store/history_functions.h"

#include "core/audit.h"

namespace fn::store {
namespace {

// 'a', 'b', 'c': names fixed by the program, never typed by anyone.
std::string sql_list(const std::vector<std::string>& names) {
    std::string list;
    for (const auto& n : names) list += (list.empty() ? "'" : ", '") + n + "'";
    return list;
}

}  // namespace

std::vector<std::string> history_function_definitions() {
    return {
        // Whether the connection's login is in the group (false when the
        // group does not exist yet: roles are set up later, or never).
        R"sql(CREATE OR REPLACE FUNCTION familynight_session_in(p_group TEXT) RETURNS boolean
LANGUAGE plpgsql STABLE AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_group) THEN
        RETURN false;
    END IF;
    RETURN pg_has_role(session_user, p_group, 'MEMBER');
END $$)sql",
        // Inside a SECURITY DEFINER function current_user is the tables'
        // owner; session_user is the login that called it.
        R"sql(CREATE OR REPLACE FUNCTION familynight_write_history(p JSON, p_household BIGINT DEFAULT 0)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    IF NOT (familynight_session_in(current_user)
            OR familynight_session_in(current_database() || '_coordinator')) THEN
        IF NOT familynight_session_in(current_database() || '_door') THEN
            RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
                MESSAGE = 'a family''s history is written by a coordinator''s or the door''s own actions';
        END IF;
        IF EXISTS (SELECT 1 FROM json_array_elements(p) x
                   WHERE x->>'operation' IS DISTINCT FROM 'walk-in'
                      OR NOT familynight_being_registered(COALESCE(NULLIF((x->>'household_id')::BIGINT, 0), p_household))) THEN
            RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
                MESSAGE = 'the door writes history only for the walk-in family it is registering';
        END IF;
    END IF;
    IF EXISTS (SELECT 1 FROM json_array_elements(p) x
               WHERE x->>'operation' IS NULL OR x->>'operation' NOT IN ()sql" +
            sql_list(audit_operation_names()) + R"sql()
                  OR x->>'subject' IS NULL OR x->>'subject' NOT IN ()sql" +
            sql_list(audit_subject_names()) + R"sql()) THEN
        RAISE EXCEPTION USING ERRCODE = 'check_violation',
            MESSAGE = 'a history line names an operation or subject FamilyNight does not have';
    END IF;
    INSERT INTO audit_log (household_id, at, operation, actor, station, subject, label, field, before_value,
            after_value)
        SELECT COALESCE(NULLIF(x.household_id, 0), p_household), to_char(localtimestamp, 'YYYY-MM-DD HH24:MI:SS'),
            x.operation, session_user, COALESCE(x.station, ''), x.subject, COALESCE(x.label, ''),
            COALESCE(x.field, ''), COALESCE(x.before_value, ''), COALESCE(x.after_value, '')
        FROM json_to_recordset(p) AS x(household_id BIGINT, operation TEXT, station TEXT, subject TEXT,
            label TEXT, field TEXT, before_value TEXT, after_value TEXT);
END $$)sql",
        // A family's lines go with its personal data, and only then.
        R"sql(CREATE OR REPLACE FUNCTION familynight_forget_history(p_household BIGINT)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    IF NOT (familynight_session_in(current_user)
            OR familynight_session_in(current_database() || '_coordinator')) THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
            MESSAGE = 'erasing a family''s history is the coordinator''s';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM households WHERE id = p_household AND erased_on <> '') THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
            MESSAGE = 'a family''s history is kept until the family is erased';
    END IF;
    DELETE FROM audit_log WHERE household_id = p_household;
END $$)sql",
    };
}

}  // namespace fn::store
