"""The explicit grid of a table: which cell covers which position, and what is wrong with it.

A table's rows hold one entry per column; a cell spanning several positions stands at its
top-left one and the positions it covers hold None. The file reader, the editor (merge and
split) and the renderers all rely on the same rules, so they live here once.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Cell, Column, Table


@dataclass(frozen=True)
class GridProblem:
    row: int
    column: int
    message: str  # Vietnamese, for the clerk; the caller adds the path


def problems(rows: list[list[Cell | None]], width: int) -> list[GridProblem]:
    """Everything wrong with a grid of `width` columns, first problem first."""
    found: list[GridProblem] = []
    covered: dict[tuple[int, int], tuple[int, int]] = {}
    for r, row in enumerate(rows):
        if len(row) != width:
            found.append(
                GridProblem(r, min(len(row), width), f"hàng có {len(row)} ô, cần đúng {width} ô")
            )
            continue
        for c, cell in enumerate(row):
            if cell is not None:
                found.extend(_span_problems(rows, width, r, c, cell, covered))
    for r, row in enumerate(rows):
        for c, cell in enumerate(row[:width]):
            if cell is None and (r, c) not in covered:
                found.append(
                    GridProblem(r, c, 'ô null không nằm trong ô gộp nào; ô trống hãy ghi ""')
                )
    return sorted(found, key=lambda p: (p.row, p.column))


def _span_problems(
    rows: list[list[Cell | None]],
    width: int,
    r: int,
    c: int,
    cell: Cell,
    covered: dict[tuple[int, int], tuple[int, int]],
) -> list[GridProblem]:
    if cell.colspan < 1 or cell.rowspan < 1:
        return [GridProblem(r, c, "colspan và rowspan phải từ 1 trở lên")]
    if c + cell.colspan > width:
        return [GridProblem(r, c, f"ô gộp {cell.colspan} cột vượt quá mép phải của bảng")]
    if r + cell.rowspan > len(rows):
        return [GridProblem(r, c, f"ô gộp {cell.rowspan} hàng vượt quá hàng cuối của bảng")]
    for rr in range(r, r + cell.rowspan):
        for cc in range(c, c + cell.colspan):
            if (rr, cc) == (r, c):
                continue
            target = rows[rr][cc] if cc < len(rows[rr]) else None
            if target is not None or (rr, cc) in covered:
                return [
                    GridProblem(
                        r,
                        c,
                        f"ô gộp đè lên ô khác ở hàng {rr + 1}, cột {cc + 1}; ô bị gộp phải là null",
                    )
                ]
    for rr in range(r, r + cell.rowspan):
        for cc in range(c, c + cell.colspan):
            if (rr, cc) != (r, c):
                covered[(rr, cc)] = (r, c)
    return []


def owner(table: Table, row: int, column: int) -> tuple[int, int]:
    """The top-left position of the cell that shows at (row, column)."""
    for r in range(row, -1, -1):
        for c in range(column, -1, -1):
            cell = table.rows[r][c]
            if cell is not None and r + cell.rowspan > row and c + cell.colspan > column:
                return r, c
    raise ValueError(f"no cell covers row {row}, column {column}")


def blank_table(rows: int, columns: int, header_rows: int = 1) -> Table:
    """A table of empty cells, every column of equal width."""
    return Table(
        columns=[Column() for _ in range(columns)],
        rows=[[Cell() for _ in range(columns)] for _ in range(rows)],
        header_rows=min(header_rows, rows),
    )
