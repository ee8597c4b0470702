"""Run by the system's Python (with Debian's python3-pyatspi) inside the test's D-Bus
session: finds the running app the way a screen reader does and prints what it found as
one JSON object. See tests/test_accessibility.py."""

from __future__ import annotations

import json
import sys
import threading
import time

import pyatspi  # type: ignore[import-not-found]

WAIT = threading.Event()  # waits on another process; nothing here can signal it


def app_named(name: str, seconds: float) -> object | None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        for app in pyatspi.Registry.getDesktop(0):
            if app is not None and app.name == name:
                return app
        WAIT.wait(0.25)
    return None


def walk(node: object, depth: int = 0) -> list[tuple[str, str, object]]:
    found = [(node.getRoleName(), node.name or "", node)]  # type: ignore[attr-defined]
    if depth > 14:
        return found
    for child in node:  # type: ignore[attr-defined]
        if child is not None:
            found.extend(walk(child, depth + 1))
    return found


def main() -> int:
    report: dict[str, object] = {}
    app = app_named(sys.argv[1], 60)
    if app is None:
        print(json.dumps({"error": "the app never appeared on the accessibility bus"}))
        return 0
    nodes = walk(app)
    report["frames"] = [name for role, name, _ in nodes if role == "frame"]
    trees = [node for role, name, node in nodes if role in ("tree table", "tree")]
    report["trees"] = [t.name for t in trees]  # type: ignore[attr-defined]
    report["tree_cells"] = sorted(
        {
            name
            for tree in trees
            for role, name, _ in walk(tree)
            if role in ("table cell", "tree item")
        }
    )
    buttons = {name: node for role, name, node in nodes if role == "push button"}
    report["buttons"] = sorted(buttons)
    start = buttons.get("Start")
    if start is not None:
        start.queryAction().doAction(0)  # type: ignore[attr-defined]
    seen: list[str] = []
    end = time.monotonic() + 20
    while time.monotonic() < end and len(set(seen)) < 3:
        for _role, name, node in walk(app):
            if name == "Breath pacer":
                text = node.description  # type: ignore[attr-defined]
                if text and (not seen or seen[-1] != text):
                    seen.append(text)
        WAIT.wait(0.3)
    report["pacer_texts"] = seen
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
