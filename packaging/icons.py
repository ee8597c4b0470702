"""Render the app icon from its one SVG: hicolor PNGs for Linux, .ico for Windows and .icns
for macOS (Qt's own image plugins write both), so every size comes from one drawing.

    python packaging/icons.py          # writes packaging/linux/icons/, packaging/windows/,
                                       # packaging/macos/
    python packaging/icons.py --check  # exit 1 if a committed file differs from the SVG

The check compares pixels, not bytes: Qt's rasteriser rounds antialiased edges differently
on different CPUs (SIMD paths), by one level in a few pixels, and the encoders then write
different bytes for the same picture.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, qInstallMessageHandler
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app import APP_ID  # noqa: E402

SOURCE = ROOT / "resources" / "icons" / "breathing-room.svg"
HICOLOR = ROOT / "packaging" / "linux" / "icons" / "hicolor"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def encode(image: QImage, fmt: str) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, fmt.encode())
    if not writer.write(image):
        raise SystemExit(f"cannot write {fmt}: {writer.errorString()}")
    return bytes(data.data())


TOLERANCE = 2  # levels of 255 per channel: rounding, not a changed drawing


def same_picture(path: Path, data: bytes) -> bool:
    if path.suffix == ".svg":
        return path.read_bytes() == data
    committed, fresh = QImage(str(path)), QImage.fromData(data)
    if committed.isNull() or committed.size() != fresh.size():
        return False
    argb = QImage.Format.Format_ARGB32
    # Named, so they outlive their bits: constBits() of a temporary image points at freed
    # memory once the image is collected.
    old_image, new_image = committed.convertToFormat(argb), fresh.convertToFormat(argb)
    old, new = bytes(old_image.constBits()), bytes(new_image.constBits())
    return max(abs(a - b) for a, b in zip(old, new, strict=True)) <= TOLERANCE


def outputs() -> dict[Path, bytes]:
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE}: not a valid SVG")
    files: dict[Path, bytes] = {
        HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg": SOURCE.read_bytes(),
    }
    for size in SIZES:
        files[HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"] = encode(
            render(renderer, size), "png"
        )
    files[ROOT / "packaging" / "windows" / "breathing-room.ico"] = encode(
        render(renderer, 256), "ico"
    )
    files[ROOT / "packaging" / "macos" / "breathing-room.icns"] = encode(
        render(renderer, 512), "icns"
    )
    return files


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    app = QGuiApplication.instance() or QGuiApplication([])
    del app
    # Qt's ICNS reader warns about the table of contents its own writer makes (a known
    # quirk of the plugin); the pictures read back whole, which the check compares.
    qInstallMessageHandler(lambda _kind, _context, text: None if "ICNS" in text else print(text))
    stale = []
    for path, data in outputs().items():
        if args.check:
            if not path.exists() or not same_picture(path, data):
                stale.append(str(path.relative_to(ROOT)))
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        print(path.relative_to(ROOT))
    if stale:
        print("not built from the SVG (run python packaging/icons.py):", *stale, sep="\n  ")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
