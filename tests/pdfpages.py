"""Page-level measures of a rendered report: margins, page numbers, tables on each page."""

from __future__ import annotations

from typing import Any

from pdfutil import MM, text_lines

# (left, right, top, bottom) in points, by orientation
PORTRAIT_MARGINS = (30 * MM, 15 * MM, 20 * MM, 20 * MM)
LANDSCAPE_MARGINS = (20 * MM, 20 * MM, 30 * MM, 20 * MM)
TOLERANCE = 1.0  # pt: a descender may reach a hair under the last line's box
RULE_TOLERANCE = 0.5  # pt: half a grid line may lie outside the frame edge


def margins(page: Any) -> tuple[float, float, float, float]:
    return PORTRAIT_MARGINS if page.width < page.height else LANDSCAPE_MARGINS


def page_number(page: Any) -> str:
    """The text in the top margin ("" when the page shows no number)."""
    top = margins(page)[2]
    return "".join(c["text"] for c in page.chars if c["bottom"] < top).strip()


def outside_margins(page: Any) -> list[str]:
    """Every character or rule that lies outside the text area, page numbers aside."""
    left, right, top, bottom = margins(page)
    found = []
    for char in page.chars:
        if char["bottom"] < top and char["text"].isdigit():
            continue  # the page number, in the top margin
        if (
            char["x0"] < left - TOLERANCE
            or char["x1"] > page.width - right + TOLERANCE
            or char["top"] < top - TOLERANCE
            or char["bottom"] > page.height - bottom + TOLERANCE
        ):
            found.append(f"{char['text']!r} at ({char['x0']:.1f}, {char['top']:.1f})")
    for edge in page.edges:
        if (
            edge["x0"] < left - RULE_TOLERANCE
            or edge["x1"] > page.width - right + RULE_TOLERANCE
            or edge["top"] < top - RULE_TOLERANCE
            or edge["bottom"] > page.height - bottom + RULE_TOLERANCE
        ):
            found.append(f"rule at ({edge['x0']:.1f}, {edge['top']:.1f})")
    return found


def tables(page: Any) -> list[list[list[str]]]:
    """The ruled tables pdfplumber finds on a page, cells' lines joined with spaces."""
    return [
        [[" ".join((cell or "").split()) for cell in row] for row in found]
        for found in page.extract_tables()
    ]


def line_starting(page: Any, start: str) -> Any:
    matches = [line for line in text_lines(page) if line.text.startswith(start)]
    assert matches, f"page {page.page_number}: no line starts with {start!r}"
    return matches[0]


def line_containing(page: Any, part: str) -> Any:
    matches = [line for line in text_lines(page) if part in line.text]
    assert matches, f"page {page.page_number}: no line contains {part!r}"
    return matches[0]
