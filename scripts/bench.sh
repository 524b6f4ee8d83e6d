#!/bin/sh
# Builds policyrank and policyrank-bench in release mode and prints the benchmark table.
# The separate scratch path keeps this build from fighting a debug build over .build, and
# building only the two products keeps other targets (the fuzzer) out of the way.
# --static-swift-stdlib links the Swift runtime and Foundation into each binary, which roughly
# halves process start-up (no libswiftCore, libFoundation … to load and relocate); the table's
# machine line says, from `ldd`, whether the binaries it ran are linked that way.
# Arguments go to policyrank-bench, e.g. `scripts/bench.sh --runs 15` or `scripts/bench.sh --only methods`
# (see `policyrank-bench --help`).
set -eu
cd "$(dirname "$0")/.."
for product in policyrank policyrank-bench; do
    swift build -c release --static-swift-stdlib --scratch-path .build-release --product "$product" >&2
done
exec .build-release/release/policyrank-bench "$@"
