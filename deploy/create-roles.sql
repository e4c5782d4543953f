-- Creates the two roles and the database of a Kartoteka on an external PostgreSQL (15 or later).
-- Run it once, as a superuser (or a role with CREATEROLE and CREATEDB), with psql:
--
--   psql -h db.example.org -U postgres -v ON_ERROR_STOP=1 \
--        -v database=kartoteka \
--        -v owner=kartoteka_owner -v owner_password='…' \
--        -v app=kartoteka_app -v app_password='…' \
--        -f deploy/create-roles.sql
--
-- owner: owns the database and its schema; the service runs its migrations (Flyway) as this role
--        (QUARKUS_FLYWAY_USERNAME / QUARKUS_FLYWAY_PASSWORD). Nothing else should use it.
-- app:   the role the service connects as (QUARKUS_DATASOURCE_USERNAME / _PASSWORD). It owns
--        nothing: it reads and writes records, may create temporary tables, and cannot alter,
--        disable or drop the audit triggers, rewrite audit events or truncate a table. Its grants
--        come from the migrations on every start (afterMigrate.sql), not from this script.
-- docs/security.md ("Database roles") explains the split; docs/operations.md how to back it up.

\set ON_ERROR_STOP on

CREATE ROLE :"owner" LOGIN PASSWORD :'owner_password' NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION;
CREATE ROLE :"app" LOGIN PASSWORD :'app_password' NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION;
CREATE DATABASE :"database" OWNER :"owner" ENCODING 'UTF8' TEMPLATE template0;

REVOKE ALL ON DATABASE :"database" FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE :"database" TO :"app";

\connect :"database"

-- The schema belongs to the owner; nobody else may create objects in it.
ALTER SCHEMA public OWNER TO :"owner";
REVOKE CREATE ON SCHEMA public FROM PUBLIC;

-- The extensions the first migration needs. They are trusted extensions, which the owner could
-- create itself; creating them here also serves servers that restrict extensions to administrators.
CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;
CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public;
CREATE EXTENSION IF NOT EXISTS btree_gist SCHEMA public;
