"""Room for every number of a table on one line: `125.400` never prints as `125.4` / `00`.

A cell too narrow for a word cuts it (`splitLongWords`, and Word and LibreOffice do the
same); a word of text may wrap, a figure must not. Before a table is drawn, each column
holding numbers is made as wide as its widest number, the width taken from the wide text
columns (the "Chỉ tiêu" column) down to their longest word; when they cannot give enough,
the table's text shrinks a point at a time down to 11 pt, the smallest Decree 30 allows.
A table that still cannot hold its numbers is refused with its place, as a table too
narrow for a letter is: the clerk is told to move it to a landscape appendix.

The PDF and the DOCX both draw the table this returns, so they break lines alike.
"""

from __future__ import annotations

from dataclasses import replace

from ..domain.errors import ExportError
from ..domain.tables import numbers
from ..printed.layout import MM
from ..printed.tables import CELL_PADDING, PrintedCell, PrintedTable
from . import fonts

SMALLEST = 11  # pt: Decree 30's smallest size for a table's text
ROOM = 1.0  # pt beyond the text: Word and LibreOffice round widths to whole twips
TEXT_FLOOR = 20 * MM  # a text column gives width down to this (or its longest word)
LONGEST_FIGURE = 24  # characters: `-1.234.567.890.123,45 %` and a few to spare


def is_number(text: str) -> bool:
    """A figure to keep whole: a number (or "-") of a figure's length; a run of hundreds of
    digits is no figure and wraps as text would."""
    body = text.strip()
    return len(body) <= LONGEST_FIGURE and numbers.read(body).kind in ("number", "dash")


def _width(cell: PrintedCell, text: str, size: int) -> float:
    bold = any(run.bold for run in cell.runs)
    italic = any(run.italic for run in cell.runs)
    return fonts.width(text, fonts.face(bold, italic), size) + 2 * CELL_PADDING + ROOM


def _needs(table: PrintedTable, size: int) -> tuple[dict[int, float], dict[int, float]]:
    """What each column holding numbers needs for its widest one, and what every column
    needs for its longest word (a text column gives width down to that)."""
    numbered: dict[int, float] = {}
    words: dict[int, float] = {}
    for cell in table.cells:
        if cell.colspan != 1:
            continue
        longest = max((_width(cell, word, size) for word in cell.text.split()), default=0.0)
        words[cell.column] = max(words.get(cell.column, 0.0), longest)
        if not cell.header and is_number(cell.text):
            needed = _width(cell, cell.text.strip(), size)
            numbered[cell.column] = max(numbered.get(cell.column, 0.0), needed)
    return numbered, words


def _widths(table: PrintedTable, width: float, size: int) -> list[float] | None:
    """Column widths (pt) that hold every number on one line at this size, or None."""
    current = table.column_widths(width)
    numbered, words = _needs(table, size)
    short = {c: need - current[c] for c, need in numbered.items() if need > current[c]}
    if not short:
        return current
    floors = {
        c: max(words.get(c, 0.0), min(w, TEXT_FLOOR))
        for c, w in enumerate(current)
        if c not in numbered
    }
    slack = {c: current[c] - floor for c, floor in floors.items() if current[c] > floor}
    deficit, spare = sum(short.values()), sum(slack.values())
    if deficit > spare:
        return None
    out = list(current)
    for c, extra in short.items():
        out[c] += extra
    for c, give in slack.items():
        out[c] -= deficit * give / spare
    return out


def fitted(table: PrintedTable, width: float, source: str = "") -> PrintedTable:
    """The table with widths (and, if need be, a smaller size) that hold every number on
    one line; unchanged when it already does. ExportError when even 11 pt cannot."""
    for size in range(table.size, min(SMALLEST, table.size) - 1, -1):
        widths = _widths(table, width, size)
        if widths is None:
            continue
        if size == table.size and widths == table.column_widths(width):
            return table
        return replace(table, widths=tuple(widths), size=size)
    column, text = _widest(table, width)
    raise ExportError(
        f"{source}: cột {column + 1} của bảng không đủ rộng để in số “{text}” trên một dòng, "
        f"kể cả khi thu chữ trong bảng xuống {SMALLEST} pt; hãy bớt cột, đổi đơn vị tính "
        "cho số ngắn lại hoặc đưa bảng vào phụ lục khổ ngang"
    )


def _widest(table: PrintedTable, width: float) -> tuple[int, str]:
    """The number that overflows its column most at the smallest size, and its column."""
    current = table.column_widths(width)
    worst = max(
        (c for c in table.cells if c.colspan == 1 and not c.header and is_number(c.text)),
        key=lambda c: _width(c, c.text.strip(), SMALLEST) - current[c.column],
    )
    return worst.column, worst.text.strip()
