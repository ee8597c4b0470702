#!/usr/bin/env bash
# Install Breathing Room into .venv (next to this repository's files) and start it.
# As root on Debian/Ubuntu it first installs the system libraries Qt needs for a window.
set -euo pipefail
cd "$(dirname "$0")/.."

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
exec .venv/bin/breathing-room "$@"
