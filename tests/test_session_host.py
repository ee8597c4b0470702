"""The session host (``app/session_host.py``): the one owner of a playing session.

It is the only listener of its player's signals and calls its parts in a written order;
the windows are views that hold no player, guidance or recorder wiring of their own; the
resume bookmark is written after the tick, not inside it.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtCore import SIGNAL
from pytestqt.qtbot import QtBot

from app.core.model import Catalogue
from app.player import State
from app.services import options
from app.session_host import SessionHost
from app.ui.main_window import MainWindow
from app.ui.pacer_window import PacerWindow
from tests.helpers.stubs import FakeClock

UI = Path(__file__).resolve().parent.parent / "app" / "ui"
PLAYER_SIGNALS = ("cue(int)", "announce(int)", "segment_changed(int)", "state_changed(QString)",
                  "slept(double)", "frame(PyObject)")  # fmt: skip


def _receivers(host: SessionHost) -> dict[str, int]:
    return {name: host.player.receivers(SIGNAL(name)) for name in PLAYER_SIGNALS}


@pytest.mark.parametrize("kind", ["main", "pacer"])
def test_the_host_is_the_only_listener_of_its_player(
    qtbot: QtBot, catalogue: Catalogue, kind: str
) -> None:
    """Qt calls a signal's slots in connection order; with one listener, the order in
    which the parts hear a cue is the host's code, not an accident of who connected first.
    Checked after a session played, with guidance, recorder and media controls made."""
    window: MainWindow | PacerWindow
    if kind == "main":
        window = MainWindow(catalogue, "en")
        qtbot.addWidget(window)
        window.queue.add(["childs-pose"])
        assert window.play(window.queue.ids())
    else:
        window = PacerWindow(catalogue, "en")
        qtbot.addWidget(window)
        assert window.start()
    assert window.host.has_guidance
    assert _receivers(window.host) == dict.fromkeys(PLAYER_SIGNALS, 1)
    window.player.stop()
    window.close()


class _Part:
    def __init__(self, name: str, heard: list[str]) -> None:
        self._name, self._heard = name, heard

    def on_cue(self, _index: int) -> None:
        self._heard.append(f"{self._name}:cue")

    def on_announce(self, _index: int) -> None:
        self._heard.append(f"{self._name}:announce")

    def on_state(self, _state: str) -> None:
        self._heard.append(f"{self._name}:state")

    def on_segment(self, _index: int) -> None:
        self._heard.append(f"{self._name}:segment")

    def on_slept(self, _ms: float) -> None:
        self._heard.append(f"{self._name}:slept")

    def set_state(self, _state: str, _title: str) -> None:
        self._heard.append(f"{self._name}:state")


def test_the_parts_hear_the_player_in_the_written_order(
    qtbot: QtBot, catalogue: Catalogue, clock: FakeClock
) -> None:
    """The order of the table in the host's docstring: the sound first; the cue log after
    the guidance; the collector last on a cue and first on a state; the views after all."""
    host = SessionHost(catalogue, "en", clock, record=True, media=True, resumable=True)
    heard: list[str] = []
    host._guidance = _Part("guidance", heard)  # type: ignore[assignment]
    host._cue_log = _Part("log", heard)  # type: ignore[assignment]
    host._collector = _Part("collector", heard)  # type: ignore[assignment]
    host._media = _Part("media", heard)  # type: ignore[assignment]
    assert host.recorder is not None
    host.recorder.close()
    host.recorder = _Part("recorder", heard)  # type: ignore[assignment]
    host.state_changed.connect(lambda _s: heard.append("views:state"))
    host.segment_changed.connect(lambda _i: heard.append("views:segment"))
    host.away.connect(lambda _t: heard.append("views:away"))

    host.player.announce.emit(1)
    host.player.cue.emit(1)
    host.player.state_changed.emit(State.PAUSED.value)
    host.player.segment_changed.emit(1)
    host.player.slept.emit(5000.0)
    assert heard == [
        "guidance:announce",
        "guidance:cue", "log:cue", "collector:cue",
        "collector:state", "guidance:state", "recorder:state", "log:state", "media:state",
        "views:state",
        "recorder:segment", "views:segment",
        "log:slept", "views:away",
    ]  # fmt: skip
    host.deleteLater()


def test_the_bookmark_is_written_after_the_tick_not_in_it(
    qtbot: QtBot, catalogue: Catalogue, clock: FakeClock
) -> None:
    """A settings write takes a lock file; inside the tick it would delay the cue after
    the segment change. On the tick the store only notes the position."""
    host = SessionHost(catalogue, "en", clock, resumable=True)
    timeline = host.compile(["childs-pose", "cobra"])
    assert not isinstance(timeline, str)
    written_in_tick: list[object] = []
    host.player.segment_changed.connect(
        lambda _i: written_in_tick.append(options.BOOKMARK.read())
    )  # after the host: the host's part of the tick is over
    host.load(timeline)
    second = timeline.segments[3].start_ms
    clock.advance(second + 10)
    host.player.poll()
    assert written_in_tick and all(b is None for b in written_in_tick)
    qtbot.waitUntil(lambda: options.BOOKMARK.read() is not None)
    bookmark = options.BOOKMARK.read()
    assert bookmark is not None and bookmark.exercises == ("childs-pose", "cobra")
    host.stop()  # on purpose: forgotten
    assert options.BOOKMARK.read() is None
    host.shutdown()
    host.deleteLater()


SIGNAL_NAMES = {"cue", "announce", "segment_changed", "state_changed", "slept", "frame"}


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Attribute):
        return node.attr
    return node.id if isinstance(node, ast.Name) else ""


def test_the_windows_hold_no_session_wiring_of_their_own() -> None:
    """No module of app/ui makes a part of a session or listens to a player's signals:
    that is the host's (a view listens to the host)."""
    parts = {"SessionGuidance", "SessionRecorder", "CollectBetweenCues", "SleepWatch",
             "MediaControls", "BookmarkStore", "Player"}  # fmt: skip
    offenders = {}
    for path in UI.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        made = {
            node.func.id
            for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
        } & parts
        heard = {
            f"player.{node.attr}"
            for node in ast.walk(tree)
            if isinstance(node, ast.Attribute)
            and node.attr in SIGNAL_NAMES
            and _name(node.value) in ("player", "_player")
        }
        if made or heard:
            offenders[path.name] = sorted(made | heard)
    assert offenders == {}


def test_no_module_of_the_ui_is_over_about_450_lines() -> None:
    """Issue 17: a window does seven jobs no more. Small modules named for what they
    hold. "About 450": the longest are the main window (475) and the pacer widget (459)."""
    sizes = {p.name: len(p.read_text(encoding="utf-8").splitlines()) for p in UI.glob("*.py")}
    assert {name: n for name, n in sizes.items() if n > 480} == {}
