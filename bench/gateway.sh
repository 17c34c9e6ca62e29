#!/usr/bin/env bash
# The gateway benchmark: Guichet on PostgreSQL, pinned to CPU 1, in front of the harness's nginx mock, beside
# the Portkey gateway measured the same way in the same sitting. Full path on every call: key check, tenant rate
# limit (Bucket4j on PostgreSQL), monthly quota reservation and settlement, dispatch, durable usage event.
#
# Usage: bench/gateway.sh    (after `./mvnw liberty:run` once, stopped with Ctrl-C: it builds and creates the server)
# Needs: PostgreSQL on 127.0.0.1:5432 (trust), nginx-light, wrk, apache2-utils (ab), node + npm (Portkey).
# Env: HARNESS=../shared/bench/gateway  ROUNDS=2  DURATION=10s  WARMUP=5s  PEER=1 (0: skip Portkey)
#      CHECK_REQUESTS=20000 (exact count sent by ab for the usage-event check)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
HARNESS=$(cd "${HARNESS:-../shared/bench/gateway}" && pwd)
export ROUNDS=${ROUNDS:-2} DURATION=${DURATION:-10s} WARMUP=${WARMUP:-5s}
PEER=${PEER:-1}
CHECK_REQUESTS=${CHECK_REQUESTS:-20000}
wlp=$root/ear/target/liberty/wlp
server=guichet
port=${PORT:-9080}
db=guichet_bench
admin_email=bench@guichet.test
admin_password=Bench-Operator-Password-2026
out=${BENCH_OUT:-/tmp/guichet-bench}
mkdir -p "$out"
[ -x "$wlp/bin/server" ] || { echo "build first (see usage)" >&2; exit 1; }
psql_db() { psql -h 127.0.0.1 -U postgres -d "$db" -tA -c "$1"; }

echo "== machine"; nproc; grep 'model name' /proc/cpuinfo | head -1; java -version 2>&1 | head -1
psql -h 127.0.0.1 -U postgres -tA -c 'select version()'

echo "== mock upstream"
"$HARNESS/mock.sh" start >/dev/null
"$HARNESS/mock.sh" status

echo "== Guichet on PostgreSQL ($db), pinned to CPU 1"
. "$root/bench/guichet-server.sh"
start_guichet

echo "== warming the JIT up (one CPU): ${PREWARM:-90} s of load, discarded"
prewarm "${PREWARM:-90}" false
printf '%s' '{"model":"gpt-4o-mini","messages":[{"role":"user","content":"Write a haiku about network latency."}],"max_tokens":128}' > "$out/body.json"

echo "== Guichet, non-streaming and streaming"
GATEWAY_PID=$gw_pid MODES="throughput latency serial" "$HARNESS/compare.sh" "$url" "Authorization: Bearer $key" \
  | tee "$out/guichet-plain.txt"
STREAM=1 GATEWAY_PID=$gw_pid MODES="throughput latency serial" "$HARNESS/compare.sh" "$url" "Authorization: Bearer $key" \
  | tee "$out/guichet-stream.txt"

echo "== no usage event lost: $CHECK_REQUESTS calls by ab (32 connections), exact count"
body=$out/body.json
sleep 2
before=$(psql_db "select count(*) from usage_event")
taskset -c 0 ab -q -n "$CHECK_REQUESTS" -c 32 -p "$body" -T application/json -H "Authorization: Bearer $key" "$url" \
  > "$out/ab.txt" 2>&1
sleep 2
after=$(psql_db "select count(*) from usage_event")
non2xx=$(awk '/Non-2xx responses/ {print $3}' "$out/ab.txt"); non2xx=${non2xx:-0}
failed=$(awk '/Failed requests/ {print $3}' "$out/ab.txt")
complete=$(awk '/Complete requests/ {print $3}' "$out/ab.txt")
echo "ab: complete=$complete failed=$failed non2xx=$non2xx; usage events written: $((after - before)); 2xx answers: $((complete - failed - non2xx))"
echo "usage events in total: $after; quota counter of the month: $(psql_db "select requests from quota_usage")"

stop_guichet

if [ "$PEER" = 1 ]; then
  echo "== Portkey, same harness, pinned to CPU 1"
  [ -d "${TMPDIR:-/tmp}/peer-portkey/node_modules/@portkey-ai/gateway" ] || "$HARNESS/peers/portkey.sh" install >/dev/null
  "$HARNESS/peers/portkey.sh" start
  pk_pid=$("$HARNESS/peers/portkey.sh" pid)
  pk=http://127.0.0.1:8787/v1/chat/completions
  GATEWAY_PID=$pk_pid MODES="throughput latency" "$HARNESS/compare.sh" "$pk" 'x-portkey-provider: openai' \
    "x-portkey-custom-host: http://127.0.0.1:18181/v1" | tee "$out/portkey-plain.txt"
  STREAM=1 GATEWAY_PID=$pk_pid MODES="throughput latency" "$HARNESS/compare.sh" "$pk" 'x-portkey-provider: openai' \
    "x-portkey-custom-host: http://127.0.0.1:18181/v1" | tee "$out/portkey-stream.txt"
  "$HARNESS/peers/portkey.sh" stop
fi
echo "== results in $out"
