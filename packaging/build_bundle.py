"""Build the standalone one-folder bundle and try it: the one build command.

    python packaging/build_bundle.py            # build + smoke test (needs xvfb-run)
    python packaging/build_bundle.py --no-build # smoke-test the last build

The smoke test runs the built bundle from a folder outside the checkout, with an empty
home: ``validate`` and ``timeline`` must work, the main window must be painted under
Xvfb, and a short pacer must play its cues (with sound into a private PulseAudio null
sink when ``pulseaudio`` is installed). It prints the bundle's size and start time.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.helpers.pulse import null_sink  # noqa: E402 - one way to start the sound server

DIST = ROOT / "build" / "bundle" / "dist"
BUNDLE = DIST / "breathing-room"


def build() -> float:
    started = time.monotonic()
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", str(ROOT / "packaging" / "breathing-room.spec"),
         "--noconfirm", "--log-level", "WARN", "--distpath", str(DIST),
         "--workpath", str(ROOT / "build" / "bundle" / "work")],
        check=True, cwd=ROOT,
    )  # fmt: skip
    return time.monotonic() - started


def size_mib(folder: Path) -> float:
    files = (p for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return sum(p.stat().st_size for p in files) / 2**20


def run(args: list[str], env: dict[str, str], cwd: Path, timeout: float = 60) -> str:
    done = subprocess.run(args, env=env, cwd=cwd, capture_output=True, text=True,
                          timeout=timeout)  # fmt: skip
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed ({done.returncode}):\n{done.stderr}")
    return done.stdout


def first_paint_s(command: list[str], env: dict[str, str], cwd: Path) -> float:
    """Process start to the main window's first paint, under Xvfb."""
    started = time.monotonic()
    out = run(["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", *command],
              dict(env, BREATHING_ROOM_QUIT_AFTER_PAINT="1"), cwd)  # fmt: skip
    elapsed = time.monotonic() - started
    if "first paint: MainWindow" not in out:
        raise SystemExit(f"the main window was never painted:\n{out}")
    return elapsed


def smoke(bundle: Path) -> dict[str, object]:
    exe = bundle / "breathing-room"
    with tempfile.TemporaryDirectory() as home:
        where = Path(home)
        env = {
            "PATH": "/usr/bin:/bin",
            "HOME": home,
            "LANG": "C.UTF-8",
            "PULSE_SERVER": "unix:/nonexistent",
        }
        for kind in ("DATA", "CONFIG", "CACHE"):
            env[f"BREATHING_ROOM_{kind}_DIR"] = str(where / kind.lower())
        report: dict[str, object] = {}
        report["validate"] = run([str(exe), "validate"], env, where).strip().splitlines()[0]
        asked = ["timeline", "--pattern", "4-7-8", "--minutes", "1", "--prepare", "0", "--json"]
        timeline = json.loads(run([str(exe), *asked], env, where))
        assert timeline["total_ms"] == 57_000, timeline["total_ms"]
        report["timeline"] = "4-7-8 for 1 min: 57000 ms"
        times = [first_paint_s([str(exe)], env, where) for _ in range(3)]
        report["first_paint_s"] = statistics.median(times)
        source = [first_paint_s([sys.executable, "-m", "app"], dict(env, PYTHONPATH=str(ROOT)),
                                where) for _ in range(3)]  # fmt: skip
        report["first_paint_source_s"] = statistics.median(source)
        cues = where / "cues.jsonl"
        pacer_env = dict(env)
        with contextlib.ExitStack() as stack:
            if shutil.which("pulseaudio"):
                found = stack.enter_context(null_sink(where / "pulse-runtime", "smoke"))
                pacer_env["PULSE_SERVER"] = found["PULSE_SERVER"]
            out = subprocess.run(
                ["xvfb-run", "-a", str(exe), "pacer", "--pattern", "1-0-1", "--breaths", "2",
                 "--prepare", "0", "--cues-to", str(cues), "--close-when-done"],
                env=pacer_env, cwd=where, capture_output=True, text=True, timeout=60,
            )  # fmt: skip
        if out.returncode != 0:
            raise SystemExit(f"the pacer failed:\n{out.stderr}")
        lines = cues.read_text().splitlines()
        report["cues"] = len(lines)
        silent = "No sound output" in out.stderr or pacer_env["PULSE_SERVER"] == env["PULSE_SERVER"]
        report["sound"] = "no sound output" if silent else "played"
        return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-build", action="store_true", help="test the last build")
    args = parser.parse_args()
    if not args.no_build:
        print(f"built in {build():.0f} s")
    if not (BUNDLE / "breathing-room").exists():
        print(f"no bundle at {BUNDLE}", file=sys.stderr)
        return 1
    # Run it from somewhere else, as a user would: a copy outside the checkout.
    with tempfile.TemporaryDirectory() as elsewhere:
        copy = Path(elsewhere) / "breathing-room"
        shutil.copytree(BUNDLE, copy, symlinks=True)
        report = smoke(copy)
    print(f"bundle: {BUNDLE.relative_to(ROOT)}, {size_mib(BUNDLE):.0f} MiB")
    print(f"validate: {report['validate']}")
    print(f"timeline: {report['timeline']}")
    print(f"start to first paint: {report['first_paint_s']:.2f} s (median of 3; from the "
          f"source checkout: {report['first_paint_source_s']:.2f} s)")  # fmt: skip
    print(f"pacer: {report['cues']} cues, sound {report['sound']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
