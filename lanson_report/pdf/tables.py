"""Ruled tables: a full grid of thin lines across the text width, as reports print them.

Header rows repeat at the top of every page the table continues on; rows split between
pages and a row taller than a page splits inside. Every cell is a Paragraph in the
bundled font, so text wraps inside its cell and a word wider than its cell is cut.
"""

from __future__ import annotations

from functools import cache

from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, Paragraph
from reportlab.platypus import Table as RLTable

from ..model import Run, Table
from ..tablecells import (
    CELL_LINE_SPACING,
    CELL_PADDING,
    NOTE_SIZE,
    RULE_WIDTH,
    column_widths,
    header_count,
    printed_cells,
)
from .body import markup, runs_markup
from .fonts import BOLD, ITALIC, REGULAR
from .layout import PARAGRAPH_SPACE, SIZE_BODY

ALIGNMENTS = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}
VERTICAL_PADDING = 2.0  # pt above and below the text of a cell
KEEP_BODY_ROWS = 2  # the caption never ends a page: it keeps the header and two rows with it
SPACE_AROUND = 6.0  # pt before the caption and after the table or its note

CAPTION = ParagraphStyle(
    "table-caption",
    fontName=BOLD,
    fontSize=SIZE_BODY,
    leading=SIZE_BODY * CELL_LINE_SPACING,
    alignment=TA_CENTER,
    spaceBefore=SPACE_AROUND,
    spaceAfter=2,
)
NOTE = ParagraphStyle(
    "table-note",
    fontName=REGULAR,  # the runs are made italic, keeping a run's bold
    fontSize=NOTE_SIZE,
    leading=NOTE_SIZE * CELL_LINE_SPACING,
    alignment=TA_LEFT,
    spaceBefore=3,
    spaceAfter=PARAGRAPH_SPACE,
)


@cache
def cell_style(size: int, align: str) -> ParagraphStyle:
    return ParagraphStyle(
        f"table-cell-{size}-{align}",
        fontName=REGULAR,
        fontSize=size,
        leading=size * CELL_LINE_SPACING,
        alignment=ALIGNMENTS[align],
        splitLongWords=1,  # a word wider than its cell is cut, never printed past the rule
    )


@cache
def unit_style(size: int) -> ParagraphStyle:
    return ParagraphStyle(
        f"table-unit-{size}",
        fontName=ITALIC,
        fontSize=size,
        leading=size * CELL_LINE_SPACING,
        alignment=TA_RIGHT,
        spaceAfter=2,
    )


def grid(table: Table, width: float) -> RLTable:
    """The ruled grid alone, filling `width` by the columns' relative widths."""
    data: list[list[Paragraph | str]] = [["" for _ in table.columns] for _ in table.rows]
    commands: list[tuple[object, ...]] = [
        ("GRID", (0, 0), (-1, -1), RULE_WIDTH, "black"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), VERTICAL_PADDING),
        ("BOTTOMPADDING", (0, 0), (-1, -1), VERTICAL_PADDING),
        ("FONT", (0, 0), (-1, -1), REGULAR, table.size),  # also for empty cells
    ]
    for cell in printed_cells(table):
        data[cell.row][cell.column] = Paragraph(
            runs_markup(list(cell.runs)), cell_style(table.size, cell.align)
        )
        if cell.rowspan > 1 or cell.colspan > 1:
            end = (cell.column + cell.colspan - 1, cell.row + cell.rowspan - 1)
            commands.append(("SPAN", (cell.column, cell.row), end))
    return RLTable(
        data,
        colWidths=column_widths(table, width),
        style=commands,
        repeatRows=header_count(table),
        splitByRow=1,
        splitInRow=2 * table.size,  # a row split inside keeps at least a line on each page
        hAlign="LEFT",
    )


def _kept_height(table: Table, rl_table: RLTable, width: float, captions: list[Flowable]) -> float:
    """Height of the caption lines, the header and the first body rows, to start a page with."""
    rl_table.wrap(width, 1e9)
    rows = header_count(table) + KEEP_BODY_ROWS
    height = sum(rl_table._rowHeights[:rows])
    for flowable in captions:
        height += (
            flowable.wrap(width, 1e9)[1] + flowable.getSpaceBefore() + flowable.getSpaceAfter()
        )
    return float(height)


def table_flowables(table: Table, width: float) -> list[Flowable]:
    """Caption and unit above, the grid, the note below; the caption never ends a page."""
    captions: list[Flowable] = []
    if table.caption.strip():
        captions.append(Paragraph(markup(table.caption.strip()), CAPTION))
    if table.unit.strip():
        captions.append(Paragraph(markup(table.unit.strip()), unit_style(table.size)))
    rl_table = grid(table, width)
    story: list[Flowable] = [CondPageBreak(_kept_height(table, rl_table, width, captions))]
    story += captions
    story.append(rl_table)
    if any(run.text.strip() for run in table.note):
        story.append(Paragraph(runs_markup(_italic(table.note)), NOTE))
    else:
        story[-1].spaceAfter = SPACE_AROUND
    return story


def _italic(runs: list[Run]) -> list[Run]:
    return list(Run(run.text, run.bold, True, run.underline) for run in runs)
