"""The wheel carries the catalogue and resources and runs from any folder."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(out),
            str(REPO),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (found,) = out.glob("breathing_room-*.whl")
    return found


@pytest.mark.slow
def test_wheel_contents(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "app/data/exercises.yaml" in names
    assert "app/core/timeline.py" in names
    assert "app/resources/translations/.keep" in names or any(
        n.startswith("app/resources/") for n in names
    )
    assert "app/resources/translations/breathing_room_nl.qm" in names
    assert "app/resources/icons/breathing-room.svg" in names
    assert not any(n.startswith("tests/") for n in names)
    entry = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry).decode()
    assert "[gui_scripts]" in text and "breathing-room = app.cli:main" in text


@pytest.mark.slow
def test_installed_wheel_runs_from_another_folder(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        timeout=300,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import app, sys; from app.cli import main; "
            "print(app.__file__); sys.exit(main(['validate']))",
        ],
        cwd=elsewhere,
        env={"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    first, second = result.stdout.splitlines()[:2]
    assert first.startswith(str(target))
    assert "app/data/exercises.yaml: valid (40 exercises" in second


@pytest.mark.slow
def test_the_sdist_carries_what_a_build_needs(tmp_path: Path) -> None:
    import tarfile

    subprocess.run(
        [sys.executable, "-m", "build", "--sdist", "--no-isolation", "--outdir", str(tmp_path),
         str(REPO)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    (sdist,) = tmp_path.glob("breathing_room-*.tar.gz")
    with tarfile.open(sdist) as archive:
        names = {n.split("/", 1)[1] for n in archive.getnames() if "/" in n}
    for needed in ("exercises.yaml", "pyproject.toml", "app/cli.py",
                   "resources/translations/breathing_room_nl.ts",
                   "packaging/linux/nl.ademruimte.BreathingRoom.desktop",
                   "packaging/breathing-room.spec"):  # fmt: skip
        assert needed in names, needed
