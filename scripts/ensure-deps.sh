#!/usr/bin/env bash
# Installs the npm dependencies when they are missing or older than package-lock.json.
#
#   bash scripts/ensure-deps.sh
#
# Runs `npm ci` (exactly what the lockfile says) when node_modules is missing, or when package-lock.json
# is newer than node_modules/.package-lock.json (the lockfile npm writes after an install). Otherwise it
# does nothing, so it is cheap to call before every command.
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

require_node
cd "$ROOT_DIR"

[[ -f package-lock.json ]] || die "package-lock.json is missing at $ROOT_DIR; cannot install reproducibly."

reason=''
if [[ ! -d node_modules ]]; then
  reason='node_modules is missing'
elif [[ ! -f node_modules/.package-lock.json ]]; then
  reason='node_modules was not installed by npm 7+ (no node_modules/.package-lock.json)'
elif [[ package-lock.json -nt node_modules/.package-lock.json ]]; then
  reason='package-lock.json changed since the last install'
fi

if [[ -z "$reason" ]]; then
  log_ok "npm dependencies are up to date"
  exit 0
fi

log_step "Installing npm dependencies ($reason): npm ci"
ci_log="$(mktemp)"
trap 'rm -f "$ci_log"' EXIT
if npm ci --no-audit --no-fund 2>&1 | tee "$ci_log"; then
  log_ok "npm dependencies installed"
  exit 0
fi

# npm ci refuses a lockfile that does not list every optional, platform-specific package (a lockfile
# written where the registry serves only this platform's binaries, for instance) or that lags behind a
# package.json. npm install resolves the same versions from the lockfile and fills in the rest.
if grep -q 'EUSAGE' "$ci_log" && grep -q 'in sync' "$ci_log"; then
  log_warn "package-lock.json is not in sync with package.json (see above); falling back to npm install."
  log_warn "To make npm ci work again, regenerate the lockfile with npm install where the whole npm registry is reachable, and commit it."
  npm install --no-audit --no-fund || die "npm install failed (see above)."
  log_ok "npm dependencies installed (npm install)"
  exit 0
fi
die "npm ci failed (see above)."
