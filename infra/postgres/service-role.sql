-- Groundwork: one service's runtime role. Idempotent. Run after setup.sql, once per service that has
-- a schema (scripts/db-setup.sh and the Postgres container's init script do it for every service in
-- infra/access/services.json):
--   psql "$DATABASE_URL" -X -v ON_ERROR_STOP=1 \
--     -v dbname=groundwork -v role=groundwork_membership -v password=... -f infra/postgres/service-role.sql
--
-- The role logs in, owns nothing, cannot bypass row-level security and gets no table here: its own
-- service's migrations grant it its own schema, and nothing else.
\set ON_ERROR_STOP on

select pg_advisory_lock(hashtext('groundwork:db-setup')) as db_setup_locked \gset

select format('create role %I login', :'role')
 where not exists (select from pg_roles where rolname = :'role') \gexec
select format('alter role %I with login nosuperuser nobypassrls nocreatedb nocreaterole noreplication password %L',
              :'role', :'password') \gexec
select format('grant connect, temporary on database %I to %I', :'dbname', :'role') \gexec

select pg_advisory_unlock(hashtext('groundwork:db-setup')) as db_setup_unlocked \gset
