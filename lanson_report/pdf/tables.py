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
from .tallrows import Grid, split_tall_rows

ALIGNMENTS = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}
VERTICAL_PADDING = 2.0  # pt above and below the text of a cell
KEPT_SHARE = 1 / 3
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


def _paragraphs(table: Table, widths: list[float]) -> tuple[Grid, list[list[float]]]:
    """Each shown cell as a Paragraph at its position, and the text width of every cell."""
    data: Grid = [["" for _ in table.columns] for _ in table.rows]
    inner = [[0.0 for _ in table.columns] for _ in table.rows]
    for cell in printed_cells(table):
        style = cell_style(table.size, cell.align)
        data[cell.row][cell.column] = Paragraph(runs_markup(list(cell.runs)), style)
        span = widths[cell.column : cell.column + cell.colspan]
        inner[cell.row][cell.column] = sum(span) - 2 * CELL_PADDING
    return data, inner


def _rows_height(data: Grid, inner: list[list[float]], rows: range) -> float:
    """The height of some rows, a spanning cell counted whole in its first row (never less)."""
    height = 0.0
    for r in rows:
        cells = [
            cell.wrap(inner[r][c], 1e9)[1]
            for c, cell in enumerate(data[r])
            if isinstance(cell, Paragraph)
        ]
        height += max(cells, default=0.0) + 2 * VERTICAL_PADDING
    return height


def _fixed_rows(table: Table) -> set[int]:
    """Header rows and rows a vertical span crosses: never cut into pieces."""
    fixed = set(range(header_count(table)))
    for cell in printed_cells(table):
        if cell.rowspan > 1:
            fixed.update(range(cell.row, cell.row + cell.rowspan))
    return fixed


def _commands(table: Table, first: list[int], counts: list[int]) -> list[tuple[object, ...]]:
    commands: list[tuple[object, ...]] = [
        ("GRID", (0, 0), (-1, -1), RULE_WIDTH, "black"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), VERTICAL_PADDING),
        ("BOTTOMPADDING", (0, 0), (-1, -1), VERTICAL_PADDING),
        ("FONT", (0, 0), (-1, -1), REGULAR, table.size),  # also for empty cells
    ]
    for r, count in enumerate(counts):
        if count > 1:  # a row cut into pieces reads on from the top of each
            commands.append(("VALIGN", (0, first[r]), (-1, first[r] + count - 1), "TOP"))
    for cell in printed_cells(table):
        right = cell.column + cell.colspan - 1
        if cell.rowspan > 1:
            bottom = first[cell.row + cell.rowspan - 1]
            commands.append(("SPAN", (cell.column, first[cell.row]), (right, bottom)))
        elif cell.colspan > 1:
            for piece in range(first[cell.row], first[cell.row] + counts[cell.row]):
                commands.append(("SPAN", (cell.column, piece), (right, piece)))
    return commands


def grid(table: Table, width: float, page_height: float) -> RLTable:
    """The ruled grid alone, filling `width` by the columns' relative widths."""
    widths = column_widths(table, width)
    data, inner = _paragraphs(table, widths)
    headers = header_count(table)
    room = page_height - _rows_height(data, inner, range(headers)) - 1
    data, first, counts = split_tall_rows(data, inner, room, _fixed_rows(table))
    rl_table = RLTable(
        data,
        colWidths=widths,
        style=_commands(table, first, counts),
        repeatRows=headers,
        splitByRow=1,
        hAlign="LEFT",
    )
    rl_table.kept_height = _rows_height(
        data, inner, range(min(len(data), headers + KEEP_BODY_ROWS))
    )
    return rl_table


def _kept_height(
    rl_table: RLTable, width: float, page_height: float, captions: list[Flowable]
) -> float:
    """Height of the caption lines, the header and the first body rows, to start a page with.

    Never more than a third of a page: very tall first rows then start where they stand.
    """
    height = float(rl_table.kept_height)
    for flowable in captions:
        height += (
            flowable.wrap(width, 1e9)[1] + flowable.getSpaceBefore() + flowable.getSpaceAfter()
        )
    return min(height, page_height * KEPT_SHARE)


def table_flowables(table: Table, width: float, page_height: float) -> list[Flowable]:
    """Caption and unit above, the grid, the note below; the caption never ends a page."""
    captions: list[Flowable] = []
    if table.caption.strip():
        captions.append(Paragraph(markup(table.caption.strip()), CAPTION))
    if table.unit.strip():
        captions.append(Paragraph(markup(table.unit.strip()), unit_style(table.size)))
    rl_table = grid(table, width, page_height)
    story: list[Flowable] = [CondPageBreak(_kept_height(rl_table, width, page_height, captions))]
    story += captions
    story.append(rl_table)
    if any(run.text.strip() for run in table.note):
        story.append(Paragraph(runs_markup(_italic(table.note)), NOTE))
    else:
        story[-1].spaceAfter = SPACE_AROUND
    return story


def _italic(runs: list[Run]) -> list[Run]:
    return list(Run(run.text, run.bold, True, run.underline) for run in runs)
