"""How big a table may grow: the same bounds for the editor, paste and the draft file.

The draft file reader (draftparts) checks them on load, so a table the editor could
not make is refused with its path; the editor and paste refuse to grow past them.
"""

from __future__ import annotations

from .. import limits
from ..errors import ReportError

# The draft-wide limits of the file reader (limits.py), so that what the editor makes
# always loads and what loads can be edited.
MAX_ROWS = limits.MAX_TABLE_ROWS  # a yearly statistics appendix has a few hundred rows
MAX_COLUMNS = limits.MAX_TABLE_COLUMNS  # more would not fit across even a landscape page
MAX_CELLS = limits.MAX_TABLE_CELLS  # rows × columns of one table
MAX_CELL_TEXT = limits.MAX_FIELD_CHARS  # characters in one cell: about five printed pages


class TableLimitError(ReportError):
    """A table would grow past the limits; the message says which, in Vietnamese."""


def size_problem(rows: int, columns: int) -> str:
    """Why a table of this size is refused, or "" when it is within the limits."""
    if rows > MAX_ROWS:
        return f"bảng có {rows} hàng, nhiều nhất {MAX_ROWS} hàng"
    if columns > MAX_COLUMNS:
        return f"bảng có {columns} cột, nhiều nhất {MAX_COLUMNS} cột"
    if rows * columns > MAX_CELLS:
        cells, most = (f"{n:,}".replace(",", ".") for n in (rows * columns, MAX_CELLS))
        return f"bảng có {cells} ô, nhiều nhất {most} ô"
    return ""


def check_size(rows: int, columns: int) -> None:
    problem = size_problem(rows, columns)
    if problem:
        raise TableLimitError(problem[0].upper() + problem[1:] + ".")


def text_problem(text: str) -> str:
    if len(text) > MAX_CELL_TEXT:
        return f"ô có {len(text)} ký tự, nhiều nhất {MAX_CELL_TEXT} ký tự"
    return ""
