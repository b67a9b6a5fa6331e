#!/usr/bin/env bash
# Files one observation with the Vigil API and prints the answer.
#
#   samples/curl/file-observation.sh                 # room 214, CTRL_SPEAKS_FOR, filed as front desk
#   ROOM=305 INDICATORS=ROOM_SUPPLIES_NO_ENTRY REPORTER_ROLE=HK samples/curl/file-observation.sh
#
# Settings (environment variables, all optional):
#   VIGIL_URL        base address of the server            (default http://localhost:8080)
#   VIGIL_USER       user name, also used as reporter.id    (default frontdesk, a demo user)
#   VIGIL_PASSWORD   password                               (default frontdesk-demo)
#   VIGIL_TOKEN      a bearer JWT instead of the password; VIGIL_USER must then be its user name
#   PROPERTY_ID      the property                           (default demo-hotel)
#   REPORTER_ROLE    FD, HK, FB, MNT, VAL, SEC or HR        (default FD)
#   ROOM             room number                            (default 214)
#   INDICATORS       comma-separated indicator codes        (default CTRL_SPEAKS_FOR)
#   GUIDANCE_LANG    language of the guidance: en, es, he, ar (default en)
#   IDEMPOTENCY_KEY  reuse a key to retry safely            (default: a new UUID)
#   OBSERVED_AT      ISO-8601 with offset                   (default: now, in UTC)
#
# A retry with the same IDEMPOTENCY_KEY and the same body answers 200 with the first answer
# (in the first answer's language, whatever GUIDANCE_LANG says now);
# the same key with another body answers 409. Nothing is filed twice. The script prints the key
# and observedAt it used: to retry by hand, pass both back, or the body differs and you get 409.
set -euo pipefail

VIGIL_URL="${VIGIL_URL:-http://localhost:8080}"
VIGIL_USER="${VIGIL_USER:-frontdesk}"
VIGIL_PASSWORD="${VIGIL_PASSWORD:-frontdesk-demo}"
# VIGIL_TOKEN: a bearer JWT from the chain's identity provider, sent instead of the password
if [ -n "${VIGIL_TOKEN:-}" ]; then
  AUTH=(-H "Authorization: Bearer ${VIGIL_TOKEN}")
else
  AUTH=(-u "${VIGIL_USER}:${VIGIL_PASSWORD}")
fi
PROPERTY_ID="${PROPERTY_ID:-demo-hotel}"
REPORTER_ROLE="${REPORTER_ROLE:-FD}"
ROOM="${ROOM:-214}"
INDICATORS="${INDICATORS:-CTRL_SPEAKS_FOR}"
GUIDANCE_LANG="${GUIDANCE_LANG:-en}"

new_uuid() {
  if command -v uuidgen >/dev/null 2>&1; then
    uuidgen | tr '[:upper:]' '[:lower:]'
  elif [ -r /proc/sys/kernel/random/uuid ]; then
    cat /proc/sys/kernel/random/uuid
  else
    od -An -N16 -tx1 /dev/urandom | tr -d ' \n' \
      | sed -E 's/(.{8})(.{4})(.{4})(.{4})(.{12})/\1-\2-\3-\4-\5/'
  fi
}

IDEMPOTENCY_KEY="${IDEMPOTENCY_KEY:-$(new_uuid)}"
OBSERVED_AT="${OBSERVED_AT:-$(date -u +%Y-%m-%dT%H:%M:%SZ)}"

# "A,B" -> "\"A\",\"B\"" (codes are upper-case letters, digits and underscores: no escaping needed)
CODES="\"$(printf '%s' "$INDICATORS" | sed 's/ //g; s/,/","/g')\""

BODY=$(cat <<JSON
{
  "propertyId": "${PROPERTY_ID}",
  "observedAt": "${OBSERVED_AT}",
  "reporter": { "id": "${VIGIL_USER}", "role": "${REPORTER_ROLE}" },
  "location": { "room": "${ROOM}" },
  "indicators": [ ${CODES} ],
  "note": "Facts only: a companion answered every question put to the guest at check-in."
}
JSON
)

echo "POST ${VIGIL_URL}/api/v1/observations" >&2
echo "  IDEMPOTENCY_KEY=${IDEMPOTENCY_KEY} OBSERVED_AT=${OBSERVED_AT}" >&2

RESPONSE_FILE="$(mktemp)"
HEADERS_FILE="$(mktemp)"
trap 'rm -f "$RESPONSE_FILE" "$HEADERS_FILE"' EXIT

STATUS=$(curl -sS -D "$HEADERS_FILE" -o "$RESPONSE_FILE" -w '%{http_code}' \
  "${AUTH[@]}" \
  -H 'Content-Type: application/json' \
  -H "Idempotency-Key: ${IDEMPOTENCY_KEY}" \
  --data-binary "$BODY" \
  "${VIGIL_URL}/api/v1/observations?lang=${GUIDANCE_LANG}")

# Content-Language names the language of the guidance (a replay keeps the first answer's language).
SERVED=$(grep -i '^Content-Language:' "$HEADERS_FILE" | awk '{print $2}' | tr -d '\r' || true)
echo "HTTP ${STATUS}${SERVED:+, guidance in ${SERVED}}" >&2
if command -v jq >/dev/null 2>&1; then
  jq . "$RESPONSE_FILE"
else
  cat "$RESPONSE_FILE"; echo
fi

case "$STATUS" in
  200|201) exit 0 ;;
  *) exit 1 ;;
esac
