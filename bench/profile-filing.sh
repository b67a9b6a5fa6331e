#!/usr/bin/env bash
# Where a filing's time goes: the runnable jar on a fresh embedded database (or PostgreSQL with --pg URL), warmed up,
# then a flight recording (JFR, settings "profile") while wrk files at 32 connections; JfrTop prints the methods with
# the most CPU samples, where the request threads waited longest, and writes the stacks in the collapsed format that flame-graph tools read. Loopback only.
#   usage: bench/profile-filing.sh [seconds] [out-dir]       (defaults: 30, bench/target/profile)
# Needs wrk (Debian package wrk) and a built bench module (mvn -Pbench -pl bench -am package -DskipTests).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
seconds=${1:-30}
out=$(realpath -m "${2:-bench/target/profile}")
jar=server/target/vigil.jar
port=18091
rm -rf "$out"; mkdir -p "$out"
trap 'kill "${pid:-}" 2>/dev/null || true' EXIT
command -v wrk > /dev/null || { echo "wrk is needed: apt-get install wrk"; exit 1; }
jvm=$(sed -n 's/.*JVM_OPTIONS = "\(.*\)"$/\1/p; s/^ *+ "\(.*\)";$/\1/p' bench/src/main/java/dev/vigil/bench/load/Recommended.java | tr '\n' ' ')

# shellcheck disable=SC2086
java $jvm -Dvigil.data.dir="$out/data" -Dvigil.demo=true -jar "$jar" --port "$port" > "$out/vigil.log" 2>&1 &
pid=$!
await_ready "$pid" "$port" "$out/vigil.log" 300
url="http://127.0.0.1:$port"
echo "JVM options: $jvm; load average $(cut -d' ' -f1-3 /proc/loadavg)"
wrk -t2 -c32 -d20s --timeout 30s -s bench/filing.lua "$url" > /dev/null          # warm-up
jcmd "$pid" JFR.start name=filing settings=profile filename="$out/filing.jfr" > /dev/null
wrk -t2 -c32 -d"${seconds}s" --timeout 30s --latency -s bench/filing.lua "$url" | tee "$out/wrk.txt" | grep -E 'Requests/sec|Non-2xx|^ +(50|99)%'
jcmd "$pid" JFR.stop name=filing > /dev/null
java -cp "bench/target/classes:bench/target/lib/*" dev.vigil.bench.load.JfrTop "$out/filing.jfr" --top 30 \
  --collapsed "$out/filing.collapsed.txt" --only dev.vigil --threads http-thread-pool | tee "$out/top.txt"
echo "recording: $out/filing.jfr; stacks for a flame graph: $out/filing.collapsed.txt"
