"""A .docx file as a flat list of lines and tables, in reading order.

Each line keeps its runs' bold, italic and underline (looked up through the run's and
the paragraph's styles, as Word does), its Word list level, and its text converted to
Unicode when its font is a TCVN3 (`.VnTime`) or VNI (`VNI-Times`) font.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from docx.document import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph
from docx.text.run import Run as DocxRun

from ..domain.legacy import Encoding, convert, font_encoding
from ..domain.model import Run
from ..domain.text import nfc
from .footnotes import note_of
from .headings import in_capitals
from .styles import Styles

# Word's odd characters: no-break and other spaces, soft hyphen, symbol-font bullets.
_SPACES = dict.fromkeys(map(ord, "\u00a0\u2002\u2003\u2009\u202f\u3000"), " ")
_DROPPED: dict[int, str | None] = dict.fromkeys(map(ord, "\u00ad\u200b\ufeff"), None)
# Symbol and Wingdings characters land in the private use area: bullets become marks
# the item reader knows (• first level, ▪ below), anything else would print as a box.
_DROPPED |= dict.fromkeys(range(0xE000, 0xF900), None)
_DROPPED |= {0xF0B7: "•", 0xF0D8: "•", 0xF076: "•", 0xF0FC: "•", 0xF0A7: "▪", 0xF06F: "▪"}


@dataclass
class Line:
    runs: list[Run]
    list_level: int | None = None  # Word list paragraph: 0 for the first level
    list_format: str = ""  # "bullet", "decimal", "upperRoman", ...
    style: str = ""
    align: str = ""  # "center", "right", "left" or "" (justified or unset)
    size: float | None = None  # points, when every run has the same size
    section: int = 0  # which Word section (page orientation) the line is in
    caps: bool = False  # every run shown in capitals by formatting (w:caps), typed otherwise

    @property
    def centered(self) -> bool:
        return self.align == "center"

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs).strip()

    @property
    def bold(self) -> bool:
        runs = [run for run in self.runs if run.text.strip()]
        return bool(runs) and all(run.bold for run in runs)


@dataclass
class CellItem:
    lines: list[Line]
    colspan: int = 1
    rowspan: int = 1


@dataclass
class TableItem:
    """The explicit grid: None where a merged cell covers the position."""

    rows: list[list[CellItem | None]]
    widths: list[float] = field(default_factory=list)  # of the grid columns
    header_rows: int = 0  # rows Word repeats on each page

    def cells(self) -> Iterator[tuple[int, CellItem]]:
        """Every real cell with its column index."""
        for row in self.rows:
            for column, cell in enumerate(row):
                if cell is not None:
                    yield column, cell


Item = Line | TableItem


@dataclass
class Converted:
    """Runs turned into Unicode by their font, counted per encoding for the review; and
    the document's styles, which every run's formatting is looked up in."""

    counts: dict[Encoding, int] = field(default_factory=dict)
    styles: Styles | None = None
    notes: dict[str, str] = field(default_factory=dict)  # footnote id -> text
    marked: list[tuple[str, str]] = field(default_factory=list)  # (footnote, its line)


def read(document: Document, converted: Converted) -> list[Item]:
    converted.styles = Styles(document)
    items: list[Item] = []
    section = 0
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            line = _line(block, converted)
            line.section = section
            items.append(line)
            p_pr = block._p.pPr
            if p_pr is not None and p_pr.sectPr is not None:
                section += 1  # a section break ends its section with this paragraph
        else:
            items.append(_table(block, converted))
    return items


def boxed_text(document: Document) -> list[str]:
    """Text in text boxes and shapes, which has no place in the flow of the report."""
    out = []
    for box in document.element.body.xpath(".//w:txbxContent"):
        for p in box.iterchildren(qn("w:p")):
            text = "".join(t.text or "" for t in p.iter(qn("w:t")))
            if text.strip():
                out.append(nfc(" ".join(text.split())))
    return out


def landscape_sections(document: Document) -> set[int]:
    return {
        index
        for index, section in enumerate(document.sections)
        if section.orientation == WD_ORIENT.LANDSCAPE
    }


def _table(table: Table, converted: Converted) -> TableItem:
    grid = table._tbl.tblGrid
    widths = [float(col.w or 1) for col in grid.gridCol_lst] if grid is not None else []
    rows: list[list[CellItem | None]] = []
    header_rows = 0
    for index, tr in enumerate(table._tbl.tr_lst):
        row: list[CellItem | None] = []
        for tc in tr.tc_lst:
            span = tc.grid_span
            if tc.vMerge == "continue":
                _grow_rowspan(rows, len(row))
                row += [None] * span
                continue
            paragraphs = tc.xpath(".//w:p[not(ancestor::w:txbxContent)]")  # nested tables too
            lines = [_line(Paragraph(p, table._parent), converted) for p in paragraphs]
            row += [CellItem(lines, colspan=span)] + [None] * (span - 1)
        rows.append(row)
        if tr.trPr is not None and tr.trPr.find(qn("w:tblHeader")) is not None:
            header_rows = index + 1
    return TableItem(rows, widths, header_rows)


def _grow_rowspan(rows: list[list[CellItem | None]], column: int) -> None:
    for row in reversed(rows):
        cell = row[column] if column < len(row) else None
        if cell is not None:
            cell.rowspan += 1
            return


def _line(paragraph: Paragraph, converted: Converted) -> Line:
    assert converted.styles is not None
    styles = converted.styles
    style = styles.paragraph_style(paragraph)
    level, list_format = _list_info(paragraph, styles, style)
    runs = list(_runs(paragraph, converted, style))
    sizes = {_size(run, styles, style) for run in paragraph.runs if run.text.strip()}
    return Line(
        runs=runs,
        list_level=level,
        list_format=list_format,
        style=styles.name(style),
        align=_ALIGNS.get(_alignment(paragraph, styles, style), ""),
        size=sizes.pop() if len(sizes) == 1 else None,
        caps=in_capitals(paragraph),
    )


_ALIGNS = {
    WD_ALIGN_PARAGRAPH.CENTER: "center",
    WD_ALIGN_PARAGRAPH.RIGHT: "right",
    WD_ALIGN_PARAGRAPH.LEFT: "left",
}


def _size(run: Any, styles: Styles, style: str) -> float | None:
    size = run.font.size
    for style_id in (_run_style(run), style):
        if size is None:
            size = styles.lookup(style_id, "size", lambda s: s.font.size)
    return size.pt if size is not None else None


def _alignment(paragraph: Paragraph, styles: Styles, style: str) -> Any:
    if paragraph.alignment is not None:
        return paragraph.alignment
    return styles.lookup(style, "align", lambda s: s.paragraph_format.alignment)


def _run_style(run: Any) -> str | None:
    r_pr = run._r.rPr
    return r_pr.style if r_pr is not None else None


# Every run of the paragraph, also inside hyperlinks, fields, content controls and
# tracked insertions; not deleted text, nor text boxes (read apart, see `boxed_text`).
_ALL_RUNS = "./w:r | ./*[not(self::w:del or self::w:moveFrom)]//w:r[not(ancestor::w:txbxContent)]"


def _runs(paragraph: Paragraph, converted: Converted, style: str) -> Iterator[Run]:
    assert converted.styles is not None
    for element in paragraph._p.xpath(_ALL_RUNS):
        run = DocxRun(element, paragraph)
        text = run.text
        encoding = font_encoding(_font(run, converted.styles, style))
        if encoding and not text.isascii():
            converted.counts[encoding] = converted.counts.get(encoding, 0) + 1
            text = convert(text, encoding)
        elif encoding == "tcvn3-upper":
            text = text.upper()
        text = nfc(text.translate(_SPACES).translate(_DROPPED))
        note = note_of(element, converted.notes)
        if note:
            converted.marked.append((note, paragraph.text[:60]))
        if text or note:
            bold, italic, underline = (_flag(run, converted.styles, style, n) for n in _FLAGS)
            yield Run(text, bold, italic, underline, note)


_FLAGS = ("bold", "italic", "underline")


def _flag(run: Any, styles: Styles, style: str, name: str) -> bool:
    value = getattr(run.font, name)
    for style_id in (_run_style(run), style):
        if value is None:
            value = styles.lookup(style_id, name, lambda s: getattr(s.font, name))
    return bool(value)


def _font(run: Any, styles: Styles, style: str) -> str | None:
    fonts = run._r.rPr.rFonts if run._r.rPr is not None else None
    if fonts is not None:
        name = fonts.get(qn("w:hAnsi")) or fonts.get(qn("w:ascii"))
        if name:
            return str(name)
    for style_id in (_run_style(run), style):
        found = styles.lookup(style_id, "font", lambda s: s.font.name)
        if found:
            return str(found)
    return None


def _list_info(paragraph: Paragraph, styles: Styles, style: str) -> tuple[int | None, str]:
    """The Word list level and number format of a list paragraph, or (None, "")."""
    num_pr = _num_pr(paragraph, styles, style)
    if num_pr is None or num_pr.numId is None or num_pr.numId.val == 0:
        return None, ""
    level = num_pr.ilvl.val if num_pr.ilvl is not None else 0
    name = styles.name(style)
    if num_pr.ilvl is None and name and name[-1].isdigit():
        level = int(name[-1]) - 1  # "List Bullet 2" has its own list at level 0
    return level, _num_format(paragraph, num_pr.numId.val, level)


def _num_pr(paragraph: Paragraph, styles: Styles, style: str) -> Any:
    p_pr = paragraph._p.pPr
    if p_pr is not None and p_pr.numPr is not None:
        return p_pr.numPr
    return styles.lookup(style, "numPr", _style_num_pr)


def _style_num_pr(style: Any) -> Any:
    p_pr = style.element.pPr
    return p_pr.numPr if p_pr is not None else None


def _num_format(paragraph: Paragraph, num_id: int, level: int) -> str:
    try:
        numbering = paragraph.part.numbering_part.element  # type: ignore[attr-defined]
    except (KeyError, NotImplementedError, AttributeError):
        return "bullet"
    for num in numbering.findall(qn("w:num")):
        if num.get(qn("w:numId")) != str(num_id):
            continue
        abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
        for abstract in numbering.findall(qn("w:abstractNum")):
            if abstract.get(qn("w:abstractNumId")) != abstract_id:
                continue
            for lvl in abstract.findall(qn("w:lvl")):
                fmt = lvl.find(qn("w:numFmt"))
                if lvl.get(qn("w:ilvl")) == str(level) and fmt is not None:
                    return str(fmt.get(qn("w:val")))
    return "bullet"
