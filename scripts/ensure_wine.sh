#!/usr/bin/env bash
# Make wine (to run the Windows till and its installer) and makensis (to build the installer) available
# for `make package-windows` / `make package-windows-test`, when the machine can: already there -> nothing
# to do; root with apt-get -> install Debian's wine, wine64 and nsis packages; otherwise say what will be
# skipped. Never fails the build. Set POS_NO_WINE_INSTALL=1 to skip installing.
set -u
missing=()
command -v makensis >/dev/null 2>&1 || missing+=(nsis)
if ! command -v wine >/dev/null 2>&1 && ! command -v wine64 >/dev/null 2>&1; then
    missing+=(wine wine64)
fi
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi
if [ -n "${POS_NO_WINE_INSTALL:-}" ]; then
    echo "ensure_wine: POS_NO_WINE_INSTALL set; missing ${missing[*]}: the Windows installer build/test will be skipped"
    exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "ensure_wine: installing Debian's ${missing[*]} for the Windows installer"
    if (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}") >/tmp/ensure_wine.log 2>&1; then
        echo "ensure_wine: installed"
    else
        echo "ensure_wine: install failed (see /tmp/ensure_wine.log); the Windows installer build/test will be skipped"
    fi
else
    echo "ensure_wine: missing ${missing[*]} and cannot install them (not root or no apt-get); the Windows installer build/test will be skipped"
fi
exit 0
