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
    exec node "apps/${SERVICE}/dist/main.js"
    ;;
esac
