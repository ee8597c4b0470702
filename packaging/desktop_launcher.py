"""Put Breathing Room in the person's application menu, pointing at one install, and take
it out again: the launcher step of ``packaging/install-and-run.sh``, runnable on its own.

    python3 packaging/desktop_launcher.py install     # the menu entry and the icons
    python3 packaging/desktop_launcher.py uninstall   # removes exactly what install wrote
    python3 packaging/desktop_launcher.py install --exec /path/to/bin/breathing-room

Why: the README's install puts ``breathing-room`` in the checkout's ``.venv``, which is not
on ``PATH``, so the shipped ``.desktop`` file (``Exec=breathing-room``) starts nothing.
This writes a copy of it whose ``Exec`` is the full path of that install's command
(quoted as the Desktop Entry Specification asks, so any folder name works) into
``$XDG_DATA_HOME/applications`` (default ``~/.local/share/applications``), and the icon,
in every size ``packaging/icons.py`` renders, into ``$XDG_DATA_HOME/icons/hicolor``.

What it wrote, and which folders it had to make, is recorded with a SHA-256 of each file
in ``desktop-launcher.json`` beside the install's ``bin`` folder (``.venv/``), so that
``uninstall`` removes exactly that: a file someone changed since, a menu entry that now
belongs to another install (a second checkout), and a folder that holds anything else are
left alone and named. Only the standard library is used: it runs with any ``python3``.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
APP_ID = "nl.ademruimte.BreathingRoom"  # app/__init__.py; tests/test_desktop_launcher.py
TEMPLATE = HERE / "linux" / f"{APP_ID}.desktop"
ICONS = HERE / "linux" / "icons" / "hicolor"
MANIFEST = "desktop-launcher.json"
FORMAT = 1

# The Desktop Entry Specification, "The Exec key": an argument holding one of these must be
# quoted; inside double quotes, these four are escaped with a backslash.
_RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#()`")
_ESCAPED_IN_QUOTES = frozenset('"`$\\')


class LauncherError(Exception):
    """A reason the launcher cannot be installed or removed, said in one sentence."""


# -- what the menu entry says --------------------------------------------------------------


def _string_value(text: str, what: str) -> str:
    """``text`` as a Desktop Entry value of type string: a backslash doubled. A control
    character cannot be written at all (a file name may hold a newline; a menu cannot)."""
    bad = next((c for c in text if ord(c) < 0x20 or ord(c) == 0x7F), None)
    if bad is not None:
        raise LauncherError(
            f"{what} {text!r} holds the control character {bad!r}, which a desktop entry "
            "cannot hold; move the install to a folder without it"
        )
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # a file name's bytes that are not UTF-8 (surrogateescape)
        raise LauncherError(
            f"{what} {text!r} is not UTF-8 text, which a desktop entry must be; move the "
            "install to a folder whose name is"
        ) from None
    return text.replace("\\", "\\\\")


def exec_argument(argument: str) -> str:
    """One argument of an ``Exec`` line: quoted when it holds a reserved character (with
    ``"``, backtick, ``$`` and backslash escaped inside the quotes), ``%`` doubled (field
    codes), then escaped as a string value, whose rule applies first when the line is read:
    a backslash in a path is four backslashes in the file, as the specification says."""
    quoted = argument
    if not argument or any(c in _RESERVED for c in argument):
        inner = "".join("\\" + c if c in _ESCAPED_IN_QUOTES else c for c in argument)
        quoted = f'"{inner}"'
    return _string_value(quoted.replace("%", "%%"), "the path")


def desktop_entry(executable: Path) -> str:
    """The shipped ``.desktop`` file with ``Exec`` and ``TryExec`` naming ``executable``:
    ``TryExec`` hides the entry from the menu if the install is deleted without
    ``uninstall``, instead of leaving an entry that starts nothing."""
    command = exec_argument(str(executable))
    lines = []
    for line in TEMPLATE.read_text(encoding="utf-8").splitlines():
        key, sep, value = line.partition("=")
        if sep and key == "Exec":
            rest = value.split(" ", 1)[1:]  # "breathing-room pacer" -> ["pacer"]
            line = "Exec=" + " ".join([command, *rest])
        elif sep and key == "TryExec":
            line = "TryExec=" + _string_value(str(executable), "the path")
        lines.append(line)
    return "\n".join(lines) + "\n"


def data_home(environ: dict[str, str] | os._Environ[str] = os.environ) -> Path:
    """``$XDG_DATA_HOME``, or ``~/.local/share`` when it is unset, empty or relative (the
    XDG Base Directory Specification says to ignore a relative one)."""
    value = environ.get("XDG_DATA_HOME", "")
    if value and Path(value).is_absolute():
        return Path(value)
    home = environ.get("HOME", "")
    if not home or not Path(home).is_absolute():
        raise LauncherError("neither XDG_DATA_HOME nor HOME names a folder to install into")
    return Path(home) / ".local" / "share"


def planned_files(executable: Path, share: Path) -> dict[Path, bytes]:
    """Every file the launcher consists of, with its content."""
    files = {share / "applications" / f"{APP_ID}.desktop": desktop_entry(executable).encode()}
    for icon in sorted(ICONS.glob(f"*/apps/{APP_ID}.*")):
        files[share / "icons" / "hicolor" / icon.relative_to(ICONS)] = icon.read_bytes()
    return files


# -- the record of an install --------------------------------------------------------------


@dataclass
class Record:
    """What one install wrote: files with their SHA-256, and the folders it made (so that
    uninstall removes those and no folder that was there before)."""

    executable: str
    files: dict[str, str] = field(default_factory=dict)
    folders: list[str] = field(default_factory=list)
    # update-desktop-database's applications/mimeinfo.cache, when it was made for this
    # entry (there was none before): removed with it while no other program changed it.
    caches: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> str:
        return json.dumps({"format": FORMAT, **self.__dict__}, indent=1, sort_keys=True) + "\n"

    @classmethod
    def read(cls, path: Path) -> Record | None:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as error:
            raise LauncherError(f"{path}: cannot be read ({error})") from error
        try:
            if data.pop("format") != FORMAT:
                raise ValueError("another format")
            record = cls(**data)
            if not (
                isinstance(record.executable, str)
                and all(
                    isinstance(k, str) and isinstance(v, str)
                    for k, v in (*record.files.items(), *record.caches.items())
                )
                and all(isinstance(f, str) for f in record.folders)
            ):
                raise TypeError("a value of the wrong type")
        except (AttributeError, KeyError, TypeError, ValueError) as error:
            raise LauncherError(f"{path}: not a record this script wrote ({error})") from error
        return record


def manifest_path(executable: Path) -> Path:
    """Beside the install's ``bin`` folder: ``.venv/desktop-launcher.json``."""
    return executable.parent.parent / MANIFEST


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _write(path: Path, data: bytes, mode: int = 0o644) -> None:
    """Write to a temporary file in the same folder, sync, then rename over: a reader (the
    menu) never sees half a file."""
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        Path(temporary).chmod(mode)
        Path(temporary).replace(path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _make_folders(folder: Path, made: list[str]) -> None:
    """``mkdir -p``, noting each folder made, outermost first."""
    missing = []
    while not folder.is_dir():
        missing.append(folder)
        folder = folder.parent
    for path in reversed(missing):
        path.mkdir(mode=0o755)
        made.append(str(path))


# -- the desktop's caches --------------------------------------------------------------------


def _run_quietly(command: list[str], say: Report) -> None:
    try:
        run = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
    except (OSError, subprocess.TimeoutExpired) as error:
        say.warn(f"{command[0]} did not run ({error}); the menu may update only after a login")
        return
    if run.returncode != 0:
        detail = (run.stderr or run.stdout).strip().splitlines()
        say.warn(f"{' '.join(command)} failed: {detail[-1] if detail else run.returncode}")


def refresh_caches(share: Path, say: Report, desktop_database: bool = True) -> None:
    """``update-desktop-database`` when it is installed (desktops that read its cache see
    the new entry at once), and the icon theme cache only where one already exists: GTK
    uses a cache older than its folder as if the new icon were not there."""
    applications = share / "applications"
    if desktop_database and applications.is_dir() and shutil.which("update-desktop-database"):
        _run_quietly(["update-desktop-database", "-q", str(applications)], say)
    hicolor = share / "icons" / "hicolor"
    if hicolor.is_dir():
        os.utime(hicolor)  # the mtime that icon caches compare with
        if (hicolor / "icon-theme.cache").exists() and shutil.which("gtk-update-icon-cache"):
            _run_quietly(["gtk-update-icon-cache", "-q", "-t", "-f", str(hicolor)], say)


# -- install and uninstall -----------------------------------------------------------------


class Report:
    """What happened, one line each, for the person at the terminal."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.warnings: list[str] = []

    def say(self, text: str) -> None:
        self.lines.append(text)
        print(text)

    def warn(self, text: str) -> None:
        self.warnings.append(text)
        print(f"warning: {text}", file=sys.stderr)


def check_executable(executable: Path) -> Path:
    if not executable.is_absolute():
        raise LauncherError(f"{executable}: give the full path of breathing-room")
    if not executable.is_file() or not os.access(executable, os.X_OK):
        raise LauncherError(
            f"{executable}: no breathing-room program there; install first "
            "(bash packaging/install-and-run.sh)"
        )
    return executable


def install(executable: Path, share: Path, say: Report) -> Record:
    """Write the menu entry and the icons for ``executable`` and record them. A failure
    half-way removes what was written and says why."""
    check_executable(executable)
    files = planned_files(executable, share)
    manifest = manifest_path(executable)
    try:
        previous = Record.read(manifest)
    except LauncherError as error:  # what it wrote is written again; the folders it made
        say.warn(f"{error}; a new record replaces it")  # before are then left at uninstall
        previous = None
    record = Record(str(executable))
    if previous is not None:  # installed before: the folders it made are still its own
        record.folders = [f for f in previous.folders if Path(f).is_dir()]
        record.caches = {c: d for c, d in previous.caches.items() if Path(c).exists()}
    mime_cache = share / "applications" / "mimeinfo.cache"
    had_mime_cache = mime_cache.exists()
    try:
        for path, data in files.items():
            _make_folders(path.parent, record.folders)
            _write(path, data)
            record.files[str(path)] = _sha256(data)
        _write(manifest, record.to_json().encode())
    except OSError as error:
        where = f" ({error.filename})" if error.filename else ""
        _remove(record)
        raise LauncherError(
            f"the launcher could not be written: {error.strerror or error}{where}; "
            "nothing was left behind"
        ) from error
    refresh_caches(share, say)
    if not had_mime_cache and mime_cache.exists():
        record.caches[str(mime_cache)] = _sha256(mime_cache.read_bytes())
        _write(manifest, record.to_json().encode())
    say.say(f"Breathing Room is in the applications menu: {share / 'applications'}")
    say.say(f"  it starts {executable}")
    say.say("  to remove it: bash packaging/install-and-run.sh --uninstall")
    return record


def _ours(name: str) -> bool:
    """A path this script can have written: the app id's entry or icon, nothing else, so
    an edited record cannot make uninstall remove another file."""
    path = Path(name)
    return path.is_absolute() and path.stem == APP_ID and _share_of(path) is not None


def _remove(record: Record) -> list[str]:
    """Remove the recorded files that are still as written, then the recorded folders that
    are empty. Returns what was left, and why."""
    left = []
    entry = next((p for p in record.files if p.endswith(".desktop")), None)
    entry_replaced = entry is not None and _changed(Path(entry), record.files[entry])
    for name, digest in record.files.items():
        path = Path(name)
        if not _ours(name) or not path.exists():
            continue
        if _changed(path, digest):
            left.append(f"{path} (changed since it was installed, or another install's)")
        elif entry_replaced:
            left.append(f"{path} (the menu entry now belongs to another install)")
        else:
            path.unlink()
    for name, digest in record.caches.items():
        cache = Path(name)
        if cache.name == "mimeinfo.cache" and cache.exists() and not _changed(cache, digest):
            cache.unlink()  # made for this entry, and no other program's since
    # The folders install made, innermost first, each only if nothing else has moved in.
    for folder in sorted(record.folders, key=len, reverse=True):
        with contextlib.suppress(OSError):
            Path(folder).rmdir()
    return left


def _changed(path: Path, digest: str) -> bool:
    try:
        return _sha256(path.read_bytes()) != digest
    except FileNotFoundError:
        return False


def uninstall(executable: Path, say: Report) -> list[str]:
    """Remove what ``install`` recorded for ``executable``; returns what was left."""
    manifest = manifest_path(executable)
    record = Record.read(manifest)
    if record is None:
        say.say(f"Nothing to remove: no launcher was installed for {executable} ({manifest}).")
        return []
    try:
        left = _remove(record)
        manifest.unlink()
    except OSError as error:
        raise LauncherError(
            f"the launcher could not be removed: {error.strerror or error}"
            + (f" ({error.filename})" if error.filename else "")
        ) from error
    shares = {_share_of(Path(p)) for p in record.files}
    for share in sorted(s for s in shares if s is not None):
        # Only a cache that is there is brought up to date: one made for this entry alone
        # went with it, and remaking it would leave a file that was not there before.
        cache = share / "applications" / "mimeinfo.cache"
        refresh_caches(share, say, desktop_database=cache.exists())
    say.say("Breathing Room's menu entry and icons were removed.")
    for line in left:
        say.warn(f"left in place: {line}")
    return left


def _share_of(path: Path) -> Path | None:
    for parent in path.parents:
        if parent.name in ("applications", "icons"):
            return parent.parent
    return None


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="desktop_launcher.py", description=(__doc__ or "").split("\n\n")[0]
    )
    parser.add_argument("action", choices=("install", "uninstall"))
    parser.add_argument(
        "--exec",
        dest="executable",
        default=str(ROOT / ".venv" / "bin" / "breathing-room"),
        help="the install's breathing-room command (default: this checkout's .venv)",
    )
    args = parser.parse_args(None if argv is None else list(argv))
    say = Report()
    executable = Path(args.executable).absolute()
    try:
        if args.action == "install":
            install(executable, data_home(), say)
        else:
            uninstall(executable, say)
    except LauncherError as error:
        print(f"{parser.prog}: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
