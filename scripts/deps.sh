#!/usr/bin/env bash
# Installs the project's dev dependencies when node_modules is missing or the dependencies changed
# (a stamp holds the hash of package-lock.json and the dependency fields of package.json).
# `npm install` with the committed lock, not `npm ci`: npm ci insists on lock entries for other
# platforms' optional binaries, some of which the registry here does not have; `npm install`
# keeps the locked tree and leaves the lock unchanged. --ignore-scripts: no dev dependency needs an
# install script, and eslint-plugin-n8n-nodes-base (used by n8n's scanner) has a pnpm-only guard.
# Expects scripts/toolchain.sh to be sourced.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
deps_sha() {
	{ cat package-lock.json; node -p 'const p=require("./package.json"); JSON.stringify([p.dependencies,p.devDependencies,p.peerDependencies,p.overrides])'; } | sha256sum | cut -d' ' -f1
}
stamp=node_modules/.crypto-payments-deps
if [ -d node_modules ] && [ "$(cat "$stamp" 2>/dev/null)" = "$(deps_sha)" ]; then exit 0; fi
echo "[deps] installing the project's dev dependencies (npm install from the lock) ..."
npm install --ignore-scripts --no-audit --no-fund --loglevel=error
deps_sha >"$stamp"
