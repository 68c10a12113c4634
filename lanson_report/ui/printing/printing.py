"""Printing the rendered PDF on A4 at its real size: never shrunk to fit the printable area.

Decree 30 fixes the margins in millimetres; a "fit to page" print would move them.
QtPdf and QtPrintSupport are imported here only, when the clerk prints.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QRectF, QSize
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtWidgets import QWidget

from .. import dialogs

if TYPE_CHECKING:
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter

MIN_DPI = 600  # an office laser's resolution: text as sharp as in the exported PDF
MAX_DPI = 1200  # beyond this nothing shows on paper, only the spool file grows
BAND_ROWS = 512  # the page is drawn in strips: a whole 1200 dpi page would take 560 MB


def a4_printer(title: str) -> QPrinter:
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)  # coordinates from the paper's corner, not the printable area
    printer.setColorMode(QPrinter.ColorMode.GrayScale)  # black text: lossless grey, not JPEG
    printer.setDocName(title)
    return printer


def page_range(printer: QPrinter, count: int) -> range:
    first, last = printer.fromPage(), printer.toPage()
    if first <= 0:
        return range(count)
    return range(first - 1, min(last or count, count))


def print_dpi(printer: QPrinter) -> int:
    """The printer's own resolution, at least MIN_DPI: never softer than the paper shows."""
    return max(MIN_DPI, min(printer.resolution(), MAX_DPI))


def paint_page(
    document: QPdfDocument, index: int, painter: QPainter, dpi: int, device: int
) -> None:
    """Draw one page at 100 %, in grey strips rendered at `dpi` onto a `device`-dpi painter."""
    from PySide6.QtPdf import QPdfDocumentRenderOptions

    size = document.pagePointSize(index)
    full = QSize(round(size.width() * dpi / 72), round(size.height() * dpi / 72))
    scale = device / dpi
    for top in range(0, full.height(), BAND_ROWS):
        rows = min(BAND_ROWS, full.height() - top)
        options = QPdfDocumentRenderOptions()
        options.setScaledSize(full)
        options.setScaledClipRect(QRect(0, top, full.width(), rows))
        band = document.render(index, QSize(full.width(), rows), options)
        band = band.convertToFormat(QImage.Format.Format_Grayscale8)
        painter.drawImage(QRectF(0, top * scale, full.width() * scale, rows * scale), band)


def paint(document: QPdfDocument, printer: QPrinter) -> int:
    """Draw each page at 100 %: one PDF point is 1/72 inch on paper. Returns pages printed."""
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("không mở được máy in")
    printed = 0
    try:
        for index in page_range(printer, document.pageCount()):
            if printed:
                printer.newPage()
            paint_page(document, index, painter, print_dpi(printer), printer.resolution())
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


def ask_mark_printed(parent: QWidget | None) -> bool:
    """Printing never changes the status by itself: the print may have gone to a file or jammed."""
    return dialogs.ask(
        parent,
        "Đã gửi báo cáo tới máy in",
        "Nếu bản in đã ra đúng và sẽ được trình ký, đánh dấu báo cáo là “Đã in để ký”?\n\n"
        "Trạng thái chỉ giúp biết bản nào đã in; báo cáo vẫn sửa được.",
        yes="Đánh dấu “Đã in để ký”",
        no="Để là “Nháp”",
    )
