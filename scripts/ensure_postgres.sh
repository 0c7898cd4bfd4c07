#!/usr/bin/env bash
# Make PostgreSQL's server binaries available for the hub's PostgreSQL tests, when the machine can:
# already there -> nothing to do; root with apt-get -> install Debian's postgresql package; otherwise say
# that the PostgreSQL tests will be skipped. Never fails the build. Set POS_NO_PG_INSTALL=1 to skip.
set -u
if command -v initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    exit 0
fi
if [ -n "${POS_NO_PG_INSTALL:-}" ]; then
    echo "ensure_postgres: POS_NO_PG_INSTALL set; hub PostgreSQL tests will be skipped"
    exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "ensure_postgres: installing Debian's postgresql package for the hub's PostgreSQL tests"
    if (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >/tmp/ensure_postgres.log 2>&1; then
        echo "ensure_postgres: installed"
    else
        echo "ensure_postgres: install failed (see /tmp/ensure_postgres.log); hub PostgreSQL tests will be skipped"
    fi
else
    echo "ensure_postgres: no initdb and cannot install it (not root or no apt-get); hub PostgreSQL tests will be skipped"
fi
exit 0
