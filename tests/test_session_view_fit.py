"""Focus mode made for the floor, by geometry (issue 19): in the session view and in focus
mode the title, the where-line, the step, the pacer's circle and the controls never
overlap, every text fits its place, the circle lies inside the pacer with nothing over it,
at 100/150/200 % text on a 1 366 × 768 laptop and a 1 920 × 1 080 screen, in both
languages, with the longest exercise names of the catalogue; the after-session check-in
at focus-mode size keeps every control on the screen, none over another.

Each screen runs in a child process (``tests/helpers/session_fit_probe.py``): the screen
is fixed when Qt starts.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from app.core.model import Catalogue
from tests.helpers.session_fit_probe import IDS

REPO = Path(__file__).resolve().parent.parent


def probe(tmp_path: Path, width: int, height: int, lang: str) -> list[dict[str, Any]]:
    screen = tmp_path / "screen.json"
    screen.write_text(json.dumps({
        "synchronousWindowSystemEvents": False, "windowFrameMargins": False,
        "screens": [{"name": "Screen", "x": 0, "y": 0, "width": width, "height": height,
                     "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}],
    }))  # fmt: skip
    env = {k: v for k, v in os.environ.items() if k != "SESSION_SHOTS"}
    done = subprocess.run(
        [sys.executable, "-m", "tests.helpers.session_fit_probe", str(screen), lang, "light",
         "100", "150", "200"],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    return list(json.loads(done.stdout))


def test_the_probe_plays_the_longest_names(catalogue: Catalogue) -> None:
    """The probe's session has the catalogue's longest name in each language."""
    for lang in ("en", "nl"):
        longest = max(catalogue.exercises.values(), key=lambda e: len(e.name.get(lang)))
        assert longest.id in IDS, lang


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("screen", [(1366, 768), (1920, 1080)])
def test_nothing_overlaps_in_the_session_and_its_check_in(
    tmp_path: Path, lang: str, screen: tuple[int, int]
) -> None:
    results = probe(tmp_path, *screen, lang)
    moments = {r["moment"] for r in results}
    assert {"window-ready", "focus-ready", "focus-0-prepare", "focus-0-inhale", "focus-end",
            "window-end", "check-in"} <= moments  # fmt: skip
    assert len({r["percent"] for r in results}) == 3
    problems = [f"{r['percent']} % {r['moment']}: {p}" for r in results for p in r["problems"]]
    assert problems == []
