"""Export PDF (Ctrl+E), Word (.docx) and Print (Ctrl+P) of the draft being edited."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QWidget

from ..errors import ReportError
from ..model import Draft
from ..text import fold
from . import dialogs
from .texts import explain


def suggested_name(draft: Draft) -> str:
    """`2022-ket-qua-to-chuc-cac-hoat-dong.pdf`: short, no accents, safe on every disk."""
    words = re.findall(r"[a-z0-9]+", fold(draft.title))[:8]
    return f"{draft.date.year}-{'-'.join(words) or 'bao-cao'}.pdf"


def documents_dir() -> Path:
    documents = Path.home() / "Documents"
    return documents if documents.is_dir() else Path.home()


def export_pdf(parent: QWidget, draft: Draft) -> Path | None:
    """Ask where, then write the PDF (atomically: an old file is never half-overwritten)."""
    target = dialogs.save_file(parent, "Xuất PDF", documents_dir() / suggested_name(draft))
    if target is None:
        return None
    if target.suffix.lower() != ".pdf":
        target = target.with_name(target.name + ".pdf")
    from ..pdf import render_pdf

    try:
        render_pdf(draft, target)
    except ReportError as exc:
        dialogs.error(parent, "Không xuất được PDF", explain(exc))
        return None
    dialogs.info(parent, "Đã xuất PDF", f"Đã lưu báo cáo thành tệp:\n{target}")
    return target


def export_docx(parent: QWidget, draft: Draft) -> Path | None:
    """Ask where, then write the Word copy the upper agency edits (atomically, like the PDF)."""
    name = suggested_name(draft).removesuffix(".pdf") + ".docx"
    target = dialogs.save_file(parent, "Xuất Word (.docx)", documents_dir() / name)
    if target is None:
        return None
    if target.suffix.lower() != ".docx":
        target = target.with_name(target.name + ".docx")
    from ..word import render_docx

    try:
        render_docx(draft, target)
    except ReportError as exc:
        dialogs.error(parent, "Không xuất được tệp Word", explain(exc))
        return None
    dialogs.info(parent, "Đã xuất tệp Word", f"Đã lưu báo cáo thành tệp:\n{target}")
    return target


NO_PRINTER = (
    "Máy tính này chưa cài máy in nào nên chưa in được báo cáo.\n\n"
    "Bạn có thể xuất báo cáo ra tệp PDF rồi in tệp đó ở máy có máy in, "
    "hoặc nhờ cán bộ tin học cài máy in rồi chọn In lại."
)


def offer_pdf_instead(parent: QWidget, draft: Draft) -> None:
    """No printer installed: say so and offer "Xuất PDF" rather than a print dialog that
    Windows would refuse to show."""
    if dialogs.ask(parent, "Chưa có máy in", NO_PRINTER, yes="Xuất PDF", no="Đóng"):
        export_pdf(parent, draft)


def print_draft(parent: QWidget, draft: Draft) -> bool:
    """Print on A4 at 100 %; True when pages went to the printer."""
    from ..pdf import render_pdf_bytes
    from .printing import print_pdf, printer_installed

    if not printer_installed():
        offer_pdf_instead(parent, draft)
        return False
    try:
        data = render_pdf_bytes(draft)
        return print_pdf(data, draft.title or "Báo cáo", parent)
    except (ReportError, OSError) as exc:
        dialogs.error(
            parent,
            "Không in được",
            explain(exc) if isinstance(exc, ReportError) else f"Máy in báo lỗi: {exc}",
        )
        return False
