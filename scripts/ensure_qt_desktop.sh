#!/usr/bin/env bash
# What Qt's X11 platform plugin (PySide6's libqxcb.so) needs from the system, for `make run`: ldd lists the
# shared libraries it cannot find; each soname maps to its Debian package (libxcb-icccm.so.4 ->
# libxcb-icccm4, libxkbcommon-x11.so.0 -> libxkbcommon-x11-0). Root with apt-get -> install them (as
# scripts/ensure_postgres.sh does); otherwise print the exact command. Never fails the build: the till then
# says itself what Qt lacks. Skipped when QT_QPA_PLATFORM names another plugin or POS_NO_QT_INSTALL is set.
# usage: ensure_qt_desktop.sh PYTHON
set -u
PY=${1:-python3}
case "${QT_QPA_PLATFORM:-xcb}" in xcb*) ;; *) exit 0 ;; esac
[ "$(uname -s)" = "Linux" ] || exit 0
command -v ldd >/dev/null 2>&1 || exit 0
plugin=$("$PY" -c 'import pathlib, PySide6; print(pathlib.Path(PySide6.__file__).parent / "Qt/plugins/platforms/libqxcb.so")' 2>/dev/null) || exit 0
[ -f "$plugin" ] || exit 0
missing=$(ldd "$plugin" 2>/dev/null | awk '/=> not found/ {print $1}' | sort -u)
[ -n "$missing" ] || exit 0
packages=""
for soname in $missing; do
    case "$soname" in
        libglib-2.0.so.*) pkg=libglib2.0-0 ;;
        libGL.so.1) pkg=libgl1 ;;
        libEGL.so.1) pkg=libegl1 ;;
        *)  # Debian's rule: the library name plus its major version, a dash between two digits
            name=${soname%%.so.*}; major=${soname##*.so.}; major=${major%%.*}
            case "$name" in *[0-9]) pkg="$name-$major" ;; *) pkg="$name$major" ;; esac
            pkg=$(printf '%s' "$pkg" | tr 'A-Z_' 'a-z-') ;;
    esac
    case " $packages " in *" $pkg "*) ;; *) packages="$packages $pkg" ;; esac
done
packages=${packages# }
echo "ensure_qt_desktop: Qt's X11 plugin lacks $(echo $missing | tr '\n' ' ')"
if [ -n "${POS_NO_QT_INSTALL:-}" ]; then
    echo "ensure_qt_desktop: POS_NO_QT_INSTALL set; install them with: sudo apt-get install $packages"
    exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "ensure_qt_desktop: installing $packages"
    if (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $packages) >/tmp/ensure_qt_desktop.log 2>&1; then
        echo "ensure_qt_desktop: installed"
    else
        echo "ensure_qt_desktop: install failed (see /tmp/ensure_qt_desktop.log); run: sudo apt-get install $packages"
    fi
else
    echo "ensure_qt_desktop: run: sudo apt-get install $packages"
fi
exit 0
