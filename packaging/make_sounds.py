"""Write the earcons into resources/sounds/ as 16-bit mono WAV files.

    .venv/bin/python packaging/make_sounds.py

The output is the same bytes every time (tests/test_earcons.py checks the committed
files against a fresh render), so the sounds in the repository are reproducible.
"""

from __future__ import annotations

import sys
import wave
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.core.earcons import RATE, Earcon, pcm16, render

OUT = Path(__file__).resolve().parent.parent / "resources" / "sounds"


def write(earcon: Earcon, folder: Path = OUT) -> Path:
    path = folder / f"{earcon.value}.wav"
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(pcm16(render(earcon)))
    return path


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    for earcon in Earcon:
        path = write(earcon)
        print(f"{path.relative_to(OUT.parent.parent)}  {path.stat().st_size:>7} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
