#!/usr/bin/env bash
# npm test: runs the whole Groundwork test suite on this machine (and in CI, through .ci/run).
#
#   npm test            (or: bash scripts/test.sh)
#
# Steps, in order; each one's output is shown and also kept in .run/test-logs/:
#   dependencies   npm ci when node_modules is missing or stale
#   servers        Postgres and NATS with JetStream reachable (started or installed when needed)
#   chromium       Debian's chromium for the browser test (apt-installed when missing and root)
#   database       roles and the test database (GROUNDWORK_TEST_DATABASE, default groundwork_test)
#   generated      docker-compose.yml, infra/k8s and .env.example match services.json (npm run infra:check)
#   format         prettier --check . (generated files are in .prettierignore; npm run format fixes it)
#   build          turbo run build
#   typecheck      turbo run typecheck
#   lint           turbo run lint
#   unit           turbo run test:unit
#   migrate        every service's migrations (services.json) on the test database
#   integration    turbo run test:int --concurrency=1 (services' integration tests, gateway e2e)
#   browser        the admin client in headless Chromium (npm run test:e2e -w @groundwork/admin)
# A step whose prerequisites did not pass is skipped (nothing runs after a failed build or typecheck).
# Within a step, turbo --continue=dependencies-successful runs every package's task, so one run
# shows every failure.
# A step that runs longer than TEST_STEP_TIMEOUT seconds (default 1800) is stopped and fails.
# Ends with a table and the line "N passed, N failed"; exits non-zero unless every step passed.
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

export FORCE_COLOR=0
require_node
init_env
cd "$ROOT_DIR"

# Tests never touch the development database.
export GROUNDWORK_DATABASE="${GROUNDWORK_TEST_DATABASE:-groundwork_test}"
validate_database_name "$GROUNDWORK_DATABASE"
require_test_database
export_service_env
export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [[ -z "${JWT_SECRET:-}" ]]; then
  JWT_SECRET="$(node -e 'process.stdout.write(require("node:crypto").randomBytes(48).toString("base64url"))')"
  export JWT_SECRET
fi

TEST_STEP_TIMEOUT="${TEST_STEP_TIMEOUT:-1800}"
[[ "$TEST_STEP_TIMEOUT" =~ ^[1-9][0-9]*$ ]] || die "TEST_STEP_TIMEOUT must be a number of seconds."
TURBO="$ROOT_DIR/node_modules/.bin/turbo"
LOG_DIR="$RUN_DIR/test-logs"
rm -rf "$LOG_DIR"
mkdir -p "$LOG_DIR"

STEP_IDS=()
declare -A STEP_STATUS=() STEP_MS=() STEP_NOTE=()
CURRENT_STEP=''
CURRENT_START=0

record() { # record <id> <status> <ms> [note]
  STEP_IDS+=("$1")
  STEP_STATUS[$1]="$2"
  STEP_MS[$1]="$3"
  STEP_NOTE[$1]="${4:-}"
}

# run_step <id> "<prerequisite ids>" <command...>
# Runs the command in a subshell with `set -e`, output to the terminal and to .run/test-logs/<id>.log.
run_step() {
  local id="$1" requires="$2" dep rc
  shift 2
  for dep in $requires; do
    if [[ "${STEP_STATUS[$dep]:-}" != passed ]]; then
      log "skipping $id: $dep did not pass"
      record "$id" skipped 0 "needs $dep"
      return 0
    fi
  done

  log_step "$id"
  CURRENT_STEP="$id"
  CURRENT_START=$(now_ms)
  set +e
  (
    set -e
    "$@"
  ) 2>&1 | tee "$LOG_DIR/$id.log"
  rc=${PIPESTATUS[0]}
  set -e
  CURRENT_STEP=''

  local ms=$(($(now_ms) - CURRENT_START))
  if [[ "$rc" -eq 0 ]]; then
    record "$id" passed "$ms"
    log_ok "$id passed ($(format_ms "$ms"))"
  elif [[ "$rc" -eq 124 || "$rc" -eq 137 ]]; then
    record "$id" failed "$ms" "timed out after ${TEST_STEP_TIMEOUT}s; log: ${LOG_DIR#"$ROOT_DIR"/}/$id.log"
    log_error "$id timed out after ${TEST_STEP_TIMEOUT}s (TEST_STEP_TIMEOUT)"
  else
    record "$id" failed "$ms" "exit $rc; log: ${LOG_DIR#"$ROOT_DIR"/}/$id.log"
    log_error "$id failed with exit status $rc ($(format_ms "$ms"))"
  fi
}

summary() {
  local id passed=0 failed=0 skipped=0 status note
  echo
  echo "Test summary (database $GROUNDWORK_DATABASE)"
  printf '  %-13s %-8s %9s  %s\n' step status time note
  for id in "${STEP_IDS[@]}"; do
    status="${STEP_STATUS[$id]}"
    note="${STEP_NOTE[$id]}"
    case "$status" in
      passed) passed=$((passed + 1)) ;;
      failed) failed=$((failed + 1)) ;;
      *) skipped=$((skipped + 1)) ;;
    esac
    printf '  %-13s %-8s %9s  %s\n' "$id" "$status" "$(format_ms "${STEP_MS[$id]}")" "$note"
  done
  if ((skipped > 0)); then
    echo "  ($skipped skipped because a step they need did not pass)"
  fi
  echo
  echo "$passed passed, $failed failed"
  SUMMARY_FAILED=$((failed + skipped))
}

on_interrupt() {
  trap - INT TERM
  echo >&2
  log_warn "interrupted"
  if [[ -n "$CURRENT_STEP" ]]; then
    record "$CURRENT_STEP" failed "$(($(now_ms) - CURRENT_START))" "interrupted"
  fi
  summary
  exit 130
}
trap on_interrupt INT TERM

# --- steps ---------------------------------------------------------------------------------------

# limited <command...>: the command, stopped (TERM, then KILL 30s later) after TEST_STEP_TIMEOUT seconds.
# --foreground keeps it in the terminal's process group, so Ctrl-C still reaches it.
limited() {
  timeout --foreground --kill-after=30 "$TEST_STEP_TIMEOUT" "$@"
}

ensure_chromium() {
  if [[ -x "$CHROMIUM_PATH" ]]; then
    log_ok "Chromium at $CHROMIUM_PATH: $("$CHROMIUM_PATH" --version 2>/dev/null || echo 'version unknown')"
    return 0
  fi
  if [[ "$CHROMIUM_PATH" != /usr/bin/chromium ]]; then
    die "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable."
  fi
  apt_install "Chromium (for the browser test)" chromium
  [[ -x /usr/bin/chromium ]] || die "apt installed chromium but /usr/bin/chromium is missing."
  log_ok "Chromium installed: $(/usr/bin/chromium --version 2>/dev/null || echo 'version unknown')"
}

# A fresh test database every run: migrations run from zero and no earlier run's rows remain.
fresh_database() {
  drop_database
  bash scripts/db-setup.sh
}

run_step dependencies "" bash scripts/ensure-deps.sh
run_step servers "dependencies" bash scripts/ensure-services.sh
# Without NATS_URL the tests get a NATS server of their own on a free port, one user per service,
# namespaced subjects allowed (scripts/nats-local.sh); stopped when the tests end.
TEST_NATS_DIR="$RUN_DIR/nats-test"
if [[ "$_GROUNDWORK_NATS_LOCAL" == 1 && "${STEP_STATUS[servers]}" == passed ]]; then
  local_nats_stop "$TEST_NATS_DIR"
  local_nats_start "$(free_port)" "$TEST_NATS_DIR" any
  trap 'local_nats_stop "$TEST_NATS_DIR"' EXIT
fi
run_step chromium "" ensure_chromium
run_step database "servers" fresh_database
run_step generated "" node scripts/generate-infra.mjs --check
run_step format "dependencies" node_modules/.bin/prettier --check --log-level=warn .
run_step build "dependencies" limited "$TURBO" run build
run_step typecheck "build" limited "$TURBO" run typecheck --continue=dependencies-successful
run_step lint "build typecheck" limited "$TURBO" run lint --continue=dependencies-successful
run_step unit "build typecheck" limited "$TURBO" run test:unit --continue=dependencies-successful
run_step migrate "build typecheck database" migrate_all
run_step integration "build typecheck migrate" limited "$TURBO" run test:int --concurrency=1 --continue=dependencies-successful
run_step browser "build typecheck migrate chromium" limited npm run test:e2e -w @groundwork/admin

trap - INT TERM
summary
((SUMMARY_FAILED == 0))
