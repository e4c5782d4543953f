#!/bin/sh
# Run once by the postgres image on its first start (/docker-entrypoint-initdb.d): creates the
# owner and application roles and the kartoteka database with deploy/create-roles.sql.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    -v database=kartoteka \
    -v owner=kartoteka_owner -v owner_password="$KARTOTEKA_OWNER_PASSWORD" \
    -v app=kartoteka_app -v app_password="$KARTOTEKA_APP_PASSWORD" \
    -f /kartoteka/create-roles.sql
