#!/usr/bin/env bash
# The README's first command: install what is missing, build, and review the
# bundled corpus of the town's 78 lease contracts.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build --target legalint
build/cli/legalint check corpus/leases "$@"
