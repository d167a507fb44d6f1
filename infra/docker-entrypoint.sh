#!/bin/sh
# Entry point of the images built by infra/Dockerfile: runs the service named by SERVICE (a name from
# services.json, with the V8 flags it gives), or, for SERVICE=migrate, every service's migrations in
# the order of services.json.
set -eu
cd /app
case "${SERVICE:?SERVICE is not set}" in
  migrate)
    for service in $(node scripts/services.mjs names --migrated); do
      node "$(node scripts/services.mjs get "$service" migrate)"
    done
    ;;
  *)
    node scripts/services.mjs has "$SERVICE" || {
      echo "SERVICE=$SERVICE is not in services.json" >&2
      exit 1
    }
    # shellcheck disable=SC2046 # the flags are separate words
    exec node $(node scripts/services.mjs get "$SERVICE" nodeOptions) "apps/${SERVICE}/dist/main.js"
    ;;
esac
