"""A table part as a real Word table: ruled grid, header rows repeated, merged cells.

Widths are fixed (the relative widths scaled to the text width), a row stays whole on its
page as in the PDF unless it is too tall for one (`w:cantSplit`), and the header rows are
marked `w:tblHeader` so Word and LibreOffice repeat them on every page the table continues
on.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from copy import deepcopy
from dataclasses import replace
from typing import Any

from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_PARAGRAPH_ALIGNMENT
from docx.oxml.ns import qn
from docx.shared import Twips
from docx.table import _Cell

from ..pdf import fonts
from ..pdf.numberfit import fitted
from ..pdf.tables import refuse_unprintable
from ..printed import Line, Part
from ..printed.layout import PAGES, TEXT_WIDTH
from ..printed.styles import TABLE_CELL
from ..printed.tables import (
    CELL_PADDING,
    CELL_VERTICAL_PADDING,
    RULE_WIDTH,
    PrintedCell,
    PrintedTable,
)
from . import footnotes
from .parts import BODY_PARTS as PARAGRAPH_PARTS
from .parts import add_paragraph
from .xml import TABLE_PROPERTIES, element, mark_format, run_format, twips

CELL_ALIGN = {
    "left": WD_PARAGRAPH_ALIGNMENT.LEFT,
    "center": WD_PARAGRAPH_ALIGNMENT.CENTER,
    "right": WD_PARAGRAPH_ALIGNMENT.RIGHT,
}
TEXT_HEIGHT = PAGES["portrait"].text_height  # of a body page
SIDES = ("top", "left", "bottom", "right", "insideH", "insideV")
SPACE_BEFORE_CAPTION = 6.0  # pt, as in the PDF
SPACE_BETWEEN = 6.0  # pt between two tables with nothing between them, as in the PDF


def _insert(tbl_pr: Any, child: Any) -> None:
    """Put a table property where the schema wants it, replacing one already there."""
    tag = child.tag
    for old in tbl_pr.findall(tag):
        tbl_pr.remove(old)
    name = "w:" + tag.rsplit("}", 1)[-1]
    later = TABLE_PROPERTIES[TABLE_PROPERTIES.index(name) + 1 :]
    tbl_pr.insert_element_before(child, *later)


def grid_twips(table: PrintedTable, width: float) -> list[int]:
    """Column widths in whole twips, each a multiple of the narrowest as in the draft.

    Rounding each column on its own turns 1 : 8 into 633 : 5068 (1 : 8.006), which a
    reader of the file takes back as 8.01; scaling the rounded-down narrowest column
    keeps the ratios, at the cost of at most a point less than the full width."""
    narrowest = min(table.widths)
    unit = math.floor(width * 20 * narrowest / sum(table.widths))
    return [round(unit * weight / narrowest) for weight in table.widths]


def _ruled(table: Any, widths: list[int]) -> None:
    """Fixed widths, a full grid of thin lines, the PDF's cell padding, flush left."""
    table.autofit = False
    tbl_pr = table._tbl.tblPr
    _insert(tbl_pr, element("w:tblW", w=sum(widths), type="dxa"))
    # Word 2010 layout (the file's compatibility mode) and LibreOffice measure the indent to
    # the first cell's text: indenting by the padding puts the left rule on the margin.
    _insert(tbl_pr, element("w:tblInd", w=round(CELL_PADDING * 20), type="dxa"))
    borders = element("w:tblBorders")
    size = max(2, round(RULE_WIDTH * 8))  # eighths of a point
    for side in SIDES:
        borders.append(element(f"w:{side}", val="single", sz=size, space=0, color="000000"))
    _insert(tbl_pr, borders)
    _insert(tbl_pr, element("w:tblLayout", type="fixed"))
    margins = element("w:tblCellMar")
    pads = {"top": CELL_VERTICAL_PADDING, "bottom": CELL_VERTICAL_PADDING}
    for side in ("top", "left", "bottom", "right"):
        margins.append(element(f"w:{side}", w=round(pads.get(side, CELL_PADDING) * 20), type="dxa"))
    _insert(tbl_pr, margins)
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Twips(width)


def _fill(cell: Any, printed: PrintedCell, size: int, width: int, style_id: str) -> None:
    cell.width = Twips(width)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    paragraph = _cell_paragraph(cell.paragraphs[0], printed, style_id)
    for run in printed.runs:
        first, *more = run.text.split("\n")  # a cell of several lines: one w:p per line
        for index, text in enumerate([first, *more]):
            if index:
                paragraph = _cell_paragraph(cell.add_paragraph(), printed, style_id)
            added = paragraph.add_run(text)
            rpr = added._r.get_or_add_rPr()
            run_format(rpr, size, run.bold or None, run.italic or None, run.underline)
        if run.footnote:
            footnotes.mark(paragraph, run.note_runs)


def _cell_paragraph(paragraph: Any, printed: PrintedCell, style_id: str) -> Any:
    # by id: assigning the style's name makes python-docx search every style, per cell
    paragraph._p.get_or_add_pPr().get_or_add_pStyle().val = style_id
    paragraph.paragraph_format.alignment = CELL_ALIGN[printed.align]
    return paragraph


class _Filler:
    """Fills cells by copying the properties of the first cell filled alike.

    python-docx's API costs about 0.3 ms a cell (each property looked up and inserted in
    schema order); a table at the cap has 20,000 cells. The first cell of each width and
    alignment, and the first run of each format, are filled by _fill; later ones copy
    their w:tcPr, w:pPr and w:rPr, which is the same XML made about ten times faster."""

    def __init__(self, size: int, style_id: str) -> None:
        self.size, self.style_id = size, style_id
        self.cells: dict[tuple[int, str], tuple[Any, Any]] = {}  # (tcPr, pPr)
        self.runs: dict[tuple[bool, bool, bool], Any] = {}  # an empty w:r with its w:rPr

    def fill(self, cell: Any, printed: PrintedCell, width: int) -> None:
        if any("\n" in run.text or run.footnote for run in printed.runs):
            _fill(cell, printed, self.size, width, self.style_id)  # lines as w:p, note marks
            return
        tc, key = cell._tc, (width, printed.align)
        made = self.cells.get(key)
        if made is None:
            _fill(cell, replace(printed, runs=()), self.size, width, self.style_id)
            self.cells[key] = (deepcopy(tc.tcPr), deepcopy(tc.p_lst[0].pPr))
        else:
            tc.replace(tc.tcPr, deepcopy(made[0]))
            tc.p_lst[0].insert(0, deepcopy(made[1]))
        paragraph = tc.p_lst[0]
        for run in printed.runs:
            paragraph.append(self._run(run.text, run.bold, run.italic, run.underline))

    def _run(self, text: str, bold: bool, italic: bool, underline: bool) -> Any:
        key = (bold, italic, underline)
        if key not in self.runs:
            empty = element("w:r")
            run_format(empty.get_or_add_rPr(), self.size, bold or None, italic or None, underline)
            self.runs[key] = empty
        made = deepcopy(self.runs[key])
        made.text = text  # python-docx's own: tabs and line breaks as w:tab and w:br
        return made


def grid(container: Any, table: PrintedTable, width: float) -> Any:
    """The Word table alone, cells filled, spans merged, header rows marked."""
    widths = grid_twips(table, width)
    style_id = container.styles[TABLE_CELL.name].style_id
    word = container.add_table(rows=table.rows, cols=len(widths))
    _ruled(word, widths)
    by_row: dict[int, list[PrintedCell]] = {}
    for cell in table.cells:
        by_row.setdefault(cell.row, []).append(cell)
    filler = _Filler(table.size, style_id)
    for r, row in enumerate(word.rows):
        # before any merge each w:tr holds one w:tc per column; python-docx's row.cells
        # would walk the whole table for every row
        cells = [_Cell(tc, word) for tc in row._tr.tc_lst]
        for printed in by_row.get(r, []):
            span = sum(widths[printed.column : printed.column + printed.colspan])
            filler.fill(cells[printed.column], printed, span)
        # a row stays whole on its page, as in the PDF, unless it could not fit on one
        if _fits_a_page(by_row.get(r, []), widths, table.size):
            row._tr.get_or_add_trPr().append(element("w:cantSplit"))  # before w:tblHeader
        if r < table.header_rows:
            row._tr.get_or_add_trPr().append(element("w:tblHeader"))
    for printed in table.cells:
        if printed.rowspan > 1 or printed.colspan > 1:
            corner = (printed.row + printed.rowspan - 1, printed.column + printed.colspan - 1)
            word.cell(printed.row, printed.column).merge(word.cell(*corner))
    return word


def _fits_a_page(cells: list[PrintedCell], widths: list[int], size: int) -> bool:
    """Whether every cell's text, packed into its width, is well under a page tall (the PDF
    cuts a taller row into pieces, which Word can do only if the row may split)."""
    face = fonts.face(False, False)
    for cell in cells:
        width = sum(widths[cell.column : cell.column + cell.colspan]) / 20 - 2 * CELL_PADDING
        lines = fonts.width(cell.text, face, size) / max(width, 1.0) + cell.text.count("\n")
        if lines * size * 1.15 > PAGES["portrait"].text_height / 2:  # single spacing
            return False
    return True


def _kept(paragraph: Any) -> Any:
    paragraph.paragraph_format.keep_with_next = True
    return paragraph


def separate(container: Any, space: float = 0.0) -> None:
    """A hairline paragraph after a table that would otherwise touch the next one: Word
    and LibreOffice join adjacent tables into one, which takes the second one's rules."""
    last = container.element.body[-1]
    if last.tag == qn("w:sectPr"):
        last = last.getprevious()
    if last is None or last.tag != qn("w:tbl"):
        return
    paragraph = container.add_paragraph()
    form = paragraph.paragraph_format
    form.space_before, form.space_after = twips(0), twips(space)
    form.line_spacing = twips(1)
    form.keep_with_next = True
    mark_format(paragraph, 1)


def table(
    container: Any, part: Part, width: float = TEXT_WIDTH, page_height: float = TEXT_HEIGHT
) -> Any:
    """Caption and unit above, kept with the table; the grid; the note below.

    Returns the note, or the table (None for a table without rows: no grid), for the
    caller to keep with what follows."""
    printed = part.table
    if printed is None:
        raise ValueError(f"{part.source}: a table part without its table")
    printed = fitted(printed, width, part.source)  # numbers on one line, as in the PDF
    refuse_unprintable(printed, width, page_height, part.source)  # as the PDF refuses it
    separate(container, SPACE_BETWEEN)
    above = [line for line in (printed.caption, printed.unit) if line is not None]
    for index, line in enumerate(above):
        paragraph = _kept(_paragraph(container, line))
        if index == 0:
            paragraph.paragraph_format.space_before = twips(SPACE_BEFORE_CAPTION)
    word = grid(container, printed, width) if printed.rows else None  # Word needs a row
    if printed.note is None:
        return word
    note = _paragraph(container, printed.note)
    note.paragraph_format.space_before = twips(3)
    return note


def _paragraph(container: Any, line: Line) -> Any:
    return add_paragraph(container, line)


# Every body role Word draws, each returning the last paragraph (or table) it added. Here,
# above parts.py, so that parts never reaches back for tables.
BODY_PARTS: dict[str, Callable[[Any, Part], Any]] = {**PARAGRAPH_PARTS, "table": table}
