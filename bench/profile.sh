#!/usr/bin/env bash
# Profiles Guichet's chat path under load: the gateway benchmark's set-up (PostgreSQL, CPU 1, the harness's mock),
# then, for plain and streaming calls in turn, a JFR recording during SECONDS of load at 32 connections, with the
# requests per second, the CPU time and the context switches per call, and the hottest frames grouped by layer.
#
# Usage: bench/profile.sh     (after `./mvnw liberty:run` once, stopped with Ctrl-C: it builds and creates the server)
# Env: HARNESS=../shared/bench/gateway  PREWARM=90  SECONDS_EACH=30  MODES="false true" (stream off, on)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
HARNESS=$(cd "${HARNESS:-../shared/bench/gateway}" && pwd)
wlp=$root/ear/target/liberty/wlp
server=guichet
port=${PORT:-9080}
db=guichet_bench
admin_email=bench@guichet.test
admin_password=Bench-Operator-Password-2026
out=${BENCH_OUT:-/tmp/guichet-profile}
mkdir -p "$out"
"$HARNESS/mock.sh" start >/dev/null
. "$root/bench/guichet-server.sh"
start_guichet
trap stop_guichet EXIT

threads() { python3 - "$gw_pid" <<'PY'
import collections, glob, re, sys
t = collections.Counter()
for f in glob.glob(f"/proc/{sys.argv[1]}/task/*/stat"):
    try:
        text = open(f).read()
    except OSError:
        continue
    name, rest = text[text.index("(") + 1:text.rindex(")")], text[text.rindex(")") + 2:].split()
    t[re.sub(r"[0-9]+", "#", name).replace(" ", "_")] += int(rest[11]) + int(rest[12])
for n, v in t.items():
    print(n, v)
PY
}
ticks() { awk '{print $14 + $15}' "/proc/$gw_pid/stat"; }
system_ticks() { awk '{print $15}' "/proc/$gw_pid/stat"; }
switches() { for f in /proc/"$gw_pid"/task/*/status; do cat "$f" 2>/dev/null || true; done \
  | awk '/ctxt_switches/ {s += $2} END {print s}'; }

for stream in ${MODES:-false true}; do
  echo "== stream=$stream: warm-up ${PREWARM:-90} s"
  prewarm "${PREWARM:-90}" "$stream"
  jcmd "$gw_pid" JFR.start name=p settings=profile filename="$out/stream-$stream.jfr" >/dev/null
  threads > "$out/threads0"; t0=$(ticks); s0=$(system_ticks); c0=$(switches)
  result=$(taskset -c 0 ab -q -t "${SECONDS_EACH:-30}" -n 100000000 -c 32 -p "$out/prewarm-$stream.json" \
    -T application/json -H "Authorization: Bearer $key" "$url" 2>&1) || true
  t1=$(ticks); s1=$(system_ticks); c1=$(switches); threads > "$out/threads1"
  jcmd "$gw_pid" JFR.stop name=p >/dev/null
  n=$(awk '/Complete requests/ {print $3}' <<<"$result")
  echo "$result" | grep -E 'Requests per second|Non-2xx|Failed requests'
  hz=$(getconf CLK_TCK)
  echo "CPU per call: $(awk -v t=$((t1 - t0)) -v n="$n" -v hz="$hz" 'BEGIN {printf "%.2f ms", 1000 * t / hz / n}') (in the kernel: $(awk -v s=$((s1 - s0)) -v t=$((t1 - t0)) 'BEGIN {printf "%.0f%%", 100 * s / t}'))," \
    "context switches per call: $(awk -v c=$((c1 - c0)) -v n="$n" 'BEGIN {printf "%.1f", c / n}')"
  echo "CPU by thread (share of the process's CPU time during the load):"
  join -a 2 -e 0 -o 0,1.2,2.2 <(sort "$out/threads0") <(sort "$out/threads1") \
    | awk -v total=$((t1 - t0)) '{d = $3 - $2; if (d > 0) printf "%6.1f%%  %s\n", 100 * d / total, $1}' | sort -rn | head -12
  jcmd "$gw_pid" Compiler.codecache | grep -E 'size=|total_blobs' | head -3
  jfr print --events jdk.ExecutionSample --stack-depth 200 "$out/stream-$stream.jfr" > "$out/stream-$stream.txt"
  python3 "$root/bench/jfr_layers.py" "$out/stream-$stream.txt" | tee "$out/stream-$stream-layers.txt"
done
