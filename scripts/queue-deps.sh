#!/usr/bin/env bash
# What the queue-mode suite (test/e2e/queue.e2e.test.js) needs from the operating system: Redis
# (`redis-server`) and PostgreSQL's server binaries (initdb, postgres). When one is missing and we run
# as root (as in CI), it is installed from the Debian/Ubuntu packages; otherwise this stops with a
# message naming the package. It never skips silently: CI must run the queue-mode suite.
set -euo pipefail
say() { echo "[queue-deps] $*"; }

have_redis() { command -v redis-server >/dev/null 2>&1 || [ -x /usr/bin/redis-server ]; }
have_postgres() {
	if [ -n "${E2E_PG_BINDIR:-}" ]; then [ -x "$E2E_PG_BINDIR/postgres" ] && return 0; fi
	compgen -G '/usr/lib/postgresql/*/bin/postgres' >/dev/null && return 0
	command -v initdb >/dev/null 2>&1 && command -v postgres >/dev/null 2>&1
}

missing=()
have_redis || missing+=(redis-server)
have_postgres || missing+=(postgresql)

if [ "${#missing[@]}" -gt 0 ]; then
	if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
		say "installing ${missing[*]} (apt-get, as root) ..."
		export DEBIAN_FRONTEND=noninteractive
		if ! apt-get install -y --no-install-recommends "${missing[@]}" >/tmp/queue-deps-apt.log 2>&1; then
			apt-get update >>/tmp/queue-deps-apt.log 2>&1
			apt-get install -y --no-install-recommends "${missing[@]}" >>/tmp/queue-deps-apt.log 2>&1 || {
				tail -20 /tmp/queue-deps-apt.log >&2
				say "apt-get install ${missing[*]} failed (log: /tmp/queue-deps-apt.log)" >&2
				exit 1
			}
		fi
	else
		say "the queue-mode suite needs: ${missing[*]} (Debian/Ubuntu packages)." >&2
		say "install them, e.g.: sudo apt-get install -y ${missing[*]}   (npm test installs them by itself when run as root)" >&2
		exit 1
	fi
fi
have_redis && have_postgres || { say "still missing after the install: redis-server or PostgreSQL" >&2; exit 1; }
say "$(redis-server --version | cut -d' ' -f1-3); PostgreSQL $(ls -d /usr/lib/postgresql/*/ 2>/dev/null | xargs -n1 basename | sort -n | tail -1 || echo '(on PATH)')"
