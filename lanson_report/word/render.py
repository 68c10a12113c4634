"""Assemble the Word document from the printed report and write it atomically."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import IO, Any

from ..errors import ExportError
from ..fileio import describe_os_error, write_atomic
from ..model import Draft
from ..pdf import fonts
from ..pdf.render import FIXED_ROLES, fixed_parts
from ..printed import Part, printed_report
from ..printed.parts import BODY_ROLES
from . import parts
from .document import new_document
from .xml import mark_format, twips

# Characters XML 1.0 cannot hold; they print as nothing and are reported as unprintable.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _clean(report: list[Part]) -> list[Part]:
    """The report with characters XML cannot carry removed (the same check warns of them)."""
    from dataclasses import replace

    from ..printed import Column, Line

    def line(old: Line) -> Line:
        runs = tuple(replace(run, text=NOT_XML.sub("", run.text)) for run in old.runs)
        return replace(old, runs=runs)

    def column(old: Column | None) -> Column | None:
        return None if old is None else replace(old, lines=tuple(map(line, old.lines)))

    return [
        replace(p, lines=tuple(map(line, p.lines)), left=column(p.left), right=column(p.right))
        for p in report
    ]


def build(draft: Draft) -> Any:
    """The python-docx Document of a draft; refuses what the PDF refuses, in the same words."""
    fonts.register()  # the metrics that place rules and line breaks as in the PDF
    report = printed_report(draft)
    fixed_parts(report)  # a part longer than a page: ExportError naming it, as for the PDF
    unknown = [p.role for p in report if p.role not in FIXED_ROLES and p.role not in BODY_ROLES]
    if unknown:
        raise NotImplementedError(f"the DOCX cannot draw {unknown}")
    if any(NOT_XML.search(text) for part in report for text in part.texts()):
        report = _clean(report)
    roles = {part.role: part for part in report if part.role in FIXED_ROLES}
    document = new_document(draft)
    parts.header(document, roles["header"], roles["number_date"])
    parts.title(document, roles["title"])
    if "addressees" in roles:
        parts.addressees(document, roles["addressees"])
    body = [parts.BODY_PARTS[p.role](document, p) for p in report if p.role in BODY_ROLES]
    if body:  # the last paragraph travels with the signature: never a signed page alone
        body[-1].paragraph_format.keep_with_next = True
    parts.ending(document, roles["ending"])
    _end_mark(document)
    return document


def _end_mark(document: Any) -> None:
    """Word needs a paragraph after the last table: make it too small to start a page."""
    paragraph = document.add_paragraph()
    form = paragraph.paragraph_format
    form.space_before = form.space_after = twips(0)
    form.line_spacing = twips(1)
    mark_format(paragraph, 1)


def render_to(target: str | IO[bytes], draft: Draft) -> None:
    build(draft).save(target)


def render_docx_bytes(draft: Draft) -> bytes:
    buffer = io.BytesIO()
    render_to(buffer, draft)
    return buffer.getvalue()


def render_docx(draft: Draft, path: Path | str) -> None:
    """Write the DOCX through a temporary file: a failure never damages an existing file."""
    target = Path(path)
    try:
        write_atomic(target, lambda temp: render_to(str(temp), draft))
    except OSError as exc:
        raise ExportError(f"không ghi được tệp {target}: {describe_os_error(exc)}") from exc
