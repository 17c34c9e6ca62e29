#!/usr/bin/env bash
# Measures Guichet's start-up (server start → /health/ready answers 200) and its resident memory at idle,
# on the server built by `./mvnw verify` (or `./mvnw liberty:create liberty:deploy` in ear/).
# Usage: bench/startup.sh [runs]   (default 5; prints each run, then the medians)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
wlp=ear/target/liberty/wlp
server=${SERVER:-guichet}
port=${PORT:-9080}
idle=${IDLE_SECONDS:-30}
[ -x "$wlp/bin/server" ] || { echo "build first: ./mvnw verify" >&2; exit 1; }

starts=(); rss=()
for i in $(seq 1 "$runs"); do
  "$wlp/bin/server" stop "$server" >/dev/null 2>&1 || true
  t0=$(date +%s.%N)
  "$wlp/bin/server" start "$server" >/dev/null
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/health/ready")" = 200 ]; do sleep 0.1; done
  t1=$(date +%s.%N)
  # one real call, then idle
  curl -s -o /dev/null "http://localhost:$port/admin/login.xhtml"
  sleep "$idle"
  pid=$(cat "$wlp/usr/servers/.pid/$server.pid")
  kb=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  s=$(echo "$t1 - $t0" | bc)
  starts+=("$s"); rss+=("$kb")
  printf 'run %d: ready in %.1f s, RSS at idle %d MB\n' "$i" "$s" $((kb / 1024))
done
"$wlp/bin/server" stop "$server" >/dev/null 2>&1 || true
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
printf 'median: ready in %.1f s, RSS at idle %d MB (%d runs)\n' "$(median "${starts[@]}")" $(( $(median "${rss[@]}") / 1024 )) "$runs"
