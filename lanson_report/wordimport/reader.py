"""A .docx file as a flat list of lines and tables, in reading order.

Each line keeps its runs' bold, italic and underline (looked up through the run's and
the paragraph's styles, as Word does), its Word list level, and its text converted to
Unicode when its font is a TCVN3 (`.VnTime`) or VNI (`VNI-Times`) font.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from docx.document import Document
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from docx.text.run import Run as DocxRun
from lxml import etree

from ..domain import limits
from ..domain.legacy import Encoding, convert, font_encoding
from ..domain.model import Run
from ..domain.text import nfc
from . import formatting, grid
from .errors import Progress, Unreadable, no_progress
from .footnotes import Note, note_of
from .formatting import Numbering
from .headings import in_capitals
from .styles import Styles
from .wrappers import children

# Word's odd characters: no-break and other spaces, soft hyphen, symbol-font bullets.
_SPACES = dict.fromkeys(map(ord, "\u00a0\u2002\u2003\u2009\u202f\u3000"), " ")
_DROPPED: dict[int, str | None] = dict.fromkeys(map(ord, "\u00ad\u200b\ufeff"), None)
# Symbol and Wingdings characters land in the private use area: bullets become marks
# the item reader knows (• first level, ▪ below), anything else would print as a box.
_DROPPED |= dict.fromkeys(range(0xE000, 0xF900), None)
_DROPPED |= {0xF0B7: "•", 0xF0D8: "•", 0xF076: "•", 0xF0FC: "•", 0xF0A7: "▪", 0xF06F: "▪"}
# str.translate looks every character up in the tables (about 250 ns each): a search
# finds first whether a run holds any of them at all, which most do not.
_ODD = re.compile("[\u00a0\u2002\u2003\u2009\u202f\u3000\u00ad\u200b\ufeff\ue000-\uf8ff]")


@dataclass
class Line:
    runs: list[Run]
    list_level: int | None = None  # Word list paragraph: 0 for the first level
    list_format: str = ""  # "bullet", "decimal", "upperRoman", ...
    list_label: str = ""  # the number Word shows before the text (`1.2.`, `a)`), not in it
    style: str = ""
    align: str = ""  # "center", "right", "left" or "" (justified or unset)
    size: float | None = None  # points, when every run has the same size
    section: int = 0  # which Word section (page orientation) the line is in
    caps: bool = False  # every run shown in capitals by formatting (w:caps), typed otherwise

    @property
    def centered(self) -> bool:
        return self.align == "center"

    @cached_property
    def text(self) -> str:  # asked for again and again by the recognisers (parse.py)
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
    section: int = 0  # which Word section (page orientation) the table is in

    def cells(self) -> Iterator[tuple[int, CellItem]]:
        """Every real cell with its column index."""
        for row in self.rows:
            for column, cell in enumerate(row):
                if cell is not None:
                    yield column, cell


Item = Line | TableItem


@dataclass
class Converted:
    """Runs turned into Unicode by their font, counted per encoding for the review; the
    document's styles and numbering, which every run's formatting is looked up in; and
    how much has been read, checked against the caps as reading goes."""

    counts: dict[Encoding, int] = field(default_factory=dict)
    styles: Styles | None = None
    numbering: Numbering = field(default_factory=lambda: Numbering(None))
    paragraphs: int = 0
    runs: int = 0
    tables: int = 0
    place: str = ""  # where reading is, in the clerk's words, for a refusal
    looks: dict[tuple[str, bytes], Look] = field(default_factory=dict)
    progress: Progress = no_progress
    percent: int = 30  # of the whole import, passed on to progress now and then
    notes: dict[str, Note] = field(default_factory=dict)  # footnote id -> the note
    marked: list[tuple[str, str]] = field(default_factory=list)  # (footnote, its line)

    def count(self, paragraphs: int = 0, runs: int = 0) -> None:
        self.paragraphs += paragraphs
        self.runs += runs
        if self.paragraphs % 256 == 0:
            self.progress(self.percent)  # where the clerk's Hủy takes effect
        if self.paragraphs > limits.MAX_DOCX_PARAGRAPHS:
            raise Unreadable(_too_many("đoạn văn", limits.MAX_DOCX_PARAGRAPHS), resave=False)
        if self.runs > limits.MAX_DOCX_RUNS:
            raise Unreadable(_too_many("đoạn chữ định dạng", limits.MAX_DOCX_RUNS), resave=False)


def _too_many(what: str, cap: int) -> str:
    return f"tệp có hơn {limits.number(cap)} {what} (kể cả trong bảng), quá giới hạn."


_P, _TBL, _R = qn("w:p"), qn("w:tbl"), qn("w:r")
_P_PR, _SECT_PR = qn("w:pPr"), qn("w:sectPr")
_TXBX = qn("w:txbxContent")
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def read(document: Document, converted: Converted) -> list[Item]:
    """One walk over the body's children, in order (no XPath union: it is quadratic)."""
    converted.styles = Styles(document)
    converted.numbering = formatting.numbering_of(document)
    items: list[Item] = []
    section = 0
    body = document.element.body
    total = max(len(body), 1)
    for index, child in enumerate(children(body, _P, _TBL)):
        converted.percent = 30 + 60 * index // total
        if child.tag == _P:
            converted.place = f"đoạn thứ {limits.number(len(items) + 1)}"
            line = _line(Paragraph(child, document), converted)
            line.section = section
            items.append(line)
            if _section_break(child) is not None:
                section += 1  # a section break ends its section with this paragraph
        else:
            converted.tables += 1
            table = _table(child, document, converted)
            table.section = section
            items.append(table)
    return items


def _section_break(p: Any) -> Any:
    p_pr = p.find(_P_PR)
    return p_pr.find(_SECT_PR) if p_pr is not None else None


def boxed_text(document: Document) -> list[str]:
    """Text in text boxes and shapes, which has no place in the flow of the report."""
    out = []
    for box in document.element.body.iter(_TXBX):
        if any(True for _ in box.iterancestors(_FALLBACK)):
            continue  # the VML copy Word keeps of a DrawingML text box (mc:Fallback)
        if any(True for _ in box.iterancestors(_TXBX)):
            continue  # a box in a box: read with the outer one
        for p in _walk(box, _P, frozenset()):  # its tables' and content controls' too
            text = "".join(t.text or "" for t in p.iter(qn("w:t")))
            if text.strip():
                out.append(nfc(" ".join(text.split())))
    return out


def landscape_sections(document: Document) -> set[int]:
    """The sections (counted as `read` counts them) whose pages are turned."""
    body = document.element.body
    breaks = [_section_break(p) for p in children(body, _P)]
    sections = [sect for sect in breaks if sect is not None] + list(body.iterchildren(_SECT_PR))
    return {index for index, sect in enumerate(sections) if _landscape(sect)}


def _landscape(sect_pr: Any) -> bool:
    size = sect_pr.find(qn("w:pgSz"))
    return size is not None and size.get(qn("w:orient")) == "landscape"


def _table(tbl: Any, parent: Any, converted: Converted) -> TableItem:
    converted.place = f"bảng thứ {converted.tables}"

    def cell_lines(tc: Any) -> list[Line]:
        return [_line(Paragraph(p, parent), converted) for p in _cell_paragraphs(tc)]

    rows, header_rows = grid.read_rows(tbl, cell_lines, CellItem)
    return TableItem(rows, grid.widths(tbl), header_rows)


def _cell_paragraphs(tc: Any) -> Iterator[Any]:
    """A cell's paragraphs in order, nested tables' too, not text boxes'."""
    yield from _walk(tc, _P, _TXBX)


def _walk(root: Any, wanted: str, skipped: str | frozenset[str]) -> Iterator[Any]:
    """Descendants tagged `wanted`, in document order, without entering them or the
    `skipped` ones; an explicit stack, so depth costs no recursion."""
    skip = {skipped} if isinstance(skipped, str) else skipped
    stack = [iter(root)]
    while stack:
        for child in stack[-1]:
            tag = child.tag
            if tag == wanted:
                yield child
            elif tag not in skip and len(child):
                stack.append(iter(child))
                break
        else:
            stack.pop()


def _line(paragraph: Paragraph, converted: Converted) -> Line:
    assert converted.styles is not None
    styles = converted.styles
    elements = list(_walk(paragraph._p, _R, _NOT_READ))
    converted.count(paragraphs=1, runs=len(elements))
    if not elements:
        return Line(runs=[])  # an empty line: nothing else of it is ever looked at
    style = styles.paragraph_style(paragraph)
    level, list_format, label = formatting.list_info(paragraph, styles, style, converted.numbering)
    runs, sizes = [], set()
    for element in elements:
        look = _look(element, paragraph, converted, style)
        read = _run(element, look, converted, paragraph)
        if read is not None:
            runs.append(read)
            if element.getparent() is paragraph._p and read.text.strip():
                sizes.add(look.size)
    return Line(
        runs=runs,
        list_level=level,
        list_format=list_format,
        list_label=label,
        style=styles.name(style),
        align=formatting.alignment(paragraph, styles, style),
        size=sizes.pop() if len(sizes) == 1 else None,
        caps=in_capitals(paragraph),
    )


# Runs of a paragraph are read also inside hyperlinks, fields, content controls and
# tracked insertions; not deleted text, nor text boxes (read apart, see `boxed_text`).
_NOT_READ = frozenset({qn("w:del"), qn("w:moveFrom"), _TXBX})
_R_PR = qn("w:rPr")


@dataclass(frozen=True)
class Look:
    """How a run prints: what its font converts from, its flags and its size."""

    encoding: Encoding | None
    bold: bool
    italic: bool
    underline: bool
    size: float | None


def _look(element: Any, paragraph: Paragraph, converted: Converted, style: str) -> Look:
    """A run's look, worked out once per (run properties, paragraph style): python-docx's
    property lookups cost tens of microseconds a run, and a file repeats a few looks."""
    r_pr = element.find(_R_PR)
    key = (style, etree.tostring(r_pr) if r_pr is not None else b"")
    look = converted.looks.get(key)
    if look is None:
        assert converted.styles is not None
        styles, run = converted.styles, DocxRun(element, paragraph)
        bold, italic, underline = (formatting.flag(run, styles, style, n) for n in formatting.FLAGS)
        encoding = font_encoding(formatting.font(run, styles, style))
        look = Look(encoding, bold, italic, underline, formatting.size(run, styles, style))
        converted.looks[key] = look
    return look


_TEXT = {qn("w:t"): None, qn("w:tab"): "\t", qn("w:ptab"): "\t", qn("w:cr"): "\n"}
_TEXT[qn("w:noBreakHyphen")] = "-"
_BR, _TYPE = qn("w:br"), qn("w:type")


def _text(element: Any) -> str:
    """A run's text as python-docx reads it (text, tabs, line breaks), in one pass."""
    out = []
    for child in element.iterchildren():
        tag = child.tag
        if tag in _TEXT:
            out.append(_TEXT[tag] or child.text or "")
        elif tag == _BR and child.get(_TYPE, "textWrapping") == "textWrapping":
            out.append("\n")  # page and column breaks are no text
    return "".join(out)


def _run(element: Any, look: Look, converted: Converted, paragraph: Paragraph) -> Run | None:
    text = _text(element)
    encoding = look.encoding
    if encoding and not text.isascii():
        converted.counts[encoding] = converted.counts.get(encoding, 0) + 1
        text = convert(text, encoding)
    elif encoding == "tcvn3-upper":
        text = text.upper()
    if _ODD.search(text):
        text = text.translate(_SPACES).translate(_DROPPED)
    text = nfc(text)
    note = note_of(element, converted.notes)
    if note is not None and note.text:
        converted.marked.append((note.text, paragraph.text[:60]))
    elif not text:
        return None
    if note is None or not note.text:
        return Run(text, look.bold, look.italic, look.underline)
    return Run(text, look.bold, look.italic, look.underline, note.text, note.runs)
