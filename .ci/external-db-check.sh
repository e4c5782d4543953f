#!/usr/bin/env bash
# Proves that a configured datasource URL wins over the embedded PostgreSQL: prepares a fresh
# database on an external PostgreSQL server with deploy/create-roles.sql (an owner and an
# application role of unique names), starts the packaged jar (built by ./mvnw -B verify) on it as
# an operator would, writes a source through the API, finds the row in that database with psql,
# and checks that the service's role cannot disable an audit trigger. Drops database and roles.
#
# Settings (environment): PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres), CHECK_DB
# (kartoteka_ci_check), READY_TIMEOUT seconds (120). Exits non-zero with a message on any failure.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
JAR="$ROOT/target/quarkus-app/quarkus-run.jar"
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
CHECK_DB=${CHECK_DB:-kartoteka_ci_check}
SUFFIX="$$_$(date +%s)"
OWNER_ROLE="kci_owner_$SUFFIX" APP_ROLE="kci_app_$SUFFIX"
OWNER_PASSWORD="owner-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
APP_PASSWORD="app-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
READY_TIMEOUT=${READY_TIMEOUT:-120}
# 32 characters at least, as the service requires of a bootstrap token.
TOKEN="ci-check-$(date +%s)-$(head -c 24 /dev/urandom | od -An -tx1 | tr -d " \n")"
WORK=$(mktemp -d /tmp/kartoteka-external-db-check.XXXXXX)
LOG="$WORK/kartoteka.log"
JAR_PID=""

fail() {
    echo "external-db-check: FAILED: $*" >&2
    if [[ -f "$LOG" ]]; then
        echo "---- last 60 lines of the service log ($LOG) ----" >&2
        tail -n 60 "$LOG" >&2 || true
    fi
    exit 1
}

stop_jar() {
    if [[ -n "$JAR_PID" ]] && kill -0 "$JAR_PID" 2>/dev/null; then
        kill "$JAR_PID" 2>/dev/null || true
        for _ in $(seq 1 30); do
            kill -0 "$JAR_PID" 2>/dev/null || break
            sleep 1
        done
        if kill -0 "$JAR_PID" 2>/dev/null; then
            echo "external-db-check: the service did not stop within 30 s; killing it" >&2
            kill -9 "$JAR_PID" 2>/dev/null || true
        fi
        wait "$JAR_PID" 2>/dev/null || true
    fi
    JAR_PID=""
}

cleanup() {
    local status=$?
    stop_jar
    dropdb --if-exists "$CHECK_DB" >/dev/null 2>&1 || echo "external-db-check: could not drop $CHECK_DB" >&2
    for role in "$APP_ROLE" "$OWNER_ROLE"; do
        psql -d postgres -qtAc "drop role if exists \"$role\"" >/dev/null 2>&1 \
            || echo "external-db-check: could not drop role $role" >&2
    done
    if [[ $status -eq 0 ]]; then
        rm -rf "$WORK"
    else
        echo "external-db-check: kept $WORK for inspection" >&2
    fi
}
trap cleanup EXIT

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()' 2>/dev/null \
        && return
    local port
    for _ in $(seq 1 50); do
        port=$((20000 + RANDOM % 20000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return
        fi
    done
    return 1
}

[[ -f "$JAR" ]] || fail "$JAR is missing; build it first with ./mvnw -B verify (or package)"
command -v psql >/dev/null || fail "psql is not installed"
command -v curl >/dev/null || fail "curl is not installed"
pg_isready -q -t 10 || fail "no PostgreSQL answers at $PGHOST:$PGPORT"

echo "external-db-check: creating database $CHECK_DB and roles $OWNER_ROLE, $APP_ROLE on $PGHOST:$PGPORT"
dropdb --if-exists "$CHECK_DB" || fail "could not drop $CHECK_DB"
psql -d postgres -q -v ON_ERROR_STOP=1 -v database="$CHECK_DB" -v owner="$OWNER_ROLE" \
    -v owner_password="$OWNER_PASSWORD" -v app="$APP_ROLE" -v app_password="$APP_PASSWORD" \
    -f deploy/create-roles.sql >/dev/null || fail "deploy/create-roles.sql failed"

PORT=$(free_port) || fail "found no free port"
BASE="http://127.0.0.1:$PORT"
echo "external-db-check: starting $JAR on port $PORT (working directory $WORK)"
(
    cd "$WORK"
    exec env QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$CHECK_DB" \
        QUARKUS_DATASOURCE_USERNAME="$APP_ROLE" \
        QUARKUS_DATASOURCE_PASSWORD="$APP_PASSWORD" \
        QUARKUS_FLYWAY_USERNAME="$OWNER_ROLE" \
        QUARKUS_FLYWAY_PASSWORD="$OWNER_PASSWORD" \
        QUARKUS_HTTP_PORT="$PORT" \
        KARTOTEKA_BOOTSTRAP_ADMIN_TOKEN="$TOKEN" \
        java -jar "$JAR" </dev/null >"$LOG" 2>&1
) &
JAR_PID=$!

echo "external-db-check: waiting up to ${READY_TIMEOUT}s for $BASE/q/health/ready"
ready=""
for _ in $(seq 1 "$READY_TIMEOUT"); do
    kill -0 "$JAR_PID" 2>/dev/null || fail "the service exited before it was ready"
    if curl -fsS -m 5 -o /dev/null "$BASE/q/health/ready" 2>/dev/null; then
        ready=yes
        break
    fi
    sleep 1
done
[[ -n "$ready" ]] || fail "the service was not ready within ${READY_TIMEOUT}s"

TITLE="External database check $(date -u +%Y-%m-%dT%H:%M:%SZ) $RANDOM"
HEADERS="$WORK/post.headers"
status=$(curl -sS -m 30 -o "$WORK/post.body" -D "$HEADERS" -w '%{http_code}' \
    -H 'Content-Type: application/json' -H "Authorization: Bearer $TOKEN" \
    --data "{\"title\": \"$TITLE\", \"kind\": \"OTHER\", \"visibility\": \"RESTRICTED\"}" \
    "$BASE/api/v1/sources") || fail "POST /api/v1/sources did not answer"
[[ "$status" == 201 ]] || fail "POST /api/v1/sources answered $status: $(cat "$WORK/post.body")"
ID=$(tr -d '\r' <"$HEADERS" | sed -n 's#^[Ll]ocation: .*/api/v1/sources/\([0-9a-f-]\{36\}\)$#\1#p')
[[ -n "$ID" ]] || fail "the 201 answer has no Location naming the new source"

rows=$(psql -d "$CHECK_DB" -v ON_ERROR_STOP=1 -tAc \
    "select count(*) from source where id = '$ID' and title = '$TITLE'") || fail "psql could not query $CHECK_DB"
[[ "$rows" == 1 ]] || fail "source $ID is not in database $CHECK_DB (found $rows rows): the configured URL was not used"

owner=$(psql -d "$CHECK_DB" -tAc "select tableowner from pg_tables where tablename = 'audit_event'") \
    || fail "psql could not query $CHECK_DB"
[[ "$owner" == "$OWNER_ROLE" ]] || fail "audit_event is owned by '$owner', not by the owner role $OWNER_ROLE"
if psql -d "$CHECK_DB" -U "$APP_ROLE" -tAc "alter table person disable trigger person_audit" >/dev/null 2>&1; then
    fail "the application role $APP_ROLE could disable an audit trigger"
fi
if grep -q "the audit trail is within its reach" "$LOG"; then
    fail "the service warned that it connects as the owner"
fi

grep -q "Using the configured external PostgreSQL" "$LOG" \
    || fail "the log does not say the service used the configured PostgreSQL"
if grep -q "Started the embedded PostgreSQL" "$LOG"; then
    fail "the service started its embedded PostgreSQL although a datasource URL was configured"
fi
[[ ! -e "$WORK/kartoteka-data" ]] || fail "the service created $WORK/kartoteka-data although a datasource URL was configured"

stop_jar
echo "external-db-check: OK: source $ID was written to $CHECK_DB on $PGHOST:$PGPORT as $APP_ROLE (migrations as $OWNER_ROLE, which owns the tables; $APP_ROLE cannot disable an audit trigger); no embedded PostgreSQL was started"
