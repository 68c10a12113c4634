"""Ruled tables: a full grid of thin lines across the text width, as reports print them.

Header rows repeat at the top of every page the table continues on; rows split between
pages, and a row taller than a page is cut into pieces (tallrows.py). Every cell is a
Paragraph in the bundled font, so text wraps inside its cell and a word wider than its
cell is cut, never printed past the rule.
"""

from __future__ import annotations

from functools import cache

from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, Paragraph
from reportlab.platypus import Table as RLTable

from ..domain.errors import ExportError
from ..printed import Line, Part
from ..printed.styles import TABLE_CELL
from ..printed.tables import (
    CELL_PADDING,
    CELL_VERTICAL_PADDING,
    RULE_WIDTH,
    PrintedCell,
    PrintedTable,
)
from . import footnotes
from .body import flowable, runs_markup, style_of
from .fonts import REGULAR
from .numberfit import fitted
from .paragraphs import KeptLinesParagraph
from .tallrows import Grid, split_tall_rows

ALIGNMENTS = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}
KEEP_BODY_ROWS = 2  # the caption never ends a page: it keeps the header and two rows with it
KEPT_SHARE = 1 / 3  # ... unless those are taller than this share of a page
HEADER_SHARE = 1 / 2  # repeated header rows taller than this leave too little for the body
SPACE_AROUND = 6.0  # pt before the caption and after a table without a note


@cache
def cell_style(size: int, align: str) -> ParagraphStyle:
    return ParagraphStyle(
        f"table-cell-{size}-{align}",
        fontName=REGULAR,
        fontSize=size,
        leading=size * TABLE_CELL.line_spacing,
        alignment=ALIGNMENTS[align],
        splitLongWords=1,  # a word wider than its cell is cut, never printed past the rule
    )


def _paragraphs(
    table: PrintedTable, widths: list[float], rows: int | None = None
) -> tuple[Grid, list[list[float]]]:
    """Each shown cell of the first rows (all by default) as a Paragraph at its position,
    and the text width of every cell."""
    rows = table.rows if rows is None else rows
    data: Grid = [["" for _ in widths] for _ in range(rows)]
    inner = [[0.0 for _ in widths] for _ in range(rows)]
    for cell in table.cells:
        if cell.row >= rows:
            continue
        style = cell_style(table.size, cell.align)
        data[cell.row][cell.column] = KeptLinesParagraph(runs_markup(cell.runs), style)
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
        height += max(cells, default=0.0) + 2 * CELL_VERTICAL_PADDING
    return height


def _fixed_rows(table: PrintedTable) -> set[int]:
    """Header rows and rows a vertical span crosses: never cut into pieces."""
    fixed = set(range(table.header_rows))
    for cell in table.cells:
        if cell.rowspan > 1:
            fixed.update(range(cell.row, cell.row + cell.rowspan))
    return fixed


def _commands(table: PrintedTable, first: list[int], counts: list[int]) -> list[tuple[object, ...]]:
    commands: list[tuple[object, ...]] = [
        ("GRID", (0, 0), (-1, -1), RULE_WIDTH, "black"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), CELL_VERTICAL_PADDING),
        ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_VERTICAL_PADDING),
        ("FONT", (0, 0), (-1, -1), REGULAR, table.size),  # also for empty cells
    ]
    for r, count in enumerate(counts):
        if count > 1:  # a row cut into pieces reads on from the top of each
            commands.append(("VALIGN", (0, first[r]), (-1, first[r] + count - 1), "TOP"))
    for cell in table.cells:
        right = cell.column + cell.colspan - 1
        if cell.rowspan > 1:
            bottom = first[cell.row + cell.rowspan - 1]
            commands.append(("SPAN", (cell.column, first[cell.row]), (right, bottom)))
        elif cell.colspan > 1:
            for piece in range(first[cell.row], first[cell.row] + counts[cell.row]):
                commands.append(("SPAN", (cell.column, piece), (right, piece)))
    return commands


def grid(table: PrintedTable, width: float, page_height: float, source: str = "") -> RLTable:
    """The ruled grid alone, filling `width` by the columns' relative widths."""
    widths = table.column_widths(width)
    data, inner = _paragraphs(table, widths)
    headers = table.header_rows
    header = _rows_height(data, inner, range(headers))
    _refuse_tall_header(header, page_height, source)
    # the text of a piece, under the repeated header, inside its cell's padding
    room = page_height - header - 2 * CELL_VERTICAL_PADDING - 1
    data, first, counts = split_tall_rows(data, inner, room, _fixed_rows(table))
    # the text widths of the new rows: each piece of a row has the widths of the row
    inner = [inner[r] for r, count in enumerate(counts) for _ in range(count)]
    rl_table = RLTable(
        data,
        colWidths=widths,
        style=_commands(table, first, counts),
        repeatRows=headers,
        splitByRow=1,
        hAlign="LEFT",
    )
    kept = range(min(len(data), headers + KEEP_BODY_ROWS))
    rl_table.kept_height = _rows_height(data, inner, kept)
    return rl_table


def _paragraph(line: Line) -> Paragraph:
    return KeptLinesParagraph(runs_markup(line.runs), style_of(line.style))


def _refuse_tall_header(header: float, page_height: float, source: str) -> None:
    if header > page_height * HEADER_SHARE:
        raise ExportError(
            f"{source}: các hàng tiêu đề của bảng cao {header / page_height:.1f} trang, "
            "không lặp lại được ở đầu mỗi trang; hãy rút gọn tiêu đề hoặc bớt số hàng tiêu đề"
        )


def refuse_unprintable(table: PrintedTable, width: float, page_height: float, source: str) -> None:
    """ExportError naming the table's place when no page could print it: a column too narrow
    for a letter, header rows too tall to repeat. The DOCX export refuses the same tables."""
    problem = table.too_narrow(width)
    if problem:
        raise ExportError(f"{source}: {problem}")
    widths = table.column_widths(width)
    with footnotes.uncounted():  # measured here, built again in `grid`
        data, inner = _paragraphs(table, widths, table.header_rows)
        header = _rows_height(data, inner, range(table.header_rows))
        _refuse_tall_header(header, page_height, source)
        _refuse_tall_spans(table, widths, page_height - header, source)


def _cell_height(cell: PrintedCell, widths: list[float], size: int) -> float:
    text_width = sum(widths[cell.column : cell.column + cell.colspan]) - 2 * CELL_PADDING
    paragraph = Paragraph(runs_markup(cell.runs), cell_style(size, cell.align))
    return float(paragraph.wrap(text_width, 1e9)[1]) + 2 * CELL_VERTICAL_PADDING


def _refuse_tall_spans(table: PrintedTable, widths: list[float], room: float, source: str) -> None:
    """Rows joined by a vertical span are never cut (see _fixed_rows): refuse them, by the
    place of the spanning cell, when together they are taller than a page under the header."""
    spans = [c for c in table.cells if c.rowspan > 1 and c.row >= table.header_rows]
    if not spans:
        return
    rows = {r for span in spans for r in range(span.row, span.row + span.rowspan)}
    heights = dict.fromkeys(rows, 2 * CELL_VERTICAL_PADDING)
    for cell in table.cells:
        if cell.row in rows and cell.rowspan == 1:
            heights[cell.row] = max(heights[cell.row], _cell_height(cell, widths, table.size))
    for span in spans:
        together = sum(heights[r] for r in range(span.row, span.row + span.rowspan))
        if max(together, _cell_height(span, widths, table.size)) > room:
            raise ExportError(
                f"{source}.rows[{span.row}][{span.column}]: ô gộp {span.rowspan} hàng cùng các "
                "hàng đó cao hơn một trang, không in được; hãy bỏ gộp ô hoặc rút gọn nội dung"
            )


def table_flowables(
    table: PrintedTable, width: float, page_height: float, source: str = ""
) -> list[Flowable]:
    """Caption and unit above, the grid, the note below; the caption never ends a page.

    A table no page could print (a column too narrow for a letter, header rows taller
    than half a page) is refused with its place in the draft. Columns are widened first
    for their numbers to print on one line (numberfit.py)."""
    table = fitted(table, width, source)
    refuse_unprintable(table, width, page_height, source)
    captions = [_paragraph(line) for line in (table.caption, table.unit) if line is not None]
    if captions:
        captions[0].spaceBefore = SPACE_AROUND
    if not table.rows:  # a table still being drafted: its words print, no empty grid
        notes = [_paragraph(line) for line in (table.note,) if line is not None]
        return [*captions, *notes]
    rl_table = grid(table, width, page_height, source)
    kept = float(rl_table.kept_height) + sum(
        c.wrap(width, 1e9)[1] + c.getSpaceBefore() + c.getSpaceAfter() for c in captions
    )
    story: list[Flowable] = [CondPageBreak(min(kept, page_height * KEPT_SHARE)), *captions]
    story.append(rl_table)
    if table.note is not None:
        note = _paragraph(table.note)
        note.spaceBefore = 3
        story.append(note)
    else:
        rl_table.spaceAfter = SPACE_AROUND
    return story


def flowables(part: Part, width: float, page_height: float) -> list[Flowable]:
    """A body part in a frame of the given size: a table is several flowables, the rest one.

    Here rather than in body.py, which draws the rest: tables draws its cells with
    body's markup, so imports run one way (tables -> body)."""
    if part.table is not None:
        return table_flowables(part.table, width, page_height, part.source)
    return [flowable(part)]
