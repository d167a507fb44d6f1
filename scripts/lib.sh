# shellcheck shell=bash
# shellcheck disable=SC2016 # node -e '...' holds JavaScript: its ${...} are JS template literals.
# Shared helpers for the Groundwork scripts. Source it; do not run it.
#
#   source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
#
# It defines logging helpers, the environment the scripts agree on (see .env.example), the URLs derived
# from DATABASE_URL, and small wrappers around apt and HTTP checks. Sourcing it changes nothing on the
# machine.

if [[ -n "${_GROUNDWORK_LIB_SOURCED:-}" ]]; then
  return 0
fi
_GROUNDWORK_LIB_SOURCED=1

ROOT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUN_DIR="$ROOT_DIR/.run"

# Turbo must not phone home or nag, in any of our scripts.
export TURBO_TELEMETRY_DISABLED=1
export TURBO_NO_UPDATE_NOTIFIER=1
export DO_NOT_TRACK=1

# ---------------------------------------------------------------------------------------------------
# Logging. Everything goes to stderr so that functions can return values on stdout.

if [[ -t 2 && -z "${NO_COLOR:-}" && "${FORCE_COLOR:-}" != "0" ]]; then
  _C_RESET=$'\033[0m' _C_BOLD=$'\033[1m' _C_DIM=$'\033[2m'
  _C_RED=$'\033[31m' _C_GREEN=$'\033[32m' _C_YELLOW=$'\033[33m' _C_BLUE=$'\033[34m'
else
  _C_RESET='' _C_BOLD='' _C_DIM='' _C_RED='' _C_GREEN='' _C_YELLOW='' _C_BLUE=''
fi

log() { printf '%s[groundwork]%s %s\n' "$_C_BLUE" "$_C_RESET" "$*" >&2; }
log_step() { printf '%s[groundwork]%s %s==> %s%s\n' "$_C_BLUE" "$_C_RESET" "$_C_BOLD" "$*" "$_C_RESET" >&2; }
log_ok() { printf '%s[groundwork]%s %s%s%s\n' "$_C_BLUE" "$_C_RESET" "$_C_GREEN" "$*" "$_C_RESET" >&2; }
log_warn() { printf '%s[groundwork] warning:%s %s\n' "$_C_YELLOW" "$_C_RESET" "$*" >&2; }
log_error() { printf '%s[groundwork] error:%s %s\n' "$_C_RED" "$_C_RESET" "$*" >&2; }
die() {
  log_error "$*"
  exit 1
}

# ---------------------------------------------------------------------------------------------------
# Small utilities.

is_root() { [[ "$(id -u)" -eq 0 ]]; }

have() { command -v "$1" >/dev/null 2>&1; }

# now_ms: wall-clock milliseconds (bash 5's EPOCHREALTIME, no subprocess).
now_ms() {
  local t="${EPOCHREALTIME/[,.]/}"
  printf '%s' "$((t / 1000))"
}

# format_ms 83450 -> "1m23.5s"; 950 -> "0.9s"
format_ms() {
  local ms="$1"
  if ((ms >= 60000)); then
    printf '%dm%d.%ds' "$((ms / 60000))" "$((ms % 60000 / 1000))" "$((ms % 1000 / 100))"
  else
    printf '%d.%ds' "$((ms / 1000))" "$((ms % 1000 / 100))"
  fi
}

# ---------------------------------------------------------------------------------------------------
# Node checks. Every script needs node (the helpers below call it), so fail early and clearly.

require_node() {
  have node || die "Node.js is not installed. Install Node.js 20.19 or newer (https://nodejs.org) and npm 11, then run this again."
  have npm || die "npm is not on PATH. Install npm 11 (it ships with Node.js) and run this again."
  local version
  version="$(node -p 'process.versions.node')"
  node -e '
    const [maj, min] = process.versions.node.split(".").map(Number);
    process.exit(maj > 20 || (maj === 20 && min >= 19) ? 0 : 1);
  ' || die "Node.js $version is too old: Groundwork needs Node.js 20.19 or newer."
}

# ---------------------------------------------------------------------------------------------------
# apt. Installs only when running as root; otherwise stops with the exact command to run.

_APT_UPDATED=''

# apt_install <what it is for> <package>...
apt_install() {
  local purpose="$1"
  shift
  if ! is_root; then
    die "$purpose is missing. Install it with: sudo apt-get install -y $*   (then run this again)"
  fi
  have apt-get || die "$purpose is missing and this machine has no apt-get. Install the equivalent of: $*"
  export DEBIAN_FRONTEND=noninteractive
  if [[ -z "$_APT_UPDATED" ]]; then
    log "apt-get update"
    apt-get update -qq >&2 || die "apt-get update failed; cannot install $*."
    _APT_UPDATED=1
  fi
  log "apt-get install $* ($purpose)"
  apt-get install -y -qq --no-install-recommends "$@" >&2 || die "apt-get install $* failed."
}

# ---------------------------------------------------------------------------------------------------
# Environment. One place defines the defaults every script agrees on; see .env.example.

# load_dotenv: read KEY=VALUE lines from ./.env (if present). Variables already set in the environment
# win, like dotenv does. Supports comments, blank lines, `export KEY=...`, and single/double quotes.
load_dotenv() {
  local file="$ROOT_DIR/.env" line key value
  [[ -f "$file" ]] || return 0
  while IFS= read -r line || [[ -n "$line" ]]; do
    line="${line%$'\r'}"
    [[ "$line" =~ ^[[:space:]]*(#.*)?$ ]] && continue
    if [[ "$line" =~ ^[[:space:]]*(export[[:space:]]+)?([A-Za-z_][A-Za-z0-9_]*)[[:space:]]*=[[:space:]]*(.*)$ ]]; then
      key="${BASH_REMATCH[2]}"
      value="${BASH_REMATCH[3]}"
      if [[ "$value" =~ ^\"(.*)\"[[:space:]]*(#.*)?$ ]] || [[ "$value" =~ ^\'(.*)\'[[:space:]]*(#.*)?$ ]]; then
        value="${BASH_REMATCH[1]}"
      else
        value="${value%%[[:space:]]#*}"
        value="${value%"${value##*[![:space:]]}"}"
      fi
      [[ -n "${!key+x}" ]] && continue
      export "$key=$value"
    else
      log_warn ".env: ignoring a line that is not KEY=VALUE: $line"
    fi
  done <"$file"
}

# init_env: defaults for the user-facing variables. The first script in a chain records whether
# DATABASE_URL / NATS_URL came from the user (then we only check they are reachable) or are our
# local defaults (then we may start or install the local servers); child scripts inherit that.
init_env() {
  load_dotenv
  if [[ -z "${_GROUNDWORK_ENV_READY:-}" ]]; then
    if [[ -n "${DATABASE_URL:-}" ]]; then _GROUNDWORK_PG_LOCAL=0; else _GROUNDWORK_PG_LOCAL=1; fi
    if [[ -n "${NATS_URL:-}" ]]; then _GROUNDWORK_NATS_LOCAL=0; else _GROUNDWORK_NATS_LOCAL=1; fi
    export _GROUNDWORK_PG_LOCAL _GROUNDWORK_NATS_LOCAL
    export _GROUNDWORK_ENV_READY=1
  fi
  export DATABASE_URL="${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
  export NATS_URL="${NATS_URL:-nats://127.0.0.1:4222}"
  export GROUNDWORK_DATABASE="${GROUNDWORK_DATABASE:-groundwork}"
  export DB_OWNER_PASSWORD="${DB_OWNER_PASSWORD:-groundwork_owner}"
  export DB_APP_PASSWORD="${DB_APP_PASSWORD:-groundwork_app}"
  validate_database_name "$GROUNDWORK_DATABASE"
}

# The database name goes into SQL identifiers and URLs; keep it boring.
validate_database_name() {
  [[ "$1" =~ ^[a-z_][a-z0-9_]{0,62}$ ]] ||
    die "GROUNDWORK_DATABASE='$1' is not a valid name: use lowercase letters, digits and _ (max 63 characters)."
}

# require_test_database: refuse to let tests touch a database whose name does not say "test".
require_test_database() {
  [[ "$GROUNDWORK_DATABASE" == *test* ]] ||
    die "Refusing to run tests against database '$GROUNDWORK_DATABASE': its name must contain 'test'."
}

# db_url <base url> <user> <password> <database>: the base URL with user, password and database replaced.
# Uses node's WHATWG URL class, so ports, query parameters (sslmode=...) and odd characters in passwords
# survive. A URL without a host (unix socket via ?host=/path) carries the user and password as query
# parameters, which libpq and node-postgres both read.
db_url() {
  node -e '
    const [base, user, password, database] = process.argv.slice(1);
    let url;
    try {
      url = new URL(base);
    } catch {
      console.error(`not a valid URL: ${base.replace(/:[^:@/]*@/, ":***@")}`);
      process.exit(2);
    }
    if (url.protocol !== "postgres:" && url.protocol !== "postgresql:") {
      console.error(`expected a postgres:// URL, got ${url.protocol}//...`);
      process.exit(2);
    }
    for (const key of ["user", "password", "dbname"]) url.searchParams.delete(key);
    if (url.hostname) {
      url.username = encodeURIComponent(user);
      url.password = encodeURIComponent(password);
    } else {
      url.searchParams.set("user", user);
      url.searchParams.set("password", password);
    }
    url.pathname = "/" + encodeURIComponent(database);
    process.stdout.write(url.href);
  ' "$1" "$2" "$3" "$4" || die "Cannot derive a database URL from DATABASE_URL (see the message above)."
}

# redact_url <url>: the URL with its password replaced by ***, for log lines.
redact_url() {
  node -e '
    try {
      const url = new URL(process.argv[1]);
      if (url.password) url.password = "***";
      if (url.searchParams.has("password")) url.searchParams.set("password", "***");
      process.stdout.write(url.href);
    } catch {
      process.stdout.write("<unparseable URL>");
    }
  ' "$1"
}

# export_service_env: the derived variables every service and migration reads.
export_service_env() {
  export OWNER_DATABASE_URL APP_DATABASE_URL
  OWNER_DATABASE_URL="$(db_url "$DATABASE_URL" groundwork_owner "$DB_OWNER_PASSWORD" "$GROUNDWORK_DATABASE")"
  APP_DATABASE_URL="$(db_url "$DATABASE_URL" groundwork_app "$DB_APP_PASSWORD" "$GROUNDWORK_DATABASE")"
}

# ensure_jwt_secret: JWT_SECRET from the environment, else from .run/jwt-secret (git-ignored), generated
# once, so that restarting the gateway keeps sessions valid.
ensure_jwt_secret() {
  [[ -n "${JWT_SECRET:-}" ]] && return 0
  local file="$RUN_DIR/jwt-secret"
  if [[ ! -s "$file" ]]; then
    mkdir -p "$RUN_DIR"
    (
      umask 077
      node -e 'process.stdout.write(require("node:crypto").randomBytes(48).toString("base64url"))' >"$file.tmp"
      mv "$file.tmp" "$file"
    )
    log "generated a JWT secret in ${file#"$ROOT_DIR"/}"
  fi
  JWT_SECRET="$(<"$file")"
  export JWT_SECRET
}

# ---------------------------------------------------------------------------------------------------
# Build and migrations, shared by start, test and bench.

# turbo ...: the workspace's own turbo (installed by ensure-deps), run from the repository root.
turbo() { (cd "$ROOT_DIR" && "$ROOT_DIR/node_modules/.bin/turbo" "$@"); }

# drop_database: drops $GROUNDWORK_DATABASE (if it exists) on the server at DATABASE_URL, closing its
# connections, so tests and benchmarks start from an empty database whatever earlier runs left behind.
drop_database() {
  validate_database_name "$GROUNDWORK_DATABASE"
  if ! have psql; then
    log "psql is not installed"
    apt_install "The Postgres client (psql)" postgresql-client
  fi
  log "dropping database $GROUNDWORK_DATABASE for a fresh start"
  PGCONNECT_TIMEOUT=10 psql "$DATABASE_URL" --no-psqlrc --quiet --set ON_ERROR_STOP=1 \
    --command "DROP DATABASE IF EXISTS \"$GROUNDWORK_DATABASE\" WITH (FORCE)"
}

# services [names arguments]: service names from services.json, in start order (see scripts/services.mjs).
services() { node "$ROOT_DIR/scripts/services.mjs" names "$@"; }

# service_field <service> <field>: one field of a service in services.json.
service_field() { node "$ROOT_DIR/scripts/services.mjs" get "$1" "$2"; }

# migrate_all: each service's migrations (services.json "migrate"), in registry order, as the owner role.
migrate_all() {
  local svc entry
  for svc in $(services --migrated); do
    entry="$(service_field "$svc" migrate)"
    log "migrating $svc on $GROUNDWORK_DATABASE"
    (cd "$ROOT_DIR" && node "$entry") || {
      log_error "migrations of $svc failed"
      return 1
    }
  done
}

# prepare_platform: everything `npm start` and `npm run bench` do before starting services: dependencies,
# Postgres and NATS, the database and roles, the service environment, a build and migrations.
prepare_platform() {
  log_step "Dependencies"
  bash "$ROOT_DIR/scripts/ensure-deps.sh"

  log_step "Postgres and NATS"
  bash "$ROOT_DIR/scripts/ensure-services.sh"

  log_step "Database $GROUNDWORK_DATABASE"
  bash "$ROOT_DIR/scripts/db-setup.sh"
  export_service_env
  ensure_jwt_secret

  log_step "Build"
  turbo run build --output-logs=errors-only || die "The build failed (see above)."

  log_step "Migrations"
  migrate_all || die "Migrations failed (see above)."
}


# service_node_options <service>: the V8 flags services.json gives the service ("nodeOptions").
service_node_options() { service_field "$1" nodeOptions; }

# ---------------------------------------------------------------------------------------------------
# Network checks.

# http_ok <url>: true when GET <url> answers 200 within 2 seconds.
http_ok() {
  node -e '
    fetch(process.argv[1], { signal: AbortSignal.timeout(2000) }).then(
      (res) => process.exit(res.status === 200 ? 0 : 1),
      () => process.exit(1),
    );
  ' "$1" 2>/dev/null
}

# port_in_use <port>: true when something accepts TCP connections on 127.0.0.1:<port>.
port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}
