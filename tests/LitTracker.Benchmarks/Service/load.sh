#!/usr/bin/env bash
# Service load test (issue #6, item 7). Usage, from the repository root:
#   tests/LitTracker.Benchmarks/Service/load.sh [DURATION] [MIXED_DURATION]
# Defaults: 30s per read run, 60s mixed run. Generates 10k articles / 200k claims in a temp folder,
# starts the Release service on 127.0.0.1, runs wrk (64 connections) against the article check and
# the claim list, then a mixed run (8 writer connections + 32 readers), and verifies that every
# acknowledged write is in the database. ARTICLES, CLAIMS, PORT override the defaults.
set -euo pipefail
DURATION=${1:-30s}
MIXED=${2:-60s}
ARTICLES=${ARTICLES:-10000}
CLAIMS=${CLAIMS:-200000}
PORT=${PORT:-5190}
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
WORK=$(mktemp -d /tmp/littracker-load-XXXXXX)
DB=$WORK/load.db
export ARTICLES CLAIMS

command -v wrk >/dev/null || apt-get install -y wrk >/dev/null || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
command -v sqlite3 >/dev/null || apt-get install -y sqlite3 >/dev/null

echo "== build (Release)"
dotnet build -c Release "$ROOT/tests/LitTracker.Benchmarks" -v q -nologo >/dev/null
dotnet build -c Release "$ROOT/src/LitTracker.Web" -v q -nologo >/dev/null
dotnet build -c Release "$ROOT/src/LitTracker.Cli" -v q -nologo >/dev/null
BENCH="dotnet $ROOT/tests/LitTracker.Benchmarks/bin/Release/net10.0/LitTracker.Benchmarks.dll"

echo "== data"
$BENCH load-data "$DB" --articles "$ARTICLES" --claims "$CLAIMS"
KEY=$(dotnet "$ROOT/src/LitTracker.Cli/bin/Release/net10.0/LitTracker.Cli.dll" keys create load-writer --db "$DB" 2>/dev/null | tail -1)
export KEY

echo "== service on 127.0.0.1:$PORT"
Database__Path=$DB Database__SeedWhenEmpty=false Security__WritesPerMinute=100000 Logging__LogLevel__Default=Warning \
  ASPNETCORE_URLS=http://127.0.0.1:$PORT dotnet "$ROOT/src/LitTracker.Web/bin/Release/net10.0/LitTracker.Web.dll" >"$WORK/service.log" 2>&1 &
SERVICE=$!
trap 'kill $SERVICE 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$PORT/health" >/dev/null && break; sleep 1; done
# Warm up (JIT, page cache) so the first measured seconds are not start-up.
wrk -t2 -c8 -d5s -s "$HERE/check.lua" "http://127.0.0.1:$PORT" >/dev/null
wrk -t2 -c8 -d5s -s "$HERE/claims.lua" "http://127.0.0.1:$PORT" >/dev/null

echo "== load average before: $(cat /proc/loadavg)"
echo "== article check: 64 connections, $DURATION"
wrk -t2 -c64 -d"$DURATION" --latency --timeout 10s -s "$HERE/check.lua" "http://127.0.0.1:$PORT"
echo "== claim list: 64 connections, $DURATION"
wrk -t2 -c64 -d"$DURATION" --latency --timeout 10s -s "$HERE/claims.lua" "http://127.0.0.1:$PORT"

echo "== mixed: 8 writers + 32 readers, $MIXED"
mkdir -p "$WORK/writes"
LOGDIR=$WORK/writes wrk -t8 -c8 -d"$MIXED" --latency --timeout 30s -s "$HERE/writes.lua" "http://127.0.0.1:$PORT" >"$WORK/writers.txt" &
WRITERS=$!
wrk -t1 -c32 -d"$MIXED" --latency --timeout 30s -s "$HERE/check.lua" "http://127.0.0.1:$PORT" >"$WORK/readers.txt"
wait $WRITERS
echo "-- writers"; cat "$WORK/writers.txt"
echo "-- readers"; cat "$WORK/readers.txt"
echo "== load average after: $(cat /proc/loadavg)"
kill $SERVICE; wait $SERVICE 2>/dev/null || true

ACK=$(cat "$WORK"/writes/*.log | grep -cE '^(POST|PUT) ' || true)
ERR=$(cat "$WORK"/writes/*.log | grep -c '^ERR ' || true)
echo "== writes: $ACK acknowledged, $ERR refused or failed"
cat "$WORK"/writes/*.log | grep '^ERR ' | sort | uniq -c | head || true
$BENCH load-verify "$DB" "$WORK"/writes/*.log
grep -ciE 'fail|exception' "$WORK/service.log" | sed 's/^/service log lines with fail or exception: /'
echo "data and logs: $WORK"
