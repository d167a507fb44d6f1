#!/bin/sh
# Entry point of the images built by infra/Dockerfile: runs the service named by SERVICE.
set -eu
cd /app
case "${SERVICE:?SERVICE is not set}" in
  migrate)
    npm run --silent db:migrate -w @groundwork/membership
    npm run --silent db:migrate -w @groundwork/evaluation
    ;;
  *)
    # shellcheck disable=SC2046 # the flags are words of infra/node-options
    exec node $(sed -n "s/^${SERVICE}:[[:space:]]*//p" infra/node-options) "apps/${SERVICE}/dist/main.js"
    ;;
esac
