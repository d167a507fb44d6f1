#!/usr/bin/env bash
# npm start: runs the whole Groundwork platform on this machine.
#
#   npm start            (or: bash scripts/start.sh)
#
# 1. installs npm dependencies when missing (scripts/ensure-deps.sh)
# 2. makes sure Postgres and NATS with JetStream are reachable (scripts/ensure-services.sh)
# 3. creates the roles and the database (scripts/db-setup.sh)
# 4. builds everything (turbo; cached, so a second run is quick)
# 5. runs the migrations of membership, then evaluation
# 6. starts membership, evaluation and gateway, their logs prefixed in this terminal
# 7. waits until each answers GET /health, seeds the demo coalition through GraphQL (scripts/seed.mjs)
# 8. prints the URLs and the demo login, and runs until Ctrl-C, which stops everything and exits 0.
# If a service dies, the others are stopped and the script exits non-zero. Every step is idempotent.
# Environment: see .env.example (read from ./.env too).
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

require_node
init_env
cd "$ROOT_DIR"

export NODE_ENV="${NODE_ENV:-production}"
export LOG_LEVEL="${LOG_LEVEL:-info}"
export NATS_NAMESPACE="${NATS_NAMESPACE:-}"
GATEWAY_PORT="${GATEWAY_PORT:-4000}"
MEMBERSHIP_PORT="${MEMBERSHIP_PORT:-4101}"
EVALUATION_PORT="${EVALUATION_PORT:-4102}"
STARTUP_TIMEOUT="${STARTUP_TIMEOUT:-120}"
STOP_TIMEOUT="${STOP_TIMEOUT:-15}"
for setting in GATEWAY_PORT MEMBERSHIP_PORT EVALUATION_PORT STARTUP_TIMEOUT STOP_TIMEOUT; do
  [[ "${!setting}" =~ ^[1-9][0-9]*$ ]] || die "$setting must be a positive whole number (got '${!setting}')."
done

SERVICES=(membership evaluation gateway)
declare -A PORT=([membership]="$MEMBERSHIP_PORT" [evaluation]="$EVALUATION_PORT" [gateway]="$GATEWAY_PORT")
declare -A PID_OF=() # service -> pid
declare -A NAME_OF=() # pid -> service
PIDS=()
PREFIXER_PIDS=()
ALIVE=()
SHUTTING_DOWN=''

# ---------------------------------------------------------------------------------------------------
# Children: each service runs in its own session (setsid), so Ctrl-C in the terminal reaches only this
# script, which then stops every service once, with SIGTERM, and waits for it.

# refresh_alive: ALIVE=( the pids of services still running ). No subshells, so a second Ctrl-C lands
# in this shell's trap and nowhere else.
refresh_alive() {
  local pid
  ALIVE=()
  for pid in "${PIDS[@]}"; do
    if kill -0 "$pid" 2>/dev/null; then ALIVE+=("$pid"); fi
  done
}

names_of() {
  local pid names=()
  for pid in "$@"; do names+=("${NAME_OF[$pid]}"); done
  printf '%s' "${names[*]}"
}

stop_children() {
  local deadline pid
  refresh_alive
  if ((${#ALIVE[@]})); then
    log "stopping $(names_of "${ALIVE[@]}")"
    kill -TERM "${ALIVE[@]}" 2>/dev/null || true
    deadline=$(($(now_ms) + STOP_TIMEOUT * 1000))
    while ((${#ALIVE[@]})) && (($(now_ms) < deadline)); do
      sleep 0.2 || true
      refresh_alive
    done
    if ((${#ALIVE[@]})); then
      log_warn "still running after ${STOP_TIMEOUT}s, killing: $(names_of "${ALIVE[@]}")"
      kill -KILL "${ALIVE[@]}" 2>/dev/null || true
    fi
  fi
  # Reap the services and let the log prefixers flush their last lines.
  for pid in "${PIDS[@]}" "${PREFIXER_PIDS[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
}

# shellcheck disable=SC2317 # reached through the trap below
on_signal() {
  if [[ -n "$SHUTTING_DOWN" ]]; then
    log_warn "interrupted again: killing the services now"
    refresh_alive
    if ((${#ALIVE[@]})); then kill -KILL "${ALIVE[@]}" 2>/dev/null || true; fi
    return 0
  fi
  SHUTTING_DOWN=1
  echo >&2
  stop_children
  log_ok "Groundwork stopped"
  exit 0
}

# shellcheck disable=SC2317 # reached through the trap below
on_exit() {
  # Whatever ends this script (an error under set -e included) must not leave services behind.
  SHUTTING_DOWN=1
  stop_children
}

trap on_signal INT TERM HUP
trap on_exit EXIT

# start_service <name>: node apps/<name>/dist/main.js with HTTP_PORT set, output prefixed with the name.
start_service() {
  local svc="$1" label fd pid
  label="$(printf '%-10s |' "$svc")"
  if [[ -t 1 ]]; then label="${_C_DIM}${label}${_C_RESET}"; fi
  # The prefixer ignores INT/TERM so it keeps forwarding a service's last words while it shuts down.
  exec {fd}> >(
    trap '' INT TERM HUP
    exec sed -u "s/^/${label//\//\\/} /"
  )
  PREFIXER_PIDS+=("$!")
  local -a node_options
  read -r -a node_options <<<"$(service_node_options "$svc")"
  HTTP_PORT="${PORT[$svc]}" setsid node "${node_options[@]}" "apps/$svc/dist/main.js" >&"$fd" 2>&1 </dev/null &
  pid=$!
  exec {fd}>&-
  PIDS+=("$pid")
  PID_OF[$svc]="$pid"
  NAME_OF[$pid]="$svc"
  log "started $svc (pid $pid, http://localhost:${PORT[$svc]}/health)"
}

# exit_status <pid>: the exit status of a finished child.
exit_status() {
  local rc=0
  wait "$1" 2>/dev/null || rc=$?
  printf '%s' "$rc"
}

wait_healthy() {
  local svc pid url deadline
  deadline=$(($(now_ms) + STARTUP_TIMEOUT * 1000))
  for svc in "${SERVICES[@]}"; do
    pid="${PID_OF[$svc]}"
    url="http://localhost:${PORT[$svc]}/health"
    until http_ok "$url"; do
      if ! kill -0 "$pid" 2>/dev/null; then
        die "$svc exited with status $(exit_status "$pid") while starting; its output is above."
      fi
      if (($(now_ms) > deadline)); then
        die "$svc did not answer $url within ${STARTUP_TIMEOUT}s (set STARTUP_TIMEOUT to wait longer)."
      fi
      sleep 0.5
    done
    log_ok "$svc is healthy"
  done
}

# ---------------------------------------------------------------------------------------------------

started_at=$(now_ms)

prepare_platform

log_step "Services"
for svc in "${SERVICES[@]}"; do
  if port_in_use "${PORT[$svc]}"; then
    die "Port ${PORT[$svc]} (for $svc) is already in use. Is Groundwork already running? Stop it, or free the port (ss -ltnp 'sport = :${PORT[$svc]}')."
  fi
done
for svc in "${SERVICES[@]}"; do
  start_service "$svc"
done
wait_healthy

log_step "Demo coalition"
GROUNDWORK_GRAPHQL_URL="http://localhost:$GATEWAY_PORT/graphql" node scripts/seed.mjs --no-login ||
  die "Seeding the demo coalition failed (see above)."

{
  echo
  echo "${_C_GREEN}${_C_BOLD}Groundwork is running${_C_RESET} (ready in $(format_ms $(($(now_ms) - started_at))))"
  echo
  echo "  Admin      http://localhost:$GATEWAY_PORT"
  echo "  GraphQL    http://localhost:$GATEWAY_PORT/graphql"
  echo "  Health     http://localhost:$GATEWAY_PORT/health  (membership :$MEMBERSHIP_PORT, evaluation :$EVALUATION_PORT)"
  echo
  node scripts/seed.mjs --print-login | sed 's/^/  /'
  echo
  echo "Press Ctrl-C to stop."
  echo
}

# Run until a service dies or a signal arrives (the trap then stops everything and exits 0).
died=''
rc=0
wait -n -p died "${PIDS[@]}" || rc=$?
svc='a service'
[[ -n "$died" ]] && svc="${NAME_OF[$died]}"
log_error "$svc exited with status $rc; stopping the others"
stop_children
exit $((rc == 0 ? 1 : rc))
