#!/usr/bin/env bash
# The demo against running services: a subscriber with the subscriptions of demo/subscriptions.json, the demo
# article (twice: the second is a duplicate), two syndicated copies of it (one story: one alert, the copies listed
# under alsoIn) and the job posting, then every subscription's alerts. With WEBHOOK_URL, WEBHOOK_SECRET_FILE and
# WEBHOOK_LOG (run-local.sh's receiver) it also registers a webhook for every subscription and shows its signed
# deliveries arriving.
# Needs INGEST_URL, ALERT_URL, NEWSALERTS_ADMIN_TOKEN and NEWSALERTS_PUBLISHER_TOKEN.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${INGEST_URL:?}" "${ALERT_URL:?}" "${NEWSALERTS_ADMIN_TOKEN:?}" "${NEWSALERTS_PUBLISHER_TOKEN:?}"

call() { # call METHOD URL TOKEN [CONTENT-TYPE FILE|-]
  local method=$1 url=$2 token=$3
  if [[ $# -gt 3 ]]; then
    curl -sS -X "$method" "$url" -H "Authorization: Bearer $token" -H "Content-Type: $4" --data-binary "@$5"
  else
    curl -sS -X "$method" "$url" -H "Authorization: Bearer $token"
  fi
}

subscriber=$(echo '{"name": "demo subscriber"}' | call POST "$ALERT_URL/subscribers" "$NEWSALERTS_ADMIN_TOKEN" application/json -)
API_KEY=$(jq -er .apiKey <<<"$subscriber") || { echo "creating the subscriber failed: $subscriber" >&2; exit 1; }
echo "subscriber $(jq -r .id <<<"$subscriber"), API key $API_KEY"

declare -A NAMES
IDS=()
while IFS= read -r subscription; do
  created=$(call POST "$ALERT_URL/subscriptions" "$API_KEY" application/json - <<<"$subscription")
  id=$(jq -er .id <<<"$created") || { echo "creating a subscription failed: $created" >&2; exit 1; }
  NAMES[$id]=$(jq -r .name <<<"$subscription")
  IDS+=("$id")
  printf '  subscribed %-45s %s\n' "$(jq -r .query <<<"$subscription")" "$id"
  [[ "$(jq -r .query <<<"$subscription")" == '"machine learning platform"' ]] && BOTH=$id
done < <(jq -c '.[]' demo/subscriptions.json)

if [[ -n "${WEBHOOK_URL:-}" ]]; then
  webhook=$(jq -n --arg url "$WEBHOOK_URL" '{url: $url, description: "demo receiver"}' \
    | call POST "$ALERT_URL/webhooks" "$API_KEY" application/json -)
  secret=$(jq -er .secret <<<"$webhook") || { echo "registering the webhook failed: $webhook" >&2; exit 1; }
  printf '%s' "$secret" >"$WEBHOOK_SECRET_FILE"
  echo "  webhook $(jq -r .id <<<"$webhook") -> $WEBHOOK_URL (every subscription; secret ${secret:0:12}…)"
fi

first=$(call POST "$INGEST_URL/articles" "$NEWSALERTS_PUBLISHER_TOKEN" application/json demo/article.json)
echo "ingesting demo/article.json:     $first"
echo "ingesting it again:              $(call POST "$INGEST_URL/articles" "$NEWSALERTS_PUBLISHER_TOKEN" application/json demo/article.json)"
echo "ingesting demo/syndicated.ndjson (two other outlets' copies of the story, one without a language):"
call POST "$INGEST_URL/articles" "$NEWSALERTS_PUBLISHER_TOKEN" application/x-ndjson demo/syndicated.ndjson | sed 's/^/    /'
echo "ingesting demo/job-posting.jsonld: $(call POST "$INGEST_URL/job-postings" "$NEWSALERTS_PUBLISHER_TOKEN" application/ld+json demo/job-posting.jsonld)"

if [[ "$(jq -r .duplicate <<<"$first")" == true ]]; then
  # An earlier run ingested them (KEEP_STATE=1): duplicates are not published again, so nothing new alerts.
  echo "the demo's items were ingested by an earlier run (its databases kept): as duplicates they alert no one"
else
  # '"machine learning platform"' matches both events; each event's alerts commit together, so once it has two
  # alerts every alert of the demo is recorded.
  printf 'waiting for the alerts'
  for ((i = 0; i < 150; i++)); do
    count=$(call GET "$ALERT_URL/subscriptions/$BOTH/alerts" "$API_KEY" | jq '.items | length')
    [[ "$count" -ge 2 ]] && break
    printf '.'; sleep 0.2
  done
  [[ "$count" -ge 2 ]] && echo " done" || echo " gave up after 30 s: the alerts below may be incomplete (see .local/logs/)"
fi

total=0
echo
echo "ALERTS"
for id in "${IDS[@]}"; do
  alerts=$(call GET "$ALERT_URL/subscriptions/$id/alerts" "$API_KEY")
  n=$(jq '.items | length' <<<"$alerts")
  total=$((total + n))
  printf '%-52s %d alert(s)\n' "${NAMES[$id]}" "$n"
  jq -r '.items[] | "    [\(.eventType)] \(.title)\n      terms: \(.matchedTerms | join(", "))   snippet: \(.snippet // "" | .[0:110])"
    + ([.alsoIn[]? | "\n      also in: \(.source // "?") \(.url)"] | join(""))' <<<"$alerts"
done
echo
echo "$total alerts for ${#IDS[@]} subscriptions."

if [[ -n "${WEBHOOK_URL:-}" ]]; then
  printf '\nwaiting for the webhook deliveries'
  for ((i = 0; i < 150; i++)); do
    delivered=$(grep -c '^delivery ' "$WEBHOOK_LOG" || true)
    [[ "$delivered" -ge "$total" ]] && break
    printf '.'; sleep 0.2
  done
  echo
  echo "WEBHOOK DELIVERIES (received by the demo receiver, signatures checked with the secret shown once)"
  { grep '^delivery ' "$WEBHOOK_LOG" || true; } | sed 's/^/    /'
  echo "$delivered signed deliveries for $total alerts; valid signatures: $(grep -c 'signature=valid' "$WEBHOOK_LOG" || true)."
fi
