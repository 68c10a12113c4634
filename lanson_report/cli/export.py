"""One front door for every output: which format a file name asks for, what to warn of
before writing, and the writer. The command line and the app both come through here."""

from __future__ import annotations

from collections.abc import Set
from pathlib import Path

from ..domain.checks import Problem, missing
from ..domain.errors import ExportError
from ..domain.model import Draft
from ..domain.textcheck import Finding, check_draft, errors

FORMATS = {"pdf": ".pdf", "docx": ".docx"}
FORMAT_NAMES = {"pdf": "PDF", "docx": "Word (.docx)"}


def format_for(path: Path, forced: str | None = None) -> str:
    """`pdf` or `docx`: as forced, else from the file's suffix; any other suffix is refused."""
    if forced is not None:
        return forced
    suffix = path.suffix.lower()
    for name, expected in FORMATS.items():
        if suffix == expected:
            return name
    raise ExportError(
        f"không biết xuất {path} ra định dạng nào: tên tệp phải có đuôi .pdf hoặc .docx "
        "(hoặc chọn bằng --format pdf hoặc --format docx)"
    )


def notes(draft: Draft) -> list[Problem]:
    """What is missing and which characters cannot print: the same for every format."""
    from ..pdf.coverage import unprintable  # the font's character map, loaded only to export

    return missing(draft) + unprintable(draft)


def text_errors(
    draft: Draft, ignored: Set[str] = frozenset(), disabled: Set[str] = frozenset()
) -> list[Finding]:
    """The error-level spelling and Decree 30 findings, which every export warns of
    beside what is missing (`check` on the command line lists them all); `ignored`: the
    words the clerk accepted, `disabled`: the rules switched off."""
    return errors(check_draft(draft, ignored=ignored, disabled=disabled))


def write(draft: Draft, path: Path, fmt: str) -> None:
    """Write atomically; a part longer than a page is refused the same way in both formats."""
    if fmt == "docx":
        from ..word import render_docx

        render_docx(draft, path)
    else:
        from ..pdf import render_pdf

        render_pdf(draft, path)
