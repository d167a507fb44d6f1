-- Groundwork: cluster-wide roles, the database and its extension. Idempotent: run it as often as you like.
--
-- Run as a superuser (the admin connection, DATABASE_URL) with three psql variables:
--   psql "$DATABASE_URL" -X -v ON_ERROR_STOP=1 \
--     -v dbname=groundwork -v owner_password=... -v app_password=... -f infra/postgres/setup.sql
-- Used by scripts/db-setup.sh (npm start / npm test / npm run bench) and by the Postgres container's
-- init script (infra/postgres/init-groundwork.sh) in docker-compose.yml.
--
-- Schemas, tables, row-level security and table grants belong to each service's migrations, not here.
\set ON_ERROR_STOP on

-- Two setups racing (npm start and npm test at once) must not trip over each other's CREATE ROLE.
select pg_advisory_lock(hashtext('groundwork:db-setup')) as db_setup_locked \gset

-- groundwork_owner: owns the database and runs migrations.
select 'create role groundwork_owner login'
 where not exists (select from pg_roles where rolname = 'groundwork_owner') \gexec
alter role groundwork_owner with login nosuperuser nocreatedb nocreaterole noreplication
  password :'owner_password';

-- groundwork_app: what the services connect as. Owns nothing and cannot bypass row-level security.
select 'create role groundwork_app login'
 where not exists (select from pg_roles where rolname = 'groundwork_app') \gexec
alter role groundwork_app with login nosuperuser nobypassrls nocreatedb nocreaterole noreplication
  password :'app_password';

-- The database, UTF-8 whatever the cluster's default, owned by groundwork_owner.
select format('create database %I with owner groundwork_owner template template0 encoding %L %s',
              :'dbname', 'UTF8',
              case when datcollate ~* '^(c|posix)$' or datcollate ~* '\.utf-?8$' then ''
                   else 'locale ''C.UTF-8''' end)
  from pg_database
 where datname = 'template0'
   and not exists (select from pg_database where datname = :'dbname') \gexec
select format('alter database %I owner to groundwork_owner', :'dbname') \gexec
select format('grant connect, temporary on database %I to groundwork_app', :'dbname') \gexec

select pg_advisory_unlock(hashtext('groundwork:db-setup')) as db_setup_unlocked \gset

-- Inside the database.
\connect :"dbname"
set client_min_messages = warning;
create extension if not exists pg_trgm;
-- People search: phonetic codes of name words (dmetaphone) and accent folding (unaccent).
create extension if not exists fuzzystrmatch;
create extension if not exists unaccent;
revoke create on schema public from public;
