"""Draw the application icon: resources/icons/app.png (256 px) and app.ico (16 to 256 px).

Run once after changing the drawing, and commit the output:
    .venv/bin/python tools/make_icons.py
Pillow comes with ReportLab, so no extra package is needed.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZE = 256
SCALE = 4  # draw large, then shrink: smooth edges without an anti-aliasing API
ICO_SIZES = [(s, s) for s in (16, 24, 32, 48, 64, 128, 256)]

BLUE = (21, 78, 140, 255)
PAPER = (255, 255, 255, 255)
FOLD = (205, 215, 228, 255)
RED = (200, 30, 40, 255)
INK = (60, 60, 60, 255)


def draw() -> Image.Image:
    """A white A4 sheet with a red title line and grey text lines on a blue tile."""
    n = SIZE * SCALE
    image = Image.new("RGBA", (n, n), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    u = n / 32  # grid unit
    pen.rounded_rectangle((u, u, n - u, n - u), radius=5 * u, fill=BLUE)
    left, top, right, bottom, fold = 8 * u, 4 * u, 24 * u, 28 * u, 5 * u
    pen.polygon(
        [(left, top), (right - fold, top), (right, top + fold), (right, bottom), (left, bottom)],
        fill=PAPER,
    )
    pen.polygon([(right - fold, top), (right - fold, top + fold), (right, top + fold)], fill=FOLD)
    pen.rectangle((left + 3 * u, 11 * u, right - 3 * u, 12.6 * u), fill=RED)
    for y in (16, 19, 22):
        pen.rectangle((left + 2 * u, y * u, right - 2 * u, (y + 0.9) * u), fill=INK)
    pen.rectangle((left + 2 * u, 25 * u, left + 9 * u, 25.9 * u), fill=INK)
    return image.resize((SIZE, SIZE), Image.Resampling.LANCZOS)


def main() -> None:
    ICONS.mkdir(parents=True, exist_ok=True)
    icon = draw()
    icon.save(ICONS / "app.png", optimize=True)
    icon.save(ICONS / "app.ico", sizes=ICO_SIZES)
    for path in sorted(ICONS.iterdir()):
        print(f"{path.relative_to(ICONS.parent.parent)}: {path.stat().st_size} bytes")


if __name__ == "__main__":
    main()
