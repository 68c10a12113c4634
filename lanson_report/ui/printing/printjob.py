"""One print run in a worker thread, with "Đang in trang 3/40…" and a working "Hủy".

The thread renders the PDF (ReportLab), opens it (QtPdf) and paints its pages on the
printer chosen in the system dialog: Qt supports painting on a QPrinter outside the UI
thread, and the window repaints and answers meanwhile. The outcome comes back on the UI
thread through the Worker's queued signal; progress through a queued signal of its own.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QProgressDialog, QWidget

from ...domain.model import Draft, clone
from ..common.worker import Worker
from . import printing

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter


class PrintProgress(QProgressDialog):
    """Only "Hủy" stops a print: pages already sent cannot be called back, so a stray
    Escape (which QProgressDialog takes as cancel, or as closing it) changes nothing."""

    def __init__(self, label: str, cancel: str, parent: QWidget) -> None:
        super().__init__(label, cancel, 0, 0, parent)
        for shortcut in self.findChildren(QShortcut):
            shortcut.setEnabled(False)

    def reject(self) -> None:
        pass


@dataclass(frozen=True)
class Outcome:
    """What reached the printer: `sent` of `pages`; an error, or the clerk's cancel."""

    sent: int
    pages: int
    cancelled: bool = False
    error: BaseException | None = None

    @property
    def complete(self) -> bool:
        return self.error is None and not self.cancelled and self.sent == self.pages > 0


class PrintJob(QObject):
    """Prints one draft on one printer; `done(Outcome)` on the UI thread when it ends."""

    done = Signal(object)
    _progressed = Signal(int, int, int, int)

    def __init__(self, parent: QWidget, draft: Draft, printer: QPrinter) -> None:
        super().__init__(parent)
        self.draft, self.printer = clone(draft), printer  # the clerk may edit meanwhile
        self.total = 0
        self._cancel = threading.Event()
        self.worker = Worker("print", self, daemon=True)
        self.worker.finished.connect(self._finished)
        self._progressed.connect(self._show_progress, Qt.ConnectionType.QueuedConnection)
        self.progress = self._progress_dialog(parent)

    def _progress_dialog(self, parent: QWidget) -> QProgressDialog:
        dialog = PrintProgress("Đang chuẩn bị bản in…", "&Hủy", parent)
        dialog.setWindowTitle("In báo cáo")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self.cancel)
        return dialog

    def start(self) -> None:
        self.progress.show()
        self.worker.start(self._run)

    def cancel(self) -> None:
        """Stop after the page being printed; a page already sent cannot be called back."""
        self._cancel.set()
        self.progress.setLabelText("Đang dừng in sau trang đang in…")
        self.progress.show()  # QProgressDialog hides itself on cancel: the stop is not instant

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _run(self) -> int:  # the worker thread
        from ...pdf import render_pdf_bytes

        data = render_pdf_bytes(self.draft)
        if self.cancelled():
            return 0
        document = printing.load_pdf(data)
        try:
            return printing.paint(document, self.printer, self._progressed.emit, self.cancelled)
        finally:
            document.close()

    def _show_progress(self, sent: int, total: int, page: int, pages: int) -> None:
        """The page's own number (`trang 3/40`), the bar for the pages chosen in the dialog."""
        self.total = total
        if self.cancelled():
            return
        self.progress.setMaximum(total)
        self.progress.setValue(sent)
        self.progress.setLabelText(f"Đang in trang {page}/{pages}…")

    def _finished(self, sent: int | None, error: BaseException | None) -> None:
        self.progress.reset()
        self.progress.hide()
        self.progress.deleteLater()
        outcome = Outcome(sent or 0, self.total, self.cancelled(), error)
        self.done.emit(outcome)
