"""Run by the system's Python (with Debian's python3-pyatspi) inside the test's D-Bus
session: finds the running app the way a screen reader does and prints what it found as
one JSON object. See tests/test_accessibility.py.

Every AT-SPI call is a D-Bus round trip to the app; libatspi's default wait for an answer
is 25 s, so one stuck call looked like a hang. Calls here wait 3 s at most, and the walk
keeps to the widgets a screen reader user moves through (no cell-by-cell walk of every
table but the exercise tree).
"""

from __future__ import annotations

import json
import sys
import threading
import time

import pyatspi  # type: ignore[import-not-found]
from gi.repository import Atspi, GLib  # type: ignore[import-not-found]

WAIT = threading.Event()  # waits on another process; nothing here can signal it
Atspi.set_timeout(3000, 15000)  # ms for a call, ms for the app's first answer


def app_named(name: str, seconds: float) -> object | None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for index in range(desktop.childCount):
            app = desktop.getChildAtIndex(index)
            if app is not None and app.name == name:
                return app
        WAIT.wait(0.25)
    return None


def walk(node: object, depth: int = 0, skip_tables: bool = True) -> list[tuple[str, str, object]]:
    role = node.getRoleName()  # type: ignore[attr-defined]
    found = [(role, node.name or "", node)]  # type: ignore[attr-defined]
    if depth > 20 or (skip_tables and role in ("tree table", "tree", "table", "list")):
        return found
    for index in range(node.childCount):  # type: ignore[attr-defined]
        child = node.getChildAtIndex(index)  # type: ignore[attr-defined]
        if child is not None:
            found.extend(walk(child, depth + 1, skip_tables))
    return found


def showing_button(app: object, name: str, seconds: float) -> object | None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        for role, found, node in walk(app):
            if (
                role in ("push button", "check box", "toggle button")
                and found == name
                and node.getState().contains(pyatspi.STATE_SHOWING)  # type: ignore[attr-defined]
            ):
                return node
        WAIT.wait(0.2)
    return None


def press(app: object, name: str, seconds: float = 5) -> bool:
    button = showing_button(app, name, seconds)
    if button is None:
        return False
    button.queryAction().doAction(0)  # type: ignore[attr-defined]
    return True


def main() -> int:
    report: dict[str, object] = {"steps": []}
    steps: list[str] = report["steps"]  # type: ignore[assignment]
    app = app_named(sys.argv[1], 60)
    if app is None:
        report["error"] = "the app never appeared on the accessibility bus"
        print(json.dumps(report))
        return 0
    steps.append("app found")
    nodes = walk(app)
    steps.append(f"walked {len(nodes)} nodes")
    report["frames"] = [name for role, name, _ in nodes if role == "frame"]
    trees = [node for role, name, node in nodes if role in ("tree table", "tree")]
    report["trees"] = [t.name for t in trees]  # type: ignore[attr-defined]
    report["tree_cells"] = sorted(
        {
            name
            for tree in trees
            for role, name, _ in walk(tree, skip_tables=False)
            if role in ("table cell", "tree item")
        }
    )
    steps.append("tree read")
    buttons = {name: node for role, name, node in nodes if role == "push button"}
    report["buttons"] = sorted(buttons)
    # What a screen reader would read as just "button": a showing control with no name.
    report["unnamed"] = [
        f"{role} in {node.parent.name!r}"  # type: ignore[attr-defined]
        for role, name, node in nodes
        if not name
        and role in ("push button", "toggle button", "check box", "combo box", "text",
                     "spin button", "slider", "radio button", "menu item")
        and node.getState().contains(pyatspi.STATE_SHOWING)  # type: ignore[attr-defined]
    ]  # fmt: skip
    start = buttons.get(sys.argv[2])
    if start is None:
        print(json.dumps(report))
        return 0
    # What a screen reader hears without looking: the announcements (Qt's
    # QAccessibleAnnouncementEvent) while the session begins.
    heard: list[str] = []

    def on_announcement(event: object) -> None:
        heard.append(str(event.any_data))  # type: ignore[attr-defined]

    pyatspi.Registry.registerEventListener(on_announcement, "object:announcement")
    start.queryAction().doAction(0)  # type: ignore[attr-defined]
    steps.append("start pressed")
    # The check-in before a session: answered as a screen reader user would, by the
    # button's name (pain 3 of 10).
    report["checked_in"] = press(app, "Pain 3 of 10", seconds=3)
    GLib.timeout_add(6000, lambda: pyatspi.Registry.stop() and False)
    pyatspi.Registry.start()
    pyatspi.Registry.deregisterEventListener(on_announcement, "object:announcement")
    report["announced"] = heard
    pacer = None
    end = time.monotonic() + 20
    while pacer is None and time.monotonic() < end:
        pacer = next((n for _, name, n in walk(app) if name == sys.argv[3]), None)
        WAIT.wait(0.3)
    seen: list[str] = []
    while pacer is not None and time.monotonic() < end and len(set(seen)) < 3:
        text = pacer.description  # type: ignore[attr-defined]
        if text and (not seen or seen[-1] != text):
            seen.append(text)
        WAIT.wait(0.2)
    report["pacer_texts"] = seen
    # Pause, see the button turn into Resume, then stop: back to the exercise browser.
    report["paused"] = press(app, "Pause") and showing_button(app, "Resume", 5) is not None
    report["stopped"] = press(app, "Stop") and showing_button(app, "Start", 5) is not None
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
