#!/usr/bin/env bash
# Round trips of each door action on a shared database, and what a slow link
# makes of them: a PostgreSQL server of its own that logs every statement,
# reached directly and through a proxy adding DELAY ms per round trip
# (tests/bench/delay_proxy.py). Figures for the closing note, not a pass/fail.
#   bash tests/bench/door_round_trips.sh [BUILD_DIR] [DELAY_MS]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="$(realpath "${1:-$root/build}")"; delay="${2:-50}"
cli="$build/src/familynight-cli"
work="$(mktemp -d)"; state="$work/pg"
export XDG_DATA_HOME="$work/data"
pg_server="$root/tests/support/pg_server.sh"
trap 'kill $proxy 2>/dev/null; (cd / && bash "$pg_server" stop "$state") >/dev/null 2>&1; rm -rf "$work"' EXIT
(cd / && FN_PG_PORT_BASE=57232 bash "$pg_server" start "$state") >/dev/null
direct="$(cat "$state/connection")"; port="$(cat "$state/port")"
source "$root/tests/support/pg_statements.sh"
log_statements "$state" "$direct"
"$cli" --db "$direct" demo >/dev/null
proxy_port=$((port + 1000))
python3 "$root/tests/bench/delay_proxy.py" "$proxy_port" 127.0.0.1 "$port" "$delay" & proxy=$!
sleep 0.5
slow="${direct/port=$port/port=$proxy_port}"
mapfile -t codes < <(psql -X -t -A "$direct" -c "SELECT code FROM households WHERE id NOT IN (SELECT household_id FROM checkins WHERE event_id = 2) ORDER BY id LIMIT 6")

timed() {  # seconds for: command...
    local start end
    start=$(date +%s.%N); "$@" >/dev/null || true; end=$(date +%s.%N)
    echo "$end - $start" | bc
}

echo "Door actions on PostgreSQL: statements the server logged, and wall time direct / through a ${delay} ms proxy"
printf "%-48s %10s %10s %10s\n" "action" "statements" "direct s" "${delay}ms s"
row() { printf "%-48s %10s %10s %10s\n" "$1" "$2" "$3" "$4"; }
row "CLI checkin (connect + check-in)" \
    "$(statements_for "$cli" --db "$direct" checkin 2 "${codes[0]}")" \
    "$(timed "$cli" --db "$direct" checkin 2 "${codes[1]}")" "$(timed "$cli" --db "$slow" checkin 2 "${codes[2]}")"
row "CLI connect alone (event list)" "$(statements_for "$cli" --db "$direct" event list)" \
    "$(timed "$cli" --db "$direct" event list)" "$(timed "$cli" --db "$slow" event list)"
"$cli" --db "$direct" door prepare 2 --station bench >/dev/null
"$cli" --db "$slow" door prepare 2 --station slow >/dev/null
row "door prepare again (tonight's rows only)" "$(statements_for "$cli" --db "$direct" door prepare 2 --station bench)" \
    "$(timed "$cli" --db "$direct" door prepare 2 --station bench)" "$(timed "$cli" --db "$slow" door prepare 2 --station slow)"
row "station checkin (kept, sent, list refreshed)" \
    "$(statements_for "$cli" --db "$direct" checkin 2 "${codes[3]}" --station bench)" \
    "$(timed "$cli" --db "$direct" checkin 2 "${codes[4]}" --station bench)" \
    "$(timed "$cli" --db "$slow" checkin 2 "${codes[5]}" --station slow)"
row "station adjust (kept, sent, list refreshed)" \
    "$(statements_for "$cli" --db "$direct" checkin 2 "${codes[3]}" --adjust --adults 3 --children 1 --station bench)" \
    "$(timed "$cli" --db "$direct" checkin 2 "${codes[4]}" --adjust --adults 3 --children 1 --station bench)" \
    "$(timed "$cli" --db "$slow" checkin 2 "${codes[5]}" --adjust --adults 3 --children 1 --station slow)"
row "direct adjust (connect + correction)" \
    "$(statements_for "$cli" --db "$direct" checkin 2 "${codes[0]}" --adjust --adults 2 --children 1)" \
    "$(timed "$cli" --db "$direct" checkin 2 "${codes[1]}" --adjust --adults 2 --children 1)" \
    "$(timed "$cli" --db "$slow" checkin 2 "${codes[2]}" --adjust --adults 2 --children 1)"
row "direct drop-off (connect + family + drop-off)" \
    "$(statements_for "$cli" --db "$direct" childcare dropoff 2 "${codes[3]}" --children 1)" \
    "$(timed "$cli" --db "$direct" childcare dropoff 2 "${codes[4]}" --children 1)" \
    "$(timed "$cli" --db "$slow" childcare dropoff 2 "${codes[5]}" --children 1)"
row "station walk-in (kept, sent, new family read)" \
    "$(statements_for "$cli" --db "$direct" walkin 2 --guardian "Zanele Mokoena" --station bench)" \
    "$(timed "$cli" --db "$direct" walkin 2 --guardian "Tenzin Dolkar" --station bench)" \
    "$(timed "$cli" --db "$slow" walkin 2 --guardian "Ayo Bello" --station slow)"
