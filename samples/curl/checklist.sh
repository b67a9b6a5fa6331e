#!/usr/bin/env bash
# Prints the active indicator checklist in one language, optionally for one staff role.
#
#   samples/curl/checklist.sh            # English, all 70 indicators
#   samples/curl/checklist.sh es HK      # Spanish, what housekeeping is likely to observe
#   samples/curl/checklist.sh he         # Hebrew (right-to-left: display with dir="rtl")
#
# Arguments: [lang] [role]   lang: en, es, he, ar (others fall back to Accept-Language, then en)
#                            role: FD, HK, FB, MNT, VAL, SEC, HR
# Settings: VIGIL_URL (default http://localhost:8080), VIGIL_USER / VIGIL_PASSWORD
# (default frontdesk / frontdesk-demo, a demo user) or VIGIL_TOKEN (a bearer JWT). RAW=1 prints
# the JSON unchanged.
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
CHECKLIST_LANG="${1:-en}"
ROLE="${2:-}"

QUERY="lang=${CHECKLIST_LANG}"
[ -n "$ROLE" ] && QUERY="${QUERY}&role=${ROLE}"

HEADERS_FILE="$(mktemp)"
BODY_FILE="$(mktemp)"
trap 'rm -f "$HEADERS_FILE" "$BODY_FILE"' EXIT

STATUS=$(curl -sS -D "$HEADERS_FILE" -o "$BODY_FILE" -w '%{http_code}' \
  "${AUTH[@]}" \
  "${VIGIL_URL}/api/v1/indicators?${QUERY}")

if [ "$STATUS" != 200 ]; then
  echo "HTTP ${STATUS}" >&2
  cat "$BODY_FILE" >&2; echo >&2
  exit 1
fi

# Content-Language names the language actually served (en when the one asked for is unknown).
SERVED=$(grep -i '^Content-Language:' "$HEADERS_FILE" | awk '{print $2}' | tr -d '\r')
echo "served in: ${SERVED}" >&2

if [ "${RAW:-0}" = 1 ] || ! command -v jq >/dev/null 2>&1; then
  cat "$BODY_FILE"; echo
else
  # categories carry their label in the served language; guidance has the property's numbers filled in
  jq -r '(.categories | map({(.id): .label}) | add) as $names
         | "pack \(.packVersion), \(.indicators | length) indicators\n",
           (.guidance[] | "! \(.text)"), "",
           (.indicators[] | "\(.code)  [\($names[.category]), weight \(.weight)\(if .minorRelated then ", possible minor" else "" end)\(if .emergency then ", EMERGENCY" else "" end)]\n  \(.text)")' \
    "$BODY_FILE"
fi
