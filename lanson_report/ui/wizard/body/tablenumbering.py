"""The TT (số thứ tự) column of a table, renumbered when rows are added, removed or moved.

A column counts as automatic when its header is TT or STT and its numbered body cells read
1, 2, 3… in order, either straight through or starting again at 1 under each group row (a
Roman numeral or a capital letter: `I`, `II`, `A`). Group rows, "Trong đó" and total rows,
and any other text in the column (`a`, `-`) stay as the clerk wrote them. A column numbered
any other way (`1.1`, a gap, a number typed out of order) is the clerk's and is never
touched. Qt-free: the table editor calls it around its row operations.
"""

from __future__ import annotations

import copy
import re

from ....domain.model import Run, Table
from ....domain.tables import figures

GROUP = re.compile(r"^(?:[IVXLCDM]+|[A-ZĐ])[.)]?$")  # I, II., A, B): a group starts again
SET_APART = ("trong đó", "tổng", "cộng")  # rows of a total or a breakdown have no number


def _cell_text(table: Table, row: int, column: int) -> str | None:
    cell = table.rows[row][column]
    return None if cell is None else cell.text.strip()


def _set_apart(table: Table, row: int, column: int) -> bool:
    compute = table.compute
    if compute is not None and (row in compute.total_rows or row in compute.part_rows):
        return True
    label = figures.label_column(table)
    if label is None or label == column:
        return False
    return figures.row_label(table, row, label).lower().startswith(SET_APART)


def _wanted(table: Table, column: int, restart: bool) -> dict[int, str]:
    """The number each numbered row should carry, by row."""
    out: dict[int, str] = {}
    count = 0
    for row in figures.body_rows(table):
        text = _cell_text(table, row, column)
        if text is None:
            continue  # covered by a merged cell above
        if GROUP.match(text):
            count = 0 if restart else count
        elif text.isdigit() or (not text and not _set_apart(table, row, column)):
            count += 1
            out[row] = str(count)
    return out


def _matches(table: Table, column: int, restart: bool) -> bool:
    wanted = _wanted(table, column, restart)
    return bool(wanted) and all(_cell_text(table, r, column) == n for r, n in wanted.items())


def numbering(table: Table) -> tuple[int, bool] | None:
    """The automatic TT column and whether it starts again under groups; None when none."""
    for column in range(len(table.columns)):
        if not figures.is_ordinal(table, column):
            continue
        for restart in (True, False):
            if _matches(table, column, restart):
                return column, restart
        return None
    return None


def renumbered(before: Table, after: Table) -> Table:
    """`after` with its TT column numbered again, when `before` had an automatic one."""
    found = numbering(before)
    if found is None or found[0] >= len(after.columns) or not figures.is_ordinal(after, found[0]):
        return after
    column, restart = found
    out = copy.deepcopy(after)
    for row, number in _wanted(out, column, restart).items():
        cell = out.rows[row][column]
        if cell is not None and cell.text.strip() != number:
            cell.runs = [Run(number)]
    return out
