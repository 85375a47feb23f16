#!/usr/bin/env bash
# npm run bench: the benchmark (bench/README.md). Installs what it needs like npm test does
# (Node 24 in .tools/, dev dependencies, n8n 2.41 in .n8n-runtime/), then runs bench/run.js.
# Options pass through: npm run bench -- --only=items --reps=3 --no-build
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=toolchain.sh
source "$ROOT/scripts/toolchain.sh"
set -euo pipefail
bash scripts/deps.sh
bash scripts/n8n-runtime.sh
node bench/run.js "$@"
