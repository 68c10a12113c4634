"""Changing what a table computes: mark a row "Tổng cộng" or "Trong đó", compute a column
from others, and keep the rules on their rows and columns when the grid changes.

The clerk asks for it, so the cells concerned give way to the computation at once. An
ambiguous `1.234` is written the way the clerk says it was meant.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Literal

from ..model import Compute, ComputedColumn, ComputeOp, Run, Table
from .figures import ambiguous_cells, body_rows, numeric_columns, recompute

RowKind = Literal["item", "total", "part"]


def row_kind(table: Table, row: int) -> RowKind:
    if table.compute is not None and row in table.compute.total_rows:
        return "total"
    if table.compute is not None and row in table.compute.part_rows:
        return "part"
    return "item"


def set_row_kind(table: Table, row: int, kind: RowKind) -> None:
    """Mark a body row "Tổng cộng" (its figures become sums) or "Trong đó" (never added)."""
    compute = table.compute if table.compute is not None else Compute()
    compute.total_rows = [r for r in compute.total_rows if r != row]
    compute.part_rows = [r for r in compute.part_rows if r != row]
    if kind != "item" and row >= table.header_rows:
        getattr(compute, f"{kind}_rows").append(row)
        getattr(compute, f"{kind}_rows").sort()
    table.compute = None if _is_empty(compute) else compute
    if kind == "total":  # asked for sums: the row's figures give way to them
        for column in numeric_columns(table):
            _forget(table, row, column)
    recompute(table)


def set_column_rule(
    table: Table, column: int, op: ComputeOp | None, of: list[int], decimals: int | None = None
) -> None:
    """Compute a column from others (op None: typed again); its cells give way to the result."""
    compute = table.compute if table.compute is not None else Compute()
    compute.columns = [rule for rule in compute.columns if rule.column != column]
    if op is not None:
        compute.columns.append(ComputedColumn(column, op, list(of), decimals))
        compute.columns.sort(key=lambda rule: rule.column)
        if op != "previous":
            for row in body_rows(table):
                _forget(table, row, column)
    table.compute = None if _is_empty(compute) else compute
    recompute(table)


def _forget(table: Table, row: int, column: int) -> None:
    cell = table.rows[row][column]
    if cell is not None:
        cell.runs = []
        table.computed.pop((row, column), None)


def _is_empty(compute: Compute) -> bool:
    return not (compute.columns or compute.total_rows or compute.part_rows)


def remap(table: Table, axis: Literal["row", "column"], new: Callable[[int], int | None]) -> None:
    """Follow a row or column inserted, removed or moved: `new` maps old indices to new ones
    (None: removed). A rule that loses its column or an operand is dropped."""
    compute = table.compute
    if axis == "row":
        table.computed = {
            (row, c): text for (r, c), text in table.computed.items() if (row := new(r)) is not None
        }
    else:
        table.computed = {
            (r, column): text
            for (r, c), text in table.computed.items()
            if (column := new(c)) is not None
        }
    if compute is None:
        return
    if axis == "row":
        compute.total_rows = sorted(r for r in map(new, compute.total_rows) if r is not None)
        compute.part_rows = sorted(r for r in map(new, compute.part_rows) if r is not None)
    else:
        rules = []
        for rule in compute.columns:
            column, of = new(rule.column), [new(c) for c in rule.of]
            if column is not None and all(c is not None for c in of):
                rules.append(
                    ComputedColumn(column, rule.op, [c for c in of if c is not None], rule.decimals)
                )
        compute.columns = rules
    if _is_empty(compute):
        table.compute = None


def inserted(at: int) -> Callable[[int], int | None]:
    return lambda index: index + 1 if index >= at else index


def removed(at: int) -> Callable[[int], int | None]:
    return lambda index: None if index == at else index - 1 if index > at else index


def swapped(at: int, other: int) -> Callable[[int], int | None]:
    return lambda index: other if index == at else at if index == other else index


def settle_ambiguous(table: Table, row: int, column: int, thousands: bool) -> bool:
    """Write an ambiguous `1.234` the way the clerk meant it (see figures.ambiguous_cells):
    as thousands (`1.234,0`) or as a decimal (`1,234`); False when the cell is not one."""
    found = ambiguous_cells(table).get((row, column))
    cell = table.rows[row][column]
    if found is None or cell is None:
        return False
    _, decimal, grouped = found
    text = grouped if thousands else decimal
    cell.runs = [replace(cell.runs[0], text=text)] if cell.runs else [Run(text)]
    return True
