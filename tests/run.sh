#!/usr/bin/env bash
# Install everything the tests need and run the whole suite (and the linters).
# As root on Debian it also installs the system packages (Qt's libraries, Xvfb, fonts, and
# what the sound and desktop-bus proofs run against: PulseAudio and a D-Bus daemon).
# CI runs exactly this, through .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    echo "== system packages"
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends \
        python3-venv libegl1 libgl1 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 \
        libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 \
        libxcb-image0 libfontconfig1 libdbus-1-3 fonts-dejavu-core xvfb xauth \
        libpulse0 libasound2 pulseaudio pulseaudio-utils dbus-daemon dbus-bin \
        at-spi2-core python3-pyatspi gir1.2-atspi-2.0 desktop-file-utils appstream >/dev/null
fi

echo "== virtual environment (.venv) with the test extras"
# Installed again only when pyproject.toml changed since (a stamp in the venv): the fast
# loop should not spend its first 13 s asking pip about what is there. A clean clone (CI)
# has no venv and installs everything.
stamp=$(sha256sum pyproject.toml | cut -d' ' -f1)
if [ -x .venv/bin/python ] && [ "$(cat .venv/.installed-from 2>/dev/null)" = "$stamp" ]; then
    echo "up to date (pyproject.toml unchanged)"
else
    python3 -m venv .venv
    .venv/bin/python -m pip install --quiet --upgrade pip
    .venv/bin/python -m pip install --quiet -e ".[test]"
    echo "$stamp" > .venv/.installed-from
fi

echo "== ruff, ruff format, mypy, lint-imports (the layers: pyproject.toml)"
.venv/bin/ruff check app tests docs packaging
.venv/bin/ruff format --check app tests docs packaging
.venv/bin/mypy
.venv/bin/lint-imports

echo "== pytest"
# The fast inner loop (-m "not slow") runs on every core (pytest-xdist). The whole suite
# runs in one process: its real-time proofs (sound, stalls, soak) need the machine to
# themselves, and a second worker would be load they measure.
parallel=()
if [[ " $* " == *"not slow"* ]]; then
    parallel=(-n auto)
fi
set +e
.venv/bin/python -m pytest "${parallel[@]}" "$@"
status=$?
set -e
if [ "$status" = 5 ]; then
    echo "pytest collected no tests: that is a failure here" >&2
    exit 1
fi
echo "== done in $(( $(date +%s) - started )) s (pytest exit $status)"
exit "$status"
