#!/usr/bin/env bash
# Creates the Groundwork roles, database and extension on the Postgres server at DATABASE_URL.
#
#   bash scripts/db-setup.sh                                 # database "groundwork"
#   GROUNDWORK_DATABASE=groundwork_test bash scripts/db-setup.sh
#
# Idempotent. Runs infra/postgres/setup.sql (the same file the Postgres container runs at init) as the
# admin connection. Roles are cluster-wide: groundwork_owner (owns the database, runs migrations;
# password DB_OWNER_PASSWORD) and groundwork_app (the former shared runtime role, cannot bypass RLS;
# password DB_APP_PASSWORD; holds no schema since each service has its own role), and one runtime role
# per service (groundwork_membership, ...; infra/postgres/service-role.sql; password DB_<SERVICE>_PASSWORD,
# default the role's name). Schemas and table grants come from each service's migrations.
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

require_node
init_env

if ! have psql; then
  log "psql is not installed"
  apt_install "The Postgres client (psql)" postgresql-client
fi

log "setting up roles groundwork_owner, groundwork_app, the services' roles and database $GROUNDWORK_DATABASE on $(redact_url "$DATABASE_URL")"
PGCONNECT_TIMEOUT=10 psql "$DATABASE_URL" --no-psqlrc --quiet --set ON_ERROR_STOP=1 \
  --set dbname="$GROUNDWORK_DATABASE" \
  --set owner_password="$DB_OWNER_PASSWORD" \
  --set app_password="$DB_APP_PASSWORD" \
  --file "$ROOT_DIR/infra/postgres/setup.sql" ||
  die "Database setup failed (see the psql error above). DATABASE_URL must be a superuser connection."

while read -r svc role; do
  PGCONNECT_TIMEOUT=10 psql "$DATABASE_URL" --no-psqlrc --quiet --set ON_ERROR_STOP=1 \
    --set dbname="$GROUNDWORK_DATABASE" --set role="$role" --set password="$(service_db_password "$svc" "$role")" \
    --file "$ROOT_DIR/infra/postgres/service-role.sql" || die "Creating the role $role of $svc failed (see above)."
done < <(node "$ROOT_DIR/scripts/access/services.mjs" db-roles)

log_ok "database $GROUNDWORK_DATABASE is ready (owner groundwork_owner, one runtime role per service)"
