"""Desktop integration: one app id everywhere, files the desktop tools accept, and icons
rendered from the one SVG."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app import APP_ID

REPO = Path(__file__).resolve().parent.parent
LINUX = REPO / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"


def test_one_app_id_everywhere() -> None:
    assert APP_ID == "nl.ademruimte.BreathingRoom"
    desktop = DESKTOP.read_text()
    assert f"Icon={APP_ID}\n" in desktop
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == f"{APP_ID}.desktop"  # type: ignore[union-attr]
    assert (LINUX / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").exists()


def test_metainfo_speaks_dutch_and_english() -> None:
    root = ET.parse(METAINFO).getroot()
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    description = root.find("description")
    assert description is not None
    assert {p.get(lang) for p in description.iter("p")} == {None, "nl"}
    assert root.find("content_rating") is not None
    assert root.find("releases/release") is not None
    assert len(root.findall("screenshots/screenshot")) >= 3


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils")
def test_desktop_file_validates() -> None:
    run = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert run.returncode == 0 and not run.stdout.strip(), run.stdout + run.stderr


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream")
def test_metainfo_validates() -> None:
    run = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)],
                         capture_output=True, text=True)  # fmt: skip
    assert run.returncode == 0, run.stdout + run.stderr


def test_icons_are_rendered_from_the_svg() -> None:
    run = subprocess.run([sys.executable, str(REPO / "packaging" / "icons.py"), "--check"],
                         capture_output=True, text=True, timeout=120)  # fmt: skip
    assert run.returncode == 0, run.stdout + run.stderr
