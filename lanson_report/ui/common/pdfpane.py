"""A PDF shown page after page, fitted to the width: step 5's preview and the live page."""

from __future__ import annotations

from PySide6.QtCore import QBuffer
from PySide6.QtWidgets import QWidget


class PdfPane:
    """A QPdfDocument and its QPdfView, made when first needed (QtPdf loads with them)."""

    def __init__(self, owner: QWidget) -> None:
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        self.document = QPdfDocument(owner)
        self.view = QPdfView(owner)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self._buffer: QBuffer | None = None

    def load(self, data: bytes) -> int:
        """Show this PDF instead; its page count."""
        previous = self._buffer
        self.document.close()
        self._buffer = QBuffer(self.document)
        self._buffer.setData(data)
        self._buffer.open(QBuffer.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        if previous is not None:
            previous.deleteLater()  # one copy of the PDF is kept, the one shown
        return int(self.document.pageCount())
