"""A printed page against the exported one, as rasters: white paper, the same ink in the same place.

Both PDFs are rasterised by PDFium (pypdfium2, which pdfplumber brings) at the same
resolution. A page is compared in horizontal bands: for each band, the shift of its ink
profile (ink per row) that best matches the exported page must be zero, so text that
drifts down the page, or a page shrunk to fit, shows as a shift in the lower bands.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from pathlib import Path

import pypdfium2
from PIL import Image, ImageChops

DPI = 150  # one pixel is 0.17 mm
BANDS = 8
MAX_SHIFT = 12  # pixels searched each way: 2 mm


@dataclass(frozen=True)
class PageMatch:
    white: float  # share of the printed page that is paper (lighter than 200 of 255)
    shifts: tuple[int, ...]  # per band: rows the printed ink sits below the exported ink
    ink_box: tuple[int, int, int, int] | None  # printed page's ink bounding box, pixels
    exported_box: tuple[int, int, int, int] | None
    correlation: float  # of the two pages' ink per row, at the best shift of each band


def rasters(path: Path, dpi: int = DPI) -> list[Image.Image]:
    document = pypdfium2.PdfDocument(str(path))
    try:
        return [
            page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L") for page in document
        ]
    finally:
        document.close()


def white_share(image: Image.Image) -> float:
    histogram = image.histogram()
    return sum(histogram[200:]) / (image.width * image.height)


def ink_rows(image: Image.Image) -> list[int]:
    column = image.resize((1, image.height), Image.Resampling.BOX)
    return [255 - value for value in column.tobytes()]


def ink_box(image: Image.Image) -> tuple[int, int, int, int] | None:
    box = ImageChops.invert(image).point(lambda v: 255 if v > 127 else 0).getbbox()
    return None if box is None else (box[0], box[1], box[2], box[3])


def best_shift(exported: list[int], printed: list[int], top: int, rows: int) -> tuple[int, float]:
    """How far below `exported[top:top+rows]` the same ink lies in `printed`, and how well."""
    wanted = exported[top : top + rows]
    if statistics.pstdev(wanted) == 0:
        return 0, 1.0  # a blank band: nothing to place
    found: list[tuple[float, int, int]] = []  # correlation, nearness, shift
    for shift in range(-MAX_SHIFT, MAX_SHIFT + 1):
        start = top + shift
        candidate = printed[start : start + rows]
        if start < 0 or len(candidate) != rows or statistics.pstdev(candidate) == 0:
            continue
        found.append((statistics.correlation(wanted, candidate), -abs(shift), shift))
    if not found:
        return MAX_SHIFT + 1, 0.0
    correlation, _, shift = max(found)
    return shift, correlation


def compare(exported: Image.Image, printed: Image.Image) -> PageMatch:
    a, b = ink_rows(exported), ink_rows(printed)
    height = min(len(a), len(b))
    rows = (height - 2 * MAX_SHIFT) // BANDS
    shifts, correlations = [], []
    for band in range(BANDS):
        shift, correlation = best_shift(a, b, MAX_SHIFT + band * rows, rows)
        shifts.append(shift)
        correlations.append(correlation)
    return PageMatch(
        white_share(printed), tuple(shifts), ink_box(printed), ink_box(exported), min(correlations)
    )


def compare_files(exported: Path, printed: Path) -> list[PageMatch]:
    exported_pages, printed_pages = rasters(exported), rasters(printed)
    assert len(printed_pages) == len(exported_pages), "as many sheets as the exported PDF"
    return [compare(a, b) for a, b in zip(exported_pages, printed_pages, strict=True)]


def assert_same_page(match: PageMatch) -> None:
    assert match.white > 0.8, f"white paper with the report on it: {match.white:.0%} white"
    # A pixel (0.17 mm) either way is the threshold of 1-bit ink against anti-aliased text.
    assert max(map(abs, match.shifts)) <= 1, f"text where the exported PDF has it: {match.shifts}"
    assert match.correlation > 0.9, f"the same ink: correlation {match.correlation:.3f}"
    assert match.ink_box is not None and match.exported_box is not None
    for printed_edge, exported_edge in zip(match.ink_box, match.exported_box, strict=True):
        assert abs(printed_edge - exported_edge) <= 1, (match.ink_box, match.exported_box)
