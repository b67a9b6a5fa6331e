# Shared by the bench scripts (sourced, not run on its own).

# await_ready PID PORT LOG [SECONDS]: waits until the server on 127.0.0.1:PORT answers /health/ready. Stops the
# script, with the end of LOG, when process PID dies or SECONDS (default 300) pass first.
await_ready() {
  local pid=$1 port=$2 log=$3 limit=${4:-300}
  local deadline=$((SECONDS + limit))
  until curl -sf -o /dev/null "http://127.0.0.1:$port/health/ready"; do
    kill -0 "$pid" 2>/dev/null || { echo "vigil died"; tail -20 "$log"; exit 1; }
    (( SECONDS < deadline )) || { echo "not ready in $limit s"; tail -20 "$log"; exit 1; }
    sleep 0.1
  done
}
