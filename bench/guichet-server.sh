# Sourced by the gateway benchmark scripts: starts Guichet on a fresh PostgreSQL database, pinned to CPU 1, with
# the benchmark's tenant (OpenAI pointed at the harness's mock, a plan with high limits). Sets gw_pid, key, url.
# Needs: root, wlp, server, port, db, out, admin_email, admin_password (set by the caller).
start_guichet() {
  "$wlp/bin/server" stop "$server" >/dev/null 2>&1 || true
  psql -h 127.0.0.1 -U postgres -q -c "drop database if exists $db" -c "create database $db"
  rm -rf "$wlp/usr/servers/$server/data"
  # As in production, nothing polls for changes (the build's run and dev server poll; the last line wins).
  echo "UPDATE_TRIGGER=mbean" >> "$wlp/usr/servers/$server/bootstrap.properties"
  DB_KIND=postgres DB_HOST=127.0.0.1 DB_PORT=5432 DB_NAME=$db DB_USER=postgres DB_PASSWORD= HTTP_PORT=$port \
    GUICHET_ADMIN_EMAIL=$admin_email GUICHET_ADMIN_PASSWORD=$admin_password \
    nohup taskset -c 1 "$wlp/bin/server" run "$server" > "$out/guichet.log" 2>&1 &
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health/ready")" = 200 ]; do sleep 0.5; done
  gw_pid=$(pgrep -f "ws-server.jar.*$server" | head -1)
  echo "Guichet pid $gw_pid"
  key=$(python3 "$root/bench/bench_tenant.py" "$port" "$admin_email" "$admin_password")
  url=http://127.0.0.1:$port/v1/chat/completions
}

# prewarm SECONDS STREAM(true|false): load from CPU 0 with ab, 32 connections, answers discarded
prewarm() {
  printf '%s' '{"model":"gpt-4o-mini","messages":[{"role":"user","content":"Write a haiku about network latency."}],"max_tokens":128,"stream":'"$2"'}' \
    > "$out/prewarm-$2.json"
  taskset -c 0 ab -q -t "$1" -n 100000000 -c 32 -p "$out/prewarm-$2.json" -T application/json \
    -H "Authorization: Bearer $key" "$url" | grep 'Requests per second'
}

stop_guichet() {
  "$wlp/bin/server" stop "$server" >/dev/null 2>&1 || kill "$gw_pid" 2>/dev/null || true
}
