"""Word tables into table blocks (format v2), with the caption, unit and note around them."""

from __future__ import annotations

from ..model import Align, Cell, Column, Run, Table
from ..text import fold
from .reader import CellItem, Item, Line, TableItem
from .runs import flatten


def _line(items: list[Item], index: int) -> Line | None:
    if 0 <= index < len(items):
        item = items[index]
        if isinstance(item, Line) and item.text:
            return item
    return None


def _is_table(items: list[Item], index: int) -> bool:
    return 0 <= index < len(items) and isinstance(items[index], TableItem)


def _unit(line: Line | None) -> bool:
    return line is not None and fold(line.text).startswith("don vi tinh")


def _caption(line: Line | None) -> bool:
    return line is not None and fold(line.text).startswith("bang ") and len(line.text) < 200


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
    folded = fold(line.text) if line else ""
    return _is_table(items, index - 1) and folded.startswith(("ghi chu", "nguon:"))


def table_block(table: TableItem, items: list[Item], index: int) -> Table:
    width = len(table.rows[0]) if table.rows else 1
    rows = [[_cell(cell) for cell in _padded(row, width)] for row in table.rows]
    block = Table(
        columns=_columns(table, width),
        rows=rows,
        header_rows=min(table.header_rows or 1, len(rows)),
    )
    above, above2 = _line(items, index - 1), _line(items, index - 2)
    if _unit(above) and above is not None:
        block.unit = above.text
        above = above2
    if _caption(above) and above is not None:
        block.caption = above.text
    note = _line(items, index + 1)
    if note is not None and is_note_of(items, index + 1):
        block.note = flatten(note.runs)
    return block


def _padded(row: list[CellItem | None], width: int) -> list[CellItem | None]:
    if len(row) < width:
        return row + [CellItem([])] * (width - len(row))
    return row[:width]


def _cell(cell: CellItem | None) -> Cell | None:
    if cell is None:
        return None
    runs: list[Run] = []
    for line in cell.lines:
        if runs and line.text:
            runs.append(Run(" "))
        runs += flatten(line.runs)
    align = _align(cell.lines)
    return Cell(flatten(runs), cell.colspan, cell.rowspan, align)


def _align(lines: list[Line]) -> Align | None:
    texts = [line for line in lines if line.text]
    return "center" if texts and all(line.centered for line in texts) else None


def _columns(table: TableItem, width: int) -> list[Column]:
    widths = table.widths if len(table.widths) == width else [1.0] * width
    smallest = min(widths) or 1.0
    return [Column(round(w / smallest, 2)) for w in widths]
