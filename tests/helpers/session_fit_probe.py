"""Plays a session in focus mode on a given screen and says, as JSON, what overlaps or does
not fit at each moment: the title, the where-line, the step, the pacer's circle, the
controls; the end screen and the after-session check-in too (tests/test_session_view_fit.py).
Run in a child process, because the screen is fixed when Qt starts.

    python -m tests.helpers.session_fit_probe SCREEN.json LANG SCHEME PERCENT [PERCENT ...]

With ``SESSION_SHOTS=DIR`` in the environment each moment is also saved as a PNG there.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

# The longest names of the catalogue (in either language), then a standing exercise last:
# the end's words depend on where the person is.
IDS = ["seated-posture-ten-breath-pause", "downward-dog-bent-knees-pedalling",
       "supported-back-release-squat"]  # fmt: skip
SHOWN_KINDS = ("prepare", "setup", "wait", "inhale", "exhale", "hold_in", "hold_out", "step",
               "switch_side", "rest", "come_out")  # fmt: skip


def _rect_in(widget: Any, window: Any) -> Any:
    """Where ``widget`` shows in ``window``: clipped to every scroll area's viewport above."""
    from PySide6.QtCore import QPoint, QRect

    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if parent.objectName() == "qt_scrollarea_viewport":
            rect = rect.intersected(QRect(parent.mapTo(window, QPoint(0, 0)), parent.size()))
        parent = parent.parentWidget()
    return rect


def _text_problems(label: Any, name: str) -> list[str]:
    """A word wider than its label, or wrapped text taller than the label is."""
    out = []
    if not label.text():
        return out
    metrics = label.fontMetrics()
    for word in label.text().split():
        if metrics.horizontalAdvance(word) > label.width() + 1:
            out.append(f"{name}: the word {word!r} is wider than its {label.width()} px")
    need = label.heightForWidth(label.width()) if label.wordWrap() else label.sizeHint().height()
    if need > label.height() + 1:
        out.append(f"{name}: {label.height()} px tall, its text needs {need}")
    return out


def session_problems(window: Any) -> list[str]:
    """What overlaps or does not fit in the session view of ``window`` now."""
    from PySide6.QtCore import QRectF
    from PySide6.QtWidgets import QApplication

    for _ in range(3):  # a relayout the fitting of type posts (session_view._fit_title)
        QApplication.processEvents()
    view = window.session_view
    problems: list[str] = []
    screen = window.screen().geometry()
    if not screen.contains(window.frameGeometry()):
        problems.append(f"the window {window.frameGeometry()} is not inside {screen}")
    parts = {
        "title": view.title, "status": view.status, "notice": view.notice,
        "offer": view.focus_offer, "where": view.where, "steps": view.steps,
        "step": view.step_now, "caution": view.caution, "pacer": view.pacer,
        "next": view.next_label,
    }  # fmt: skip
    parts.update({f"button {b.text()}": b for b in view._buttons})
    shown = {n: w for n, w in parts.items() if w.isVisibleTo(window)}
    rects = {n: _rect_in(w, window) for n, w in shown.items()}
    for name, rect in rects.items():
        if not window.rect().contains(rect):
            problems.append(f"{name} {rect} is outside the window {window.rect()}")
    names = list(rects)
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            if rects[a].intersects(rects[b]):
                problems.append(f"{a} {rects[a]} overlaps {b} {rects[b]}")
    for name in ("title", "where", "step", "next", "status"):
        if name in shown:
            problems += _text_problems(shown[name], name)
    pacer = view.pacer
    r, c = pacer._max_radius, pacer._center
    circle = QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r)
    if not QRectF(pacer.rect()).contains(circle):
        problems.append(f"the circle {circle} is not inside the pacer {pacer.rect()}")
    if r < 60:
        problems.append(f"the circle is only {r:.0f} px across, unreadable from a mat")
    words = pacer.word_bounds()
    if not words.isEmpty() and not circle.contains(words):
        problems.append(f"the pacer's words {words} cross its circle {circle}")
    return problems


def checkin_problems(dialog: Any) -> list[str]:
    """Every control of the after-session check-in inside the screen, none overlapping,
    the pain buttons large enough to hit from a mat; every text fits."""
    from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

    QApplication.processEvents()
    problems = []
    screen = dialog.screen().availableGeometry()
    frame = dialog.frameGeometry()
    if not screen.contains(frame):
        problems.append(f"the check-in {frame} is not inside the screen {screen}")
    buttons = [b for b in dialog.findChildren(QAbstractButton) if b.isVisibleTo(dialog)
               and b.objectName() and not b.objectName().startswith("qt_")]  # fmt: skip
    rects = {b.objectName(): _rect_in(b, dialog) for b in buttons}
    rects = {name: rect for name, rect in rects.items() if not rect.isEmpty()}  # scrolled
    for name, rect in rects.items():
        if not name.startswith("feel-") and not dialog.rect().contains(rect):
            problems.append(f"{name} {rect} is out of view in {dialog.rect()}")
    names = list(rects)
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            if rects[a].intersects(rects[b]):
                problems.append(f"{a} {rects[a]} overlaps {b} {rects[b]}")
    for name, rect in rects.items():
        if name.startswith("pain") and min(rect.width(), rect.height()) < 56:
            problems.append(f"{name} is only {rect.width()} × {rect.height()} px")
    for label in dialog.findChildren(QLabel):
        if label.isVisibleTo(dialog) and label.text():
            problems += _text_problems(label, label.objectName() or label.text()[:30])
    return problems


def _moments(timeline: Any) -> list[tuple[str, float]]:
    """One moment of each kind of segment of each exercise, and the end."""
    seen: set[tuple[object, str]] = set()
    out = []
    for segment in timeline.segments:
        key = (segment.exercise_index, segment.kind.value)
        if segment.kind.value in SHOWN_KINDS and key not in seen:
            seen.add(key)
            label = f"{segment.exercise_index}-{segment.kind.value}"
            out.append((label, segment.start_ms + min(segment.duration_ms / 2, 1500)))
    out.append(("end", timeline.total_ms + 10))
    return out


def main(argv: list[str]) -> int:
    screen_file, lang, scheme, *percents = argv
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
    from app.ui.checkin import AfterSession
    from app.ui.main_window import MainWindow
    from tests.helpers.stubs import FakeClock

    paths.set_identity()
    set_check_ins(False)
    catalogue = load_bundled(catalogue_path()).catalogue
    assert catalogue is not None
    i18n.install(lang)
    shots = os.environ.get("SESSION_SHOTS")
    results: list[dict[str, Any]] = []
    for percent in map(int, percents):
        appearance.apply(appearance.Appearance(scheme=scheme, text_percent=percent))
        clock = FakeClock()
        window = MainWindow(catalogue, lang, clock=clock)
        window.show()
        app.processEvents()

        def report(moment: str, problems: list[str], widget: Any, percent: int = percent) -> None:
            results.append({"percent": percent, "moment": moment, "problems": problems})
            if shots:
                name = f"{lang}-{scheme}-{percent}-{moment}.png"
                widget.grab().save(str(Path(shots) / name))

        for mode in ("window", "focus"):
            window.play(IDS)  # in the window the first time: focus mode is offered
            if mode == "focus":
                window.focus_action.trigger()
            timeline = window.player.timeline
            assert timeline is not None
            for _ in range(3):
                clock.advance(100)
                window.player.poll()
            window.session_view.pacer.clear()  # "Ready when you are", before the first frame
            report(f"{mode}-ready", session_problems(window), window)
            for moment, at in _moments(timeline):
                if at >= timeline.total_ms:
                    window.player.seek(timeline.total_ms - 50)
                    clock.advance(100)
                else:
                    window.player.seek(at)
                window.player.poll()
                report(f"{mode}-{moment}", session_problems(window), window)
        names = [(n, catalogue.exercises[i].name.get(lang)) for n, i in enumerate(IDS, 1)]
        closing = window.session_view.closing_words()
        dialog = AfterSession(names, window, large=True, closing=closing)
        dialog.show()
        report("check-in", checkin_problems(dialog), dialog)
        dialog.close()
        window.focus_action.trigger()
        window.player.stop()
        window.close()
        window.deleteLater()
        app.processEvents()
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
