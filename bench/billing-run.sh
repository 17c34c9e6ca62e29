#!/usr/bin/env bash
# The monthly invoice run at scale (issue 15): 10,000 subscriptions whose period just ended, over 10 million usage
# events, on PostgreSQL. Seeds the database with SQL (generate_series), then times POST /api/admin/billing/run (every
# due period invoiced as a draft: fee, extra keys, usage from the period's served calls) and samples the server's
# resident memory while it runs. Runs it a second time to show it invoices nothing twice.
#
# Usage: bench/billing-run.sh    (after `./mvnw liberty:run` once, stopped with Ctrl-C: it builds and creates the server)
# Env: TENANTS=10000  EVENTS=10000000  PORT=9090
#      RESET=1: keep the seeded database of a previous run, only delete its invoices (the periods are due again)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
wlp=$root/ear/target/liberty/wlp
server=guichet
port=${PORT:-9090}
db=guichet_bench_billing
tenants=${TENANTS:-10000}
events=${EVENTS:-10000000}
admin_email=bench@guichet.test
admin_password=Bench-Operator-Password-2026
out=${BENCH_OUT:-/tmp/guichet-bench-billing}
mkdir -p "$out"
[ -x "$wlp/bin/server" ] || { echo "build first (see usage)" >&2; exit 1; }
sql() { psql -h 127.0.0.1 -U postgres -d "$db" -v ON_ERROR_STOP=1 -q -tA -c "$1"; }

echo "== machine"; nproc; java -version 2>&1 | head -1; psql -h 127.0.0.1 -U postgres -tA -c 'select version()'

"$wlp/bin/server" stop "$server" >/dev/null 2>&1 || true
if [ "${RESET:-0}" != 1 ]; then
  psql -h 127.0.0.1 -U postgres -q -c "drop database if exists $db" -c "create database $db"
fi
rm -rf "$wlp/usr/servers/$server/data"
echo "UPDATE_TRIGGER=mbean" >> "$wlp/usr/servers/$server/bootstrap.properties"
DB_KIND=postgres DB_HOST=127.0.0.1 DB_PORT=5432 DB_NAME=$db DB_USER=postgres DB_PASSWORD= HTTP_PORT=$port \
  GUICHET_ADMIN_EMAIL=$admin_email GUICHET_ADMIN_PASSWORD=$admin_password \
  nohup "$wlp/bin/server" run "$server" > "$out/guichet.log" 2>&1 &
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health/ready")" = 200 ]; do sleep 1; done
pid=$(pgrep -f "ws-server.jar.*$server" | head -1)
trap '"$wlp/bin/server" stop "$server" >/dev/null 2>&1 || kill "$pid" 2>/dev/null || true' EXIT

if [ "${RESET:-0}" = 1 ]; then
  sql "delete from invoice_line; delete from invoice_file; delete from invoice; delete from billing_run;
       update subscription set periods_invoiced = 0"
  echo "== invoices of the previous run deleted; usage_event: $(sql 'select count(*) from usage_event')"
else
echo "== seeding $tenants subscriptions and $events usage events"
start=$(date +%s)
sql "insert into billing_company (id, legal_name, legal_form, share_capital, address_line1, postal_code, city, country,
       siren, siret, rcs, vat_number, email, payment_days, late_penalty, auto_issue, updated_at, version)
     values ('operator', 'Guichet Bench', 'SAS', '10 000 €', '1 rue du Banc', '69002', 'Lyon', 'FR', '443061841',
       '44306184100005', 'RCS Lyon 443 061 841', 'FR64443061841', 'bench@guichet.example', 30,
       '3 fois le taux d''intérêt légal', false, now(), 0)"
sql "insert into plan (id, code, name, monthly_price_eur, requests_per_minute, requests_per_month, tokens_per_month,
       extra_key_price_eur, enabled, created_at, updated_at, version)
     values ('bench-plan', 'bench-business', 'Bench Business', 299.00, 1000, 900, 300000, 50.00, true, now(), now(), 0)"
sql "insert into plan_pricing (plan_id, included_keys, overage_per_1k_requests_eur, overage_per_m_tokens_eur, updated_at, version)
     values ('bench-plan', 1, 2.00, 1.50, now(), 0)"
sql "insert into tenant (id, name, slug, contact_email, status, time_zone, legal_name, address_line1, postal_code, city,
       country, plan_id, language, created_at, updated_at, version)
     select 'bt-' || i, 'Bench ' || i, 'bench-' || i, 'it@bench-' || i || '.example', 'ACTIVE', 'Europe/Paris',
       'Bench ' || i || ' SAS', '1 rue du Banc', '75001', 'Paris', 'FR', 'bench-plan', 'fr', now(), now(), 0
     from generate_series(1, $tenants) i"
# Every subscription started a month and a day ago: its first period is over, the next one is not.
sql "insert into subscription (id, tenant_id, plan_id, status, time_zone, started_on, billing_from, periods_invoiced,
       cancel_at_period_end, created_at, updated_at, version)
     select 'bs-' || i, 'bt-' || i, 'bench-plan', 'ACTIVE', 'Europe/Paris', current_date - interval '1 month 1 day',
       current_date - interval '1 month 1 day', 0, false, now(), now(), 0 from generate_series(1, $tenants) i"
sql "insert into subscription_change (id, subscription_id, kind, effective_on, plan_id, created_at, actor)
     select 'bc-' || i, 'bs-' || i, 'START', current_date - interval '1 month 1 day', 'bench-plan', now(), 'bench'
     from generate_series(1, $tenants) i"
chunk=1000000
for ((from = 1; from <= events; from += chunk)); do
  to=$((from + chunk - 1)); [ $to -gt "$events" ] && to=$events
  sql "insert into usage_event (id, request_id, tenant_id, model, input_tokens, output_tokens, estimated, cost_eur,
         latency_ms, outcome, fallback_used, occurred_at)
       select 'e' || i, 'r' || i, 'bt-' || (i % $tenants + 1), 'gpt-4o-mini', 200, 100, false, 0.000150, 90,
         case when i % 50 = 0 then 'PROVIDER_ERROR' else 'SUCCESS' end, false,
         now() - (i % 2880) * interval '15 minutes'
       from generate_series($from, $to) i"
done
sql "analyze"
echo "seeded in $(( $(date +%s) - start )) s; usage_event: $(sql 'select count(*) from usage_event')"
fi

sample_rss() { while kill -0 "$pid" 2>/dev/null; do awk '/VmRSS/ {print $2}' "/proc/$pid/status"; sleep 1; done; }
for round in 1 2; do
  sample_rss > "$out/rss-$round.txt" & sampler=$!
  rss_before=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$pid/status")
  t0=$(date +%s.%N)
  curl -s -u "$admin_email:$admin_password" -X POST -H 'Content-Type: application/json' -d '{}' \
    "http://127.0.0.1:$port/api/admin/billing/run" > "$out/run-$round.json"
  t1=$(date +%s.%N)
  kill $sampler 2>/dev/null || true
  made=$(python3 -c "import json,sys; r=json.load(open('$out/run-$round.json')); print(len(r['invoices']), r['failures'])")
  peak=$(sort -n "$out/rss-$round.txt" | tail -1)
  printf 'round %s: %.1f s, invoices and failures: %s, RSS before %s MB, peak %s MB\n' \
    "$round" "$(echo "$t1 - $t0" | bc)" "$made" "$rss_before" "$((peak / 1024))"
done
echo "invoices in the database: $(sql 'select count(*) from invoice')," \
  "lines: $(sql 'select count(*) from invoice_line')," \
  "total HT: $(sql 'select sum(total_ht) from invoice') EUR"
echo "one invoice: $(sql "select string_agg(kind || ' ' || amount_ht, ', ' order by position) from invoice_line where invoice_id = (select id from invoice order by id limit 1)")"
