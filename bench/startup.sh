#!/usr/bin/env bash
# Measures the runnable jar as a user meets it: build time, start-to-ready time and resident memory
# at ready and after a burst of filings. Loopback only; bounded in count and time.
#   usage: [JAVA_OPTS="-Xmx256m ..."] bench/startup.sh [runs] [filings]     (defaults: 3 runs, 300 filings)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
runs=${1:-3}
filings=${2:-300}
port=18080
work=$(mktemp -d)
trap 'kill "${pid:-}" 2>/dev/null || true; rm -rf "$work"' EXIT

start=$(date +%s.%N)
mvn -B -q -ntp -DskipTests clean package > "$work/build.log" 2>&1
build=$(echo "$(date +%s.%N) - $start" | bc)
printf 'build (mvn -DskipTests clean package, warm ~/.m2): %.1f s\n' "$build"

for run in $(seq 1 "$runs"); do
  rm -rf "$work/data"
  t0=$(date +%s.%N)
  java ${JAVA_OPTS:-} -Dvigil.data.dir="$work/data" -jar server/target/vigil.jar --demo --port "$port" > "$work/run.log" 2>&1 &
  pid=$!
  await_ready "$pid" "$port" "$work/run.log" 120
  ready=$(echo "$(date +%s.%N) - $t0" | bc)
  rss_ready=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$pid/status")
  f0=$(date +%s.%N)
  for i in $(seq 1 "$filings"); do
    curl -sf -o /dev/null -u frontdesk:frontdesk-demo -H 'Content-Type: application/json' \
      -H "Idempotency-Key: bench-$run-$i" \
      -d '{"propertyId":"demo-hotel","observedAt":"'"$(date -u +%Y-%m-%dT%H:%M:%SZ)"'","reporter":{"id":"frontdesk","role":"HK"},"location":{"room":"'$((100 + i % 50))'"},"indicators":["ROOM_LINEN_EXCESS","BEH_RARELY_LEAVES"],"subjects":{"vehicle":"BENCH '$i'"}}' \
      "http://127.0.0.1:$port/api/v1/observations"
  done
  per=$(echo "($(date +%s.%N) - $f0) * 1000 / $filings" | bc -l)
  rss_after=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$pid/status")
  printf 'run %d: ready after %.1f s, RSS at ready %d MiB, after %d sequential filings %d MiB (%.1f ms per filing incl. curl start)\n' \
    "$run" "$ready" "$rss_ready" "$filings" "$rss_after" "$per"
  kill "$pid"; wait "$pid" 2>/dev/null || true
done
