"""Help (issue 19): F1 opens how to use the app, in both windows; Help › Keyboard shortcuts
lists every key the main window and the pacer answer to, read from the windows
themselves; the two how-to pages agree with each other and with the keys."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget
from pytestqt.qtbot import QtBot

from app.bundle import resources_path
from app.core.model import Catalogue
from app.services import i18n
from app.ui import help_window, main_actions
from app.ui.help_window import (
    SECTIONS,
    HowToWindow,
    Shortcut,
    ShortcutsWindow,
    name_of,
    pacer_shortcuts,
    plain,
    window_shortcuts,
)
from app.ui.main_window import MainWindow
from app.ui.pacer_keys import PACER_KEYS
from app.ui.pacer_window import PacerWindow
from tests.helpers.stubs import FakeClock
from tests.helpers.windows import shown_main_window

NATIVE = QKeySequence.SequenceFormat.NativeText
PAGES = {lang: resources_path() / "help" / f"how-to.{lang}.html" for lang in ("en", "nl")}


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    i18n.install("en")


def press_f1(qtbot: QtBot, window: QWidget) -> None:
    """F1 as the person presses it: shortcuts need the window to be the active one."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, QKeySequence(QKeySequence.StandardKey.HelpContents)[0].key())


def keys_of(window: QMainWindow | PacerWindow) -> set[str]:
    """Every key ``window`` answers to: its actions' (those with a name or not: the
    browser's Ctrl+F has none) and its shortcuts', not those of windows it owns."""
    out = set()
    for action in window.findChildren(QAction):
        if help_window._home(action) is window:
            out |= {s.toString(NATIVE) for s in action.shortcuts() if not s.isEmpty()}
    for shortcut in window.findChildren(QShortcut):
        if help_window._home(shortcut) is window:
            out.add(shortcut.key().toString(NATIVE))
    return out


# -- F1 ---------------------------------------------------------------------------------


def test_f1_opens_how_to_use_the_app_from_the_help_menu(qtbot: QtBot, catalogue: Catalogue) -> None:
    window = shown_main_window(qtbot, catalogue)
    help_menu = next(a.menu() for a in window.menuBar().actions() if plain(a.text()) == "Help")
    assert isinstance(help_menu, QMenu)
    entries = {a.objectName(): a for a in help_menu.actions()}
    assert entries["helpAction"].shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    assert "shortcutsAction" in entries
    press_f1(qtbot, window)
    how_to = window.findChild(HowToWindow)
    assert how_to is not None and how_to.isVisible()
    text = how_to.view.toPlainText()
    assert text.startswith("How to use Breathing Room")
    assert "does not replace your doctor or physiotherapist" in text
    window.focus_action.trigger()  # in focus mode the menu bar is gone: F1 still works
    how_to.close()
    press_f1(qtbot, window)
    assert how_to.isVisible()  # the same window again, not a second one
    assert len(window.findChildren(HowToWindow)) == 1
    window.focus_action.trigger()


def test_f1_in_the_pacer_opens_its_part_of_the_page(
    qtbot: QtBot, pacer_window: PacerWindow
) -> None:
    press_f1(qtbot, pacer_window)
    how_to = pacer_window.findChild(HowToWindow)
    assert how_to is not None and how_to.isVisible()
    assert how_to.view.verticalScrollBar().value() > 0  # scrolled down to the pacer...
    assert heading_shown(how_to, "The breathing pacer")  # ...so that its heading shows


def heading_shown(how_to: HowToWindow, title: str) -> bool:
    document = how_to.view.document()
    block = document.begin()
    while block.isValid() and block.text() != title:
        block = block.next()
    assert block.isValid(), title
    top = document.documentLayout().blockBoundingRect(block).top()
    top -= how_to.view.verticalScrollBar().value()
    return 0 <= top < how_to.view.viewport().height()


def test_the_how_to_links_to_its_parts_and_to_the_shortcuts(
    qtbot: QtBot, catalogue: Catalogue
) -> None:
    window = shown_main_window(qtbot, catalogue)
    how_to = window.companions.show_help()
    how_to.view.anchorClicked.emit(QUrl("#safety"))
    assert how_to.view.verticalScrollBar().value() > 0
    assert heading_shown(how_to, "Safety")
    how_to.view.anchorClicked.emit(QUrl("shortcuts:"))
    shortcuts = window.findChild(ShortcutsWindow)
    assert shortcuts is not None and shortcuts.isVisible()
    how_to.shortcuts_button.click()  # the button does the same, and opens no second one
    assert len(window.findChildren(ShortcutsWindow)) == 1


def test_a_missing_page_is_said_not_raised(
    qtbot: QtBot, catalogue: Catalogue, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(help_window, "resources_path", lambda: tmp_path)
    window = shown_main_window(qtbot, catalogue)
    text = window.companions.show_help().view.toPlainText()
    assert "The help page could not be read" in text
    assert f"{tmp_path / 'help' / 'how-to.en.html'}:1:1: no such file" in text


# -- the shortcuts, read from the windows ---------------------------------------------


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_shortcuts_window_lists_every_key_of_the_main_window_and_the_pacer(
    qtbot: QtBot, catalogue: Catalogue, lang: str
) -> None:
    i18n.install(lang)  # type: ignore[arg-type]
    window = shown_main_window(qtbot, catalogue, lang)
    window.load_program("ch3-phase-1")  # an edit to undo: "Undo" names it in its text
    listed = window.companions.show_shortcuts()
    (main_title, groups), (pacer_title, pacer_groups) = listed.sections
    assert main_title == window.windowTitle()
    entries = [entry for _group, shortcuts in groups for entry in shortcuts]
    # Every named action of the window with a key, once, with all its keys...
    expected = {
        Shortcut(name_of(a), tuple(s.toString(NATIVE) for s in a.shortcuts()),
                 help_window._where(a))
        for a in window.findChildren(QAction)
        if help_window._home(a) is window and a.shortcuts() and plain(a.text())
    }  # fmt: skip
    assert set(entries) == expected
    assert len(entries) == len(expected)
    # ...so every key the window answers to is there, the nameless ones' too.
    assert keys_of(window) <= {key for entry in entries for key in entry.keys}
    assert main_actions.SHORTCUT_NAME == help_window.SHORTCUT_NAME  # written out twice
    names = {e.name for e in entries}
    # Named for what they do whatever their state: not "Resume", not "Undo Load …".
    assert i18n.translate("MainActions", "Pause or go on") in names
    assert i18n.translate("MainActions", "Undo") in names
    assert not any(name.startswith(i18n.translate("MainActions", "Undo") + " ") for name in names)
    assert plain(window.focus_action.text()) in names
    # The menus are the groups, in the menu bar's order.
    menus = [plain(a.text()) for a in window.menuBar().actions()]
    # (Then the keys in no menu: Esc, which pauses and asks before it stops.)
    others = i18n.translate("ShortcutsWindow", "Other keys")
    in_menus = [group for group, _ in groups if group != others]
    assert in_menus == [m for m in menus if m in dict(groups)]
    # The pacer's keys, in the window's language, and what is shown is what was read.
    assert pacer_title == i18n.translate("PacerWindow", "Breathing pacer")
    assert pacer_groups == [("", pacer_shortcuts())]
    text = listed.view.toPlainText()
    for entry in [*entries, *pacer_shortcuts()]:
        assert entry.name in text and all(key in text for key in entry.keys)
    if lang == "nl":
        assert "Spatiebalk" in text  # Qt's own Dutch key names
        assert "Focusmodus" in text


def test_the_pacer_makes_its_keys_from_the_table_the_list_reads(
    qtbot: QtBot, catalogue: Catalogue, pacer_window: PacerWindow
) -> None:
    """The list reads ``PACER_KEYS`` without a pacer; a real pacer has exactly those
    shortcuts (name and key), and each key does what its row says."""
    made = window_shortcuts(pacer_window)  # one QShortcut a key: F1 and Help are two
    assert made == [
        ("Other keys", [Shortcut(s.name, (key,)) for s in pacer_shortcuts() for key in s.keys])
    ]
    assert keys_of(pacer_window) == {key for s in pacer_shortcuts() for key in s.keys}
    assert len(PACER_KEYS) == len({entry.text for entry in PACER_KEYS})


def test_the_standalone_pacer_lists_its_own_keys_only(
    qtbot: QtBot, pacer_window: PacerWindow
) -> None:
    shortcuts = help_window.show_shortcuts(pacer_window)
    assert [title for title, _ in shortcuts.sections] == ["Breathing pacer"]


# -- the pages ----------------------------------------------------------------------------


def test_the_two_pages_have_the_same_parts_and_only_plain_html() -> None:
    allowed = {"h2", "h3", "p", "ol", "ul", "li", "b", "i", "kbd", "a", "br"}
    for lang, path in PAGES.items():
        text = path.read_text(encoding="utf-8")
        assert tuple(re.findall(r'<a name="([^"]+)">', text)) == SECTIONS, lang
        links = re.findall(r'<a href="([^"]+)">', text)
        assert {link[1:] for link in links if link.startswith("#")} == set(SECTIONS), lang
        assert "shortcuts:" in links, lang
        body = re.sub(r"<!--.*?-->", "", text, flags=re.S)
        tags = {t.lower() for t in re.findall(r"</?([a-zA-Z0-9]+)", body)}
        assert tags <= allowed, (lang, tags - allowed)


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_every_key_the_pages_name_is_a_key_of_the_app(
    qtbot: QtBot, catalogue: Catalogue, clock: FakeClock, lang: str
) -> None:
    """The page is prose; its keys are checked against the windows, in the page's
    language (Qt's own names: "Spatiebalk"; ← and → for Left and Right)."""
    i18n.install(lang)  # type: ignore[arg-type]
    window = MainWindow(catalogue, lang)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    pacer = PacerWindow(catalogue, lang)  # type: ignore[arg-type]
    qtbot.addWidget(pacer)
    keys = keys_of(window) | keys_of(pacer)
    arrows = {
        "←": QKeySequence("Left").toString(NATIVE),
        "→": QKeySequence("Right").toString(NATIVE),
    }
    named = re.findall(r"<kbd>([^<]+)</kbd>", PAGES[lang].read_text(encoding="utf-8"))
    assert named
    for key in named:
        assert arrows.get(key, key) in keys, f"{lang}: <kbd>{key}</kbd> is no key of the app"
    pacer.host.shutdown()
