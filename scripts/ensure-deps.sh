#!/usr/bin/env bash
# Installs the npm dependencies unless the last complete install was of this very lockfile.
#
#   bash scripts/ensure-deps.sh
#
# An install counts as done only when node_modules/.groundwork-install holds the hash of
# package-lock.json (written after `npm ci` succeeded, never before) and the tools the scripts run
# (turbo, tsc, jest) are in node_modules/.bin. Anything else (no node_modules, a failed or interrupted
# install, one made with NODE_ENV=production that left out the dev dependencies, a changed lockfile)
# runs `npm ci` again. npm ci is the only way in: it installs exactly what the lockfile says, or fails.
#
# Dev dependencies are always installed (the build needs them), whatever NODE_ENV says: NODE_ENV is
# for the services, not for the install.
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

require_node
cd "$ROOT_DIR"

[[ -f package-lock.json ]] || die "package-lock.json is missing at $ROOT_DIR; cannot install reproducibly."

STAMP=node_modules/.groundwork-install
REQUIRED_BINS=(turbo tsc jest eslint)
lock_hash="$(node -e '
  const { createHash } = require("node:crypto");
  const { readFileSync } = require("node:fs");
  process.stdout.write(createHash("sha256").update(readFileSync("package-lock.json")).digest("hex"));
')"

reason=''
if [[ ! -d node_modules ]]; then
  reason='node_modules is missing'
elif [[ ! -f "$STAMP" ]]; then
  reason='no record of a complete install'
elif [[ "$(<"$STAMP")" != "$lock_hash" ]]; then
  reason='package-lock.json changed since the last install'
else
  for bin in "${REQUIRED_BINS[@]}"; do
    if [[ ! -x "node_modules/.bin/$bin" ]]; then
      reason="node_modules/.bin/$bin is missing"
      break
    fi
  done
fi

if [[ -z "$reason" ]]; then
  log_ok "npm dependencies are up to date"
  exit 0
fi

log_step "Installing npm dependencies ($reason): npm ci"
rm -f "$STAMP"
# --include=dev: npm leaves dev dependencies out when NODE_ENV=production is set (by the user, a
# .env file or a CI runner); the build needs them.
npm ci --include=dev --no-audit --no-fund ||
  die "npm ci failed (see above). It installs exactly what package-lock.json says; if it reports the lockfile out of sync with package.json, run npm install where the npm registry is reachable and commit package-lock.json."

for bin in "${REQUIRED_BINS[@]}"; do
  [[ -x "node_modules/.bin/$bin" ]] || die "npm ci finished but node_modules/.bin/$bin is missing; the install is incomplete."
done
printf '%s' "$lock_hash" >"$STAMP"
log_ok "npm dependencies installed"
