#!/bin/sh
# /usr/bin/pos-till: starts the till installed in /opt/pos-till. The path is found relative to this
# script (/usr/bin/../../opt/pos-till), so an unpacked package works from any root directory too.
here=$(dirname "$(readlink -f "$0")")
exec "$here/../../opt/pos-till/pos-till" "$@"
