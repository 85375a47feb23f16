#!/usr/bin/env bash
# The project's one test command (README, .ci/run): from a clean checkout it installs what it needs,
# then runs build, lint, type checks, the unit/integration suite (sandboxes over real HTTP) and the
# end-to-end suite in a real n8n. Exit code 0 only when everything passed.
#   npm test                 everything
#   npm test -- --unit-only  skip the real-n8n suite (quick local loop)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=toolchain.sh
source "$ROOT/scripts/toolchain.sh"
set -euo pipefail

unit_only=false
for arg in "$@"; do
	case "$arg" in
		--unit-only) unit_only=true ;;
	esac
done

step() { printf '\n== %s\n' "$*"; }

step "toolchain: node $(node --version), npm $(npm --version 2>/dev/null)"

step "dev dependencies"
bash scripts/deps.sh

step "format (prettier --check; npm run format fixes it)"
npx prettier --check . >/dev/null || { npx prettier --check . 2>&1 | tail -20; echo "[format] run: npm run format" >&2; exit 1; }

step "build (tsc + icons)"

npm run --silent build

step "lint (@n8n/eslint-plugin-community-nodes recommended + typescript-eslint)"
npx eslint nodes credentials package.json

step "n8n community-package scanner (@n8n/scan-community-package rules over the source and the packed tarball)"
node scripts/scan.mjs

step "type check (nodes, credentials and tests)"
npx tsc -p tsconfig.json --noEmit

results="$ROOT/.e2e-work/results"
mkdir -p "$results"
rm -f "$results"/*.json

step "unit and integration tests (jest)"
unit_rc=0
npx jest --ci --json --outputFile="$results/unit.json" || unit_rc=$?

e2e_rc=0
if [ "$unit_only" = false ]; then
	step "real n8n: install (cached in .n8n-runtime/)"
	bash scripts/n8n-runtime.sh
	step "end-to-end tests in a real n8n"
	E2E_SKIP_BUILD=1 npx jest -c jest.e2e.config.js --ci --runInBand --json --outputFile="$results/e2e.json" || e2e_rc=$?
fi

node -e '
	const fs = require("fs");
	let passed = 0, failed = 0;
	for (const f of fs.readdirSync(process.argv[1])) {
		const r = JSON.parse(fs.readFileSync(process.argv[1] + "/" + f, "utf8"));
		passed += r.numPassedTests; failed += r.numFailedTests + (r.numRuntimeErrorTestSuites || 0);
	}
	console.log(`\ntests: ${passed} passed, ${failed} failed`);
' "$results"

if [ "$unit_rc" -ne 0 ] || [ "$e2e_rc" -ne 0 ]; then exit 1; fi
