#!/usr/bin/env bash
# Install Breathing Room into .venv (next to this repository's files), put it in your
# applications menu and start it. As root on Debian/Ubuntu it first installs the system
# libraries Qt needs for a window.
#
#   bash packaging/install-and-run.sh [ARGUMENTS FOR breathing-room]
#   bash packaging/install-and-run.sh --uninstall   # take the menu entry and icons out again
#
# The menu entry starts this checkout's .venv/bin/breathing-room by its full path; the
# launcher step is packaging/desktop_launcher.py, which records what it writes so that
# --uninstall removes exactly that. Your practice history and settings are never touched.
set -euo pipefail
cd "$(dirname "$0")/.."
command="$PWD/.venv/bin/breathing-room"

if [ "${1:-}" = "--uninstall" ]; then
    exec python3 packaging/desktop_launcher.py uninstall --exec "$command"
fi

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # Qt's xcb platform plugin and fonts (PySide6 wheels bring Qt itself).
    apt-get install -y -qq --no-install-recommends \
        python3-venv libegl1 libgl1 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 \
        libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 \
        libxcb-image0 libfontconfig1 libdbus-1-3 fonts-dejavu-core >/dev/null
fi

python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet .
# A menu entry that cannot be written (a read-only home, say) is said, and the app starts.
.venv/bin/python packaging/desktop_launcher.py install --exec "$command" ||
    echo "install-and-run.sh: no menu entry; start the app with $command" >&2
exec "$command" "$@"
