"""Follow a whole programme in focus mode, as a person on the mat would, and sample the
screen every few seconds into a contact sheet.

The real main window plays the programme under a virtual display on a clock this script
moves on in 100 ms steps (so an hour of practice takes a minute and every run shows the
same moments); at each "wait for me" it waits a few seconds, then presses Space as the
person would. Every ``--every`` seconds of the session it grabs the whole screen.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python docs/follow_programme.py \\
        ch3-phase-1 --lang nl --every 5 --out /tmp/follow

writes ``/tmp/follow/0001.png`` … and ``/tmp/follow/sheet.png`` (thumbnails, 6 a row, each
labelled with its session time and what was playing), and prints one line per sample.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

STEP_MS = 100
WAIT_BEFORE_READY_MS = 4_000  # a person takes a moment before saying "ready"


class SteppedClock:
    """A clock this script moves on by hand: the player's only time base."""

    now = 0.0

    def now_ms(self) -> float:
        return self.now

    def suspended_ms(self) -> float | None:
        return None


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("programme")
    parser.add_argument("--lang", choices=("en", "nl"), default="en")
    parser.add_argument("--every", type=float, default=5.0, help="seconds between samples")
    parser.add_argument("--out", type=Path, default=Path("/tmp/follow"))
    parser.add_argument("--text", type=int, default=100, help="text size in per cent")
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--thumb", type=int, default=320, help="thumbnail width in px")
    parser.add_argument("--columns", type=int, default=6)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    home = tempfile.mkdtemp()
    for kind in ("DATA", "CONFIG", "CACHE"):
        os.environ[f"BREATHING_ROOM_{kind}_DIR"] = str(Path(home) / kind.lower())

    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from app.bundle import catalogue_path
    from app.core.files import load_bundled
    from app.services import i18n, paths
    from app.services.history import set_check_ins
    from app.ui import appearance
    from app.ui.main_window import MainWindow

    app = QApplication([sys.argv[0]])
    paths.set_identity()
    i18n.install(args.lang)
    appearance.apply(
        appearance.Appearance("dark" if args.dark else "light", text_percent=args.text)
    )
    set_check_ins(False)  # the check-ins are shown and sampled by their own screenshots
    catalogue = load_bundled(catalogue_path()).catalogue
    assert catalogue is not None
    clock = SteppedClock()
    window = MainWindow(catalogue, args.lang, clock=clock)  # type: ignore[arg-type]
    screen = QGuiApplication.primaryScreen()
    window.setGeometry(screen.availableGeometry())
    window.show()
    app.processEvents()
    window.load_program(args.programme)
    window.start_session()
    if not window.focus_action.isChecked():
        window.focus_action.setChecked(True)
        window.toggle_focus_mode()
    player = window.player
    labels: list[str] = []
    every = round(args.every * 1000)
    next_sample = 0.0
    waited_since: float | None = None
    count = 0
    while True:
        app.processEvents()
        state = str(player.state)
        position = player.position_ms
        if state.endswith("waiting"):
            if waited_since is None:
                waited_since = clock.now
            elif clock.now - waited_since >= WAIT_BEFORE_READY_MS:
                QTest.keyClick(window, Qt.Key.Key_Space)
                waited_since = None
        if clock.now >= next_sample:
            count += 1
            frame = player.current_frame()
            what = frame.segment.kind.value if frame is not None else "-"
            shot = screen.grabWindow(0)
            shot.save(str(args.out / f"{count:04d}.png"))
            minutes, seconds = divmod(int(position // 1000), 60)
            label = f"{minutes}:{seconds:02d} {what}{' (waiting)' if waited_since else ''}"
            labels.append(label)
            print(f"{count:04d} {label}", flush=True)
            next_sample = clock.now + every
        if state.endswith(("finished", "idle")) and clock.now > 0:
            break
        clock.now += STEP_MS
        player.poll()
    app.processEvents()
    count += 1
    screen.grabWindow(0).save(str(args.out / f"{count:04d}.png"))
    labels.append("end")
    print(f"{count:04d} end", flush=True)
    contact_sheet(args.out, labels, args.columns, args.thumb)
    window.close()
    return 0


def contact_sheet(folder: Path, labels: list[str], columns: int = 6, width: int = 320) -> None:
    """Thumbnails of the samples, ``columns`` a row, each with its label under it."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    shots = sorted(folder.glob("[0-9][0-9][0-9][0-9].png"))
    if not shots:
        return
    first = QImage(str(shots[0]))
    height = round(first.height() * width / first.width())
    caption = 22
    rows = -(-len(shots) // columns)
    sheet = QImage(columns * width, rows * (height + caption), QImage.Format.Format_RGB32)
    sheet.fill(QColor("white"))
    painter = QPainter(sheet)
    painter.setFont(QFont("Sans", 9))
    for number, path in enumerate(shots):
        x, y = (number % columns) * width, (number // columns) * (height + caption)
        image = QImage(str(path)).scaled(
            width - 4, height - 4, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )  # fmt: skip
        painter.drawImage(x + 2, y + 2, image)
        painter.setPen(QColor("black"))
        text = f"{number + 1}: {labels[number] if number < len(labels) else ''}"
        painter.drawText(QRect(x, y + height, width, caption), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    sheet.save(str(folder / "sheet.png"))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
