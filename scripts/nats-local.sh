# shellcheck shell=bash
# The NATS server the scripts run themselves when NATS_URL is not set: the installed nats-server with a
# configuration generated from services.json (scripts/access/nats-config.mjs), one user per
# service, no anonymous clients, JetStream in its own store. Sourced by lib.sh; defines functions only.
#
#   local_nats_start <port> <dir> <none|any>   generates <dir>/nats.conf, starts (or reloads) the server,
#                                               waits for it, exports NATS_URL (the tools user) and
#                                               <SERVICE>_NATS_URL (each service's user)
#   local_nats_stop <dir>                       stops it and deletes its JetStream store
# The 4222 server of this machine is left alone: it has no users.

local_nats_binary() {
  if have nats-server; then
    command -v nats-server
  elif [[ -x /usr/sbin/nats-server ]]; then
    printf '%s' /usr/sbin/nats-server
  else
    die "nats-server is not installed (scripts/ensure-services.sh installs it when run as root): sudo apt-get install -y nats-server"
  fi
}

# free_port: a TCP port nobody listens on now (the one the OS picks for port 0).
free_port() {
  node -e 'const s = require("node:net").createServer().listen(0, "127.0.0.1", () => { process.stdout.write(String(s.address().port)); s.close(); })'
}

_local_nats_pid() {
  local pid
  [[ -s "$1/nats-server.pid" ]] || return 1
  pid="$(<"$1/nats-server.pid")"
  kill -0 "$pid" 2>/dev/null && printf '%s' "$pid"
}

local_nats_start() {
  local port="$1" dir="$2" namespaces="$3" bin pid deadline
  bin="$(local_nats_binary)"
  node "$ROOT_DIR/scripts/access/nats-config.mjs" --dir "$dir" --port "$port" --namespaces "$namespaces" ||
    die "Could not generate the NATS configuration in $dir."
  "$bin" -c "$dir/nats.conf" -t >/dev/null 2>&1 || die "nats-server refuses the generated $dir/nats.conf: $("$bin" -c "$dir/nats.conf" -t 2>&1)"
  if pid="$(_local_nats_pid "$dir")"; then
    kill -HUP "$pid" # reload: the service list or permissions may have changed
    log "NATS with per-service users already running on 127.0.0.1:$port (pid $pid); configuration reloaded"
  else
    port_in_use "$port" && die "Port $port (for Groundwork's own NATS) is in use by another program. Free it, set GROUNDWORK_NATS_PORT, or set NATS_URL to use your own server."
    log "starting NATS with per-service users on 127.0.0.1:$port ($bin -c ${dir#"$ROOT_DIR"/}/nats.conf)"
    setsid nohup "$bin" -c "$dir/nats.conf" -l "$dir/nats-server.log" -P "$dir/nats-server.pid" </dev/null >/dev/null 2>&1 &
    disown || true
  fi
  set -a
  # shellcheck source=/dev/null
  source "$dir/credentials.env"
  set +a
  deadline=$(($(now_ms) + 20000))
  until node "$ROOT_DIR/scripts/checks/nats.mjs" >/dev/null 2>&1; do
    (($(now_ms) < deadline)) || die "NATS did not come up on 127.0.0.1:$port within 20s (see $dir/nats-server.log)."
    sleep 0.3
  done
  log_ok "NATS on 127.0.0.1:$port: one user per service, anonymous clients refused (credentials in ${dir#"$ROOT_DIR"/}/)"
}

local_nats_stop() {
  local dir="$1" pid
  if pid="$(_local_nats_pid "$dir")"; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  fi
  rm -rf "$dir/jetstream"
}

# local_nats_for_scripts: when NATS_URL was not set by the user, runs (or reuses) the local server with
# users on GROUNDWORK_NATS_PORT (default 4223; 4224 for namespaced runs such as the benchmark).
local_nats_for_scripts() {
  [[ "$_GROUNDWORK_NATS_LOCAL" == 1 ]] || return 0
  local namespaces="${GROUNDWORK_NATS_NAMESPACES:-none}"
  [[ -n "${NATS_NAMESPACE:-}" ]] && namespaces=any
  local port="${GROUNDWORK_NATS_PORT:-$([[ "$namespaces" == any ]] && echo 4224 || echo 4223)}"
  local_nats_start "$port" "$RUN_DIR/nats-$port" "$namespaces"
}
