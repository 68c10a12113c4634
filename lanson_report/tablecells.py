"""A table as it prints, whatever the output: cells with their spans, alignment and weight.

The PDF and the DOCX both draw from this, so a header cell is bold and centred, and a
body cell takes its column's alignment unless it names its own, in one place.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import Align, Run, Table

RULE_WIDTH = 0.5  # pt: the thin lines of the grid
CELL_PADDING = 3.0  # pt between the grid lines and the text, each side
CELL_LINE_SPACING = 1.15  # × size: tables are set tighter than the body
NOTE_SIZE = 12  # the note under a table, italic


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


def header_count(table: Table) -> int:
    """Header rows that exist: a table shorter than its header count repeats all it has."""
    return max(0, min(table.header_rows, len(table.rows)))


def printed_cells(table: Table) -> list[PrintedCell]:
    """Every cell that shows, row by row, at its top-left position."""
    headers = header_count(table)
    cells = []
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row):
            if cell is None:
                continue
            header = r < headers
            align = "center" if header else (cell.align or table.columns[c].align)
            runs = tuple(
                Run(run.text, run.bold or header, run.italic, run.underline) for run in cell.runs
            )
            cells.append(PrintedCell(r, c, cell.rowspan, cell.colspan, runs, align, header))
    return cells


def column_widths(table: Table, total: float) -> list[float]:
    """The relative widths scaled to fill `total`; a zero or negative width counts as 1."""
    weights = [column.width if column.width > 0 else 1.0 for column in table.columns]
    whole = sum(weights)
    return [total * weight / whole for weight in weights]
