"""Printing the rendered PDF on A4 at its real size: never shrunk to fit the printable area.

Decree 30 fixes the margins in millimetres; a "fit to page" print would move them.
QtPdf and QtPrintSupport are imported here only, when the clerk prints.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtWidgets import QWidget

from . import dialogs

if TYPE_CHECKING:
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter

MAX_DPI = 300  # enough for 13 pt text; a 1200 dpi page image would take 500 MB


def a4_printer(title: str) -> QPrinter:
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)  # coordinates from the paper's corner, not the printable area
    printer.setDocName(title)
    return printer


def page_range(printer: QPrinter, count: int) -> range:
    first, last = printer.fromPage(), printer.toPage()
    if first <= 0:
        return range(count)
    return range(first - 1, min(last or count, count))


def paint(document: QPdfDocument, printer: QPrinter) -> int:
    """Draw each page at 100 %: one PDF point is 1/72 inch on paper. Returns pages printed."""
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("không mở được máy in")
    resolution = printer.resolution()
    dpi = min(resolution, MAX_DPI)
    printed = 0
    try:
        for index in page_range(printer, document.pageCount()):
            if printed:
                printer.newPage()
            size = document.pagePointSize(index)
            image = document.render(
                index, QSize(round(size.width() * dpi / 72), round(size.height() * dpi / 72))
            )
            target = QRectF(0, 0, size.width() * resolution / 72, size.height() * resolution / 72)
            painter.drawImage(target, image)
            printed += 1
    finally:
        painter.end()
    return printed


def load_pdf(data: bytes, parent: QWidget | None = None) -> QPdfDocument:
    from PySide6.QtCore import QBuffer
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument(parent)
    buffer = QBuffer(document)
    buffer.setData(data)
    buffer.open(QBuffer.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return document


def printer_installed() -> bool:
    """Whether the system knows of any printer.

    With none, Qt falls back to its own PDF printer, and Windows' print dialog refuses that
    one without a word (exec() returns 0, nothing shows): ask before opening the dialog.
    """
    from PySide6.QtPrintSupport import QPrinterInfo

    return bool(QPrinterInfo.availablePrinterNames())


def print_pdf(data: bytes, title: str, parent: QWidget | None) -> bool:
    """Ask for the printer through the system dialog, then print. False when cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog

    printer = a4_printer(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle("In báo cáo")
    if not dialogs.print_dialog(dialog):
        return False
    document = load_pdf(data)
    try:
        paint(document, printer)
    finally:
        document.close()
        document.deleteLater()
    return True
