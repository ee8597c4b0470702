"""The whole benchmark in one command: one table of every figure the README gives, with
its target. It asserts nothing (tests check behaviour); run it on a quiet machine.

    xvfb-run -a -s "-screen 0 1280x1024x24" .venv/bin/python -m tests.bench

About 15 minutes with the defaults (the pacer plays 10 minutes on screen, with sound into
a private PulseAudio null sink when ``pulseaudio`` is installed). ``--pacer-minutes 1``
gives a quick look. The parts have their own commands with more detail:
``tests.bench.app`` (start-up, memory, catalogue), ``tests.bench.pacer`` (cue timing, CPU,
frames), ``tests.bench.startup_phases`` (where the start-up goes).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
from pathlib import Path

from tests.bench import app as app_bench
from tests.bench import pacer as pacer_bench

Row = tuple[str, str, str, str]  # figure, measured, target, verdict


def verdict(ok: bool | None) -> str:
    return "" if ok is None else "met" if ok else "NOT met"


def machine() -> str:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import PySide6

    return (
        f"{platform.machine()}, {os.cpu_count()} cores ({model or 'unknown CPU'}), "
        f"Python {platform.python_version()}, PySide6 {PySide6.__version__}, "
        f"{platform.platform()}"
    )


def startup_rows(runs: int) -> list[Row]:
    rows = dict(app_bench.startup(runs))
    base = rows["minimal QMainWindow"]
    out: list[Row] = [("start-up: minimal PySide6 QMainWindow", f"{base * 1000:.0f} ms", "", "")]
    for name in ("main window", "standalone pacer"):
        ratio = rows[name] / base
        out.append((f"start-up: {name}", f"{rows[name] * 1000:.0f} ms = {ratio:.2f}×",
                    "≤ 1.3×", verdict(ratio <= 1.3)))  # fmt: skip
    return out


def _in_child(call: str, timeout: int) -> tuple[object | None, str]:
    """``call`` (a function of tests.bench.app) in a fresh Python, its result as JSON: the
    memory of this process (other parts' imports) must not count. (result, error text)."""
    module, function = call.split(":")
    name = function.split("(")[0]
    code = f"from {module} import {name}; import json; print(json.dumps({function}))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=timeout, env=app_bench.child_env())  # fmt: skip
    lines = [line for line in done.stdout.splitlines() if line.startswith("[")]
    if done.returncode != 0 or not lines:
        return None, "failed: " + done.stderr[-300:]
    return json.loads(lines[-1]), ""


def memory_rows(hours: float) -> list[Row]:
    result, error = _in_child(f"tests.bench.app:memory_day({hours!r})", 3600)
    if not isinstance(result, list):
        return [("memory over a simulated day", error, "", "")]
    before, after, count = result
    growth = (after - before) / before * 100
    return [(f"RSS after start-up → after {hours:g} simulated h ({count} sessions)",
             f"{before:.1f} → {after:.1f} MiB ({growth:+.1f} %)", "≤ 5 % growth",
             verdict(growth <= 5))]  # fmt: skip


def catalogue_rows(factor: int) -> list[Row]:
    result, error = _in_child(f"tests.bench.app:catalogue_scale({factor})", 1800)
    if not isinstance(result, list):
        return [("catalogue", error, "", "")]
    out: list[Row] = []
    searches: list[float] = []
    for label, ms in result:
        if label.startswith(("search", "clear the search")):
            searches.append(ms)
            continue
        out.append((label, f"{ms:.1f} ms", "", ""))
    worst = max(searches)
    out.append((f"search in the browser, {factor}× catalogue ({len(searches)} actions)",
                f"{min(searches):.0f}–{worst:.0f} ms", "< 50 ms", verdict(worst < 50)))  # fmt: skip
    return out


def pacer_rows(minutes: float) -> list[Row]:
    server = "null" if shutil.which("pulseaudio") else "none"
    r = pacer_bench.run_pacer(minutes, "resonance", False, "cues", server)
    frames = r["frames"]
    assert isinstance(frames, dict)
    what = f"pacer {minutes:g} min animating, sound server {server}, {r['cues']} cues"
    return [
        (f"{what}: cue error p50 / p99 / max",
         f"{r['p50']:.2f} / {r['p99']:.2f} / {r['max']:.2f} ms", "p99 ≤ 5, max ≤ 20 ms",
         verdict(r["p99"] <= 5 and r["max"] <= 20)),  # type: ignore[operator]
        ("pacer: end of the session vs schedule", f"{r['end']:+.2f} ms", "within 5 ms",
         verdict(abs(r["end"]) <= 5)),  # type: ignore[arg-type]
        ("pacer: CPU while playing (after 10 s)", f"{r['cpu_playing']:.2f} % of one core",
         "≤ 5 %", verdict(r["cpu_playing"] <= 5)),  # type: ignore[operator]
        ("pacer: dropped frames (late > 1 refresh, or never painted)",
         f"{frames['dropped']} of {frames['changes']} changes ({frames['late']} late, "
         f"{frames['never_painted']} never painted; paint after due p50 "
         f"{frames['p50_ms']:.1f}, p99 {frames['p99_ms']:.1f}, max {frames['max_ms']:.1f} ms)",
         "none", verdict(frames["dropped"] == 0)),
        ("pacer: resident memory after 10 s → end",
         f"{r['rss_first']:.1f} → {r['rss_last']:.1f} MiB", "flat",
         verdict(r["rss_last"] <= r["rss_first"] * 1.05)),  # type: ignore[operator]
        ("the machine while the pacer played", f"{r['machine_busy']:.1f} % busy, "
         f"{r['steal']:.2f} % stolen", "quiet", ""),
    ]  # fmt: skip


def print_table(rows: list[Row]) -> None:
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    header = ("figure", "measured", "target", "")
    print("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip())
    print("  ".join("-" * w for w in widths).rstrip())
    for row in rows:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=9, help="start-up runs (median)")
    parser.add_argument("--hours", type=float, default=8, help="simulated day of sessions")
    parser.add_argument("--factor", type=int, default=100, help="catalogue size factor")
    parser.add_argument("--pacer-minutes", type=float, default=10, help="0: no pacer run")
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        print("run it under xvfb-run: start-up and the pacer need a screen", file=sys.stderr)
        return 1
    app_bench.compile_bytecode()
    print(f"machine: {machine()}", flush=True)
    rows: list[Row] = []
    rows += startup_rows(args.runs)
    rows += catalogue_rows(args.factor)
    rows += memory_rows(args.hours)
    if args.pacer_minutes > 0:
        rows += pacer_rows(args.pacer_minutes)
    print()
    print_table(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
