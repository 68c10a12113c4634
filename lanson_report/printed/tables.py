"""A table as it prints, whatever the output: cells with their spans, alignment and weight.

The PDF and the DOCX both draw from this, so a header cell is bold and centred, and a
body cell takes its column's alignment unless it names its own, in one place.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..domain.model import Align, Run, Table
from ..domain.tables import figures
from . import styles as s
from .layout import MM
from .line import Line

RULE_WIDTH = 0.5  # pt: the thin lines of the grid
CELL_PADDING = 3.0  # pt between the grid lines and the text, left and right
CELL_VERTICAL_PADDING = 3.0  # pt above and below the text of a cell: clear of descenders


@dataclass(frozen=True)
class PrintedCell:
    row: int
    column: int
    rowspan: int
    colspan: int
    runs: tuple[Run, ...]
    align: Align
    header: bool  # bold and centred, repeated on every page the table continues on

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


@dataclass(frozen=True)
class PrintedTable:
    widths: tuple[float, ...]  # relative; the table fills the text width
    cells: tuple[PrintedCell, ...]  # row by row, each at its top-left position
    rows: int
    header_rows: int  # those that exist: never more than the rows
    size: int  # of the cells' text, pt
    caption: Line | None = None  # bold, centred, above
    unit: Line | None = None  # italic, at the right, above
    note: Line | None = None  # italic, 12 pt, below

    def column_widths(self, total: float) -> list[float]:
        whole = sum(self.widths)
        return [total * width / whole for width in self.widths]

    def grid(self) -> list[list[str]]:
        """Every position's text, "" where a span covers it: what a reader of the page sees."""
        texts = [["" for _ in self.widths] for _ in range(self.rows)]
        for cell in self.cells:
            texts[cell.row][cell.column] = cell.text
        return texts

    def too_narrow(self, width: float) -> str:
        """Why a column cannot hold a letter between its rules at this width ("" if all can);
        Vietnamese, for the clerk. Both outputs refuse such a table in the same words."""
        for index, column in enumerate(self.column_widths(width)):
            if column - 2 * CELL_PADDING < self.size:
                return (
                    f"cột {index + 1} của bảng chỉ rộng {column / MM:.1f} mm, không đủ chỗ in "
                    "một chữ; hãy bớt cột, nới rộng cột này hoặc đưa bảng vào phụ lục khổ ngang"
                )
        return ""

    def texts(self) -> list[str]:
        """Plain lines: caption, unit, one line per row with cells between tabs, note."""
        rows = ["\t".join(row) for row in self.grid()]
        above = [line.text for line in (self.caption, self.unit) if line is not None]
        below = [self.note.text] if self.note is not None else []
        return above + rows + below


def _cells(table: Table, headers: int) -> tuple[PrintedCell, ...]:
    cells = []
    figures_at = _figure_columns(table)
    totals = set(table.compute.total_rows) if table.compute else set()
    parts = set(table.compute.part_rows) if table.compute else set()
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row):
            if cell is None:
                continue
            header = r < headers
            align = (
                "center" if header else (cell.align or figures_at.get(c) or table.columns[c].align)
            )
            bold, italic = header or r in totals, r in parts
            runs = tuple(
                replace(run, bold=run.bold or bold, italic=run.italic or italic)  # footnote kept
                for run in cell.runs
            )
            cells.append(PrintedCell(r, c, cell.rowspan, cell.colspan, runs, align, header))
    return tuple(cells)


def _figure_columns(table: Table) -> dict[int, Align]:
    """A table that computes prints its figures flush right, as a column of sums reads;
    a "Tổng cộng" row prints bold and a "Trong đó" row italic. Other tables print as typed."""
    if table.compute is None:
        return {}
    return {column: "right" for column in figures.numeric_columns(table)}


def _line(style: s.Style, runs: tuple[Run, ...]) -> Line | None:
    return Line(style.name, runs) if "".join(run.text for run in runs).strip() else None


def printed_table(table: Table) -> PrintedTable:
    headers = max(0, min(table.header_rows, len(table.rows)))
    widths = tuple(column.width if column.width > 0 else 1.0 for column in table.columns)
    note = tuple(replace(run, italic=True) for run in table.note)
    return PrintedTable(
        widths=widths,
        cells=_cells(table, headers),
        rows=len(table.rows),
        header_rows=headers,
        size=table.size,
        caption=_line(s.TABLE_CAPTION, (Run(table.caption.strip()),)),
        unit=_line(s.TABLE_UNIT, (Run(table.unit.strip()),)),
        note=_line(s.TABLE_NOTE, note),
    )
