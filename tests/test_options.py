"""Every setting is declared once (``app/services/options.py``) and read by one rule: any
value of any key gives a usable value — the default when the stored one cannot be used —
and at most one notice; no code reads or writes a key that is not declared.

The issue's example: ``[pacer] breaths=abc`` made ``breathing-room pacer`` exit 70 and
Ctrl+B show "Something went wrong"; ``inf`` or ``1e999`` broke every session.
"""

from __future__ import annotations

import ast
import json
import math
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QByteArray, QSettings
from pytestqt.qtbot import QtBot

from app.core.guide import Bookmark
from app.core.model import Catalogue
from app.services import options, paths
from app.services.options import REGISTRY, Option, UnusableError
from tests.helpers.catalogues import real_catalogue

REPO = Path(__file__).resolve().parent.parent

# What a damaged, hand-edited or foreign settings file holds, as INI text after "key=".
NASTY = [
    "", " ", "abc", "inf", "-inf", "+inf", "nan", "NaN", "1e999", "-1e999", "1e308", "2.5",
    "0.5", "-1", "0", "-0", "+12", " 12 ", "12abc", "1_000", "0x10", "1e2", "١٢", "１２",
    "9" * 30, "9" * 5000, "1, 2", '"1, 2"', "@Invalid()", "@ByteArray(x)", "@ByteArray()",
    "@Rect(1 2 3 4)", "@Size(1 2)", "@Point(1 2)", "true", "TRUE", "yes", "1", "08:00",
    "25:00", "8:00", "08:00:00", "4-7-8", "0.0004-0-0.0004", "4-7", "\\x0", "@@x",
    "[" * 3000, "{" * 3000, r'"{\"exercises\": [\"a\"], \"exercise_index\": true}"',
    r'"{\"exercises\": [], \"exercise_index\": 0}"', r'"{\"side\": []}"',
    "\\u202e", "x\u200by", "\ufeff", "é", "bridge", "custom", "dark", "nl", "off",
    r"\x40Variant(\0)",
    r"@Variant(\0\0\0\t\0\0\0\x1\0\0\0\v\0\0\0\x1\0\0\0\x2\0x)",
]  # fmt: skip
INI_TEXT = st.one_of(
    st.sampled_from(NASTY),
    st.text(max_size=30).map(lambda t: t.replace("\n", "\\n").replace("\r", "\\r")),
)


@contextmanager
def fresh_config(base: Path) -> Iterator[Path]:
    """A new, empty config folder for one hypothesis example (the fixture's folder is one
    per test, and Qt keeps a parsed copy of each settings file it has seen)."""
    folder = Path(tempfile.mkdtemp(dir=base))
    before = os.environ["BREATHING_ROOM_CONFIG_DIR"]
    os.environ["BREATHING_ROOM_CONFIG_DIR"] = str(folder)
    options.notices.clear()
    try:
        yield folder
    finally:
        os.environ["BREATHING_ROOM_CONFIG_DIR"] = before
        options.notices.clear()


def write_ini(folder: Path, values: dict[str, str]) -> bytes:
    sections: dict[str, list[str]] = {}
    for key, text in values.items():
        section, _, name = key.rpartition("/")
        sections.setdefault(section, []).append(f"{name}={text}")
    data = "".join(f"[{s}]\n" + "\n".join(lines) + "\n" for s, lines in sections.items())
    encoded = data.encode("utf-8", "surrogatepass")
    (folder / options.FILE_NAME).write_bytes(encoded)
    return encoded


def expected(option: Option[object]) -> tuple[object, bool]:
    """(what reading must give, whether that value was unusable), by asking Qt directly."""
    qt = paths.settings()
    if not qt.contains(option.key):
        return option.default, False
    try:
        return option.parse(qt.value(option.key)), False
    except UnusableError:
        return option.default, True


def usable(option: Option[object], value: object) -> bool:
    """A value the app can use: of the default's type, inside the declared range."""
    if option.key == options.BOOKMARK.key:
        return value is None or isinstance(value, Bookmark)
    if not isinstance(value, type(option.default)):
        return False
    if isinstance(value, float):
        return math.isfinite(value)
    if option.bounds is not None and isinstance(value, int | float):
        return option.bounds[0] <= value <= option.bounds[1]
    return True


# -- reading ---------------------------------------------------------------------------


@pytest.mark.slow
@settings(
    max_examples=200,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    junk=st.fixed_dictionaries({key: INI_TEXT for key in REGISTRY}),
    present=st.sets(st.sampled_from(sorted(REGISTRY))),
)
def test_any_value_in_the_file_gives_a_usable_value_and_one_notice(
    tmp_path: Path, junk: dict[str, str], present: set[str]
) -> None:
    with fresh_config(tmp_path) as folder:
        write_ini(folder, {k: v for k, v in junk.items() if k in present})
        said: list[str] = []

        def heard(text: str) -> None:
            said.append(text)

        options.notices.problem.connect(heard)
        try:
            options.check_all()
            options.check_all()  # nothing new: nothing said again
        finally:
            options.notices.problem.disconnect(heard)
        assert len(said) <= 1  # one notice for everything check_all found
        assert len(options.notices.current) == (1 if options.notices.keys else 0)
        reported = {k for k in options.notices.keys if not k.startswith("file:")}
        for key, option in REGISTRY.items():
            value, bad = expected(option)  # asked of Qt now that the file is safe to read
            got = option.read()
            assert got == value, key
            assert usable(option, got), (key, got)
            if bad:
                assert key in reported, key
            elif key in reported:
                assert key == options.BOOKMARK.key  # unreadable, so forgotten: now absent
                assert not paths.settings().contains(key)


PYTHON_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**62), max_value=2**62),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40),
    st.lists(st.text(max_size=5), max_size=4),
    st.binary(max_size=80).map(QByteArray),
    st.sampled_from(NASTY),
)


@pytest.mark.slow
@settings(
    max_examples=200,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(key=st.sampled_from(sorted(REGISTRY)), raw=PYTHON_VALUES)
def test_any_type_qt_can_hand_back_gives_a_usable_value(key: str, raw: object) -> None:
    """Values written in this process come back typed (an int stays an int, a list a
    list): every option takes any of them without raising."""
    option = REGISTRY[key]
    options.notices.clear()
    QSettings(str(options.settings_file()), QSettings.Format.IniFormat).setValue(key, raw)
    value = option.read()
    assert usable(option, value), (key, raw, value)
    assert set(options.notices.keys) <= {key}
    if options.notices.keys:
        assert value == option.default
        assert f"] {key.rpartition('/')[2]}" in options.notices.text()
    options.save(option.forget())
    options.notices.clear()


@pytest.mark.parametrize(
    ("option", "text"),
    [
        (options.PACER_BREATHS, "abc"),  # the issue's example
        (options.PACER_BREATHS, "2.5"),
        (options.PACER_BREATHS, "0"),
        (options.PACER_BREATHS, "9" * 5000),
        (options.PACER_MINUTES, "inf"),
        (options.PACER_MINUTES, "1e999"),
        (options.PACER_MINUTES, "nan"),
        (options.PACER_MINUTES, "-0.5"),
        (options.VOLUME, "1e999"),
        (options.LEAD_MS, "inf"),
        (options.TEXT_PERCENT, "900"),
        (options.PACER_PATTERN, "0.0004-0-0.0004"),  # rounds to nothing (see test_pattern)
        (options.REMINDER_TIME, "25:00"),
        (options.SCHEME, "1, 2"),
        (options.HIGH_CONTRAST, "maybe"),
    ],
    ids=lambda value: value.key if isinstance(value, Option) else str(value)[:12],
)
def test_each_kind_of_bad_value_is_the_default_and_is_said_where(
    user_dirs: dict[str, Path], option: Option[object], text: str
) -> None:
    write_ini(user_dirs["config"], {"sound/volume": "35", option.key: text})
    options.notices.clear()
    assert option.read() == option.default
    assert option.read() == option.default
    [notice] = options.notices.current
    section, _, name = option.key.rpartition("/")
    file = user_dirs["config"] / options.FILE_NAME
    assert f"{file}:" in notice  # the file and its line
    assert f"[{section}] {name}" in notice
    if option is not options.VOLUME:
        assert options.VOLUME.read() == 35  # the good values are kept
    assert file.read_bytes().count(text[:20].encode()) >= 1  # the file is left as it is
    options.notices.clear()


def test_good_values_are_read_back_as_written() -> None:
    options.save(
        options.PACER_BREATHS.set(42),
        options.PACER_MINUTES.set(12.5),
        options.PACER_PATTERN.set("5.5-0-5.5"),
        options.REMINDER_TIME.set(time(7, 5)),
        options.HIGH_CONTRAST.set(True),
        options.LANGUAGE.set("nl"),
    )
    text = options.settings_file().read_text()
    assert "breaths=42" in text and "time=07:05" in text and "high_contrast=true" in text
    assert options.PACER_BREATHS.read() == 42
    assert options.PACER_MINUTES.read() == 12.5
    assert options.PACER_PATTERN.read() == "5.5-0-5.5"
    assert options.REMINDER_TIME.read() == time(7, 5)
    assert options.HIGH_CONTRAST.read() is True
    assert options.LANGUAGE.read() == "nl"
    assert not options.notices.keys


def test_a_setting_cannot_be_declared_twice() -> None:
    with pytest.raises(ValueError, match="declared twice"):
        options.flag("pacer/reduce_motion", True)


def test_problems_in_a_file_before_it_is_used() -> None:
    """For a restore: the same rules, without Qt reading the file."""
    data = b"[pacer]\nbreaths=abc\nminutes=5\n[x]\ny=@Variant(\\0)\n"
    found = options.problems_in(data)
    assert found[0].startswith("2: [pacer] breaths: not a whole number")
    assert found[1] == "5: [x] y: @Variant"
    assert len(found) == 2
    assert options.problems_in(b"[pacer]\nbreaths=12\n") == []


# -- the resume bookmark (item 11) --------------------------------------------------------

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner),
    max_leaves=12,
)
BOOKMARKISH = st.fixed_dictionaries(
    {},
    optional={
        "exercises": st.one_of(JSON, st.lists(st.text(max_size=8), max_size=3)),
        "exercise_index": st.one_of(JSON, st.integers(-2, 4)),
        "rep": st.one_of(JSON, st.integers(-2, 4)),
        "side": st.one_of(JSON, st.sampled_from(["left", "right", "LEFT"])),
    },
)


@pytest.mark.slow
@settings(
    max_examples=300,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(data=st.one_of(JSON, BOOKMARKISH))
def test_a_bookmark_of_any_shape_is_read_or_forgotten(data: object) -> None:
    options.notices.clear()
    raw = json.dumps(data)
    QSettings(str(options.settings_file()), QSettings.Format.IniFormat).setValue(
        options.BOOKMARK.key, raw
    )
    found = options.BOOKMARK.read()
    if found is None:
        assert options.notices.keys == [options.BOOKMARK.key]
        assert "forgotten" in options.notices.text()
        assert not paths.settings().contains(options.BOOKMARK.key)  # forgotten
    else:
        assert type(found.exercise_index) is int and found.exercise_index >= 0
        assert found.exercise_index < len(found.exercises)
        assert found.rep is None or (type(found.rep) is int and found.rep >= 1)
        assert Bookmark.from_dict(json.loads(json.dumps(found.to_dict()))) == found
    options.save(options.BOOKMARK.forget())
    options.notices.clear()


@pytest.mark.parametrize(
    "raw",
    [
        "[" * 60_000,  # over the size limit
        "[" * 30_000 + "]" * 30_000,  # nested deeper than json will go
        '{"exercises": ["a"], "exercise_index": 1e400}',
        '{"exercises": ["a"], "exercise_index": ' + "9" * 5000 + "}",
        '{"exercises": ["a"], "exercise_index": true}',
        '{"exercises": ["a"], "exercise_index": 0, "side": []}',
        '{"exercises": ["a"], "exercise_index": 0, "rep": 0}',
        '{"exercises": ' + json.dumps(["a"] * 501) + ', "exercise_index": 0}',
        "",
    ],
    ids=["huge", "deep", "inf", "long-int", "bool", "list-side", "rep-0", "501", "empty"],
)
def test_the_issues_bookmarks_give_no_crash_at_start(
    qtbot: QtBot, catalogue: Catalogue, raw: str
) -> None:
    from tests.helpers.windows import shown_main_window

    paths.settings().setValue(options.BOOKMARK.key, raw)
    options.notices.clear()
    window = shown_main_window(qtbot, catalogue)
    assert window.offer_resume() is None
    assert window.settings_bookmark() is None
    assert not paths.settings().contains(options.BOOKMARK.key)  # unreadable: forgotten
    assert any("forgotten" in text for text in window._told)  # said once, in the window
    options.notices.clear()


# -- the windows start with any settings file ---------------------------------------------


@pytest.mark.slow
@settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(junk=st.fixed_dictionaries({key: INI_TEXT for key in REGISTRY}))
def test_main_window_pacer_and_ctrl_b_start_with_any_settings(
    qtbot: QtBot, tmp_path: Path, junk: dict[str, str]
) -> None:
    """The three ways in: the main window (as the app starts it), Ctrl+B, and
    ``breathing-room pacer`` (the same ``PacerWindow(catalogue, lang)`` the CLI makes)."""
    from app.ui.main_window import MainWindow
    from app.ui.pacer_window import PacerWindow

    catalogue = real_catalogue()
    with fresh_config(tmp_path) as folder:
        write_ini(folder, junk)
        window = MainWindow(catalogue, "en")
        qtbot.addWidget(window)
        window.show()
        window.pacer_action.trigger()  # Ctrl+B
        pacer = window.companions.pacer
        assert pacer is not None and pacer.isVisible()
        standalone = PacerWindow(catalogue, "en")
        qtbot.addWidget(standalone)
        for shown in (pacer, standalone):
            assert 1 <= shown.breaths_spin.value() <= 500
            assert 0.1 <= shown.minutes_spin.value() <= 180  # the one rule for minutes
            assert shown.by_breaths.isChecked() != shown.by_minutes.isChecked()
            if shown.preset_box.currentData() == "":
                assert shown.request() is not None  # a pattern that can be played
        assert len(options.notices.current) <= 1
        if options.notices.current:
            assert options.notices.current[0] in window._told
            assert options.notices.current[0] in standalone.notice.text()
        standalone.close()
        window.close()


def test_the_issues_example_opens_the_pacer_both_ways(
    qtbot: QtBot, catalogue: Catalogue, user_dirs: dict[str, Path]
) -> None:
    from app.ui.pacer_window import PacerWindow
    from tests.helpers.windows import shown_main_window

    write_ini(user_dirs["config"], {"pacer/breaths": "abc", "pacer/minutes": "1e999"})
    options.notices.clear()
    window = shown_main_window(qtbot, catalogue)
    assert window.pacer_action.shortcut().toString() == "Ctrl+B"
    window.pacer_action.trigger()
    assert window.companions.pacer is not None and window.companions.pacer.isVisible()
    assert window.companions.pacer.breaths_spin.value() == 5  # the preset's own number
    assert window.companions.pacer.minutes_spin.value() == 5.0
    pacer = PacerWindow(catalogue, "en")
    qtbot.addWidget(pacer)
    assert pacer.notice.isVisibleTo(pacer)
    assert "[pacer] breaths = abc" in pacer.notice.text()
    assert "[pacer] minutes = 1e999" in pacer.notice.text()
    assert pacer.notice.text().count("Some preferences") == 1  # one notice
    options.notices.clear()


# -- no key outside the declaration -------------------------------------------------------

SETTINGS_MODULES = {"services/options.py", "services/paths.py", "services/storage.py"}
# backup.py copies settings.ini as a file and asks QSettings to flush; it reads no key.
SYNC_ONLY = {"services/backup.py"}


def _calls(tree: ast.AST) -> Iterator[ast.Call]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            yield node


def test_no_code_reads_or_writes_a_setting_that_is_not_declared() -> None:
    """``QSettings.value(key)`` takes a key, ``setValue(key, value)`` two arguments; a
    spin box's ``value()`` none and ``setValue(v)`` one. Outside ``options`` no module may
    make a settings object, nor call these with a key."""
    wrong: list[str] = []
    for path in sorted((REPO / "app").rglob("*.py")):
        name = path.relative_to(REPO / "app").as_posix()
        if name in SETTINGS_MODULES:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for call in _calls(tree):
            func = call.func
            where = f"app/{name}:{call.lineno}"
            if isinstance(func, ast.Attribute):
                if func.attr == "settings" and not call.args and name not in SYNC_ONLY:
                    wrong.append(f"{where}: paths.settings()")
                if func.attr == "value" and call.args:
                    wrong.append(f"{where}: .value(key)")
                if func.attr == "setValue" and len(call.args) >= 2:
                    wrong.append(f"{where}: .setValue(key, value)")
                if func.attr in ("contains", "remove", "allKeys", "beginGroup") and (
                    isinstance(func.value, ast.Name) and func.value.id in ("s", "settings")
                ):
                    wrong.append(f"{where}: settings.{func.attr}")
            if isinstance(func, ast.Name | ast.Attribute) and (
                getattr(func, "id", None) == "QSettings"
                or getattr(func, "attr", None) == "QSettings"
            ):
                wrong.append(f"{where}: QSettings(...)")
            if isinstance(func, ast.Name) and func.id == "changed_settings":
                wrong.append(f"{where}: changed_settings()")
    assert not wrong, "settings outside app/services/options.py:\n" + "\n".join(wrong)


def test_every_key_options_uses_is_a_literal_declared_once() -> None:
    """Keys appear as string literals only in the declarations (``options.X.key`` is how
    others name them), so a key cannot be typed twice in two spellings."""
    tree = ast.parse((REPO / "app" / "services" / "options.py").read_text(encoding="utf-8"))
    literals = [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value in REGISTRY
    ]
    assert sorted(literals) == sorted(REGISTRY)


# -- the notice in file order, and one line in the status bar (review item 6) --------------


def test_the_notice_lists_lines_in_file_order_and_the_status_bar_gets_one_line(
    qtbot: QtBot, catalogue: Catalogue, user_dirs: dict[str, Path]
) -> None:
    """The code reads the pacer's keys and the bookmark at other moments than the rest;
    the notice is read top to bottom as the file is."""
    from tests.helpers.windows import shown_main_window

    bad = {
        "pacer/minutes": "1e999",  # read by the pacer, and by check_all last of all
        "pacer/breaths": "abc",
        "session/bookmark": "[[[",  # read when the window offers to go on
        "display/text_percent": "999",
        "sound/volume": "abc",
        "guidance/mode": "zz",
        "history/check_ins": "maybe",
        "reminder/time": "99:99",
    }
    write_ini(user_dirs["config"], bad)
    options.notices.clear()
    options.BOOKMARK.read()  # read first, but far down the file
    options.PACER_MINUTES.read()
    window = shown_main_window(qtbot, catalogue)
    [notice] = options.notices.current
    _head, *lines = notice.splitlines()
    file = user_dirs["config"] / options.FILE_NAME
    numbers = [int(line.removeprefix(f"{file}:").partition(":")[0]) for line in lines[:-1]]
    assert numbers == sorted(numbers) and numbers[0] == 2  # the first key, under [pacer]
    assert lines[-1] == f"… and {len(bad) - len(numbers)} more"
    status = window.statusBar().currentMessage()
    assert "\n" not in status
    assert status == (
        f"Some preferences could not be used; the defaults are used instead (see {file}:2)"
    )
    assert notice in window._told  # said once; the whole of it in the session's notice line
    assert window.session_view.notice.text() == notice
    options.notices.clear()
