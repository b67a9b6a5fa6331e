#!/usr/bin/env bash
# The filing benchmark (docs/benchmarks.md#filing-at-the-platforms-pace): for the embedded default and PostgreSQL, three
# times each, a fresh database and a fresh vigil.jar with the JVM options of the operations guide, then in one run:
# start to ready, wrk at 32 connections against POST /api/v1/observations and two trivial endpoints of the same server,
# filing on one connection, filing at a constant 100 a second (coordinated omission corrected) with the resident memory,
# and a bare Payara Micro with an empty WAR for the start-up ratio. Prints min / median / max, ratios first.
# Needs JDK 17, Maven and wrk (Debian package wrk); starts and stops everything itself, on loopback.
#   usage: bench/filing-benchmark.sh [--db h2,pg] [--runs 3] [--seconds 20] [--rate 100] [--rate-seconds 60]
#                                    [--durability false] [--out file.md]
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk > /dev/null || { echo "wrk is needed: apt-get install wrk"; exit 1; }
echo "== building the runnable jar and the benchmark (mvn -Pbench -pl bench -am package)"
mvn -B -q -ntp -Pbench -pl bench -am package -DskipTests
exec java -Xmx512m -cp "bench/target/classes:bench/target/lib/*" dev.vigil.bench.load.FilingBenchmark \
  --jar server/target/vigil.jar --payara server/target/payara-micro.jar --work bench/target/filing "$@"
