"""Word files laid out the way clerks' templates lay out a Decree 30 report."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.shared import Emu, Pt

from lanson_report.domain import compose
from lanson_report.domain.model import Appendix, Block, Draft, Run, Table
from lanson_report.domain.text import roman
from lanson_report.files import draftfile

Runs = str | list[Any]  # "text" or ["plain", ("bold text", "b"), ("italic", "i"), ...]


class Writer:
    def __init__(self) -> None:
        self.doc = docx.Document()

    def para(
        self,
        runs: Runs,
        *,
        bold: bool = False,
        center: bool = False,
        style: str = "",
        container: Any = None,
        font: str = "",
    ) -> Any:
        target = container if container is not None else self.doc
        paragraph = target.add_paragraph(style=style or None)
        for part in [runs] if isinstance(runs, str) else runs:
            text, flags = (part, "") if isinstance(part, str) else part
            run = paragraph.add_run(text)
            run.bold = bold or "b" in flags or None
            run.italic = "i" in flags or None
            run.underline = "u" in flags or None
            if font or "f" in flags:
                run.font.name = font or ".VnTime"
        if center:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return paragraph

    def two_columns(self, left: list[tuple[Runs, bool]], right: list[tuple[Runs, bool]]) -> None:
        """A borderless table of one row: lines (text, bold) in each cell."""
        table = self.doc.add_table(rows=1, cols=2)
        for cell, lines in zip(table.rows[0].cells, (left, right), strict=True):
            cell.paragraphs[0]._p.getparent().remove(cell.paragraphs[0]._p)
            for text, bold in lines:
                self.para(text, bold=bold, center=True, container=cell)

    def save(self, path: Path) -> Path:
        self.doc.save(str(path))
        return path


def header_table(w: Writer, draft: Draft) -> None:
    left = [(draft.agency.parent, False), (draft.agency.name, True), ("____", False)]
    left.append((compose.number_line(draft), False))
    right = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True), ("Độc lập - Tự do - Hạnh phúc", True)]
    right += [("______________", False), ([(compose.date_line(draft), "i")], False)]
    w.two_columns([line for line in left if line[0]], right)


def header_tabs(w: Writer, draft: Draft) -> None:
    w.para(f"{draft.agency.parent}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    w.para([(f"{draft.agency.name}\tĐộc lập - Tự do - Hạnh phúc", "b")])
    w.para(f"{compose.number_line(draft)}\t{compose.date_line(draft)}")


def _flags(run: Run) -> str:
    return "b" * run.bold + "i" * run.italic + "u" * run.underline


def runs_of(runs: list[Run]) -> list[Any]:
    return [(run.text, _flags(run)) for run in runs]


def block(w: Writer, item: Block | Table, *, word_lists: bool = False) -> None:
    if isinstance(item, Table):
        table(w, item)
        return
    runs = runs_of(item.runs)
    if item.kind == "paragraph":
        w.para(runs)
    elif word_lists:
        w.para(runs, style="List Bullet" if item.kind == "bullet" else "List Bullet 2")
    else:
        w.para([("- " if item.kind == "bullet" else "+ ", ""), *runs])


ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER}
ALIGN["right"] = WD_ALIGN_PARAGRAPH.RIGHT


def table(w: Writer, item: Table) -> None:
    """A ruled Word table as clerks make one: merged cells, repeated header rows."""
    if item.caption:
        w.para(item.caption, bold=True, center=True)
    if item.unit:
        w.para([(item.unit, "i")])
    grid = w.doc.add_table(rows=len(item.rows), cols=len(item.columns))
    for c, column in enumerate(item.columns):
        grid.columns[c].width = Emu(int(column.width * 360000))
    for r, row in enumerate(item.rows):
        for c, cell in enumerate(row):
            if cell is None:
                continue
            target = grid.cell(r, c)
            if cell.colspan > 1 or cell.rowspan > 1:
                target = target.merge(grid.cell(r + cell.rowspan - 1, c + cell.colspan - 1))
            paragraph = target.paragraphs[0]
            for text, flags in runs_of(cell.runs):
                run = paragraph.add_run(text)
                run.bold = "b" in flags or r < item.header_rows or None
                run.italic = "i" in flags or None
                run.font.size = Pt(item.size)
            align = "center" if r < item.header_rows else cell.align or item.columns[c].align
            paragraph.alignment = ALIGN[align]
    for r in range(item.header_rows):
        tr_pr = grid.rows[r]._tr.get_or_add_trPr()
        tr_pr.append(OxmlElement("w:tblHeader"))
    if item.note:
        w.para([(run.text, "i") for run in item.note])


def appendix(w: Writer, draft: Draft, index: int, item: Appendix) -> None:
    """A Phụ lục on a new page (a new landscape section when it is turned)."""
    if item.orientation == "landscape":
        section = w.doc.add_section(WD_SECTION.NEW_PAGE)
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
    else:
        w.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    many = len(draft.appendices) > 1
    w.para(f"Phụ lục {roman(index + 1)}" if many else "Phụ lục", bold=True, center=True)
    w.para(item.title.upper(), bold=True, center=True)
    number = compose.number_line(draft).removeprefix("Số: ")
    tied = f"(Kèm theo Báo cáo số {number} {compose.date_line(draft).split(', ', 1)[-1]} "
    w.para([(f"{tied}của {draft.agency.name_for_text})", "i")], center=True)
    for item_block in item.blocks:
        block(w, item_block)


def footer_table(w: Writer, draft: Draft) -> None:
    left: list[tuple[Runs, bool]] = [([("Nơi nhận:", "bi")], False)]
    left += [(line, False) for line in compose.recipient_lines(draft)]
    right: list[tuple[Runs, bool]] = [(line, True) for line in draft.signature.lines]
    right += [("", False)] * 3 + [(draft.signature.name, True)]
    w.two_columns(left, right)


def report(path: Path, draft: Draft, *, header: str = "table", word_lists: bool = False) -> Path:
    """The draft as a clerk's Word file: the header, title, body and footer as typed."""
    w = Writer()
    (header_table if header == "table" else header_tabs)(w, draft)
    w.para(draft.type_name, bold=True, center=True)
    w.para(draft.title, bold=True, center=True)
    w.para("________", center=True)
    if draft.addressees:
        w.para(f"Kính gửi: {draft.addressees[0]}" if len(draft.addressees) == 1 else "Kính gửi:")
        for line in compose.addressee_lines(draft) if len(draft.addressees) > 1 else []:
            w.para(line)
    if compose.basis_text(draft):
        w.para(compose.basis_text(draft))
    for numbered in compose.numbered_sections(draft.sections, draft.outline):
        if numbered.label:
            w.para(numbered.label + numbered.heading, bold=numbered.level < 3)
        for item in numbered.section.blocks:
            block(w, item, word_lists=word_lists)
    w.para(draft.closing)
    footer_table(w, draft)
    for index, item in enumerate(draft.appendices):
        appendix(w, draft, index, item)
    return w.save(path)


def canonical(draft: Draft) -> dict[str, Any]:
    data = draftfile.to_dict(draft)
    data.pop("id", None)
    return data
