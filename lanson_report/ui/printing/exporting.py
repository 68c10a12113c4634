"""Export PDF (Ctrl+E), Word (.docx) and Print (Ctrl+P) of the draft being edited."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from ...domain.checks import Problem
from ...domain.errors import ReportError
from ...domain.model import Draft
from ...domain.text import fold
from ...domain.textcheck import Finding
from .. import dialogs
from ..common.texts import explain

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from .printjob import Outcome, PrintJob

GoBack = Callable[[str], object] | None  # takes the clerk to a field path


def suggested_name(draft: Draft) -> str:
    """`2022-ket-qua-to-chuc-cac-hoat-dong.pdf`: short, no accents, safe on every disk."""
    words = re.findall(r"[a-z0-9]+", fold(draft.title))[:8]
    return f"{draft.date.year}-{'-'.join(words) or 'bao-cao'}.pdf"


def documents_dir() -> Path:
    documents = Path.home() / "Documents"
    return documents if documents.is_dir() else Path.home()


@dataclass(frozen=True)
class Output:
    """One kind of file the report can be exported to, in the clerk's words."""

    suffix: str
    filter: str  # the save dialog's file type: a .docx saved under "Tệp PDF" would mislead
    verb: str  # "xuất PDF": what the incomplete-report warning says is about to happen
    title: str  # the file dialog's title
    what: str  # "PDF", "tệp Word": for the error and the success messages
    render: Callable[[Draft, Path], None]


def _render_pdf(draft: Draft, target: Path) -> None:
    from ...pdf import render_pdf  # ReportLab loads only when a PDF is made

    render_pdf(draft, target)


def _render_docx(draft: Draft, target: Path) -> None:
    from ...word import render_docx

    render_docx(draft, target)


def _render_review(draft: Draft, target: Path) -> None:
    from ...domain.reviewprint import numbered
    from ...pdf import render_pdf

    render_pdf(numbered(draft), target)


PDF = Output(".pdf", dialogs.PDF_FILTER, "xuất PDF", "Xuất PDF", "PDF", _render_pdf)
REVIEW = Output(
    ".pdf",
    dialogs.PDF_FILTER,
    "xuất bản in để góp ý",
    "Xuất bản in để góp ý (đánh số đoạn)",
    "bản in để góp ý",
    _render_review,
)
DOCX = Output(
    ".docx", dialogs.DOCX_FILTER, "xuất tệp Word", "Xuất Word (.docx)", "tệp Word", _render_docx
)


def export_pdf(parent: QWidget, draft: Draft, go_back: GoBack = None) -> Path | None:
    """Ask where, then write the PDF (atomically: an old file is never half-overwritten)."""
    return export_as(PDF, parent, draft, go_back)


def export_review(parent: QWidget, draft: Draft, go_back: GoBack = None) -> Path | None:
    """A PDF with every paragraph numbered [1], [2]…, for a leader to mark on paper."""
    return export_as(REVIEW, parent, draft, go_back)


def export_docx(parent: QWidget, draft: Draft, go_back: GoBack = None) -> Path | None:
    """Ask where, then write the Word copy the upper agency edits (atomically, like the PDF)."""
    return export_as(DOCX, parent, draft, go_back)


def export_as(output: Output, parent: QWidget, draft: Draft, go_back: GoBack = None) -> Path | None:
    if not confirm_incomplete(parent, draft, output.verb, go_back):
        return None
    name = suggested_name(draft).removesuffix(".pdf")
    name += (" (ban gop y)" if output is REVIEW else "") + output.suffix
    target = dialogs.save_file(parent, output.title, documents_dir() / name, output.filter)
    if target is None:
        return None
    if target.suffix.lower() != output.suffix:
        target = target.with_name(target.name + output.suffix)
    try:
        output.render(draft, target)
    except ReportError as exc:
        dialogs.error(parent, f"Không xuất được {output.what}", explain(exc))
        return None
    offer_open(parent, target, f"Đã xuất {output.what}")
    return target


MAX_LISTED = 10  # errors named in the question; the "Kiểm tra" list of step 5 has them all


def text_errors(draft: Draft) -> list[Finding]:
    """The error-level spelling and Decree 30 findings, as `check` finds them."""
    from ...cli.export import text_errors as errors_of
    from ..common.spellmarks import user_words

    return errors_of(draft, user_words().words(), user_words().off)


def still_missing(draft: Draft) -> list[Problem]:
    """What the preview's "Còn thiếu" list shows, in the same words."""
    from ...cli.export import notes

    return notes(draft)


def confirm_incomplete(parent: QWidget, draft: Draft, what: str, go_back: GoBack = None) -> bool:
    """Before writing any output of an incomplete report, or one with spelling or Decree 30
    errors: go on anyway, or go back and fix it (`go_back` is then given the field of the
    first missing item, else of the first error)."""
    problems = still_missing(draft)
    wrong = text_errors(draft)
    if not problems and not wrong:
        return True
    parts: list[str] = []
    if problems:
        listed = "\n".join(f"• {p.message[0].upper()}{p.message[1:]}" for p in problems)
        parts.append(f"Báo cáo còn thiếu {len(problems)} mục:\n\n{listed}")
    if wrong:
        from ...domain.textcheck import described

        shown = "\n".join(f"• {line}" for line in described(draft, wrong[:MAX_LISTED]))
        more = f"\n• … và {len(wrong) - MAX_LISTED} lỗi nữa" if len(wrong) > MAX_LISTED else ""
        parts.append(f"Báo cáo còn {len(wrong)} lỗi chính tả, trình bày:\n\n{shown}{more}")
    if problems and wrong:
        title, back, button = "Báo cáo còn thiếu và còn lỗi", "điền, sửa", "Quay lại điền, sửa"
    elif problems:
        title, back, button = "Báo cáo còn thiếu", "điền cho đủ", "Quay lại điền"
    else:
        title, back, button = "Báo cáo còn lỗi", "sửa", "Quay lại sửa"
    if dialogs.ask(
        parent,
        title,
        "\n\n".join(parts) + f"\n\nVẫn {what}, hay quay lại {back}?",
        yes=f"Vẫn {what}",
        no=button,
    ):
        return True
    if go_back is not None:
        go_back(problems[0].field if problems else wrong[0].where)
    return False


def offer_open(parent: QWidget, target: Path, title: str) -> None:
    """After writing a file: say where it is, and offer to open it or its folder."""
    answer = dialogs.choose(
        parent,
        "info",
        title,
        f"Đã lưu thành tệp:\n{target}",
        ["Mở &tệp", "Mở thư &mục", "Đóng"],
    )
    if answer is not None:
        open_path(target if answer == 0 else target.parent, parent)


def open_path(path: Path, parent: QWidget | None = None) -> None:
    """Open a file or folder with the program Windows would use for a double click."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    if path.is_file() and not has_opener(path):
        kind = path.suffix.lstrip(".").upper() or "này"
        dialogs.error(
            parent,
            "Chưa có chương trình mở tệp",
            f"Máy tính này chưa có chương trình nào mở được tệp {kind}, nên chưa mở được:\n"
            f"{path}\n\nTệp đã được lưu đủ. Hãy cài chương trình đọc tệp {kind} hoặc mở tệp ở "
            "máy khác.",
        )
        return
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        dialogs.error(parent, "Không mở được", f"Không mở được “{path}”. Hãy mở bằng tay.")


def has_opener(path: Path) -> bool:
    """Whether the desktop names a program for this file. On Linux Qt hands the file to
    xdg-open and reports success whatever follows, so a file no program opens would fail
    silently: ask xdg-mime first. Windows and macOS say so themselves (openUrl fails)."""
    import shutil
    import subprocess
    import sys

    xdg_mime = shutil.which("xdg-mime")
    if sys.platform in ("win32", "darwin") or xdg_mime is None:
        return True  # without xdg-mime, Qt finds no launcher and openUrl fails: said then

    def query(*args: str) -> str:
        done = subprocess.run(
            [xdg_mime, "query", *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=10,
            check=False,
        )
        return done.stdout.strip()

    try:
        mime = query("filetype", str(path))
        return not mime or bool(query("default", mime))  # a type it cannot tell: let Qt try
    except (OSError, subprocess.SubprocessError):
        return True


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


def print_draft(parent: QWidget, draft: Draft, go_back: GoBack = None) -> PrintJob | None:
    """Print on A4 at 100 %, in a worker thread: the running job (its `done` says what reached
    the printer), or None when nothing is to be printed (no printer, incomplete, cancelled)."""
    from .printing import choose_printer, printer_installed, printer_ready
    from .printjob import PrintJob

    if not printer_installed():
        offer_pdf_instead(parent, draft)
        return None
    if not confirm_incomplete(parent, draft, "in", go_back):
        return None
    printer = choose_printer(draft.title or "Báo cáo", parent)
    if printer is None or not (printer_ready(printer) or send_anyway(parent, printer)):
        return None
    job = PrintJob(parent, draft, printer)
    job.start()
    return job


def send_anyway(parent: QWidget, printer: QPrinter) -> bool:
    """The printer is paused, offline or in error: say so before anything is sent."""
    return dialogs.ask(
        parent,
        "Máy in chưa sẵn sàng",
        f"Máy in “{printer.printerName()}” đang tạm dừng, mất kết nối hoặc báo lỗi (hết "
        "giấy, kẹt giấy…). Nếu vẫn gửi, bản in sẽ nằm chờ trong hàng đợi cho đến khi máy "
        "in sẵn sàng.\n\nHãy kiểm tra máy in, hoặc chọn máy in khác.",
        yes="Vẫn gửi in",
        no="Không in",
    )


def print_failed(parent: QWidget, outcome: Outcome) -> None:
    """Say why a print did not go through whole; nothing to say when it did."""
    if isinstance(outcome.error, ReportError):
        dialogs.error(parent, "Không in được", explain(outcome.error))
    elif isinstance(outcome.error, OSError):
        dialogs.error(parent, "Không in được", f"Máy in báo lỗi: {outcome.error}")
    elif outcome.error is not None:
        raise outcome.error  # a fault of ours: the error hook logs it and tells the clerk
    elif outcome.cancelled:
        dialogs.info(parent, "Đã dừng in", stopped(outcome))


def stopped(outcome: Outcome) -> str:
    if not outcome.sent:
        return "Chưa trang nào được gửi tới máy in."
    return (
        f"Đã gửi {outcome.sent}/{outcome.pages} trang tới máy in trước khi dừng; "
        "các trang đó vẫn có thể được in ra."
    )
