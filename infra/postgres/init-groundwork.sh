#!/usr/bin/env bash
# Init script for the postgres container (docker-compose.yml mounts it into /docker-entrypoint-initdb.d).
# The official image runs it once, when the data volume is empty, as the superuser over the local socket.
# It runs the same SQL as scripts/db-setup.sh, mounted at /groundwork/setup.sql.
# No `set` options here: the image sources init scripts that are not executable, and psql's own
# ON_ERROR_STOP plus its exit status are enough either way.

psql --no-psqlrc --quiet --set ON_ERROR_STOP=1 \
  --username "${POSTGRES_USER:-postgres}" --dbname "${POSTGRES_DB:-postgres}" \
  --set dbname="${GROUNDWORK_DATABASE:-groundwork}" \
  --set owner_password="${DB_OWNER_PASSWORD:-groundwork_owner}" \
  --set app_password="${DB_APP_PASSWORD:-groundwork_app}" \
  --file /groundwork/setup.sql

# One runtime role per service: GROUNDWORK_DB_ROLES="membership:groundwork_membership ...", passwords
# DB_<SERVICE>_PASSWORD (default: the role's name).
for pair in ${GROUNDWORK_DB_ROLES:-}; do
  service="${pair%%:*}"
  role="${pair#*:}"
  password_var="DB_$(printf '%s' "$service" | tr '[:lower:]-' '[:upper:]_')_PASSWORD"
  psql --no-psqlrc --quiet --set ON_ERROR_STOP=1 \
    --username "${POSTGRES_USER:-postgres}" --dbname "${POSTGRES_DB:-postgres}" \
    --set dbname="${GROUNDWORK_DATABASE:-groundwork}" --set role="$role" --set password="${!password_var:-$role}" \
    --file /groundwork/service-role.sql
done
