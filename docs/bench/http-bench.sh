#!/usr/bin/env bash
# Measures request throughput and latency of a deployed script with wrk, against the all-in-one or the split
# deployment (manager + orchestrator + executor, each its own JVM), on this machine.
#
#   docs/bench/http-bench.sh allinone|split [duration=20s] [connections=16]
#
# Needs: a built tree (mvn -B -DskipTests install), wrk (apt-get install wrk), PostgreSQL on 127.0.0.1:5432 for
# the split mode (the all-in-one uses its embedded one). Prints wrk's summary for two handlers:
#   hello: #{ statusCode: 200, body: #{ hello: "world", path: ctx.request.path } }
#   json:  parses a JSON body, validates, builds a response (like shared/bench/rhai/handler.rhai, one request)
set -euo pipefail
mode="${1:-allinone}"; duration="${2:-20s}"; conns="${3:-16}"
here="$(cd "$(dirname "$0")/../.." && pwd)"
java="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
jar="$here/allinone/target/picloud.jar"
token="bench-token-0123456789abcdef"
work="$(mktemp -d /tmp/picloud-bench.XXXXXX)"
flags=(-XX:+UseSerialGC --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

wait_up() { for _ in $(seq 1 300); do curl -sf -m 1 "http://127.0.0.1:$1/healthz" >/dev/null && return 0; sleep 0.2; done; echo "port $1 not up" >&2; exit 1; }

if [ "$mode" = allinone ]; then
  PICLOUD_DATA_DIR="$work/data" PICLOUD_BIND=127.0.0.1:18480 PICLOUD_ADMIN_TOKEN=$token \
    "$java" "${flags[@]}" -jar "$jar" > "$work/allinone.log" 2>&1 & pids+=($!)
  wait_up 18480; admin=18480; public=18480
else
  db="picloud_bench_$$"
  psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $db" >/dev/null
  export DATABASE_URL="postgres://postgres@127.0.0.1:5432/$db"
  PICLOUD_BIND=127.0.0.1:18481 PICLOUD_MANAGER_GRPC_BIND=127.0.0.1:18491 PICLOUD_EXECUTORS=127.0.0.1:18492 \
    PICLOUD_ADMIN_TOKEN=$token PICLOUD_DATA_DIR="$work/m" \
    "$java" "${flags[@]}" -cp "$jar" dev.picloud.manager.Main > "$work/manager.log" 2>&1 & pids+=($!)
  wait_up 18481
  PICLOUD_BIND=127.0.0.1:18482 PICLOUD_EXECUTOR_GRPC_BIND=127.0.0.1:18492 PICLOUD_MANAGER_ADDRESS=127.0.0.1:18491 \
    "$java" "${flags[@]}" -cp "$jar" dev.picloud.executor.Main > "$work/executor.log" 2>&1 & pids+=($!)
  PICLOUD_BIND=127.0.0.1:18483 PICLOUD_MANAGER_ADDRESS=127.0.0.1:18491 PICLOUD_EXECUTORS=127.0.0.1:18492 \
    "$java" "${flags[@]}" -cp "$jar" dev.picloud.orchestrator.Main > "$work/orchestrator.log" 2>&1 & pids+=($!)
  wait_up 18482; wait_up 18483; admin=18481; public=18483
fi

deploy() { # name path source
  local id
  id=$(curl -sf -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
      -d "$(printf '{"name":"%s","source":%s}' "$1" "$(printf '%s' "$3" | python3 -c 'import json,sys;print(json.dumps(sys.stdin.read()))')")" \
      "http://127.0.0.1:$admin/api/v1/admin/scripts" | python3 -c 'import json,sys;print(json.load(sys.stdin)["id"])')
  curl -sf -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d "{\"path\":\"$2\"}" \
      "http://127.0.0.1:$admin/api/v1/admin/scripts/$id/routes" >/dev/null
  for _ in $(seq 1 100); do [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$public$2")" != 404 ] && return 0; sleep 0.05; done
}
deploy hello /hello '#{ statusCode: 200, body: #{ hello: "world", path: ctx.request.path } }'
deploy json /order 'let o = ctx.request.body;
if type_of(o) != "map" || !("items" in o) { return #{ statusCode: 400, body: #{ error: "items required" } }; }
let total = 0;
for it in o.items { total += it.qty * it.price; }
#{ statusCode: 201, body: #{ id: o.id, total: total, count: o.items.len() } }'

cat > "$work/post.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"id": 17, "items": [{"qty": 2, "price": 350}, {"qty": 1, "price": 1200}, {"qty": 5, "price": 99}]}'
LUA
echo "== $mode: warm-up"; wrk -t2 -c"$conns" -d10s "http://127.0.0.1:$public/hello" >/dev/null
echo "== $mode: GET /hello"; wrk -t2 -c"$conns" -d"$duration" --latency "http://127.0.0.1:$public/hello"
wrk -t2 -c"$conns" -d5s -s "$work/post.lua" "http://127.0.0.1:$public/order" >/dev/null
echo "== $mode: POST /order (JSON)"; wrk -t2 -c"$conns" -d"$duration" --latency -s "$work/post.lua" "http://127.0.0.1:$public/order"
[ "$mode" = split ] && psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null || true
