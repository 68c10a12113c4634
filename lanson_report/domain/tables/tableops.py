"""Editing a table's grid: insert, remove and move rows and columns, merge and split cells.

Each operation returns a new Table and leaves the one it was given alone, and each keeps
the grid valid (tablegrid.problems() stays empty): a span grows when a row is inserted
inside it and shrinks when one of its rows is removed. Column operations are the row
operations on the transposed grid, so the span rules are written once.
"""

from __future__ import annotations

import copy

from ..model import Cell, Column, Run, Table
from . import figureedit, tablegrid, tablelimits
from .tablepaste import Grid, PasteError


class GridError(PasteError):
    """The operation would break a merged cell; the message says what to do instead."""


# ----------------------------------------------------------------------------- transposing
def _transposed(grid: Grid, width: int) -> Grid:
    out: Grid = [[None] * len(grid) for _ in range(width)]
    for r, row in enumerate(grid):
        for c, cell in enumerate(row):
            if cell is not None:
                cell.colspan, cell.rowspan = cell.rowspan, cell.colspan
            out[c][r] = cell
    return out


# ----------------------------------------------------------------------------- rows of a grid
def _insert(grid: Grid, width: int, at: int) -> None:
    new_row: list[Cell | None] = []
    for c in range(width):
        if 0 < at < len(grid) and grid[at][c] is None:
            r0, c0 = _owner(grid, at, c)
            if r0 < at:  # a span from above runs through the new row
                if c0 == c:
                    owner = grid[r0][c0]
                    assert owner is not None
                    owner.rowspan += 1
                new_row.append(None)
                continue
        new_row.append(Cell())
    grid.insert(at, new_row)


def _remove(grid: Grid, width: int, at: int) -> None:
    owners = [_owner(grid, at, c) for c in range(width)]  # before any span changes
    for c, (r0, c0) in enumerate(owners):
        cell = grid[r0][c0]
        assert cell is not None
        if r0 < at and c0 == c:
            cell.rowspan -= 1
        elif (r0, c0) == (at, c) and cell.rowspan > 1:  # the rest of it moves down a row
            cell.rowspan -= 1
            grid[at + 1][c] = cell
    del grid[at]


def _move(grid: Grid, width: int, at: int, step: int) -> None:
    other = at + step
    if not 0 <= other < len(grid):
        raise GridError("Không còn hàng nào để đổi chỗ theo hướng đó.")
    if _touches_span(grid, width, at) or _touches_span(grid, width, other):
        raise GridError(
            "Hàng này có ô gộp theo chiều dọc với hàng bên cạnh. Hãy tách ô trước khi chuyển hàng."
        )
    grid[at], grid[other] = grid[other], grid[at]


def _owner(grid: Grid, row: int, column: int) -> tuple[int, int]:
    table = Table(columns=[Column()] * len(grid[0]), rows=grid)
    return tablegrid.owner(table, row, column)


def _spans_across(grid: Grid, width: int, upper: int) -> bool:
    """Whether a cell spans from row `upper` into row `upper + 1`."""
    return any(
        grid[upper + 1][c] is None and _owner(grid, upper + 1, c)[0] <= upper for c in range(width)
    )


def _touches_span(grid: Grid, width: int, row: int) -> bool:
    return (row > 0 and _spans_across(grid, width, row - 1)) or (
        row + 1 < len(grid) and _spans_across(grid, width, row)
    )


# ----------------------------------------------------------------------------- rows
def insert_row(table: Table, at: int) -> Table:
    """A new empty row before row `at` (at == len(rows) appends)."""
    tablelimits.check_size(len(table.rows) + 1, len(table.columns))
    out = copy.deepcopy(table)
    _insert(out.rows, len(out.columns), at)
    if at < out.header_rows:
        out.header_rows += 1
    figureedit.remap(out, "row", figureedit.inserted(at))
    return out


def remove_row(table: Table, at: int) -> Table:
    if len(table.rows) == 1:
        raise GridError("Bảng cần ít nhất một hàng.")
    out = copy.deepcopy(table)
    _remove(out.rows, len(out.columns), at)
    if at < out.header_rows:
        out.header_rows -= 1
    figureedit.remap(out, "row", figureedit.removed(at))
    return out


def move_row(table: Table, at: int, step: int) -> Table:
    """Swap row `at` with the one above (step -1) or below (+1)."""
    out = copy.deepcopy(table)
    _move(out.rows, len(out.columns), at, step)
    figureedit.remap(out, "row", figureedit.swapped(at, at + step))
    return out


# ----------------------------------------------------------------------------- columns
def _on_columns(table: Table, operation: str, at: int, *args: int) -> Table:
    """The row operation applied to the transposed grid, then turned back."""
    out = copy.deepcopy(table)
    flipped = _transposed(out.rows, len(out.columns))
    if operation == "insert":
        _insert(flipped, len(out.rows), at)
    elif operation == "remove":
        _remove(flipped, len(out.rows), at)
    else:
        _move(flipped, len(out.rows), at, *args)
    out.rows = _transposed(flipped, len(out.rows))
    return out


def insert_column(table: Table, at: int, width: float = 1.0) -> Table:
    tablelimits.check_size(len(table.rows), len(table.columns) + 1)
    out = _on_columns(table, "insert", at)
    out.columns.insert(at, Column(width=width))
    figureedit.remap(out, "column", figureedit.inserted(at))
    return out


def remove_column(table: Table, at: int) -> Table:
    if len(table.columns) == 1:
        raise GridError("Bảng cần ít nhất một cột.")
    out = _on_columns(table, "remove", at)
    del out.columns[at]
    figureedit.remap(out, "column", figureedit.removed(at))
    return out


def move_column(table: Table, at: int, step: int) -> Table:
    if not 0 <= at + step < len(table.columns):
        raise GridError("Không còn cột nào để đổi chỗ theo hướng đó.")
    try:
        out = _on_columns(table, "move", at, step)
    except GridError:
        raise GridError(
            "Cột này có ô gộp theo chiều ngang với cột bên cạnh. Hãy tách ô trước khi chuyển cột."
        ) from None
    out.columns[at], out.columns[at + step] = out.columns[at + step], out.columns[at]
    figureedit.remap(out, "column", figureedit.swapped(at, at + step))
    return out


# ----------------------------------------------------------------------------- merge and split
def merge(table: Table, top: int, left: int, bottom: int, right: int) -> Table:
    """One cell over rows top..bottom and columns left..right (inclusive); texts joined by lines.

    Refused when the rectangle cuts a merged cell in two.
    """
    out = copy.deepcopy(table)
    texts: list[list[Run]] = []
    for r in range(top, bottom + 1):
        for c in range(left, right + 1):
            r0, c0 = tablegrid.owner(out, r, c)
            cell = out.rows[r0][c0]
            assert cell is not None
            if not (top <= r0 and r0 + cell.rowspan - 1 <= bottom) or not (
                left <= c0 and c0 + cell.colspan - 1 <= right
            ):
                raise GridError(
                    f"Vùng chọn cắt ngang ô gộp ở hàng {r0 + 1}, cột {c0 + 1}. "
                    "Hãy chọn cả ô gộp đó, hoặc tách nó trước."
                )
            if (r0, c0) == (r, c) and cell.text.strip():
                texts.append(cell.runs)
    merged = Cell(runs=_joined(texts), colspan=right - left + 1, rowspan=bottom - top + 1)
    corner = out.rows[top][left]
    merged.align = corner.align if corner is not None else None
    for r in range(top, bottom + 1):
        for c in range(left, right + 1):
            out.rows[r][c] = None
    out.rows[top][left] = merged
    return out


def _joined(texts: list[list[Run]]) -> list[Run]:
    runs: list[Run] = []
    for index, part in enumerate(texts):
        if index:
            runs.append(Run("\n"))
        runs.extend(copy.deepcopy(part))
    return runs


def split(table: Table, row: int, column: int) -> Table:
    """The merged cell shown at (row, column) back to single cells; its text stays top-left."""
    out = copy.deepcopy(table)
    r0, c0 = tablegrid.owner(out, row, column)
    cell = out.rows[r0][c0]
    assert cell is not None
    for r in range(r0, r0 + cell.rowspan):
        for c in range(c0, c0 + cell.colspan):
            if (r, c) != (r0, c0):
                out.rows[r][c] = Cell(align=cell.align)
    cell.colspan = cell.rowspan = 1
    return out
