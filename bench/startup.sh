#!/usr/bin/env bash
# Measures Guichet's start-up and its resident memory at idle, started by the README's run command
# (`./mvnw liberty:run`, embedded Derby) on a built tree, as a user starts it.
# Per run: the whole command until /health/ready answers 200 (Maven's up-to-date checks included), the server's part
# of it (from the plugin's launch of `server run` to ready), then, after one request to the console's sign-in page
# and IDLE_SECONDS of idle, the server JVM's VmRSS. Ctrl-C (SIGINT to the command's process group) stops each run.
# Usage: bench/startup.sh [runs]   (default 5; prints each run, then the medians)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
port=${HTTP_PORT:-9080}
idle=${IDLE_SECONDS:-30}
log=$(mktemp)
trap 'rm -f "$log"' EXIT

now() { date +%s.%N; }
wait_for() { # $1: pid of the command; $2: what to wait for (a shell condition)
  until eval "$2"; do
    kill -0 "$1" 2>/dev/null || { tail -n 30 "$log"; echo "the run command ended" >&2; exit 1; }
    sleep 0.05
  done
}

echo "building once: ./mvnw -q -DskipTests package" >&2
./mvnw -q -DskipTests package >/dev/null

totals=(); servers=(); rss=()
for i in $(seq 0 "$runs"); do # run 0 creates the server and its database, and is not counted
  set -m
  t0=$(now)
  ./mvnw liberty:run </dev/null >"$log" 2>&1 &
  pid=$!
  set +m
  wait_for "$pid" "grep -q 'Invoke command is .*, run, guichet' '$log'"
  t1=$(now)
  wait_for "$pid" "[ \"\$(curl -s -o /dev/null -w '%{http_code}' http://localhost:$port/health/ready)\" = 200 ]"
  t2=$(now)
  curl -s -o /dev/null "http://localhost:$port/admin/login.xhtml"
  [ "$i" -eq 0 ] || sleep "$idle"
  jvm=$(pgrep -f "ws-server.jar guichet" | head -n 1)
  kb=$(awk '/VmRSS/ {print $2}' "/proc/$jvm/status")
  kill -INT -- "-$pid"
  wait "$pid" || true
  total=$(echo "$t2 - $t0" | bc); server=$(echo "$t2 - $t1" | bc)
  [ "$i" -gt 0 ] || { printf 'run 0 (first start, not counted): ready in %.1f s\n' "$total"; continue; }
  totals+=("$total"); servers+=("$server"); rss+=("$kb")
  printf 'run %d: command ready in %.1f s, server launch to ready %.1f s, RSS at idle %d MB\n' \
    "$i" "$total" "$server" $((kb / 1024))
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
printf 'median: command ready in %.1f s, server launch to ready %.1f s, RSS at idle %d MB (%d runs)\n' \
  "$(median "${totals[@]}")" "$(median "${servers[@]}")" $(($(median "${rss[@]}") / 1024)) "$runs"
