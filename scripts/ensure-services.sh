#!/usr/bin/env bash
# Makes sure Postgres and NATS (with JetStream) are reachable.
#
#   bash scripts/ensure-services.sh
#
# - DATABASE_URL / NATS_URL set by you (environment or .env): only checks that those servers answer
#   (and that NATS has JetStream); never starts or installs anything.
# - Otherwise uses the local Postgres on 127.0.0.1:5432: starts it when installed but stopped, installs
#   it with apt when missing and running as root, and otherwise stops with a message naming exactly what
#   to install. For NATS it only makes sure nats-server is installed: start, test and bench run their
#   own server with per-service users (scripts/nats-local.sh), not the user-less one on 4222.
# Servers it starts keep running after it exits (like any system service).
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

require_node
init_env
cd "$ROOT_DIR"

# The checks use the pg and NATS clients from node_modules.
if [[ ! -d node_modules/pg || ! -d node_modules/@nats-io/jetstream || ! -d node_modules/@nats-io/transport-node ]]; then
  bash "$ROOT_DIR/scripts/ensure-deps.sh"
fi

LOCAL_PG_PORT=5432
NATS_BIN=''
CHECK_OUTPUT=''

# wait_until <seconds> <check function>: retries the check every half second.
wait_until() {
  local deadline=$(($(now_ms) + $1 * 1000))
  shift
  until "$@"; do
    (($(now_ms) < deadline)) || return 1
    sleep 0.5
  done
}

# ---------------------------------------------------------------------------------------------------
# Postgres

# check_postgres: 0 usable, 2 unreachable, 3 refused; the reason (or the version) in CHECK_OUTPUT.
check_postgres() {
  local rc=0
  CHECK_OUTPUT="$(node "$ROOT_DIR/scripts/checks/postgres.mjs" 2>&1)" || rc=$?
  return "$rc"
}

postgres_reachable() {
  local rc=0
  check_postgres || rc=$?
  # Stop waiting as soon as the answer is not "unreachable": a refusal will not fix itself.
  [[ "$rc" -ne 2 ]]
}

# The local cluster on port 5432 as "version name status", from postgresql-common's pg_lsclusters.
local_cluster() {
  have pg_lsclusters || return 0
  pg_lsclusters --no-header 2>/dev/null | awk -v port="$LOCAL_PG_PORT" '$3 == port { print $1, $2, $4; exit }'
}

# The newest installed Postgres server version, if any.
installed_pg_version() {
  local dir versions=()
  for dir in /usr/lib/postgresql/*/bin/postgres; do
    [[ -x "$dir" ]] && versions+=("$(basename "$(dirname "$(dirname "$dir")")")")
  done
  ((${#versions[@]})) || return 0
  printf '%s\n' "${versions[@]}" | sort -V | tail -n 1
}

# A cluster we created ourselves is for local development: trust loopback connections, so that the
# default DATABASE_URL (postgres@127.0.0.1, no password) works, like on a developer's machine.
trust_loopback() {
  local version="$1" name="$2" hba="/etc/postgresql/$1/$2/pg_hba.conf"
  [[ -f "$hba" ]] || return 0
  grep -q 'Added by Groundwork' "$hba" && return 0
  log_warn "configuring $hba to trust loopback connections (local development only)"
  local tmp
  tmp="$(mktemp)"
  {
    echo '# Added by Groundwork (scripts/ensure-services.sh): local development trusts loopback connections.'
    echo 'host    all    all    127.0.0.1/32    trust'
    echo 'host    all    all    ::1/128         trust'
    cat "$hba"
  } >"$tmp"
  cat "$tmp" >"$hba"
  rm -f "$tmp"
  pg_ctlcluster --skip-systemctl-redirect "$version" "$name" reload >/dev/null 2>&1 || true
}

start_local_postgres() {
  local cluster version name status fresh=''
  cluster="$(local_cluster)"

  if [[ -z "$cluster" ]]; then
    version="$(installed_pg_version)"
    if [[ -z "$version" ]]; then
      log "Postgres is not installed"
      apt_install "The Postgres server" postgresql
      fresh=1
      cluster="$(local_cluster)"
      version="$(installed_pg_version)"
    fi
    if [[ -z "$cluster" ]]; then
      [[ -n "$version" ]] || die "Installing postgresql did not provide a Postgres server; install it by hand."
      is_root || die "Postgres $version is installed but has no cluster on port $LOCAL_PG_PORT. Create one with: sudo pg_createcluster $version main --port $LOCAL_PG_PORT --start"
      log "creating Postgres cluster $version/main on port $LOCAL_PG_PORT"
      pg_createcluster "$version" main --port "$LOCAL_PG_PORT" >&2 ||
        die "pg_createcluster $version main failed; a cluster named main may already exist on another port (see pg_lsclusters)."
      fresh=1
      cluster="$(local_cluster)"
      [[ -n "$cluster" ]] || die "Created a Postgres cluster but it is not on port $LOCAL_PG_PORT (see pg_lsclusters)."
    fi
  fi

  read -r version name status <<<"$cluster"
  [[ -n "$fresh" ]] && trust_loopback "$version" "$name"
  if [[ "$status" != online* ]]; then
    local cmd=(pg_ctlcluster --skip-systemctl-redirect "$version" "$name" start)
    if ! is_root && [[ "$(id -un)" != "postgres" ]]; then
      die "Postgres $version/$name is installed but stopped. Start it with: sudo ${cmd[*]}"
    fi
    log "starting Postgres $version/$name: ${cmd[*]}"
    "${cmd[@]}" >&2 || die "Could not start Postgres $version/$name; see /var/log/postgresql/postgresql-$version-$name.log"
  fi
}

ensure_postgres() {
  local where rc=0
  where="$(redact_url "$DATABASE_URL")"
  check_postgres || rc=$?

  if [[ "$rc" -eq 2 ]]; then
    if [[ "$_GROUNDWORK_PG_LOCAL" != 1 ]]; then
      die "Postgres at $where (DATABASE_URL) is not reachable: $CHECK_OUTPUT. Start that server, fix DATABASE_URL, or unset it to use a local Postgres on 127.0.0.1:$LOCAL_PG_PORT."
    fi
    log "Postgres is not answering on 127.0.0.1:$LOCAL_PG_PORT"
    start_local_postgres
    wait_until 30 postgres_reachable || die "Postgres did not come up on 127.0.0.1:$LOCAL_PG_PORT within 30s: $CHECK_OUTPUT"
    rc=0
    check_postgres || rc=$?
  fi

  if [[ "$rc" -ne 0 ]]; then
    die "Postgres at $where refused us: $CHECK_OUTPUT. DATABASE_URL must be an admin (superuser) connection; on a local server, allow it in pg_hba.conf (e.g. 'host all all 127.0.0.1/32 trust' for development) or put the password in DATABASE_URL."
  fi
  log_ok "Postgres $CHECK_OUTPUT is reachable at $where"
}

# ---------------------------------------------------------------------------------------------------
# NATS

check_nats() {
  local rc=0
  CHECK_OUTPUT="$(node "$ROOT_DIR/scripts/checks/nats.mjs" 2>&1)" || rc=$?
  return "$rc"
}

nats_reachable() {
  local rc=0
  check_nats || rc=$?
  [[ "$rc" -ne 2 ]]
}

find_nats_server() {
  if have nats-server; then
    NATS_BIN="$(command -v nats-server)"
  elif [[ -x /usr/sbin/nats-server ]]; then
    NATS_BIN=/usr/sbin/nats-server
  else
    NATS_BIN=''
  fi
}

start_local_nats() {
  find_nats_server
  if [[ -z "$NATS_BIN" ]]; then
    log "NATS server is not installed"
    apt_install "The NATS server" nats-server
    find_nats_server
    [[ -n "$NATS_BIN" ]] || die "Installing nats-server did not provide a nats-server binary; install NATS 2.9+ by hand."
  fi

  if is_root && have start-stop-daemon; then
    mkdir -p /var/lib/nats-server
    log "starting NATS with JetStream: $NATS_BIN -a 127.0.0.1 -p 4222 -js (store /var/lib/nats-server, log /var/log/nats-server.log)"
    start-stop-daemon --start --oknodo --background \
      --make-pidfile --pidfile /run/groundwork-nats-server.pid \
      --exec "$NATS_BIN" -- -a 127.0.0.1 -p 4222 -js -sd /var/lib/nats-server -l /var/log/nats-server.log >&2 ||
      die "Could not start NATS; see /var/log/nats-server.log"
    NATS_LOG=/var/log/nats-server.log
  else
    # Not root: run it as this user, with its data under .run/ in the repository.
    local dir="$RUN_DIR/nats"
    mkdir -p "$dir/jetstream"
    NATS_LOG="$dir/nats-server.log"
    log "starting NATS with JetStream as $(id -un): $NATS_BIN -a 127.0.0.1 -p 4222 -js (store $dir/jetstream, log $NATS_LOG)"
    setsid nohup "$NATS_BIN" -a 127.0.0.1 -p 4222 -js -sd "$dir/jetstream" -l "$NATS_LOG" -P "$dir/nats-server.pid" \
      </dev/null >/dev/null 2>&1 &
    disown || true
  fi
}

ensure_nats() {
  local rc=0
  if [[ "$_GROUNDWORK_NATS_LOCAL" == 1 ]]; then
    # Without NATS_URL the scripts run a server of their own, with one user per service
    # (scripts/nats-local.sh); here only make sure the binary is installed.
    find_nats_server
    [[ -n "$NATS_BIN" ]] || apt_install "The NATS server" nats-server
    find_nats_server
    [[ -n "$NATS_BIN" ]] || die "Installing nats-server did not provide a nats-server binary; install NATS 2.9+ by hand."
    log_ok "nats-server at $NATS_BIN (the scripts run it with per-service users)"
    return 0
  fi
  check_nats || rc=$?

  if [[ "$rc" -eq 2 ]]; then
    if [[ "$_GROUNDWORK_NATS_LOCAL" != 1 ]]; then
      die "NATS at $NATS_URL (NATS_URL) is not reachable: $CHECK_OUTPUT. Start that server, fix NATS_URL, or unset it to use a local NATS on 127.0.0.1:4222."
    fi
    log "NATS is not answering on 127.0.0.1:4222"
    NATS_LOG=''
    start_local_nats
    wait_until 20 nats_reachable || die "NATS did not come up on 127.0.0.1:4222 within 20s: $CHECK_OUTPUT${NATS_LOG:+ (see $NATS_LOG)}"
    rc=0
    check_nats || rc=$?
  fi

  if [[ "$rc" -ne 0 ]]; then
    die "NATS at $NATS_URL answers, but $CHECK_OUTPUT. Groundwork needs JetStream: restart nats-server with -js (e.g. nats-server -a 127.0.0.1 -p 4222 -js -sd /var/lib/nats-server)."
  fi
  log_ok "NATS $CHECK_OUTPUT with JetStream is reachable at $NATS_URL"
}

ensure_postgres
ensure_nats
