"""Benchmark: start-up, memory over a simulated day, and the catalogue at 100× its size.
Prints a table; asserts nothing (tests check behaviour). The pacer's timing and CPU have
their own bench (``tests.bench.pacer``).

    xvfb-run -a -s "-screen 0 1280x1024x24" .venv/bin/python -m tests.bench.app

- Start-up: process start to the first paint of the main window (and of the standalone
  pacer), against a minimal PySide6 ``QMainWindow`` measured the same way in the same run,
  as a ratio (target ≤ 1.3×). Each is the median of several runs.
- Memory: resident size of a main window after start-up, and after a simulated 8-hour day
  of guided sessions on a fake clock (target: growth ≤ 5 %).
- The catalogue: load and compile times for the real one and for one 100× larger (made
  up from the real exercises), and the browser's filter time on it (target < 50 ms).
"""

from __future__ import annotations

import argparse
import gc
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent

MINIMAL = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1280, 760)
class Watch(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print("first paint: minimal", flush=True)
            QTimer.singleShot(0, app.quit)
        return False
window.installEventFilter(Watch(window))
window.show()
app.exec()
"""


def child_env() -> dict[str, str]:
    """The environment of a measured child: as an installed app has it, with bytecode.
    (This machine sets PYTHONDONTWRITEBYTECODE; a user's Python does not, and pip compiles
    an installed app's modules. Without .pyc files every start compiles our sources.)"""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def compile_bytecode() -> None:
    """What ``pip install`` does for a wheel: the app's modules compiled once, up front."""
    import compileall

    compileall.compile_dir(str(ROOT / "app"), quiet=1)
    compileall.compile_dir(str(ROOT / "tests" / "bench"), quiet=1)


def first_paint_s(command: list[str], env: dict[str, str]) -> float:
    started = time.monotonic()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
    elapsed = time.monotonic() - started
    if "first paint:" not in done.stdout:
        raise SystemExit(f"{command} never painted:\n{done.stdout}\n{done.stderr}")
    return elapsed


def startup(runs: int) -> list[tuple[str, float]]:
    with tempfile.TemporaryDirectory() as home:
        env = dict(child_env(), BREATHING_ROOM_QUIT_AFTER_PAINT="1", HOME=home,
                   PULSE_SERVER="unix:/nonexistent")  # fmt: skip
        for kind in ("DATA", "CONFIG", "CACHE"):
            env[f"BREATHING_ROOM_{kind}_DIR"] = str(Path(home) / kind.lower())
        commands = {
            "minimal QMainWindow": [sys.executable, "-c", MINIMAL],
            "main window": [sys.executable, "-m", "app"],
            "standalone pacer": [sys.executable, "-m", "app", "pacer"],
        }
        for command in commands.values():  # warm the disk cache once
            first_paint_s(command, env)
        samples: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(runs):  # interleaved, so drift affects all alike
            for name, command in commands.items():
                samples[name].append(first_paint_s(command, env))
    return [(name, statistics.median(values)) for name, values in samples.items()]


def rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def memory_day(hours: float) -> tuple[float, float, int]:
    """RSS after start-up and after ``hours`` of back-to-back sessions on a fake clock."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["PULSE_SERVER"] = "unix:/nonexistent"
    home = tempfile.mkdtemp()
    for kind in ("DATA", "CONFIG", "CACHE"):
        os.environ[f"BREATHING_ROOM_{kind}_DIR"] = str(Path(home) / kind.lower())
    from PySide6.QtWidgets import QApplication

    from app.bundle import catalogue_path
    from app.core.files import load_bundled
    from app.services import i18n
    from app.services.history import set_check_ins
    from app.ui.main_window import MainWindow
    from tests.helpers.stubs import FakeClock

    app = QApplication.instance() or QApplication([])
    i18n.install("en")
    set_check_ins(False)
    catalogue = load_bundled(catalogue_path()).catalogue
    assert catalogue is not None
    clock = FakeClock()
    window = MainWindow(catalogue, "en", clock=clock)
    window.show()
    programs = list(catalogue.programs)

    def session(program: str) -> int:
        window.load_program(program)
        window.start_session()
        timeline = window.player.timeline
        assert timeline is not None
        step = 50.0  # ms: a frame or so, as the views see it
        while window.player.playing:
            clock.advance(step)
            window.player.poll()
            app.processEvents()
        window.stop_session()
        app.processEvents()
        return timeline.total_ms

    session(programs[0])  # the first session loads what every later one uses
    gc.collect()
    before = rss_mib()
    played = 0
    count = 0
    while played < hours * 3_600_000:
        played += session(programs[count % len(programs)])
        count += 1
    gc.collect()
    app.processEvents()
    after = rss_mib()
    window.practice.close()
    window.close()
    return before, after, count


def catalogue_scale(factor: int) -> list[tuple[str, float]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import yaml

    from app.bundle import catalogue_path
    from app.core.loader import load_text
    from app.core.requests import Request

    text = catalogue_path().read_text(encoding="utf-8")
    rows: list[tuple[str, float]] = []

    def timed(label: str, action: object, repeat: int = 5) -> object:
        samples, result = [], None
        for _ in range(repeat):
            started = time.perf_counter()
            result = action()  # type: ignore[operator]
            samples.append((time.perf_counter() - started) * 1000)
        rows.append((label, statistics.median(samples)))
        return result

    real = timed("load the catalogue (40 exercises)", lambda: load_text(text, "x").catalogue)
    data = yaml.safe_load(text)
    big = dict(data)

    def copy(exercise: dict[str, object], n: int) -> dict[str, object]:
        renamed = dict(exercise, id=f"{exercise['id']}-{n}")
        if isinstance(exercise.get("see_also"), list):
            renamed["see_also"] = [f"{other}-{n}" for other in exercise["see_also"]]
        return renamed

    big["exercises"] = [copy(e, n) for n in range(factor) for e in data["exercises"]]
    big["programs"] = [
        dict(p, id=f"{p['id']}-{n}",
             items=[dict(i, exercise=f"{i['exercise']}-{n}") for i in p["items"]])
        for n in range(factor) for p in data["programs"]
    ]  # fmt: skip
    big_text = yaml.safe_dump(big, allow_unicode=True, sort_keys=False)
    large = timed(f"load a catalogue {factor}× as large ({len(big['exercises'])} exercises)",
                  lambda: load_text(big_text, "x").catalogue, repeat=1)  # fmt: skip
    assert large is not None and real is not None, "the generated catalogue did not load"
    longest = max(real.programs, key=lambda p: len(real.programs[p].items))
    timed("compile the longest program", lambda: Request(program=longest).build(real))
    timed(f"compile all {len(large.programs)} programs of the large one",
          lambda: [Request(program=p).build(large) for p in large.programs], repeat=1)  # fmt: skip

    from PySide6.QtWidgets import QApplication

    from app.services import i18n
    from app.ui.browser import ExerciseBrowser

    app = QApplication.instance() or QApplication([])
    i18n.install("en")
    browser = timed("build the browser on the large one",
                    lambda: ExerciseBrowser(large, "en"), repeat=1)  # fmt: skip
    assert browser is not None
    browser.show()
    # What a person does: type in the search field (the filter runs, the tree expands).
    for word in ("breath", "knee", "zzz", "cobra lying"):
        timed(f"search '{word}' (filter, expand)",
              lambda w=word: browser.search.setText(w), repeat=1)  # fmt: skip
        timed("clear the search", lambda: browser.search.setText(""), repeat=1)
    del app
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="start-up runs (median)")
    parser.add_argument("--hours", type=float, default=8, help="simulated day of sessions")
    parser.add_argument("--factor", type=int, default=100, help="catalogue size factor")
    args = parser.parse_args()
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python "
          f"{platform.python_version()}, {platform.platform()}")  # fmt: skip
    compile_bytecode()
    if os.environ.get("DISPLAY"):
        rows = startup(args.runs)
        base = rows[0][1]
        print(f"\nstart-up: process start to first paint (median of {args.runs})")
        for name, seconds in rows:
            print(f"  {name:22} {seconds * 1000:7.0f} ms   {seconds / base:5.2f}×")
    else:
        print("\nno display: start-up needs xvfb-run", file=sys.stderr)
    before, after, count = memory_day(args.hours)
    print(f"\nmemory: {count} sessions, {args.hours:g} simulated hours (fake clock)")
    print(f"  RSS after the first session {before:7.1f} MiB, after the day {after:7.1f} MiB "
          f"({(after - before) / before * 100:+.1f} %)")  # fmt: skip
    print(f"\ncatalogue at {args.factor}×")
    for label, ms in catalogue_scale(args.factor):
        print(f"  {label:52} {ms:9.2f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
