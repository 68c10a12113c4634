"""Word tables into table blocks (format v2), with the caption, unit and note around them."""

from __future__ import annotations

from dataclasses import replace

from ..domain.model import Align, Cell, Column, Table
from ..domain.text import fold
from ..printed.styles import TABLE_CAPTION, TABLE_NOTE
from .reader import CellItem, Item, Line, TableItem
from .runs import flatten, lines


def _line(items: list[Item], index: int) -> Line | None:
    if 0 <= index < len(items):
        item = items[index]
        if isinstance(item, Line) and item.text:
            return item
    return None


def _is_table(items: list[Item], index: int) -> bool:
    return 0 <= index < len(items) and isinstance(items[index], TableItem)


def _unit(line: Line | None) -> bool:
    return line is not None and fold(line.text[:14]).startswith("don vi tinh")


# The styles the app's own Word files give a table's caption and note (printed/styles.py),
# and Word's own caption style: a caption need not begin "Bảng 1." (an outline's tables
# are named "Kết quả thực hiện các chỉ tiêu chủ yếu").
_CAPTION_STYLES = {TABLE_CAPTION.name, "Caption", "Chú thích ảnh"}
_NOTE_STYLES = {TABLE_NOTE.name}


def _caption(line: Line | None) -> bool:
    if line is None or len(line.text) >= 200 or not line.text:
        return False
    return line.style in _CAPTION_STYLES or fold(line.text[:8]).startswith("bang ")


def is_caption_of(items: list[Item], index: int) -> bool:
    """The line is the caption (`Bảng 1. …`) or unit line just above a table."""
    line = _line(items, index)
    if _unit(line):
        return _is_table(items, index + 1)
    if _caption(line):
        return _is_table(items, index + 1) or (
            _unit(_line(items, index + 1)) and _is_table(items, index + 2)
        )
    return False


def is_note_of(items: list[Item], index: int) -> bool:
    line = _line(items, index)
    folded = fold(line.text[:10]) if line else ""
    styled = line is not None and line.style in _NOTE_STYLES
    noted = folded.startswith(("ghi chu", "nguon:")) or styled
    return _is_table(items, index - 1) and noted


def table_block(table: TableItem, items: list[Item], index: int) -> Table:
    width = max(len(table.rows[0]) if table.rows else 1, 1)
    grid = [_padded(row, width) for row in table.rows]
    header_rows = min(table.header_rows or _looks_headed(grid), len(grid))
    columns = _columns(table, width, grid[header_rows:])
    rows = [
        [_cell(cell, columns[c].align if r >= header_rows else None) for c, cell in enumerate(row)]
        for r, row in enumerate(grid)
    ]
    for row in rows[:header_rows]:  # header rows print bold anyway
        for cell in row:
            for run in cell.runs if cell else []:
                run.bold = False
    block = Table(columns=columns, rows=rows, header_rows=header_rows, size=_table_size(table))
    above, above2 = _line(items, index - 1), _line(items, index - 2)
    if _unit(above) and above is not None:
        block.unit = above.text
        above = above2
    if _caption(above) and above is not None:
        block.caption = above.text
    note = _line(items, index + 1)
    if note is not None and is_note_of(items, index + 1):
        block.note = [replace(run, italic=False) for run in flatten(note.runs)]
    return block


def _looks_headed(grid: list[list[CellItem | None]]) -> int:
    """1 when Word marks no header row but the first row reads as one (every cell bold,
    or every cell centred, or a `TT`/`STT` first cell); 0 for a table of labels and
    values ("Tên nhiệm vụ | …" on its first row), which printing must not make a header."""
    if len(grid) < 2:
        return len(grid)
    lines = [line for cell in grid[0] if cell is not None for line in cell.lines if line.text]
    if not lines:
        return 1  # an empty first row: as before
    first = grid[0][0]
    numbered = first is not None and fold(" ".join(x.text for x in first.lines)) in NUMBER_HEADS
    if numbered or all(line.bold for line in lines) or all(line.centered for line in lines):
        return 1
    return 0


NUMBER_HEADS = ("tt", "stt", "so tt", "so thu tu")


def _padded(row: list[CellItem | None], width: int) -> list[CellItem | None]:
    if len(row) < width:
        return row + [CellItem([])] * (width - len(row))
    return row[:width]


def _cell(cell: CellItem | None, column_align: Align | None) -> Cell | None:
    """A cell's runs; its alignment only where it differs from its column's."""
    if cell is None:
        return None
    runs = lines([line.runs for line in cell.lines])
    align: Align | None = _align(cell.lines)
    if column_align is None or align == column_align:
        align = None
    return Cell(runs, cell.colspan, cell.rowspan, align)


def _align(lines: list[Line]) -> Align:
    aligns = {line.align for line in lines if line.text}
    align = aligns.pop() if len(aligns) == 1 else "left"
    return "center" if align == "center" else "right" if align == "right" else "left"


def _columns(table: TableItem, width: int, body: list[list[CellItem | None]]) -> list[Column]:
    widths = table.widths if len(table.widths) == width else [1.0] * width
    smallest = min(widths) or 1.0
    columns = [Column(round(w / smallest, 2)) for w in widths]
    for index, column in enumerate(columns):
        aligns = {_align(cell.lines) for cell in _column_cells(body, index)}
        if len(aligns) == 1:
            column.align = aligns.pop()
    return columns


def _column_cells(body: list[list[CellItem | None]], index: int) -> list[CellItem]:
    """The body cells of one column that hold text and span no other column."""
    cells = [row[index] for row in body]
    return [
        cell
        for cell in cells
        if cell is not None and cell.colspan == 1 and any(line.text for line in cell.lines)
    ]


def _table_size(table: TableItem) -> int:
    sizes = {line.size for _, cell in table.cells() for line in cell.lines if line.text}
    size = sizes.pop() if len(sizes) == 1 else None
    return int(size) if size is not None and size == int(size) and 11 <= size <= 14 else 13
