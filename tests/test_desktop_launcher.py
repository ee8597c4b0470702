"""The install's menu entry (``packaging/desktop_launcher.py``): it starts the install it was
made for, from any folder name, passes ``desktop-file-validate``, and ``--uninstall``
removes exactly what it wrote. Every test installs into its own temporary home; no
packages are installed."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app import APP_ID

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

REPO = Path(__file__).resolve().parent.parent
SCRIPT = REPO / "packaging" / "desktop_launcher.py"
ICONS = REPO / "packaging" / "linux" / "icons" / "hicolor"
spec = importlib.util.spec_from_file_location("desktop_launcher", SCRIPT)
assert spec is not None and spec.loader is not None
launcher = importlib.util.module_from_spec(spec)
sys.modules["desktop_launcher"] = launcher  # dataclasses look their module up
spec.loader.exec_module(launcher)

# Folder names a person may have: spaces, quotes, the characters a shell or the Exec
# line treats specially, a percent sign (a field code), a backslash, non-ASCII.
FOLDERS = [
    "Breathing Room",
    "it's 100% mine",
    'say "hi" $HOME `x` \\ (1) & ; # ~ * ?',
    "Ademruimte – oefeningen é",
]


def snapshot(folder: Path) -> dict[str, bytes | None]:
    """Every path under ``folder`` with its bytes (None for a folder)."""
    return {
        str(p.relative_to(folder)): None if p.is_dir() else p.read_bytes()
        for p in sorted(folder.rglob("*"))
    }


def fake_install(checkout: Path, marker: Path | None = None) -> Path:
    """A checkout's ``.venv/bin/breathing-room`` that writes its arguments to ``marker``."""
    command = checkout / ".venv" / "bin" / "breathing-room"
    command.parent.mkdir(parents=True)
    target = marker or checkout / "started"
    script = f'#!/bin/sh\nprintf "%s\\n" "$0" "$@" > {shell_quote(str(target))}\n'
    command.write_bytes(os.fsencode(script))  # a folder name's bytes as they are
    command.chmod(0o755)
    return command


def shell_quote(text: str) -> str:
    return "'" + text.replace("'", "'\\''") + "'"


def run(
    action: str, command: Path, env: dict[str, str], script: Path = SCRIPT
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(script), action, "--exec", str(command)],
        env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip


@pytest.fixture
def home(tmp_path: Path) -> dict[str, str]:
    """An environment whose home and data home are this test's, with a space in each."""
    env = dict(os.environ)
    env["HOME"] = str(tmp_path / "the home")
    env["XDG_DATA_HOME"] = str(tmp_path / "the home" / "data home")
    Path(env["XDG_DATA_HOME"]).mkdir(parents=True)
    return env


def exec_argv(value: str) -> list[str]:
    """An ``Exec`` value read back as the Desktop Entry Specification says, written here
    independently of the script: string escapes first, then quoting, then ``%%``."""
    unescaped, i = [], 0
    while i < len(value):
        if value[i] == "\\" and i + 1 < len(value):
            unescaped.append(
                {"s": " ", "n": "\n", "t": "\t", "r": "\r"}.get(value[i + 1], value[i + 1])
            )
            i += 2
        else:
            unescaped.append(value[i])
            i += 1
    text, argv, current, quoted, i = "".join(unescaped), [], "", False, 0
    started = False
    while i < len(text):
        c = text[i]
        if quoted and c == "\\" and i + 1 < len(text) and text[i + 1] in '"`$\\':
            current, i = current + text[i + 1], i + 2
            continue
        if c == '"':
            quoted, started = not quoted, True
        elif c == " " and not quoted:
            if started or current:
                argv.append(current)
            current, started = "", False
        else:
            current += c
        i += 1
    if started or current:
        argv.append(current)
    return [a.replace("%%", "%") for a in argv]


def entry_values(path: Path) -> dict[str, str]:
    """``group/key -> value`` of a desktop file."""
    values, group = {}, ""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("["):
            group = line.strip("[]")
        elif "=" in line:
            key, value = line.split("=", 1)
            values[f"{group}/{key}"] = value
    return values


@settings(max_examples=300, derandomize=True, deadline=None)
@given(st.text(st.characters(min_codepoint=0x20, exclude_characters="\x7f"), min_size=1))
def test_an_exec_argument_reads_back_as_written(name: str) -> None:
    path = "/" + name
    assert exec_argv(launcher.exec_argument(path)) == [path]


@pytest.mark.parametrize("folder", FOLDERS)
def test_install_writes_the_entry_and_icons_and_uninstall_takes_them_away(
    tmp_path: Path, home: dict[str, str], folder: str
) -> None:
    share = Path(home["XDG_DATA_HOME"])
    # Another app's entry and icon were there before and stay, byte for byte.
    (share / "applications").mkdir()
    (share / "applications" / "org.example.Other.desktop").write_text(
        "[Desktop Entry]\nType=Application\nName=Other\nExec=other\n"
    )
    (share / "icons" / "hicolor" / "48x48" / "apps").mkdir(parents=True)
    (share / "icons" / "hicolor" / "48x48" / "apps" / "other.png").write_bytes(b"png")
    before = snapshot(tmp_path / "the home")
    command = fake_install(tmp_path / folder / "checkout")

    done = run("install", command, home)
    assert done.returncode == 0, done.stderr
    assert str(command) in done.stdout and "--uninstall" in done.stdout

    entry = share / "applications" / f"{APP_ID}.desktop"
    values = entry_values(entry)
    assert exec_argv(values["Desktop Entry/Exec"]) == [str(command)]
    assert exec_argv(values["Desktop Action pacer/Exec"]) == [str(command), "pacer"]
    assert values["Desktop Entry/TryExec"].replace("\\\\", "\\") == str(command)
    assert values["Desktop Entry/Icon"] == APP_ID
    shipped = sorted(p.relative_to(ICONS) for p in ICONS.glob(f"*/apps/{APP_ID}.*"))
    assert len(shipped) == 10  # 9 PNG sizes (packaging/icons.py) and the SVG
    for icon in shipped:
        assert (share / "icons" / "hicolor" / icon).read_bytes() == (ICONS / icon).read_bytes()
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(
            ["desktop-file-validate", str(entry)], capture_output=True, text=True
        )
        assert check.returncode == 0 and not check.stdout.strip(), check.stdout + check.stderr

    done = run("uninstall", command, home)
    assert done.returncode == 0, done.stderr
    assert not done.stderr
    assert snapshot(tmp_path / "the home") == before
    assert not (command.parent.parent / "desktop-launcher.json").exists()


@pytest.mark.skipif(not shutil.which("gio"), reason="GLib's gio reads desktop entries")
def test_the_menu_entry_starts_that_install(
    tmp_path: Path, home: dict[str, str], qtbot: QtBot
) -> None:
    """GLib, as GNOME's menu does, parses the entry and starts the install's command."""
    marker = tmp_path / "arguments"
    command = fake_install(tmp_path / FOLDERS[2] / "checkout", marker)
    assert run("install", command, home).returncode == 0
    entry = Path(home["XDG_DATA_HOME"]) / "applications" / f"{APP_ID}.desktop"
    subprocess.run(["gio", "launch", str(entry)], env=home, check=True, timeout=30,
                   capture_output=True, cwd=tmp_path)  # fmt: skip
    qtbot.waitUntil(lambda: marker.exists() and marker.read_text().endswith("\n"), timeout=10_000)
    assert marker.read_text() == f"{command}\n"


def test_without_xdg_data_home_the_entry_goes_to_local_share(tmp_path: Path) -> None:
    env = dict(os.environ, HOME=str(tmp_path / "home"), XDG_DATA_HOME="relative/is/ignored")
    (tmp_path / "home").mkdir()
    command = fake_install(tmp_path / "checkout")
    assert run("install", command, env).returncode == 0
    assert (tmp_path / "home" / ".local" / "share" / "applications" / f"{APP_ID}.desktop").exists()
    assert run("uninstall", command, env).returncode == 0
    assert snapshot(tmp_path / "home") == {}  # .local and .local/share were made, and go


def test_installing_again_then_uninstalling_leaves_nothing(
    tmp_path: Path, home: dict[str, str]
) -> None:
    """A second install (the README command run again) keeps the folders the first made."""
    before = snapshot(tmp_path / "the home")
    command = fake_install(tmp_path / "checkout")
    for _ in range(2):
        assert run("install", command, home).returncode == 0
    assert run("uninstall", command, home).returncode == 0
    assert snapshot(tmp_path / "the home") == before
    again = run("uninstall", command, home)
    assert again.returncode == 0 and "Nothing to remove" in again.stdout


def test_uninstall_leaves_another_installs_entry_and_a_changed_file(
    tmp_path: Path, home: dict[str, str]
) -> None:
    share = Path(home["XDG_DATA_HOME"])
    first = fake_install(tmp_path / "first")
    second = fake_install(tmp_path / "second")
    assert run("install", first, home).returncode == 0
    assert run("install", second, home).returncode == 0  # the menu now starts the second

    done = run("uninstall", first, home)
    assert done.returncode == 0
    entry = share / "applications" / f"{APP_ID}.desktop"
    assert exec_argv(entry_values(entry)["Desktop Entry/Exec"]) == [str(second)]
    assert all((share / "icons" / "hicolor" / p).exists() for p in ("48x48/apps", "scalable/apps"))
    assert "left in place" in done.stderr and str(entry) in done.stderr

    icon = share / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png"
    icon.write_bytes(b"the person's own drawing")
    done = run("uninstall", second, home)
    assert done.returncode == 0
    assert icon.read_bytes() == b"the person's own drawing"
    assert f"{icon} (changed since it was installed" in done.stderr
    assert not entry.exists()
    left = {p for p, data in snapshot(share).items() if data is not None}
    assert left == {f"icons/hicolor/48x48/apps/{APP_ID}.png"}


def test_a_failed_install_says_why_and_leaves_nothing(tmp_path: Path, home: dict[str, str]) -> None:
    share = Path(home["XDG_DATA_HOME"])
    blocked = share / "icons" / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png"
    blocked.mkdir(parents=True)  # a folder where an icon goes: the rename fails
    before = snapshot(tmp_path / "the home")
    command = fake_install(tmp_path / "checkout")
    done = run("install", command, home)
    assert done.returncode == 1
    assert "could not be written" in done.stderr and "nothing was left behind" in done.stderr
    assert "Traceback" not in done.stderr
    assert snapshot(tmp_path / "the home") == before
    assert not (command.parent.parent / "desktop-launcher.json").exists()


@pytest.mark.parametrize(
    ("name", "says"),
    [
        ("missing", "no breathing-room program there"),
        ("line\nbreak", "control character"),
        ("latin-1 \udce9t\udce9", "not UTF-8"),  # the bytes b"\xe9t\xe9" of a file name
    ],
)
def test_an_install_that_cannot_be_launched_is_refused(
    tmp_path: Path, home: dict[str, str], name: str, says: str
) -> None:
    command = (
        tmp_path / "nothing" / "breathing-room"
        if name == "missing"
        else fake_install(tmp_path / name)
    )
    before = snapshot(tmp_path / "the home")
    done = run("install", command, home)
    assert done.returncode == 1 and says in done.stderr, done.stderr
    assert "Traceback" not in done.stderr
    assert snapshot(tmp_path / "the home") == before


def test_install_and_run_uninstall_removes_the_launcher(
    tmp_path: Path, home: dict[str, str]
) -> None:
    """The documented command: ``bash packaging/install-and-run.sh --uninstall`` in a
    checkout (a copy of the packaging folder, so the real checkout's .venv is not used)."""
    checkout = tmp_path / "my checkout"
    shutil.copytree(REPO / "packaging" / "linux", checkout / "packaging" / "linux")
    for name in ("install-and-run.sh", "desktop_launcher.py"):
        shutil.copy2(REPO / "packaging" / name, checkout / "packaging" / name)
    command = fake_install(checkout)
    before = snapshot(tmp_path / "the home")
    installed = subprocess.run(
        [sys.executable, str(checkout / "packaging" / "desktop_launcher.py"), "install"],
        env=home, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert installed.returncode == 0, installed.stderr
    assert str(command) in installed.stdout  # the default: this checkout's .venv
    removed = subprocess.run(
        ["bash", str(checkout / "packaging" / "install-and-run.sh"), "--uninstall"],
        env=home, capture_output=True, text=True, timeout=60, cwd=tmp_path,
    )  # fmt: skip
    assert removed.returncode == 0, removed.stderr
    assert "removed" in removed.stdout
    assert snapshot(tmp_path / "the home") == before


@pytest.mark.parametrize("content", ["{not json", '{"format": 1, "files": 3}', "[]"])
def test_a_damaged_record_is_named_and_nothing_is_removed(
    tmp_path: Path, home: dict[str, str], content: str
) -> None:
    command = fake_install(tmp_path / "checkout")
    assert run("install", command, home).returncode == 0
    record = command.parent.parent / "desktop-launcher.json"
    record.write_text(content)
    before = snapshot(tmp_path / "the home")
    done = run("uninstall", command, home)
    assert done.returncode == 1 and str(record) in done.stderr, done.stderr
    assert "Traceback" not in done.stderr
    assert snapshot(tmp_path / "the home") == before


def test_installing_over_a_damaged_record_starts_a_new_one(
    tmp_path: Path, home: dict[str, str]
) -> None:
    command = fake_install(tmp_path / "checkout")
    record = command.parent.parent / "desktop-launcher.json"
    record.write_text("{not json")
    done = run("install", command, home)
    assert done.returncode == 0 and f"{record}: cannot be read" in done.stderr
    assert run("uninstall", command, home).returncode == 0
    assert not record.exists()
