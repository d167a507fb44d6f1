#!/usr/bin/env bash
# npm run bench: runs the benchmark suite on this machine and writes BENCHMARKS.md.
#
#   npm run bench        (or: bash scripts/bench.sh)
#
# Same preparation as npm start, on its own database (GROUNDWORK_BENCH_DATABASE, default
# groundwork_bench): dependencies, Postgres and NATS, roles and database, build, migrations. Then runs
# `node bench/dist/run.js`, which starts what it measures itself, with the environment below.
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

require_node
init_env
cd "$ROOT_DIR"

export GROUNDWORK_DATABASE="${GROUNDWORK_BENCH_DATABASE:-groundwork_bench}"
# The benchmark runs its platform in a NATS namespace: the local server allows namespaced subjects.
export GROUNDWORK_NATS_NAMESPACES="${GROUNDWORK_NATS_NAMESPACES:-any}"
validate_database_name "$GROUNDWORK_DATABASE"
export NODE_ENV="${NODE_ENV:-production}"
export LOG_LEVEL="${LOG_LEVEL:-warn}"

# Every run starts from an empty database, so no earlier run's rows, outbox backlog or bloat (autovacuum
# may be off) colour the figures. BENCH_KEEP_DATABASE=1 keeps it, e.g. to rerun one section quickly.
if [[ "${BENCH_KEEP_DATABASE:-0}" != 1 ]]; then
  bash "$ROOT_DIR/scripts/ensure-services.sh"
  drop_database || die "Could not drop $GROUNDWORK_DATABASE (see the psql error above)."
fi

prepare_platform

[[ -f bench/dist/run.js ]] || die "bench/dist/run.js is missing after the build; the bench workspace must build it."

log_step "Benchmarks"
exec node bench/dist/run.js "$@"
