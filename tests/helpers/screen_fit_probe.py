"""Opens every window of the app on a given screen and says, as JSON, where each window
and each control ended up: run in a child process, because the screen and
``QT_SCALE_FACTOR`` are fixed when Qt starts (tests/test_screen_fit.py).

    python -m tests.helpers.screen_fit_probe SCREEN.json LANG PERCENT [PERCENT ...]
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any


def _controls(window: Any) -> list[dict[str, Any]]:
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QScrollArea,
        QSlider,
    )

    out = []
    kinds = (QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QSlider)
    controls = [c for kind in kinds for c in window.findChildren(kind)]
    for control in controls:
        if not control.isVisibleTo(window) or control.window() is not window:
            continue
        if type(control).__name__ in ("QScrollBar",) or control.objectName().startswith("qt_"):
            continue
        top_left = control.mapTo(window, QPoint(0, 0))
        rect = QRect(top_left, control.size())
        # Inside a scroll area, a control out of view is reachable when the area can
        # scroll to it: its place inside the area's content is what counts.
        area = control.parent()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parent()
        scrolls = False
        if isinstance(area, QScrollArea) and area.widget() is not None:
            inner = control.mapTo(area.widget(), QPoint(0, 0))
            content = area.widget().rect()
            scrolls = content.contains(QRect(inner, control.size()))
        out.append(
            {
                "name": control.objectName()
                or getattr(control, "text", lambda: "")()
                or type(control).__name__,
                "rect": [rect.x(), rect.y(), rect.width(), rect.height()],
                "inside": window.rect().contains(rect),
                "reachable_by_scrolling": scrolls,
            }
        )
    return out


def _broken_in_text_views(window: Any) -> list[str]:
    """Words a rich-text view (the exercise details) wrapped inside of: a line that starts
    in the middle of a word ("Support / ed warrior" at scale 2)."""
    from PySide6.QtWidgets import QTextEdit

    out = []
    for view in window.findChildren(QTextEdit):
        if not view.isVisibleTo(window):
            continue
        block = view.document().begin()
        while block.isValid():
            text, layout = block.text(), block.layout()
            for number in range(1, layout.lineCount() if layout is not None else 0):
                start = layout.lineAt(number).textStart()
                if 0 < start < len(text) and not (text[start - 1].isspace()
                                                 or text[start - 1] in "-/"
                                                 or text[start].isspace()):  # fmt: skip
                    out.append(f"{view.objectName()}: {text[:start]} / {text[start:]}")
            block = block.next()
    return out


def _name_column(window: Any) -> dict[str, Any] | None:
    """The catalogue's Exercise column: its width in letters, and which others show."""
    from PySide6.QtWidgets import QTreeView

    tree = window.findChild(QTreeView, "catalogueTree")
    if tree is None or not tree.isVisibleTo(window):
        return None
    header = tree.header()
    letter = max(1, tree.fontMetrics().horizontalAdvance("x"))
    room = header.sectionSize(0) - 3 * tree.indentation()
    return {
        "letters": room // letter,
        "others_shown": [c for c in (1, 2, 3) if not header.isSectionHidden(c)],
    }


def _report(name: str, window: Any) -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication, QLabel

    QApplication.processEvents()
    shots = os.environ.get("SCREEN_FIT_SHOTS")  # a folder: each window as a PNG, to look at
    if shots:
        name_part = name.replace(" ", "-")
        percent = os.environ.get("SCREEN_FIT_PERCENT", "")
        window.grab().save(str(Path(shots) / f"{name_part}-{percent}.png"))
    screen = window.screen().availableGeometry()
    frame = window.frameGeometry()
    broken_words = []
    clipped = []  # word-wrapped text cut off at the bottom (the caution in focus mode)
    for label in window.findChildren(QLabel):
        if (
            label.isVisibleTo(window)
            and label.wordWrap()
            and label.text()
            and label.heightForWidth(label.width()) > label.height() + 1
        ):
            clipped.append(
                f"{label.objectName() or label.text()[:30]}: "
                f"{label.height()} of {label.heightForWidth(label.width())} px"
            )
    for label in window.findChildren(QLabel):
        if label.isVisibleTo(window) and label.wordWrap() and label.text():
            metrics = label.fontMetrics()
            for word in label.text().split():
                if "<" not in word and metrics.horizontalAdvance(word) > label.width() + 1:
                    broken_words.append(f"{label.objectName()}: {word}")
    broken_words += _broken_in_text_views(window)
    return {
        "window": name,
        "name_column": _name_column(window),
        "screen": [screen.x(), screen.y(), screen.width(), screen.height()],
        "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
        "fits": screen.contains(frame),
        "controls": _controls(window),
        "broken_words": broken_words,
        "clipped_labels": clipped,
    }


def shortcuts_window(window: Any) -> Any:
    """Help › Keyboard shortcuts of ``window``, filled as the menu fills it."""
    from app.ui.help_window import ShortcutsWindow

    shortcuts = ShortcutsWindow(window)
    shortcuts.refresh()
    return shortcuts


def main(argv: list[str]) -> int:
    screen_file, lang, *percents = argv
    home = tempfile.mkdtemp()
    for kind in ("DATA", "CONFIG", "CACHE"):
        os.environ[f"BREATHING_ROOM_{kind}_DIR"] = str(Path(home) / kind.lower())
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen_file}"
    os.environ.setdefault("QT_QPA_FONTDIR", "/usr/share/fonts/truetype/dejavu")
    os.environ["DBUS_SESSION_BUS_ADDRESS"] = "unix:path=/nonexistent/breathing-room-test-bus"
    os.environ["BREATHING_ROOM_TTS_ENGINE"] = "mock"
    os.environ["PULSE_SERVER"] = "unix:/nonexistent/breathing-room-test-pulse"
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from app.bundle import catalogue_path
    from app.core.files import load_bundled
    from app.services import i18n, paths
    from app.services.history import set_check_ins
    from app.ui import appearance
    from app.ui.checkin import AfterSession, PainCheckIn
    from app.ui.help_window import HowToWindow
    from app.ui.history_window import HistoryWindow
    from app.ui.main_window import MainWindow
    from app.ui.pacer_window import PacerWindow
    from app.ui.preferences import PreferencesDialog
    from app.ui.saved_routines import SavedRoutinesDialog
    from tests.helpers.stubs import FakeClock

    paths.set_identity()
    set_check_ins(False)
    catalogue = load_bundled(catalogue_path()).catalogue
    assert catalogue is not None
    i18n.install(lang)
    results = []
    for percent in map(int, percents):
        os.environ["SCREEN_FIT_PERCENT"] = str(percent)
        appearance.apply(appearance.Appearance(text_percent=percent))
        clock = FakeClock()
        window = MainWindow(catalogue, lang, clock=clock)
        window.show()
        window.load_program("ch4-phase-1")  # 10 exercises, Bridge breathing first
        window.browser.select("supported-warrior-hip-flexor-stretch")
        results.append({"percent": percent, **_report("main window", window)})
        window.start_session_action.trigger()
        for _ in range(8):
            clock.advance(250)
            window.player.poll()
        results.append({"percent": percent, **_report("session", window)})
        window.focus_action.trigger()
        for _ in range(2):
            clock.advance(250)
            window.player.poll()
        results.append({"percent": percent, **_report("focus mode", window)})
        window.focus_action.trigger()
        window.player.stop()
        names = [e.name.get(lang) for e in catalogue.exercises.values()]
        long_session = [(n, names[n % len(names)]) for n in range(1, 26)]  # 25 exercises
        others = [
            ("pacer", PacerWindow(catalogue, lang)),
            ("history", HistoryWindow(window.practice.recorder, catalogue, lang, window)),
            ("preferences", PreferencesDialog(window.guidance, window)),
            ("saved sessions", SavedRoutinesDialog(catalogue.exercises, window)),
            ("pain check-in", PainCheckIn(window)),
            ("after the session", AfterSession(long_session, window)),
            ("how to use", HowToWindow(lang, window)),
            ("keyboard shortcuts", shortcuts_window(window)),
        ]
        for name, other in others:
            other.show()
            results.append({"percent": percent, **_report(name, other)})
            other.close()
            other.deleteLater()
        window.close()
        window.deleteLater()
        app.processEvents()
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
