#!/usr/bin/env bash
# The console at scale (issue 18): 10,000 clients and 10 million usage events over 60 days, on PostgreSQL. Seeds the
# database with SQL (generate_series) and fills the usage rollups from the events as the recorders would have (one
# row per Paris day, client, model, provider and key; one per month and client), checks that they add up to the
# events, then times, signed in as an operator, the dashboard page, the clients' usage table through the API (sorted
# three ways) and a client's page: the first request (cold caches) and the median of RUNS after 3 uncounted ones.
#
# Usage: bench/dashboard.sh    (after `./mvnw liberty:run` once, stopped with Ctrl-C: it builds and creates the server)
# Env: TENANTS=10000  EVENTS=10000000  RUNS=15  PORT=9090
#      KEEP=1: reuse the database seeded by a previous run
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
wlp=$root/ear/target/liberty/wlp
server=guichet
port=${PORT:-9090}
db=guichet_bench_console
tenants=${TENANTS:-10000}
events=${EVENTS:-10000000}
runs=${RUNS:-15}
admin_email=bench@guichet.test
admin_password=Bench-Operator-Password-2026
out=${BENCH_OUT:-/tmp/guichet-bench-console}
base=http://127.0.0.1:$port
mkdir -p "$out"
[ -x "$wlp/bin/server" ] || { echo "build first (see usage)" >&2; exit 1; }
export PGTZ=UTC
sql() { psql -h 127.0.0.1 -U postgres -d "$db" -v ON_ERROR_STOP=1 -q -tA -c "$1"; }

echo "== machine"; nproc; java -version 2>&1 | head -1; psql -h 127.0.0.1 -U postgres -tA -c 'select version()'

"$wlp/bin/server" stop "$server" >/dev/null 2>&1 || true
[ "${KEEP:-0}" = 1 ] || psql -h 127.0.0.1 -U postgres -q -c "drop database if exists $db" -c "create database $db"
rm -rf "$wlp/usr/servers/$server/data"
echo "UPDATE_TRIGGER=mbean" >> "$wlp/usr/servers/$server/bootstrap.properties"
DB_KIND=postgres DB_HOST=127.0.0.1 DB_PORT=5432 DB_NAME=$db DB_USER=postgres DB_PASSWORD= HTTP_PORT=$port \
  GUICHET_ADMIN_EMAIL=$admin_email GUICHET_ADMIN_PASSWORD=$admin_password \
  nohup "$wlp/bin/server" run "$server" > "$out/guichet.log" 2>&1 &
until [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/health/ready")" = 200 ]; do sleep 1; done
pid=$(pgrep -f "ws-server.jar.*$server" | head -1)
trap '"$wlp/bin/server" stop "$server" >/dev/null 2>&1 || kill "$pid" 2>/dev/null || true' EXIT

if [ "${KEEP:-0}" != 1 ]; then
  echo "== seeding $tenants clients and $events usage events over 60 days"
  start=$(date +%s)
  sql "insert into plan (id, code, name, monthly_price_eur, requests_per_minute, requests_per_month, tokens_per_month,
         spend_cap_eur, enabled, created_at, updated_at, version) values
       ('bench-s', 'bench-s', 'Bench Starter', 29.00, 100, 300, 150000, null, true, now(), now(), 0),
       ('bench-b', 'bench-b', 'Bench Business', 299.00, 1000, 3000, 1500000, 50.00, true, now(), now(), 0),
       ('bench-u', 'bench-u', 'Bench Unlimited', 999.00, 5000, null, null, null, true, now(), now(), 0)"
  sql "insert into tenant (id, name, slug, contact_email, status, time_zone, plan_id, language, created_at, updated_at,
         version)
       select 'bt-' || i, 'Bench ' || i, 'bench-' || i, 'it@bench-' || i || '.example',
         case when i % 100 < 90 then 'ACTIVE' when i % 100 < 95 then 'TRIAL' when i % 100 < 98 then 'PAST_DUE'
           else 'SUSPENDED' end,
         'Europe/Paris', (array['bench-s', 'bench-b', 'bench-u'])[i % 3 + 1], 'fr', now(), now(), 0
       from generate_series(1, $tenants) i"
  chunk=1000000
  for ((from = 1; from <= events; from += chunk)); do
    to=$((from + chunk - 1)); [ $to -gt "$events" ] && to=$events
    sql "insert into usage_event (id, request_id, tenant_id, api_key_id, provider_id, model, input_tokens,
           output_tokens, estimated, cost_eur, latency_ms, outcome, reason, fallback_used, occurred_at)
         select 'e' || i, 'r' || i, 'bt-' || t, 'k-' || t || '-' || (i % 3),
           case when o = 'REJECTED' then null when m < 2 then 'p-openai' else 'p-mistral' end,
           (array['gpt-4o-mini', 'gpt-4o', 'mistral-small', 'mistral-large'])[m + 1],
           case when o in ('SUCCESS', 'INTERRUPTED') then 100 + i % 400 else 0 end,
           case when o in ('SUCCESS', 'INTERRUPTED') then 50 + i % 200 else 0 end, false,
           case when o in ('SUCCESS', 'INTERRUPTED') then 0.000001 * (150 + i % 600) * (m + 1) else 0 end,
           90, o, case when o = 'REJECTED' then 'rate_limit_exceeded' end, false,
           now() - (i % 5760) * interval '15 minutes' - (i % 900) * interval '1 second'
         from (select i, i % $tenants + 1 as t, (i / 7) % 4 as m,
                 case when i % 100 = 0 then 'PROVIDER_ERROR' when i % 100 = 1 then 'REJECTED'
                   when i % 100 = 2 then 'INTERRUPTED' else 'SUCCESS' end as o
               from generate_series($from, $to) i) g"
  done
  served="outcome in ('SUCCESS', 'INTERRUPTED')"
  sums="count(*) filter (where $served), count(*) filter (where outcome = 'REJECTED'),
        count(*) filter (where outcome = 'PROVIDER_ERROR'), coalesce(sum(input_tokens) filter (where $served), 0),
        coalesce(sum(output_tokens) filter (where $served), 0), coalesce(sum(cost_eur) filter (where $served), 0),
        max(occurred_at)"
  paris="(occurred_at at time zone 'UTC') at time zone 'Europe/Paris'"
  sql "insert into usage_day (day, tenant_id, model, provider_id, api_key_id, served, refused, failed, input_tokens,
         output_tokens, cost_eur, last_at)
       select cast($paris as date), tenant_id, model, coalesce(provider_id, ''), coalesce(api_key_id, ''), $sums
       from usage_event group by 1, 2, 3, 4, 5"
  sql "insert into usage_month (month, tenant_id, served, refused, failed, input_tokens, output_tokens, cost_eur,
         last_at)
       select to_char($paris, 'YYYY-MM'), tenant_id, $sums from usage_event group by 1, 2"
  sql "analyze"
  echo "seeded in $(( $(date +%s) - start )) s: $(sql 'select count(*) from usage_event') events," \
    "$(sql 'select count(*) from usage_day') day rows, $(sql 'select count(*) from usage_month') month rows"
fi
echo "== the rollups add up to the events"
echo "events:  $(sql "select count(*) filter (where outcome in ('SUCCESS', 'INTERRUPTED')) || ' served, ' ||
  sum(input_tokens + output_tokens) || ' tokens, ' || sum(cost_eur) || ' EUR' from usage_event")"
echo "rollups: $(sql "select sum(served) || ' served, ' || sum(input_tokens + output_tokens) || ' tokens, ' ||
  sum(cost_eur) || ' EUR' from usage_month")"

echo "== signing in"
jar=$out/cookies.txt
rm -f "$jar"
view_state=$(curl -s -c "$jar" -b "$jar" "$base/admin/login.xhtml" |
  grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | sed 's/.*value="//; s/"$//' | head -1)
curl -s -c "$jar" -b "$jar" -o "$out/signin.html" -w 'sign-in: %{http_code} -> %{redirect_url}\n' \
  --data-urlencode "login=login" --data-urlencode "login_SUBMIT=1" --data-urlencode "login:email=$admin_email" \
  --data-urlencode "login:password=$admin_password" --data-urlencode "login:signIn=" \
  --data-urlencode "jakarta.faces.ViewState=$view_state" "$base/admin/login.xhtml"

# time NAME URL [curl options]: the first request, then the median of $runs after 3 uncounted ones (seconds)
time_page() {
  local name=$1 url=$2; shift 2
  local first; first=$(curl -s -o "$out/$name.out" -w '%{http_code} %{time_total}' "$@" "$url")
  for _ in 1 2 3; do curl -s -o /dev/null "$@" "$url"; done
  local times=()
  for ((r = 0; r < runs; r++)); do times+=("$(curl -s -o /dev/null -w '%{time_total}' "$@" "$url")"); done
  local median; median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  printf '%-28s first: %s s (HTTP %s)   median of %s: %s s   [min %s, max %s]\n' "$name" "${first#* }" \
    "${first%% *}" "$runs" "$median" "$(printf '%s\n' "${times[@]}" | sort -n | head -1)" \
    "$(printf '%s\n' "${times[@]}" | sort -n | tail -1)"
}
echo "== server time (curl's time_total on 127.0.0.1)"
time_page dashboard "$base/admin/" -b "$jar"
grep -q 'id="usage-tokens"' "$out/dashboard.out" || { echo "the dashboard did not render its usage" >&2; exit 1; }
time_page client-page "$base/admin/billing/client.xhtml?tenant=bt-4242" -b "$jar"
auth=(-u "$admin_email:$admin_password")
time_page "clients by cost" "$base/api/admin/usage/clients?size=50" "${auth[@]}"
time_page "clients by tokens, page 100" "$base/api/admin/usage/clients?size=50&sort=tokens&page=100" "${auth[@]}"
time_page "clients by quota, filtered" "$base/api/admin/usage/clients?size=50&sort=quota&q=bench-42" "${auth[@]}"
echo "server RSS: $(awk '/VmRSS/ {print int($2/1024)}' "/proc/$pid/status") MB"
