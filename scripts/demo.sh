#!/usr/bin/env bash
# The main command (npm start): a real n8n with this package, the provider sandboxes, ready
# credentials and example workflows, and an owner login printed on screen.
#   1. Node 24 (scripts/toolchain.sh; project-local in .tools/ when the machine's node is older)
#   2. npm install of the project when node_modules is missing or older than package(-lock).json
#   3. npm run build
#   4. n8n 2.41 into .n8n-runtime/ (scripts/n8n-runtime.sh; once, about 4 minutes)
#   5. e2e/demo.js: installs the package into .demo/n8n/.n8n/nodes, starts the sandboxes, imports
#      credentials + example workflows (new ones only: your edits are kept), starts n8n.
# npm start -- --queue: the same in n8n queue mode (PostgreSQL, Redis, main + webhook process on
# N8N_PORT + 1 + 2 workers; redis-server and PostgreSQL are installed when missing and root).
# Environment: N8N_PORT (default 5678). Ctrl-C stops everything. rm -rf .demo for a fresh start.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
say() { echo "[demo] $*"; }

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
	echo "[demo] Node.js >= 20 and npm are needed (https://nodejs.org)." >&2
	exit 1
fi
machine_major="$(node -p 'process.versions.node.split(".")[0]')"
if [ "$machine_major" -lt 20 ]; then
	echo "[demo] Node.js >= 20 is needed (this is $(node --version))." >&2
	exit 1
fi

# shellcheck source=toolchain.sh
source "$ROOT/scripts/toolchain.sh"
set -euo pipefail
export npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false

# 2. project dependencies (only when missing or changed)
bash "$ROOT/scripts/deps.sh"

# 3. build
say "building the package (npm run build) ..."
if ! build_log="$(npm run build 2>&1)"; then
	echo "$build_log" >&2
	say "the build failed"
	exit 1
fi

# 4. n8n (once; shows progress)
bash "$ROOT/scripts/n8n-runtime.sh"

# 5. the rest, in Node (it owns n8n and the sandboxes, and stops them on Ctrl-C)
# queue mode (npm start -- --queue) needs redis-server and PostgreSQL (installed when missing and root)
case " $* " in *" --queue "*) bash "$ROOT/scripts/queue-deps.sh" ;; esac
exec node "$ROOT/e2e/demo.js" "$@"
