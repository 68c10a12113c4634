"""Assemble the Word document from the printed report and write it atomically."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path
from typing import IO, Any

from ..domain.errors import ExportError
from ..domain.model import Draft
from ..files.fileio import describe_os_error, write_output
from ..pdf import fonts
from ..pdf.render import FIXED_ROLES, fixed_parts
from ..printed import Column, Line, Part, printed_report
from ..printed.parts import BODY_ROLES, split_appendices
from ..printed.tables import PrintedTable
from . import footnotes, parts
from .appendix import appendix
from .document import new_document
from .tables import BODY_PARTS, separate
from .xml import NOT_XML, mark_format, twips


def _clean(report: list[Part]) -> list[Part]:
    """The report with characters XML cannot carry removed (the same check warns of them)."""

    def line(old: Line) -> Line:
        runs = tuple(replace(run, text=NOT_XML.sub("", run.text)) for run in old.runs)
        return replace(old, runs=runs)

    def column(old: Column | None) -> Column | None:
        return None if old is None else replace(old, lines=tuple(map(line, old.lines)))

    def optional(old: Line | None) -> Line | None:
        return None if old is None else line(old)

    def table(old: PrintedTable | None) -> PrintedTable | None:
        if old is None:
            return None
        cells = tuple(
            replace(c, runs=tuple(replace(r, text=NOT_XML.sub("", r.text)) for r in c.runs))
            for c in old.cells
        )
        caption, unit, note = optional(old.caption), optional(old.unit), optional(old.note)
        return replace(old, cells=cells, caption=caption, unit=unit, note=note)

    return [
        replace(
            p,
            lines=tuple(map(line, p.lines)),
            left=column(p.left),
            right=column(p.right),
            table=table(p.table),
        )
        for p in report
    ]


def _cleaned(report: list[Part]) -> list[Part]:
    dirty = any(NOT_XML.search(text) for part in report for text in part.texts())
    return _clean(report) if dirty else report


def build(draft: Draft) -> Any:
    """The python-docx Document of a draft; refuses what the PDF refuses, in the same words."""
    fonts.register()  # the metrics that place rules and line breaks as in the PDF
    report, appended = split_appendices(printed_report(draft))
    fixed_parts(report)  # a part longer than a page: ExportError naming it, as for the PDF
    unknown = [p.role for p in report if p.role not in FIXED_ROLES and p.role not in BODY_ROLES]
    if unknown:
        raise NotImplementedError(f"the DOCX cannot draw {unknown}")
    report = _cleaned(report)
    appended = [_cleaned(parts) for parts in appended]
    roles = {part.role: part for part in report if part.role in FIXED_ROLES}
    document = new_document(draft)
    parts.header(document, roles["header"], roles["number_date"])
    if "title" in roles:
        parts.title(document, roles["title"])
    first = len(document.paragraphs)
    if "addressees" in roles:
        parts.addressees(document, roles["addressees"])
    body = [BODY_PARTS[p.role](document, p) for p in report if p.role in BODY_ROLES]
    if "title" not in roles and len(document.paragraphs) > first:  # a công văn: V/v is above
        parts.after_header(document.paragraphs[first])
    # the end of the text travels with the signature: never a signed page alone
    if body and hasattr(body[-1], "paragraph_format"):
        body[-1].paragraph_format.keep_with_next = True
    elif body and hasattr(body[-1], "rows"):  # a table: its last row keeps with the footer
        for cell in body[-1].rows[-1].cells:
            for paragraph in cell.paragraphs:
                paragraph.paragraph_format.keep_with_next = True
        separate(document)  # else the footer's table joins it
    parts.ending(document, roles["ending"])
    last = None
    for opening, *blocks in appended:
        last = appendix(document, opening, blocks, BODY_PARTS)
    if not appended or not hasattr(last, "paragraph_format"):
        _end_mark(document)  # Word needs a paragraph after a table
    footnotes.attach(document)
    return document


def _end_mark(document: Any) -> None:
    """Word needs a paragraph after the last table: make it too small to start a page."""
    paragraph = document.add_paragraph()
    form = paragraph.paragraph_format
    form.space_before = form.space_after = twips(0)
    form.line_spacing = twips(1)
    mark_format(paragraph, 1)


def _document(draft: Draft) -> Any:
    """Build the document; a python-docx template missing from a damaged install is named."""
    try:
        return build(draft)
    except OSError as exc:
        where = exc.filename or describe_os_error(exc)
        raise ExportError(
            f"không mở được mẫu tệp Word của chương trình ({where}): hãy cài lại chương trình"
        ) from exc


def render_to(target: str | IO[bytes], draft: Draft) -> None:
    _document(draft).save(target)


def render_docx_bytes(draft: Draft) -> bytes:
    buffer = io.BytesIO()
    render_to(buffer, draft)
    return buffer.getvalue()


def render_docx(draft: Draft, path: Path | str) -> None:
    """Write the DOCX through a temporary file: a failure never damages an existing file."""
    target = Path(path)
    document = _document(draft)
    try:
        write_output(target, lambda temp: document.save(str(temp)))
    except OSError as exc:
        raise ExportError(f"không ghi được tệp {target}: {describe_os_error(exc)}") from exc
