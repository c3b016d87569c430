# Sourced by scripts that count what a command costs a PostgreSQL server:
# `log_statements PG_STATE CONNECTION` turns on the server's statement log
# (a server of the script's own, tests/support/pg_server.sh); then
# `statements_for COMMAND...` runs the command and prints how many
# statements the server ran for it (each one round trip or more).
log_statements() {
    psql -X -q "$2" -c "ALTER SYSTEM SET log_statement = 'all'" -c "SELECT pg_reload_conf()" >/dev/null
    PG_STATEMENT_LOG="$(cat "$1/datadir")/server.log"
}
statements_for() {
    local before after
    before=$(grep -c "LOG:  \(statement\|execute\)" "$PG_STATEMENT_LOG" || true)
    "$@" >/dev/null || true
    sleep 0.3  # the server writes its log after answering
    after=$(grep -c "LOG:  \(statement\|execute\)" "$PG_STATEMENT_LOG" || true)
    echo $((after - before))
}
