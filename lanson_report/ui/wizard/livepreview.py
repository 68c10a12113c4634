"""The printed page beside the form while writing (steps 1–4): the same PDF as step 5.

Rendering a long report takes longer than a keystroke, so it never runs on the UI
thread: a pause in typing (PAUSE_MS) starts a render of a copy of the draft in a
worker thread; the page shown is replaced when the new PDF is ready. Typing during
a render only marks the result as stale and asks for one more render after it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...domain.errors import ReportError
from ...domain.model import Draft, clone
from ..common.worker import Worker

PAUSE_MS = 400  # after the last keystroke: long enough not to render half-typed words


def render(draft: Draft) -> tuple[bytes, str]:
    from ...pdf import render_pdf_bytes

    try:
        return render_pdf_bytes(draft), ""
    except ReportError as exc:
        return b"", str(exc)


class LivePreview(QWidget):
    shown_pdf = Signal()  # a fresh page is on screen (the benchmark waits for this)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = QLabel("Trang in sẽ hiện ở đây sau khi ngừng gõ giây lát.")
        self.status.setWordWrap(True)
        self.document: Any = None
        self.view: Any = None
        self.pdf_data = b""
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.status)
        self._pending: Draft | None = None
        self._source: Callable[[], Draft | None] = lambda: None
        self._generation = 0
        self.worker = Worker("live-preview", self, daemon=True)
        self.worker.finished.connect(self._finished)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PAUSE_MS)
        self.timer.timeout.connect(self._start)
        self.setMinimumWidth(300)  # with the form and the steps: fits a 1366-pixel screen

    def request(self, source: Callable[[], Draft | None]) -> None:
        """The draft changed: once typing pauses, render what `source` then returns."""
        self._source = source
        self._generation += 1
        self.timer.start()

    def _start(self) -> None:
        draft = self._source()
        if draft is not None:
            self._pending = clone(draft)  # the clerk goes on typing into the original
        if self.worker.busy() or self._pending is None:
            return  # _finished starts the next render
        draft, generation = self._pending, self._generation
        self._pending = None
        self.status.setText("Đang dựng trang…")

        from ...pdf import fonts

        fonts.register()  # here, once: registering from two threads at a time is not safe

        self.worker.start(lambda: (generation, *render(draft)))

    def _finished(
        self, result: tuple[int, bytes, str] | None, failure: BaseException | None
    ) -> None:
        if failure is not None:
            raise failure  # a defect, not a ReportError (render() says those): the error hook
        assert result is not None
        generation, data, error = result
        if error:
            self.status.setText(f"Không dựng được trang: {error}")
        elif data:
            self._show(data)
            stale = generation != self._generation
            self.status.setText("Đang cập nhật…" if stale else "Trang in (cập nhật khi ngừng gõ)")
            self.shown_pdf.emit()
        if self._pending is not None and not self.timer.isActive():
            self._start_pending()

    def _start_pending(self) -> None:
        """Render the copy taken while the last render ran (typing had paused since)."""
        source, self._source = self._source, lambda: None
        self._start()
        self._source = source

    def _ensure_view(self) -> None:
        if self.view is not None:
            return
        from ..common.pdfpane import PdfPane

        self.pane = PdfPane(self)
        self.document, self.view = self.pane.document, self.pane.view
        self._layout.addWidget(self.view, 1)

    def _show(self, data: bytes) -> None:
        self._ensure_view()
        self.pdf_data = data
        self.pane.load(data, keep_page=True)

    def page_count(self) -> int:
        return 0 if self.document is None else int(self.document.pageCount())
