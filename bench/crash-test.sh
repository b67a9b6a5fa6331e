#!/usr/bin/env bash
# The crash test (docs/benchmarks.md#crash-test): PostgreSQL and two Vigil servers in one cluster on loopback, a PMS
# integration filing N observations across both with retries under the same Idempotency-Key, one server killed with
# SIGKILL halfway and started again, a webhook receiver that fails half of its deliveries. Prints what it checked and
# exits non-zero on any loss or duplicate. Needs only JDK 17 and Maven; starts and stops everything itself.
#   usage: bench/crash-test.sh [--observations N] [--connections C]      (defaults: 10000, 16)
set -euo pipefail
cd "$(dirname "$0")/.."
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --observations|--connections) args+=("$1" "$2"); shift 2 ;;
    *) echo "usage: bench/crash-test.sh [--observations N] [--connections C]"; exit 2 ;;
  esac
done
echo "== building the runnable jar and the crash test (mvn -Pbench -pl bench -am package)"
mvn -B -q -ntp -Pbench -pl bench -am package -DskipTests
exec java -Xmx1g -cp "bench/target/classes:bench/target/lib/*" dev.vigil.bench.crash.CrashTest \
  --jar server/target/vigil.jar --work bench/target/crash "${args[@]}"
