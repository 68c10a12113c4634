"""A range copied from Excel or LibreOffice Calc, read from what they put on the clipboard.

Both put the range there twice: as tab-separated text and as an HTML table. The HTML
keeps merged cells (colspan, rowspan); the text does not, so the HTML is preferred when
present. Cell text is kept exactly as the spreadsheet showed it (`1.025`, `103,9%`):
a report prints the figures the clerk saw, never a re-formatted number.
"""

from __future__ import annotations

import copy
import re
from html.parser import HTMLParser

from ..errors import ReportError
from ..model import Cell, Column, Run, Table
from ..text import nfc
from . import tablegrid, tablelimits

Grid = list[list[Cell | None]]
_SPACES = re.compile(r"[ \t\r\n\f]+")  # HTML white space; a no-break space is text


class PasteError(ReportError):
    """The range cannot go where the clerk asked; the message says why, in Vietnamese."""


def _cell(text: str) -> Cell:
    text = nfc(text.replace("\r\n", "\n").replace("\r", "\n").replace("\xa0", " "))
    return Cell(runs=[Run(text)] if text else [])


# ----------------------------------------------------------------------------- text
def parse_tsv(text: str) -> Grid:
    """Rows of tab-separated cells; a cell in double quotes may hold tabs, newlines and `""`."""
    if not text.strip("\r\n"):
        return []
    rows: list[list[str]] = [[]]
    field: list[str] = []
    index, quoted_start = 0, True
    while index < len(text):
        char = text[index]
        if quoted_start and char == '"':
            end = _closing_quote(text, index + 1)
            if end is not None:
                field.append(text[index + 1 : end].replace('""', '"'))
                index, quoted_start = end + 1, False
                continue
        quoted_start = False
        if char == "\t":
            rows[-1].append("".join(field))
            field, quoted_start = [], True
        elif char in "\r\n":
            if char == "\r" and text[index + 1 : index + 2] == "\n":
                index += 1
            rows[-1].append("".join(field))
            rows.append([])
            field, quoted_start = [], True
        else:
            field.append(char)
        index += 1
    if field or rows[-1]:
        rows[-1].append("".join(field))
    if rows and not rows[-1]:
        rows.pop()  # the line end after the last row
    return _rectangle([[_cell(value) for value in row] for row in rows])


def _closing_quote(text: str, start: int) -> int | None:
    """Where a quoted field ends, if the quote is followed by a tab, a line end or the end."""
    index = start
    while True:
        index = text.find('"', index)
        if index < 0:
            return None
        if text[index + 1 : index + 2] == '"':
            index += 2
            continue
        return index if text[index + 1 : index + 2] in ("", "\t", "\r", "\n") else None


def _rectangle(rows: Grid) -> Grid:
    """Pad short rows with empty cells; an all-empty range is no range."""
    width = max((len(row) for row in rows), default=0)
    if width == 0:
        return []
    return [row + [Cell() for _ in range(width - len(row))] for row in rows]


# ----------------------------------------------------------------------------- HTML
class _TableReader(HTMLParser):
    """The first table's cells with their spans; styles, scripts and comments ignored."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[list[tuple[str, int, int]]] = []
        self._text: list[str] | None = None
        self._spans = (1, 1)
        self._skip = 0
        self._depth = 0  # nested tables are read as text of their cell
        self._done = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("style", "script", "head", "title"):
            self._skip += 1
        elif self._done or self._skip:
            return
        elif tag == "table":
            self._depth += 1
        elif self._depth != 1:
            return
        elif tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            values = dict(attrs)
            self._spans = (_span(values.get("colspan")), _span(values.get("rowspan")))
            self._text = []
            if not self.rows:
                self.rows.append([])
        elif tag == "br" and self._text is not None:
            self._text.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br" and self._text is not None and not self._skip:
            self._text.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "script", "head", "title"):
            self._skip = max(0, self._skip - 1)
        elif tag == "table" and self._depth:
            self._depth -= 1
            if self._depth == 0:
                self._end_cell()
                self._done = True
        elif tag in ("td", "th") and self._depth == 1:
            self._end_cell()

    def handle_data(self, data: str) -> None:
        if self._text is not None and not self._skip:
            self._text.append(_SPACES.sub(" ", data))

    def _end_cell(self) -> None:
        if self._text is None:
            return
        lines = "".join(self._text).split("\n")
        text = "\n".join(line.strip(" ") for line in lines).strip("\n")
        colspan, rowspan = self._spans
        self.rows[-1].append((text, colspan, rowspan))
        self._text = None


def _span(value: str | None) -> int:
    try:
        return max(1, min(int(value or "1"), tablelimits.MAX_COLUMNS))
    except ValueError:
        return 1


def parse_html(html: str) -> Grid:
    """The grid of the first <table> in the HTML, spans laid out with None where they cover."""
    reader = _TableReader()
    reader.feed(html)
    reader.close()
    return _lay_out(reader.rows)


def _lay_out(rows: list[list[tuple[str, int, int]]]) -> Grid:
    placed: dict[tuple[int, int], Cell | None] = {}
    for r, row in enumerate(rows):
        c = 0
        for text, colspan, rowspan in row:
            while (r, c) in placed:
                c += 1
            rowspan = min(rowspan, len(rows) - r)  # a span past the last row stops there
            cell = _cell(text)
            cell.colspan, cell.rowspan = colspan, rowspan
            for rr in range(r, r + rowspan):
                for cc in range(c, c + colspan):
                    placed.setdefault((rr, cc), None)
            placed[(r, c)] = cell
            c += colspan
    if not placed:
        return []
    height = max(r for r, _ in placed) + 1
    width = max(c for _, c in placed) + 1
    grid: Grid = [[placed.get((r, c), Cell()) for c in range(width)] for r in range(height)]
    if tablegrid.problems(grid, width):  # spans that overlap in odd HTML: keep the text only
        grid = [[cell or Cell() for cell in grid_row] for grid_row in grid]
        for grid_row in grid:
            for single in grid_row:
                if single is not None:
                    single.colspan = single.rowspan = 1
    return grid if any(cell is not None and cell.runs for row in grid for cell in row) else []


def parse_clipboard(text: str, html: str = "") -> Grid:
    """The copied range: from the HTML table when there is one, else from the text."""
    if html and "<table" in html.lower():
        grid = parse_html(html)
        if grid:
            return grid
    return parse_tsv(text)


# ----------------------------------------------------------------------------- placing
def new_table(grid: Grid, header_rows: int = 1) -> Table:
    """A table holding the pasted range, every column of equal width."""
    if not grid:
        raise PasteError("Bộ nhớ tạm không có vùng ô nào để dán.")
    tablelimits.check_size(len(grid), len(grid[0]))
    return Table(
        columns=[Column() for _ in grid[0]],
        rows=copy.deepcopy(grid),
        header_rows=min(header_rows, len(grid)),
    )


def paste_into(table: Table, grid: Grid, row: int, column: int) -> Table:
    """A copy of the table with the range pasted with its top-left cell at (row, column).

    The table grows rows and columns as needed. A merged cell that the range would cut
    in two is refused; one the range covers whole is replaced.
    """
    if not grid:
        raise PasteError("Bộ nhớ tạm không có vùng ô nào để dán.")
    height, width = len(grid), len(grid[0])
    out = copy.deepcopy(table)
    tablelimits.check_size(max(len(out.rows), row + height), max(len(out.columns), column + width))
    _grow(out, row + height, column + width)
    _refuse_cut(out, row, column, row + height, column + width)
    for r, grid_row in enumerate(grid):
        for c, cell in enumerate(grid_row):
            out.rows[row + r][column + c] = copy.deepcopy(cell)
    return out


def _grow(table: Table, rows: int, columns: int) -> None:
    while len(table.columns) < columns:
        table.columns.append(Column())
    for grid_row in table.rows:
        grid_row.extend(Cell() for _ in range(columns - len(grid_row)))
    while len(table.rows) < rows:
        table.rows.append([Cell() for _ in table.columns])


def _refuse_cut(table: Table, top: int, left: int, bottom: int, right: int) -> None:
    for r, grid_row in enumerate(table.rows):
        for c, cell in enumerate(grid_row):
            if cell is None or (cell.colspan == 1 and cell.rowspan == 1):
                continue
            inside_rows = top <= r and r + cell.rowspan <= bottom
            inside_columns = left <= c and c + cell.colspan <= right
            overlaps = (
                r < bottom and r + cell.rowspan > top and c < right and c + cell.colspan > left
            )
            if overlaps and not (inside_rows and inside_columns):
                raise PasteError(
                    f"Vùng dán cắt ngang ô gộp ở hàng {r + 1}, cột {c + 1}. "
                    "Hãy tách ô đó trước, hoặc chọn ô khác để dán."
                )
