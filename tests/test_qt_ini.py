"""The INI reading that decides what Qt must never decode (``app/core/qt_ini.py``),
compared with ``QSettings`` itself; and the guard that keeps such values from Qt.

A settings file holding ``@Variant(...)`` with a list nested 20 000 deep kills the process
with a segmentation fault inside Qt's ``QDataStream`` the moment any key of its section is
read (measured before the fix: exit 139 at the first ``value()``). The differential test
shows the port reads values as Qt 6 does — escapes, quotes, lists, continuations — so a
value the port calls harmless is one Qt does not decode.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QByteArray, QPoint, QRect, QSettings, QSize

from app.core import qt_ini
from app.services import options

REPO = Path(__file__).resolve().parent.parent

# Pieces that matter to Qt's reader: escapes that make '@', quotes, commas, line
# continuations, comments, the prefixes of every typed value.
TOKENS = st.sampled_from(
    ["@", "@@", "Variant(", "@Variant()", "@DateTime()", "@ByteArray(", "@Rect(1 2 3 4)",
     "@Size(1 2)", "@Point(1 2)", "@Invalid()", ")", "(", "\\x40", "\\x0040", "\\100",
     "\\x10040", "\\0", "\\08", '"', ",", ", ", " ", "\t", "\\\n", "\\\r\n", "\\\n\r", "\\",
     "\\n", "\\t", '\\"', "\\q", "\\x", "\\xZ", ";", "=", "a", "b", "x", "1", "é", "\ufeff",
     "€", "[", "]"]
)  # fmt: skip
RAW_VALUES = st.lists(st.one_of(TOKENS, st.text(max_size=4)), max_size=10).map("".join)


def _expected(item: str) -> object:
    """``stringToVariant`` for the values that are not decoded."""
    if item.startswith("@"):
        if item.endswith(")"):
            if item.startswith("@ByteArray("):
                return QByteArray(item[11:-1].encode("latin-1", "replace"))
            if item.startswith("@Rect("):
                return QRect
            if item.startswith("@Size("):
                return QSize
            if item.startswith("@Point("):
                return QPoint
            if item == "@Invalid()":
                return None
        if item.startswith("@@"):
            return item[1:]
    return item


def _matches(qt: object, value: str | list[str]) -> bool:
    if isinstance(value, str):
        expected = _expected(value)
        if isinstance(expected, type):  # a geometry type: Qt falls back to text when malformed
            return isinstance(qt, expected | str)
        return qt == expected
    if not isinstance(qt, list) or len(qt) != len(value):
        return False
    if any(item.startswith("@") and not item.startswith("@@") for item in value):
        return all(
            isinstance(q, e) if isinstance(e, type) else q == e or isinstance(q, str)
            for q, e in zip(qt, map(_expected, value), strict=True)
        )
    return qt == [item[1:] if item.startswith("@@") else item for item in value]


@pytest.mark.slow  # 400 values, each read by Qt too: about 4.5 s here
@pytest.mark.qt_log_ignore("Trying to construct an instance of an invalid type")
@settings(
    max_examples=400,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(raw=RAW_VALUES, before=st.sampled_from(["", "a=1\n", "; note\n", "[other]\nq=2\n"]))
def test_the_port_reads_values_as_qt_does(tmp_path: Path, raw: str, before: str) -> None:
    data = f"[s]\n{before}k={raw}\nz=end\n".encode()
    path = tmp_path / f"{abs(hash((raw, before)))}.ini"
    path.write_bytes(data)
    ours = [e for e in qt_ini.entries(data) if e.section == "s" and e.key == "k"]
    qt_settings = QSettings(str(path), QSettings.Format.IniFormat)
    present = "s/k" in qt_settings.allKeys()
    assert bool(ours) == present, (raw, ours)
    if not ours:
        return
    entry = ours[-1]
    qt = qt_settings.value("s/k")
    if entry.decoded_by_qt:  # Qt decoded it: whatever came out is not text we predicted
        assert not isinstance(qt, str) or qt == "", (raw, entry.value, qt)
    else:
        assert _matches(qt, entry.value), (raw, entry.value, qt)


@pytest.mark.parametrize(
    "raw",
    [
        r"@Variant(\0\0\0\t\0\0\0\x1\0\0\0\v\0\0\0\x1\0\0\0\x2\0x)",
        r"\x40Variant(\0)",
        r"\x0040Variant(\0)",
        r"\100Variant(\0)",
        r"\x10040Variant(\0)",  # 16-bit escapes wrap: 0x10040 is '@'
        r'"@Variant(\0)"',
        r'"@Var"iant(\0)',
        "@Var\\\niant(\\0)",  # a line continuation inside the prefix
        r"1, @Variant(\0)",  # one element of a list
        r"@DateTime(\0)",
    ],
)
def test_every_spelling_of_a_decoded_value_is_found(raw: str) -> None:
    data = f"[s]\nk={raw}\n".encode()
    assert [e.decoded_by_qt for e in qt_ini.entries(data)] == [True]


@pytest.mark.parametrize(
    "raw", ["@@Variant(x)", "x@Variant(x)", r"@ByteArray(@Variant\(x\))", '"a, @@b"', "1, @@c, 2"]
)
def test_text_that_only_looks_like_one_is_kept(raw: str) -> None:
    data = f"[s]\nk={raw}\n".encode()
    assert [e.decoded_by_qt for e in qt_ini.entries(data)] == [False]


def deep_variant(depth: int) -> bytes:
    """A QVariantList nested ``depth`` deep in Qt 6's stream format, its bytes written as
    they are (8 a level): 30 000 levels are 240 kB, under the app's size limit, and kill
    an unguarded ``QSettings.value`` with a segmentation fault (measured: exit 139)."""
    level = b"\x00\x00\x00\x09\x00\x00\x00\x01"  # QVariantList, one element
    leaf = b"\x00\x00\x00\x0b\x00\x00\x00\x01\x00\x00\x00\x02\x00x"  # QStringList ["x"]
    return b"@Variant(" + level * depth + leaf + b")"


def test_a_deeply_nested_value_is_cut_out_before_qt_reads_the_file(
    user_dirs: dict[str, Path],
) -> None:
    path = user_dirs["config"] / "settings.ini"
    original = b"[pacer]\nbreaths=12\ntrap=" + deep_variant(30_000) + b"\n[sound]\nvolume=35\n"
    assert len(original) < options.MAX_FILE_BYTES
    path.write_bytes(original)
    options.notices.clear()
    assert options.PACER_BREATHS.read() == 12  # Qt read the section: no crash
    assert options.VOLUME.read() == 35
    assert b"trap" not in path.read_bytes()
    kept = list(user_dirs["config"].glob("settings-set-aside-*.ini"))
    assert len(kept) == 1 and kept[0].read_bytes() == original  # nothing lost
    assert oct(kept[0].stat().st_mode & 0o777) == "0o600"
    [text] = options.notices.current
    assert "[pacer] trap" in text and str(kept[0]) in text and str(path) in text
    options.notices.clear()


def test_a_settings_file_too_large_to_read_is_set_aside_whole(
    user_dirs: dict[str, Path],
) -> None:
    path = user_dirs["config"] / "settings.ini"
    original = b"[pacer]\nbreaths=12\n" + b"; padding\n" * (options.MAX_FILE_BYTES // 10 + 1)
    path.write_bytes(original)
    options.notices.clear()
    assert options.PACER_BREATHS.read() == 10  # the default: nothing of it was used
    assert path.read_bytes() == b""
    [kept] = user_dirs["config"].glob("settings-set-aside-*.ini")
    assert kept.read_bytes() == original
    assert "KiB" in options.notices.text() and str(kept) in options.notices.text()
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    options.notices.clear()


def test_a_fifo_in_place_of_the_settings_file_does_not_hang_the_start(
    user_dirs: dict[str, Path],
) -> None:
    path = user_dirs["config"] / "settings.ini"
    path.unlink(missing_ok=True)
    os.mkfifo(path)  # nobody writes to it: opening it to read would wait for ever
    options.notices.clear()
    assert options.VOLUME.read() == 80
    assert path.is_file() and path.read_bytes() == b""
    [kept] = user_dirs["config"].glob("settings-set-aside-*.ini")
    assert kept.is_fifo()
    assert "not a regular file" in options.notices.text()
    options.notices.clear()


def test_when_the_file_cannot_be_cleaned_qt_never_reads_it(
    user_dirs: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = user_dirs["config"] / "settings.ini"
    original = b"[sound]\nvolume=35\ntrap=" + deep_variant(30_000) + b"\n"
    path.write_bytes(original)
    monkeypatch.setattr(options, "_replace", lambda _path, _data: False)  # a read-only folder
    options.notices.clear()
    assert options.VOLUME.read() == 80  # the default; Qt did not touch the file
    options.VOLUME.write(50)  # and nothing is written over it
    assert path.read_bytes() == original
    assert "could not be set aside" in options.notices.text()
    options.notices.clear()


@pytest.mark.slow
def test_the_pacer_starts_with_a_crashing_settings_file(tmp_path: Path) -> None:
    """The real program, as a person starts it: exit 0 and the first paint, not 139."""
    config = tmp_path / "config"
    config.mkdir()
    (config / "settings.ini").write_bytes(
        b"[pacer]\nbreaths=abc\nx=" + deep_variant(30_000) + b"\n"
    )
    environ = dict(os.environ)
    environ.update(
        QT_QPA_PLATFORM="offscreen",
        BREATHING_ROOM_QUIT_AFTER_PAINT="1",
        BREATHING_ROOM_CONFIG_DIR=str(config),
        BREATHING_ROOM_DATA_DIR=str(tmp_path / "data"),
        BREATHING_ROOM_CACHE_DIR=str(tmp_path / "cache"),
    )
    result = subprocess.run(
        [sys.executable, "-m", "app", "pacer"],
        capture_output=True,
        text=True,
        env=environ,
        cwd=REPO,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "first paint" in result.stdout
    assert "Traceback" not in result.stderr
