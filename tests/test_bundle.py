"""The standalone bundle: built with the README's command, then started from a folder
outside the checkout (packaging/build_bundle.py does both and prints size and start)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.slow  # a PyInstaller build and a start: about 35 s here
@pytest.mark.skipif(not shutil.which("xvfb-run"), reason="the smoke test shows the window")
def test_the_bundle_builds_starts_validates_and_plays(tmp_path: Path) -> None:
    pytest.importorskip("PyInstaller")
    done = subprocess.run(
        [sys.executable, str(REPO / "packaging" / "build_bundle.py")],
        capture_output=True, text=True, timeout=600, cwd=REPO,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    out = done.stdout
    assert "valid (40 exercises" in out, out
    assert "4-7-8 for 1 min: 57000 ms" in out, out
    assert "start to first paint:" in out, out
    assert "pacer: 5 cues" in out, out
    print(out)  # the size and the start time, for the CI log
