"""Rows taller than a page, cut into page-high pieces before ReportLab lays the table out.

ReportLab's own in-row splitting misplaces the repeated header rows and cannot split a
vertically centred row twice, so a row whose text cannot fit on one page is cut here
into several rows, each no taller than a page under the header, its cells set at the
top so the text reads on from one piece to the next. Rows are only measured when their
text could plausibly fill a page, which keeps ordinary tables as fast as before.
"""

from __future__ import annotations

from reportlab.platypus import Paragraph

from .fonts import width as text_width

Grid = list[list[Paragraph | str]]
MIN_PIECE = 0.3  # a row whose text, tightly packed, fills less than this of a page is not measured


def _could_be_tall(cell: Paragraph | str, inner_width: float, room: float) -> bool:
    if not isinstance(cell, Paragraph) or inner_width <= 0:
        return False
    style = cell.style
    packed = text_width(cell.getPlainText(), style.fontName, style.fontSize) / inner_width
    return bool(packed * style.leading > MIN_PIECE * room)


def _pieces(cell: Paragraph | str, inner_width: float, room: float) -> list[Paragraph | str]:
    """The cell's text cut into parts no taller than room (one part when it fits)."""
    if not isinstance(cell, Paragraph) or not _could_be_tall(cell, inner_width, room):
        return [cell]
    pieces: list[Paragraph | str] = []
    rest = cell
    while rest.wrap(inner_width, room)[1] > room:
        parts = rest.split(inner_width, room)
        if len(parts) < 2:
            break  # cannot be cut (a single line taller than the page): ReportLab will say so
        pieces.append(parts[0])
        rest = parts[1]
    return [*pieces, rest]


def split_tall_rows(
    data: Grid, inner_widths: list[list[float]], room: float, fixed_rows: set[int]
) -> tuple[Grid, list[int], list[int]]:
    """(new grid, first new row of each old row, number of pieces of each old row).

    inner_widths[r][c] is the text width of the cell at (r, c), its span included;
    fixed_rows (header rows, rows inside a vertical span) are never cut.
    """
    out: Grid = []
    first: list[int] = []
    counts: list[int] = []
    for r, row in enumerate(data):
        first.append(len(out))
        if r in fixed_rows:
            out.append(row)
            counts.append(1)
            continue
        columns = [_pieces(cell, inner_widths[r][c], room) for c, cell in enumerate(row)]
        count = max(len(parts) for parts in columns)
        for index in range(count):
            out.append([parts[index] if index < len(parts) else "" for parts in columns])
        counts.append(count)
    return out, first, counts
