#!/usr/bin/env bash
# npm start: runs the whole Groundwork platform on this machine.
#
#   npm start            (or: bash scripts/start.sh)
#
# 1. installs npm dependencies when missing or incomplete (scripts/ensure-deps.sh; dev ones included)
# 2. makes sure Postgres and NATS with JetStream are reachable (scripts/ensure-services.sh)
# 3. creates the roles and the database (scripts/db-setup.sh)
# 4. builds everything (turbo; cached, so a second run is quick)
# 5. runs each service's migrations, in the order of services.json
# 6. starts every process services.json lists (services, then the gateway), logs prefixed in this terminal
# 7. waits until each answers GET /health, seeds the demo coalition through GraphQL (scripts/seed.mjs)
# 8. prints the URLs and the demo login, and runs until Ctrl-C, which stops everything and exits 0.
# A service that crashes is restarted after a back-off (1 s, doubling up to RESTART_MAX_DELAY) while
# the others keep serving; one that crashes CRASH_LIMIT times within CRASH_WINDOW seconds stops the
# platform, and the script exits non-zero. Every step is idempotent.
# Ports: services.json, each overridable by <SERVICE>_PORT (GATEWAY_PORT, MEMBERSHIP_PORT, ...).
# Environment: see .env.example (read from ./.env too). NODE_ENV (default production) applies to the
# services only, never to the install or the build.
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

require_node
init_env
cd "$ROOT_DIR"

SERVICE_NODE_ENV="${NODE_ENV:-production}"
export LOG_LEVEL="${LOG_LEVEL:-info}"
export NATS_NAMESPACE="${NATS_NAMESPACE:-}"
STARTUP_TIMEOUT="${STARTUP_TIMEOUT:-120}"
STOP_TIMEOUT="${STOP_TIMEOUT:-15}"
CRASH_LIMIT="${CRASH_LIMIT:-5}"
CRASH_WINDOW="${CRASH_WINDOW:-300}"
RESTART_MAX_DELAY="${RESTART_MAX_DELAY:-30}"
for setting in STARTUP_TIMEOUT STOP_TIMEOUT CRASH_LIMIT CRASH_WINDOW RESTART_MAX_DELAY; do
  [[ "${!setting}" =~ ^[1-9][0-9]*$ ]] || die "$setting must be a positive whole number (got '${!setting}')."
done

mapfile -t SERVICES < <(services) || die "Cannot read services.json (see above)."
((${#SERVICES[@]})) || die "services.json lists no services."
declare -A PORT=()
for svc in "${SERVICES[@]}"; do
  port_var="$(node scripts/services.mjs port-var "$svc")"
  PORT[$svc]="${!port_var:-$(service_field "$svc" port)}"
  [[ "${PORT[$svc]}" =~ ^[1-9][0-9]*$ ]] || die "$port_var must be a port number (got '${PORT[$svc]}')."
done
GATEWAY="$(services --kind gateway | head -n 1)"
[[ -n "$GATEWAY" ]] || die "services.json has no process of kind gateway."
GATEWAY_PORT="${PORT[$GATEWAY]}"

declare -A PID_OF=() # service -> pid of its current process
declare -A NAME_OF=() # pid -> service
declare -A CRASHES=() # service -> epoch seconds of its recent crashes, space separated
declare -A RESTART_AT=() # service -> epoch ms when it is due to restart
PREFIXER_PIDS=()
ALIVE=()
TIMER_PID=''
SHUTTING_DOWN=''

# ---------------------------------------------------------------------------------------------------
# Children: each service runs in its own session (setsid), so Ctrl-C in the terminal reaches only this
# script, which then stops every service once, with SIGTERM, and waits for it.

# refresh_alive: ALIVE=( the pids of services still running ). No subshells, so a second Ctrl-C lands
# in this shell's trap and nowhere else.
refresh_alive() {
  local pid
  ALIVE=()
  for pid in "${PID_OF[@]}"; do
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
  if [[ -n "$TIMER_PID" ]]; then kill "$TIMER_PID" 2>/dev/null || true; fi
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
  for pid in "${PID_OF[@]}" "${PREFIXER_PIDS[@]}"; do
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

# start_service <name>: node apps/<name>/dist/main.js with its V8 flags and HTTP_PORT, output prefixed.
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
  NODE_ENV="$SERVICE_NODE_ENV" HTTP_PORT="${PORT[$svc]}" \
    setsid node "${node_options[@]}" "apps/$svc/dist/main.js" >&"$fd" 2>&1 </dev/null &
  pid=$!
  exec {fd}>&-
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

# describe_exit <status>: "status 1" or "signal KILL (status 137)".
describe_exit() {
  if (($1 > 128)) && kill -l "$(($1 - 128))" >/dev/null 2>&1; then
    printf 'signal %s (status %s)' "$(kill -l "$(($1 - 128))")" "$1"
  else
    printf 'status %s' "$1"
  fi
}

wait_healthy() {
  local svc pid url deadline
  deadline=$(($(now_ms) + STARTUP_TIMEOUT * 1000))
  for svc in "${SERVICES[@]}"; do
    pid="${PID_OF[$svc]}"
    url="http://localhost:${PORT[$svc]}/health"
    until http_ok "$url"; do
      if ! kill -0 "$pid" 2>/dev/null; then
        die "$svc exited with $(describe_exit "$(exit_status "$pid")") while starting; its output is above."
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
# Healing: a crashed service is restarted after 1 s, 2 s, 4 s ... (at most RESTART_MAX_DELAY), counted
# over the last CRASH_WINDOW seconds; the others keep running meanwhile. A timer child (sleep) wakes
# the supervision loop when a restart is due, so `wait -n` watches services and timer alike and
# Ctrl-C is handled at once.

# on_crash <service> <status>: records the crash; schedules a restart or gives up.
on_crash() {
  local svc="$1" rc="$2" now recent=() at delay
  now=$((EPOCHSECONDS))
  for at in ${CRASHES[$svc]:-}; do
    if ((now - at < CRASH_WINDOW)); then recent+=("$at"); fi
  done
  recent+=("$now")
  CRASHES[$svc]="${recent[*]}"
  unset "PID_OF[$svc]"
  if ((${#recent[@]} >= CRASH_LIMIT)); then
    log_error "$svc exited with $(describe_exit "$rc"), its ${#recent[@]}th crash within ${CRASH_WINDOW}s (CRASH_LIMIT=$CRASH_LIMIT): giving up, stopping the others"
    SHUTTING_DOWN=1
    stop_children
    exit 1
  fi
  delay=$((1 << (${#recent[@]} - 1)))
  if ((delay > RESTART_MAX_DELAY)); then delay=$RESTART_MAX_DELAY; fi
  log_error "$svc exited with $(describe_exit "$rc") (crash ${#recent[@]} of $CRASH_LIMIT allowed within ${CRASH_WINDOW}s); restarting it in ${delay}s, the others keep running"
  RESTART_AT[$svc]=$(($(now_ms) + delay * 1000))
}

# arm_timer: a sleep that ends when the earliest pending restart is due.
arm_timer() {
  local svc due='' wait_ms
  for svc in "${!RESTART_AT[@]}"; do
    if [[ -z "$due" ]] || ((RESTART_AT[$svc] < due)); then due="${RESTART_AT[$svc]}"; fi
  done
  [[ -n "$due" && -z "$TIMER_PID" ]] || return 0
  wait_ms=$((due - $(now_ms)))
  if ((wait_ms < 0)); then wait_ms=0; fi
  sleep "$((wait_ms / 1000)).$(printf '%03d' $((wait_ms % 1000)))" &
  TIMER_PID=$!
}

restart_due() {
  local svc now
  now=$(now_ms)
  for svc in "${!RESTART_AT[@]}"; do
    if ((RESTART_AT[$svc] <= now)); then
      unset "RESTART_AT[$svc]"
      log "restarting $svc"
      start_service "$svc"
    fi
  done
}

supervise() {
  local done_pid rc watched
  for (( ; ; )); do
    arm_timer
    watched=("${PID_OF[@]}")
    if [[ -n "$TIMER_PID" ]]; then watched+=("$TIMER_PID"); fi
    done_pid=''
    rc=0
    wait -n -p done_pid "${watched[@]}" || rc=$?
    [[ -n "$done_pid" ]] || continue
    if [[ "$done_pid" == "$TIMER_PID" ]]; then
      TIMER_PID=''
      restart_due
    else
      on_crash "${NAME_OF[$done_pid]}" "$rc"
    fi
  done
}

# ---------------------------------------------------------------------------------------------------

started_at=$(now_ms)

prepare_platform

log_step "Services"
for svc in "${SERVICES[@]}"; do
  if port_in_use "${PORT[$svc]}"; then
    die "Port ${PORT[$svc]} (for $svc) is already in use. Is Groundwork already running? Stop it, or free the port (ss -ltnp 'sport = :${PORT[$svc]}'), or set $(node scripts/services.mjs port-var "$svc")."
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
  echo "  Health     http://localhost:$GATEWAY_PORT/health"
  for svc in "${SERVICES[@]}"; do
    [[ "$svc" == "$GATEWAY" ]] || printf '             http://localhost:%s/health  (%s)\n' "${PORT[$svc]}" "$svc"
  done
  echo
  node scripts/seed.mjs --print-login | sed 's/^/  /'
  echo
  echo "Press Ctrl-C to stop."
  echo
}

supervise
