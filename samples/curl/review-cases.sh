#!/usr/bin/env bash
# Security's review: lists the case queue, reads one case with its explanations, and records a
# decision when one is given.
#
#   samples/curl/review-cases.sh                          # the queue, then the top case
#   CASE_ID=336a8427-… samples/curl/review-cases.sh       # one case
#   DECISION=MONITOR NOTE="Guest checked out at 11:00; no further visits seen." \
#     samples/curl/review-cases.sh                        # ...and decide on it
#
# Settings (environment variables, all optional):
#   VIGIL_URL        base address of the server              (default http://localhost:8080)
#   VIGIL_USER       a security or manager user              (default security, a demo user)
#   VIGIL_PASSWORD   password                                (default security-demo)
#   VIGIL_TOKEN      a bearer JWT instead of the password
#   STATUS           queue filter, e.g. OPEN,IN_REVIEW        (default: every status but CLOSED)
#   MIN_SEVERITY     WATCH, REVIEW, REPORT or URGENT          (default: all)
#   ROOM             only cases whose subjects include this room
#   CASE_ID          the case to read                         (default: the top of the queue)
#   CASE_LANG        language of the checklist texts: en, es, he, ar (default en)
#   DECISION         DISMISS, MONITOR, REPORT, ESCALATE_URGENT or CLOSE (default: no decision)
#   NOTE             why, in facts: required with DECISION
#
# Reading a case is audited, and the first read of an OPEN case moves it to IN_REVIEW. Staff
# users get 403: they never see cases. Needs jq for the readable output; RAW=1 prints the JSON.
set -euo pipefail

VIGIL_URL="${VIGIL_URL:-http://localhost:8080}"
VIGIL_USER="${VIGIL_USER:-security}"
VIGIL_PASSWORD="${VIGIL_PASSWORD:-security-demo}"
if [ -n "${VIGIL_TOKEN:-}" ]; then
  AUTH=(-H "Authorization: Bearer ${VIGIL_TOKEN}")
else
  AUTH=(-u "${VIGIL_USER}:${VIGIL_PASSWORD}")
fi
CASE_LANG="${CASE_LANG:-en}"

BODY_FILE="$(mktemp)"
trap 'rm -f "$BODY_FILE"' EXIT

# call METHOD PATH [JSON]: prints the body to $BODY_FILE, fails with the problem on a non-2xx answer
call() {
  local status
  if [ $# -ge 3 ]; then
    status=$(curl -sS -o "$BODY_FILE" -w '%{http_code}' "${AUTH[@]}" -X "$1" \
      -H 'Content-Type: application/json' --data-binary "$3" "${VIGIL_URL}$2")
  else
    status=$(curl -sS -o "$BODY_FILE" -w '%{http_code}' "${AUTH[@]}" -X "$1" "${VIGIL_URL}$2")
  fi
  case "$status" in
    2??) ;;
    *) echo "$1 $2 -> HTTP ${status}" >&2; cat "$BODY_FILE" >&2; echo >&2; exit 1 ;;
  esac
}

have_jq() { [ "${RAW:-0}" != 1 ] && command -v jq >/dev/null 2>&1; }

# 1. The queue: highest severity first, then most recently changed.
QUERY="limit=20"
[ -n "${STATUS:-}" ] && QUERY="${QUERY}&status=${STATUS}"
[ -n "${MIN_SEVERITY:-}" ] && QUERY="${QUERY}&minSeverity=${MIN_SEVERITY}"
[ -n "${ROOM:-}" ] && QUERY="${QUERY}&room=${ROOM}"
call GET "/api/v1/cases?${QUERY}"
if have_jq; then
  echo "== case queue"
  jq -r '.cases[] | "\(.severity)\t\(.status)\t\(.id)\t\(.observations) observations, rules \(.rules | join(", ")), changed \(.updatedAt)"' "$BODY_FILE"
  jq -r 'if .nextCursor then "(more: add &cursor=\(.nextCursor))" else empty end' "$BODY_FILE"
else
  cat "$BODY_FILE"; echo
fi

if [ -z "${CASE_ID:-}" ]; then
  if command -v jq >/dev/null 2>&1; then
    CASE_ID=$(jq -r '.cases[0].id // empty' "$BODY_FILE")
  else
    CASE_ID=$(sed -n 's/.*"cases":\[{[^]]*"id":"\([0-9a-f-]\{36\}\)".*/\1/p' "$BODY_FILE")
  fi
fi
if [ -z "$CASE_ID" ]; then
  echo "The queue is empty." >&2
  exit 0
fi

# 2. One case: subjects with rooms, each matched rule with its explanation, the observations.
call GET "/api/v1/cases/${CASE_ID}?lang=${CASE_LANG}"
if have_jq; then
  echo
  jq -r '"== case \(.id): \(.severity), \(.status)",
         "subjects: " + ([.subjects[] | if .room then "room \(.room)" else .type end] | unique | join(", ")),
         "",
         (.matchedRules[] | "\(.ruleId) \(.tier) — \(.explanation)\n"),
         "observations:",
         (.observations[] | "  \(.observedAt)  \(.role) \(.reporterId)  \(.room // .area)  " + ([.indicators[].code] | join(", "))
            + (if .noteFlagged then "  (note flagged)" else "" end)),
         "",
         "history:",
         (.history[] | "  \(.at)  \(.actor)  \(.kind)  \(.detail // "")" + (if .note then "  — \(.note)" else "" end))' \
     "$BODY_FILE"
else
  cat "$BODY_FILE"; echo
fi

# 3. A decision, with the note that says why. A closed case answers 409.
if [ -n "${DECISION:-}" ]; then
  if [ -z "${NOTE:-}" ]; then
    echo "Give NOTE with DECISION: every decision needs a note saying why, in facts." >&2
    exit 1
  fi
  if command -v jq >/dev/null 2>&1; then
    PAYLOAD=$(jq -n --arg d "$DECISION" --arg n "$NOTE" '{decision: $d, note: $n}')
  else
    ESCAPED=$(printf '%s' "$NOTE" | sed 's/\\/\\\\/g; s/"/\\"/g')
    PAYLOAD="{\"decision\":\"${DECISION}\",\"note\":\"${ESCAPED}\"}"
  fi
  call POST "/api/v1/cases/${CASE_ID}/decisions" "$PAYLOAD"
  if have_jq; then
    echo
    jq -r '"== decided: case \(.id) is now \(.status) (\(.severity))",
           (.decisions[-1] | "  \(.at)  \(.actor)  \(.detail)  — \(.note)")' "$BODY_FILE"
  else
    cat "$BODY_FILE"; echo
  fi
fi
