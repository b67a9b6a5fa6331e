#!/usr/bin/env bash
# Filing throughput of the runnable jar on its embedded default, beside a trivial endpoint of the same
# server: wrk at 32 connections and at 1 connection, after a warm-up. Loopback only.
#   usage: bench/filing-load.sh [jar] [runs] [seconds]      (defaults: server/target/vigil.jar, 3, 20)
# Needs wrk (Debian package wrk). Prints one line per run and series.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
jar=${1:-server/target/vigil.jar}
runs=${2:-3}
seconds=${3:-20}
port=18081
work=$(mktemp -d)
trap 'kill "${pid:-}" 2>/dev/null || true; rm -rf "$work"' EXIT
command -v wrk > /dev/null || { echo "wrk is needed: apt-get install wrk"; exit 1; }

rate() { # wrk's "Requests/sec" of a run, and the count of non-2xx answers
  local out; out=$("$@" 2>&1)
  local rps; rps=$(awk '/Requests\/sec/ {print $2}' <<< "$out")
  local bad; bad=$(awk '/Non-2xx/ {print $5}' <<< "$out")
  local timeouts; timeouts=$(awk '/Socket errors/ {print $NF}' <<< "$out")
  local p50; p50=$(awk '$1 == "50%" {print $2}' <<< "$out")
  local p99; p99=$(awk '$1 == "99%" {print $2}' <<< "$out")
  echo "$rps req/s (p50 $p50, p99 $p99, non-2xx ${bad:-0}, timeouts ${timeouts:-0})"
}

for run in $(seq 1 "$runs"); do
  rm -rf "$work/data"
  java -Xmx512m -Dvigil.data.dir="$work/data" -Dvigil.demo=true -jar "$jar" --port "$port" > "$work/run.log" 2>&1 &
  pid=$!
  await_ready "$pid" "$port" "$work/run.log" 120
  url="http://127.0.0.1:$port"
  wrk -t2 -c32 -d10s -s bench/filing.lua "$url" > /dev/null 2>&1          # warm-up
  wrk -t2 -c32 -d5s "$url/health/live" > /dev/null 2>&1
  echo "run $run: POST /api/v1/observations, 32 connections: $(rate wrk -t2 -c32 -d${seconds}s --timeout 30s --latency -s bench/filing.lua "$url")"
  echo "run $run: POST /api/v1/observations, 1 connection:   $(rate wrk -t1 -c1 -d${seconds}s --timeout 30s --latency -s bench/filing.lua "$url")"
  echo "run $run: GET /health/live, 32 connections:          $(rate wrk -t2 -c32 -d${seconds}s --timeout 30s --latency "$url/health/live")"
  kill "$pid"; wait "$pid" 2>/dev/null || true
done
