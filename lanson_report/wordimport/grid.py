"""A Word table read into an explicit grid, its sizes checked before anything grows.

`w:gridSpan` is a number the file chooses: "100000000" would have the grid allocate a
hundred million columns. Spans, columns and rows are checked against the limits of a
draft's table before a cell is placed; vertical merges are tracked per column, so a
long merged column costs one step per row.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from docx.oxml.ns import qn

from ..domain import limits
from .errors import Unreadable, whole_number
from .wrappers import children

_TR, _TC, _P = qn("w:tr"), qn("w:tc"), qn("w:p")
_VAL = qn("w:val")


def widths(tbl: Any) -> list[float]:
    """The grid columns' widths. Word lays a table out by its cells' widths (w:tcW) and
    saves the grid (w:tblGrid) to match; files written by other programs leave one of the
    two at equal columns, a default nobody chose. So: the cells' widths when they give
    every column and are not that default beside a grid that differs; else the grid's."""
    grid = _grid_widths(tbl)
    cells = _cell_widths(tbl, len(grid))
    if not cells or (_uniform(cells) and not _uniform(grid) and len(grid) == len(cells)):
        return grid
    return cells


def _uniform(widths: list[float]) -> bool:
    return bool(widths) and max(widths) - min(widths) <= 0.01 * max(widths)


def _grid_widths(tbl: Any) -> list[float]:
    grid = tbl.find(qn("w:tblGrid"))
    if grid is None:
        return []
    out: list[float] = []
    for col in grid.iterchildren(qn("w:gridCol")):
        if len(out) > limits.MAX_TABLE_COLUMNS:
            break  # more is refused by the cells, or ignored when no row uses them
        out.append(float(max(whole_number(col.get(qn("w:w")), 1), 1)))
    return out


_SCANNED_ROWS = 64  # rows looked at for cell widths: a table's columns show in its first rows


def _cell_widths(tbl: Any, columns: int) -> list[float]:
    """Each grid column's width from a cell of span 1 standing in it, in twips; [] unless
    every column has one."""
    found: dict[int, float] = {}
    for number, tr in enumerate(tr for tr in children(tbl, _TR) if not deleted(tr)):
        if number >= _SCANNED_ROWS:
            break
        column = _grid_before(tr)
        for tc in children(tr, _TC):
            span = _span(tc)
            width = _twips(tc)
            if span == 1 and width and column not in found:
                found[column] = width
            column += span
            if column > limits.MAX_TABLE_COLUMNS:
                return []
    count = max(columns, max(found, default=-1) + 1)
    if not found or len(found) < count:
        return []
    return [found[column] for column in range(count)]


def _twips(tc: Any) -> float:
    """A cell's preferred width in twips (`dxa`, the default unit); 0 for `auto`, `nil`
    and percentages, which say nothing of the column alone."""
    tc_pr = tc.find(qn("w:tcPr"))
    width = tc_pr.find(qn("w:tcW")) if tc_pr is not None else None
    if width is None or width.get(qn("w:type"), "dxa") != "dxa":
        return 0.0
    return float(max(whole_number(width.get(qn("w:w")), 0), 0))


def _grid_before(tr: Any) -> int:
    tr_pr = tr.find(qn("w:trPr"))
    before = tr_pr.find(qn("w:gridBefore")) if tr_pr is not None else None
    value = whole_number(before.get(_VAL), 0) if before is not None else 0
    return min(max(value, 0), limits.MAX_TABLE_COLUMNS)


def read_rows(
    tbl: Any, cell_lines: Callable[[Any], Any], make_cell: Callable[[Any], Any]
) -> tuple[list[list[Any]], int]:
    """The grid (None where a merged cell covers a position) and the header row count.

    cell_lines(tc) reads a cell's paragraphs; make_cell(lines) makes the cell item,
    whose `colspan` and `rowspan` are set here."""
    rows: list[list[Any]] = []
    header_rows = 0
    above: dict[int, Any] = {}  # column -> the cell a vertical merge continues
    for tr in children(tbl, _TR):
        if deleted(tr):
            continue  # a row deleted with Track Changes: gone, as Word shows it accepted
        if len(rows) >= limits.MAX_TABLE_ROWS:
            raise _refused(f"có hơn {limits.number(limits.MAX_TABLE_ROWS)} hàng")
        # Positions a row leaves empty before its first cell (`w:gridBefore`): empty cells,
        # so the row's cells stay under their own columns.
        row: list[Any] = [make_cell([]) for _ in range(_grid_before(tr))]
        for tc in children(tr, _TC):
            span = _span(tc)
            if len(row) + span > limits.MAX_TABLE_COLUMNS:
                where = f"hàng {limits.number(len(rows) + 1)} có hơn {limits.MAX_TABLE_COLUMNS} cột"
                raise _refused(where)
            column = len(row)
            if _continues(tc) and column in above:
                above[column].rowspan += 1
                row += [None] * span
                continue
            cell = make_cell(cell_lines(tc))
            cell.colspan = span
            above[column] = cell
            row += [cell] + [None] * (span - 1)
        rows.append(row)
        tr_pr = tr.find(qn("w:trPr"))
        if tr_pr is not None and tr_pr.find(qn("w:tblHeader")) is not None:
            header_rows = len(rows)
    return rows, header_rows


def deleted(tr: Any) -> bool:
    """A row marked deleted by Track Changes (`w:trPr/w:del`)."""
    tr_pr = tr.find(qn("w:trPr"))
    return tr_pr is not None and tr_pr.find(qn("w:del")) is not None


def _span(tc: Any) -> int:
    tc_pr = tc.find(qn("w:tcPr"))
    span = tc_pr.find(qn("w:gridSpan")) if tc_pr is not None else None
    return max(whole_number(span.get(_VAL), 1), 1) if span is not None else 1


def _continues(tc: Any) -> bool:
    tc_pr = tc.find(qn("w:tcPr"))
    merge = tc_pr.find(qn("w:vMerge")) if tc_pr is not None else None
    return merge is not None and merge.get(_VAL, "continue") == "continue"


def _refused(what: str) -> Unreadable:
    """Said after the place (`bảng thứ 2: `) by the reader."""
    return Unreadable(
        f"{what}; một bảng nhiều nhất "
        f"{limits.number(limits.MAX_TABLE_ROWS)} hàng và {limits.MAX_TABLE_COLUMNS} cột.",
        resave=False,
    )
