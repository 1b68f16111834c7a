"""Render the app icon from its SVG source into every format the installers need.

    .venv/bin/python installers/make_icons.py

reads   resources/icons/qwen-desk.svg
writes  resources/icons/png/qwen-desk-<N>.png   N = 16 24 32 48 64 128 256 512 1024
        resources/icons/qwen-desk.ico            (Windows: 16..256)
        resources/icons/qwen-desk.icns           (macOS: 32..1024, incl. the @2x entries)

The SVG is drawn by Qt's own renderer (PySide6.QtSvg, already a dependency; no cairo),
each size straight from the vector source so small sizes stay sharp. Pillow writes the
PNG, .ico and .icns files without timestamps, so a rerun on an unchanged SVG gives the
same bytes. The outputs are committed; rerun this after editing the SVG.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "qwen-desk.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (32, 64, 128, 256, 512, 1024)


def render(svg: Path, size: int):  # -> PIL.Image.Image
    """The SVG drawn at size x size pixels, as a straight-alpha RGBA Pillow image."""
    from PIL import Image
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: Qt cannot read this SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    rgba = image.convertToFormat(QImage.Format.Format_RGBA8888)
    data = bytes(rgba.constBits())[: rgba.sizeInBytes()]
    return Image.frombuffer("RGBA", (size, size), data, "raw", "RGBA", rgba.bytesPerLine(), 1)


def make_icons(svg: Path = SVG, out: Path = ICONS) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    images = {size: render(svg, size) for size in sorted(set(PNG_SIZES + ICO_SIZES + ICNS_SIZES))}
    written: list[Path] = []

    png_dir = out / "png"
    png_dir.mkdir(parents=True, exist_ok=True)
    for size in PNG_SIZES:
        path = png_dir / f"qwen-desk-{size}.png"
        images[size].save(path, "PNG", optimize=True)
        written.append(path)

    ico = out / "qwen-desk.ico"
    largest = images[max(ICO_SIZES)]
    largest.save(
        ico,
        "ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)],
    )
    written.append(ico)

    icns = out / "qwen-desk.icns"
    images[1024].save(icns, "ICNS", append_images=[images[s] for s in ICNS_SIZES if s != 1024])
    written.append(icns)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--svg", type=Path, default=SVG)
    parser.add_argument("--out", type=Path, default=ICONS)
    args = parser.parse_args(argv)
    for path in make_icons(args.svg, args.out):
        print(
            f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}"
            f"  {path.stat().st_size:>7} bytes"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
