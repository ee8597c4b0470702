"""Benchmark: the pacer's cue timing, CPU and memory while it animates on screen, and
timeline compile times. Prints a table; it asserts nothing (tests check behaviour).

    xvfb-run -a -s "-screen 0 1280x1024x24" .venv/bin/python -m tests.bench.pacer --minutes 10

It starts the real app (``breathing-room pacer --cues-to``) as a child process, reads the
cue log it writes, samples the child's resident memory from /proc, and takes its CPU time
from ``wait4``'s resource usage.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from tests.helpers.host import cpu_times, stolen_percent
from tests.helpers.pulse import null_sink


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * p / 100
    lower, upper = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lower] + (ordered[upper] - ordered[lower]) * (k - lower)


def rss_kib(pid: int) -> int | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


def process_cpu_s(pid: int) -> float | None:
    """utime + stime of a running process, in seconds, from /proc/<pid>/stat."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def compile_times() -> list[tuple[str, int, float]]:
    from app.bundle import catalogue_path
    from app.core.files import load_bundled
    from app.core.requests import Request

    catalogue = load_bundled(catalogue_path()).catalogue
    assert catalogue is not None
    rows = []
    for program in catalogue.programs:
        request = Request(program=program)
        samples = []
        for _ in range(200):
            started = time.perf_counter()
            timeline = request.build(catalogue)
            samples.append((time.perf_counter() - started) * 1000)
        rows.append((program, len(timeline), statistics.median(samples)))
    return rows


@contextlib.contextmanager
def sound_server(kind: str) -> Iterator[dict[str, str]]:
    """The sound server the child sees: ``none`` (nowhere to play: the app says so and
    stays silent), ``system`` (whatever this machine has), or ``null``: a private
    PulseAudio with a null sink, so the sounds really play, as on a desktop."""
    if kind == "system":
        yield {}
        return
    if kind == "none":
        yield {"PULSE_SERVER": "unix:/nonexistent"}
        return
    # The daemon may still write into its folder while it exits: never fail on that.
    with (
        tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as runtime,
        null_sink(Path(runtime), "bench") as found,
    ):
        yield {"PULSE_SERVER": found["PULSE_SERVER"]}


def run_pacer(
    minutes: float,
    preset: str,
    reduce_motion: bool,
    guidance: str = "cues",
    server: str = "null",
) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as home, sound_server(server) as sound_env:
        cues = Path(home) / "cues.jsonl"
        frames = Path(home) / "frames.json"
        env = dict(os.environ, **sound_env, BREATHING_ROOM_FRAME_STATS=str(frames))
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: compiled once, then cached
        for kind in ("DATA", "CONFIG", "CACHE"):
            env[f"BREATHING_ROOM_{kind}_DIR"] = str(Path(home) / kind.lower())
        config = Path(home) / "config"
        config.mkdir()
        (config / "settings.ini").write_text(
            f"[pacer]\nreduce_motion={'true' if reduce_motion else 'false'}\n"
            f"[guidance]\nmode={guidance}\n"
        )
        args = [sys.executable, "-m", "app", "pacer", "--preset", preset, "--minutes",
                str(minutes), "--prepare", "2", "--cues-to", str(cues),
                "--close-when-done"]  # fmt: skip
        machine_before = cpu_times()
        started = time.monotonic()
        child = subprocess.Popen(args, env=env)
        samples: list[tuple[float, int]] = []
        cpu_samples: list[tuple[float, float]] = []  # (wall s, process CPU s)
        stop = threading.Event()

        def sample() -> None:
            while not stop.wait(5):
                value = rss_kib(child.pid)
                cpu = process_cpu_s(child.pid)
                now = time.monotonic() - started
                if value:
                    samples.append((now, value))
                if cpu is not None:
                    cpu_samples.append((now, cpu))

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.monotonic() - started
        machine_after = cpu_times()
        machine = [b - a for a, b in zip(machine_before, machine_after, strict=True)]
        stop.set()
        if status != 0:
            raise SystemExit(f"the pacer exited with status {status}")
        lines = [json.loads(line) for line in cues.read_text().splitlines()]
        frame_stats = json.loads(frames.read_text()) if frames.exists() else {}
    errors = [line["t_ms"] - line["scheduled_ms"] for line in lines]
    worst = sorted(lines, key=lambda line: line["scheduled_ms"] - line["t_ms"])[:3]
    steady = [kib for t, kib in samples if t > 10] or [kib for _, kib in samples]
    # CPU while animating: from the first sample after 10 s to the last one (start-up and
    # the closing out of it), by /proc's clock ticks.
    playing = [(t, c) for t, c in cpu_samples if t > 10]
    cpu_playing = (
        100 * (playing[-1][1] - playing[0][1]) / (playing[-1][0] - playing[0][0])
        if len(playing) > 1
        else float("nan")
    )
    return {
        "frames": frame_stats,
        "cues": len(lines),
        "p50": percentile(errors, 50),
        "p99": percentile(errors, 99),
        "max": max(errors),
        "end": errors[-1],
        "cpu": 100 * (usage.ru_utime + usage.ru_stime) / wall,
        "cpu_playing": cpu_playing,
        "wall": wall,
        "rss_first": steady[0] / 1024 if steady else float("nan"),
        "rss_last": steady[-1] / 1024 if steady else float("nan"),
        "rss_max": usage.ru_maxrss / 1024,
        "machine_busy": 100 * (sum(machine) - machine[3] - machine[4]) / max(1, sum(machine)),
        "steal": stolen_percent(machine_before, machine_after),
        "worst": ", ".join(
            f"{w['kind']} at {w['scheduled_ms'] / 1000:.1f} s "
            f"+{w['t_ms'] - w['scheduled_ms']:.1f} ms"
            for w in worst
        ),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=10.0, help="session length")
    parser.add_argument("--preset", default="resonance")
    parser.add_argument("--skip-pacer", action="store_true", help="only the compile times")
    parser.add_argument("--only", choices=["animating", "reduced"], help="run one pacer mode")
    parser.add_argument("--guidance", choices=["off", "cues", "voice"], default="cues",
                        help="sounds off, or as a user has them (default: cues)")  # fmt: skip
    parser.add_argument("--sound-server", choices=["null", "none", "system"], default="null",
                        help="null: a private PulseAudio that plays into nothing (default); "
                        "none: no server at all; system: this machine's own")  # fmt: skip
    args = parser.parse_args()

    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python "
          f"{platform.python_version()}, {platform.platform()}")  # fmt: skip
    print("\ntimeline compile (median of 200)")
    print(f"  {'program':18} {'segments':>8} {'ms':>8}")
    for program, segments, ms in compile_times():
        print(f"  {program:18} {segments:8d} {ms:8.3f}")
    if args.skip_pacer:
        return 0
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        print("\nno display: run under xvfb-run for the pacer figures", file=sys.stderr)
        return 1
    modes = {"animating": [False], "reduced": [True], None: [False, True]}[args.only]
    for reduced in modes:
        label = "reduced motion" if reduced else "animating"
        r = run_pacer(args.minutes, args.preset, reduced, args.guidance, args.sound_server)
        print(f"\npacer on screen, {label}, guidance {args.guidance}, sound server "
              f"{args.sound_server}: "
              f"'{args.preset}' for {args.minutes:g} min, "
              f"{r['cues']:.0f} cues, {r['wall']:.1f} s wall")  # fmt: skip
        print(f"  cue error ms   p50 {r['p50']:6.2f}   p99 {r['p99']:6.2f}   max {r['max']:6.2f}"
              f"   end of session {r['end']:6.2f}")  # fmt: skip
        print(f"  latest cues    {r['worst']}")
        print(f"  CPU            {r['cpu_playing']:5.2f} % of one core while playing (after 10 s), "
              f"{r['cpu']:5.2f} % whole process with start-up")  # fmt: skip
        print(f"  the machine    {r['machine_busy']:5.2f} % busy in all, {r['steal']:.2f} % stolen "
              f"by the host")  # fmt: skip
        print(f"  memory (RSS)   {r['rss_first']:.1f} MiB after 10 s, {r['rss_last']:.1f} MiB "
              f"at the end, peak {r['rss_max']:.1f} MiB")  # fmt: skip
        f = r["frames"]
        if isinstance(f, dict) and f:
            print(f"  frames         {f['changes']} visible changes, {f['dropped']} dropped "
                  f"({f['late']} painted > 1 refresh late, {f['never_painted']} never painted); "
                  f"paint after due p50 {f['p50_ms']:.1f}, p99 {f['p99_ms']:.1f}, "
                  f"max {f['max_ms']:.1f} ms")  # fmt: skip
            worst = ", ".join(f"{ms} ms at {at} s" for ms, at in f.get("worst", []))
            print(f"  latest frames  {worst or 'none late'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
