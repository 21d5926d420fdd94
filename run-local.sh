#!/usr/bin/env bash
# Runs newsalerts locally: builds it, starts a real Kafka broker (KRaft) and both services from their packaged
# jars against the local PostgreSQL, creates demo subscriptions, ingests a demo article and job posting and
# prints the alerts that result. Then it keeps running until Ctrl-C and stops everything it started.
#
#   ./run-local.sh              build, start, demo, wait for Ctrl-C
#   ./run-local.sh --no-wait    the same, but stop everything once the alerts are printed
#   SKIP_BUILD=1 ./run-local.sh reuse the last build
#   KEEP_STATE=1 ./run-local.sh keep the broker's data and the databases of the last run (default: start empty)
#
# Settings (environment): KAFKA_PORT (9092), INGEST_PORT (8081), ALERT_PORT (8082), PGHOST (127.0.0.1),
# PGPORT (5432), PGUSER (postgres), PGPASSWORD (none), NEWSALERTS_ADMIN_TOKEN and NEWSALERTS_PUBLISHER_TOKEN
# (generated if unset), NEWSALERTS_FEEDS_ALLOW_PRIVATE_ADDRESSES and NEWSALERTS_WEBHOOKS_ALLOW_PRIVATE_ADDRESSES
# (true here, so that feeds and webhook endpoints on this machine can be reached; production refuses them),
# WEBHOOK_PORT (8083: the demo's webhook receiver, scripts/WebhookReceiver.java).
set -euo pipefail
cd "$(dirname "$0")"
source scripts/lib.sh

WAIT=1
[[ "${1:-}" == "--no-wait" ]] && WAIT=0

KAFKA_PORT=${KAFKA_PORT:-9092}
INGEST_PORT=${INGEST_PORT:-8081}
ALERT_PORT=${ALERT_PORT:-8082}
WEBHOOK_PORT=${WEBHOOK_PORT:-8083}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
export NEWSALERTS_ADMIN_TOKEN=${NEWSALERTS_ADMIN_TOKEN:-admin-$(openssl rand -hex 16)}
export NEWSALERTS_PUBLISHER_TOKEN=${NEWSALERTS_PUBLISHER_TOKEN:-publisher-$(openssl rand -hex 16)}
export NEWSALERTS_FEEDS_ALLOW_PRIVATE_ADDRESSES=${NEWSALERTS_FEEDS_ALLOW_PRIVATE_ADDRESSES:-true}
export NEWSALERTS_WEBHOOKS_ALLOW_PRIVATE_ADDRESSES=${NEWSALERTS_WEBHOOKS_ALLOW_PRIVATE_ADDRESSES:-true}
STATE=.local
LOGS=$STATE/logs
mkdir -p "$LOGS"

trap stop_all EXIT
trap 'exit 130' INT TERM

require java mvn curl jq psql openssl
check_ports "$KAFKA_PORT" $((KAFKA_PORT + 1)) "$INGEST_PORT" "$ALERT_PORT" "$WEBHOOK_PORT"

if [[ -z "${SKIP_BUILD:-}" ]]; then
  step "Building (mvn package, tests skipped: run them with 'mvn verify')"
  mvn -B -q -DskipTests package
fi

step "PostgreSQL at $PGHOST:$PGPORT"
ensure_postgres
if [[ -z "${KEEP_STATE:-}" ]]; then
  rm -rf "$STATE/kafka"
  drop_database newsalerts_ingest
  drop_database newsalerts_alerts
fi
create_database newsalerts_ingest
create_database newsalerts_alerts

step "Kafka broker (KRaft, in $STATE/kafka) on localhost:$KAFKA_PORT"
start_process kafka java -cp "local-infra/target/local-infra-1.0.0-SNAPSHOT.jar:local-infra/target/lib/*" \
  io.newsalerts.localinfra.LocalKafkaMain "$KAFKA_PORT" $((KAFKA_PORT + 1)) "$STATE/kafka"
wait_for_log kafka "Kafka broker ready" 60

export KAFKA_BOOTSTRAP_SERVERS=localhost:$KAFKA_PORT
# The jars run in the prod profile, which has no database defaults: name the user (and password, if any).
export QUARKUS_DATASOURCE_USERNAME=$PGUSER QUARKUS_DATASOURCE_PASSWORD=${PGPASSWORD:-}
step "ingest-service on :$INGEST_PORT and alert-service on :$ALERT_PORT"
QUARKUS_HTTP_PORT=$INGEST_PORT QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/newsalerts_ingest" \
  start_process ingest-service java -jar ingest-service/target/quarkus-app/quarkus-run.jar
QUARKUS_HTTP_PORT=$ALERT_PORT QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/newsalerts_alerts" \
  start_process alert-service java -jar alert-service/target/quarkus-app/quarkus-run.jar
wait_for_ready ingest-service "http://localhost:$INGEST_PORT/q/health/ready" 90
wait_for_ready alert-service "http://localhost:$ALERT_PORT/q/health/ready" 90

step "Webhook receiver on :$WEBHOOK_PORT (checks every signature; secret from the demo's registration)"
rm -f "$STATE/webhook-secret"
start_process webhook-receiver java scripts/WebhookReceiver.java "$WEBHOOK_PORT" "$STATE/webhook-secret"
wait_for_log webhook-receiver "listening" 60

step "Demo"
INGEST_URL=http://localhost:$INGEST_PORT ALERT_URL=http://localhost:$ALERT_PORT \
  WEBHOOK_URL=http://127.0.0.1:$WEBHOOK_PORT/hook WEBHOOK_SECRET_FILE=$STATE/webhook-secret \
  WEBHOOK_LOG=$LOGS/webhook-receiver.log scripts/demo.sh

cat <<INFO

Running. Admin token: $NEWSALERTS_ADMIN_TOKEN   Publisher token: $NEWSALERTS_PUBLISHER_TOKEN
  ingest-service  http://localhost:$INGEST_PORT  (OpenAPI: /q/openapi, health: /q/health)
  alert-service   http://localhost:$ALERT_PORT  (OpenAPI: /q/openapi, health: /q/health)
  web page        http://localhost:$ALERT_PORT/  (sign in with the demo's API key printed above)
  Kafka           localhost:$KAFKA_PORT   logs: $LOGS/
  webhooks        http://127.0.0.1:$WEBHOOK_PORT/hook  (each signed delivery: $LOGS/webhook-receiver.log)
INFO
if [[ $WAIT == 1 ]]; then
  echo "Press Ctrl-C to stop everything."
  wait_forever
fi
