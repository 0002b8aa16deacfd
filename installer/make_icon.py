"""Draw the application icon with Qt and write it to resources/icons/:

    .venv/bin/python installer/make_icon.py

- `cchc.png` (256 × 256): the window icon on every system and the Linux desktop icon;
- `cchc.ico`: the Windows executable's and installer's icon, the same drawing at 16, 24, 32,
  48, 64, 128 and 256 pixels (each size drawn at that size, not scaled down, so the small
  ones stay sharp), stored as PNG images inside the ICO container (Windows Vista and later).

The files are committed; run this again only to change the drawing. Only Qt and the
standard library are used (the ICO container is a 6-byte header and one 16-byte entry per
image, written here with `struct`).
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen  # noqa: E402

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)
RED, GOLD, PAPER, INK = QColor("#b71c1c"), QColor("#f9a825"), QColor("#fffdf5"), QColor("#9e9e9e")


def draw(size: int) -> QImage:
    """A sheet of paper with ruled lines on a red rounded square and a gold check mark: a
    scored self-assessment form."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    s = size / 256
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(RED)
    painter.drawRoundedRect(QRectF(8 * s, 8 * s, 240 * s, 240 * s), 44 * s, 44 * s)
    painter.setBrush(PAPER)
    painter.drawRoundedRect(QRectF(62 * s, 38 * s, 132 * s, 176 * s), 10 * s, 10 * s)
    if size >= 32:  # ruled lines only where they can be told apart
        painter.setPen(QPen(INK, max(1.0, 8 * s), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        for y in (78, 108, 138):
            painter.drawLine(QPointF(84 * s, y * s), QPointF(172 * s, y * s))
    check = QPainterPath(QPointF(92 * s, 172 * s))
    check.lineTo(QPointF(124 * s, 202 * s))
    check.lineTo(QPointF(200 * s, 120 * s))
    painter.setPen(QPen(GOLD, max(2.0, 26 * s), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                        Qt.PenJoinStyle.RoundJoin))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(check)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("Qt could not encode a PNG")
    buffer.close()
    return bytes(data)


def ico_bytes(images: list[bytes], sizes: tuple[int, ...]) -> bytes:
    """The ICO container: ICONDIR, one ICONDIRENTRY per image (a width or height of 256 is
    written as 0), then the PNG data."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, blob in zip(sizes, images, strict=True):
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
        blobs += blob
    return header + entries + blobs


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - fonts, painting
    ICONS.mkdir(parents=True, exist_ok=True)
    images = [png_bytes(draw(size)) for size in SIZES]
    (ICONS / "cchc.png").write_bytes(images[-1])
    (ICONS / "cchc.ico").write_bytes(ico_bytes(images, SIZES))
    print(f"wrote {ICONS / 'cchc.png'} and {ICONS / 'cchc.ico'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
