"""Grid operations keep every span whole and the grid valid."""

from __future__ import annotations

import contextlib
import itertools

import pytest

from lanson_report.domain.model import Cell, Column, Run, Table
from lanson_report.domain.tables import tablegrid, tableops
from lanson_report.domain.tables.tableops import GridError


def grid_table(rows: list[list[str | tuple[str, int, int] | None]], header: int = 1) -> Table:
    """Cells as text, (text, colspan, rowspan) or None."""

    def cell(value: str | tuple[str, int, int] | None) -> Cell | None:
        if value is None:
            return None
        if isinstance(value, str):
            return Cell([Run(value)] if value else [])
        return Cell([Run(value[0])], colspan=value[1], rowspan=value[2])

    width = len(rows[0])
    return Table([Column() for _ in range(width)], [[cell(v) for v in r] for r in rows], header)


def shape(table: Table) -> list[list[object]]:
    assert tablegrid.problems(table.rows, len(table.columns)) == []
    return [
        [
            None
            if c is None
            else (c.text if (c.colspan, c.rowspan) == (1, 1) else (c.text, c.colspan, c.rowspan))
            for c in row
        ]
        for row in table.rows
    ]


# TT (2 rows) | Số lượng (2 columns) ; then plan, done ; then data
SPANNED = [[("TT", 1, 2), ("Số lượng", 2, 1), None], [None, "KH", "TH"], ["1", "5", "6"]]


def test_insert_row_inside_a_span_grows_it() -> None:
    out = tableops.insert_row(grid_table(SPANNED, header=2), 1)
    assert shape(out) == [
        [("TT", 1, 3), ("Số lượng", 2, 1), None],
        [None, "", ""],
        [None, "KH", "TH"],
        ["1", "5", "6"],
    ]
    assert out.header_rows == 3


def test_insert_row_at_the_ends() -> None:
    table = grid_table(SPANNED)
    assert shape(tableops.insert_row(table, 0))[0] == ["", "", ""]
    assert shape(tableops.insert_row(table, 3))[3] == ["", "", ""]


def test_remove_row_shrinks_or_moves_a_span() -> None:
    table = grid_table(SPANNED, header=2)
    assert shape(tableops.remove_row(table, 1)) == [
        ["TT", ("Số lượng", 2, 1), None],
        ["1", "5", "6"],
    ]
    top_gone = tableops.remove_row(table, 0)
    assert shape(top_gone) == [["TT", "KH", "TH"], ["1", "5", "6"]]
    assert top_gone.header_rows == 1


def test_insert_and_remove_column_through_spans() -> None:
    table = grid_table(SPANNED)
    wider = tableops.insert_column(table, 2)
    assert shape(wider)[0] == [("TT", 1, 2), ("Số lượng", 3, 1), None, None]
    assert len(wider.columns) == 4
    narrower = tableops.remove_column(table, 1)
    assert shape(narrower) == [[("TT", 1, 2), "Số lượng"], [None, "TH"], ["1", "6"]]
    assert len(narrower.columns) == 2


def test_move_row_and_column() -> None:
    table = grid_table([["a", "b"], ["c", "d"], ["e", "f"]])
    assert shape(tableops.move_row(table, 2, -1)) == [["a", "b"], ["e", "f"], ["c", "d"]]
    table.columns[0].align = "right"
    moved = tableops.move_column(table, 0, 1)
    assert shape(moved) == [["b", "a"], ["d", "c"], ["f", "e"]]
    assert moved.columns[1].align == "right"
    with pytest.raises(GridError, match="Không còn hàng"):
        tableops.move_row(table, 0, -1)


def test_moving_through_a_span_is_refused() -> None:
    table = grid_table(SPANNED)
    with pytest.raises(GridError, match="ô gộp theo chiều dọc"):
        tableops.move_row(table, 2, -1)
    with pytest.raises(GridError, match="ô gộp theo chiều ngang"):
        tableops.move_column(table, 2, -1)
    tall = grid_table([[("TT", 1, 2), "a"], [None, "b"]])  # a span down a column moves with it
    assert shape(tableops.move_column(tall, 0, 1)) == [["a", ("TT", 1, 2)], ["b", None]]


def test_merge_joins_texts_and_split_gives_the_cells_back() -> None:
    table = grid_table([["a", "b", "c"], ["d", "", "f"]])
    merged = tableops.merge(table, 0, 0, 1, 1)
    assert shape(merged) == [[("a\nb\nd", 2, 2), None, "c"], [None, None, "f"]]
    back = tableops.split(merged, 1, 1)
    assert shape(back) == [["a\nb\nd", "", "c"], ["", "", "f"]]


def test_merge_that_cuts_a_merged_cell_is_refused() -> None:
    table = grid_table(SPANNED)
    with pytest.raises(GridError, match="hàng 1, cột 2"):
        tableops.merge(table, 0, 0, 1, 1)
    assert shape(tableops.merge(table, 0, 0, 1, 2))[0][0] == ("TT\nSố lượng\nKH\nTH", 3, 2)


def test_every_operation_at_every_place_keeps_the_grid_valid() -> None:
    table = grid_table(
        [
            [("A", 2, 2), None, "b", ("C", 1, 3)],
            [None, None, "d", None],
            ["e", ("F", 2, 1), None, None],
            ["g", "h", "i", "j"],
        ]
    )
    for at in range(5):
        shape(tableops.insert_row(table, at))
        shape(tableops.insert_column(table, at))
    for at in range(4):
        shape(tableops.remove_row(table, at))
        shape(tableops.remove_column(table, at))
        for step in (-1, 1):
            for move in (tableops.move_row, tableops.move_column):
                with contextlib.suppress(GridError):
                    shape(move(table, at, step))
    for r, c in itertools.product(range(4), range(4)):
        shape(tableops.split(table, r, c))
    assert shape(table)[0][0] == ("A", 2, 2)  # the original untouched by all of it
