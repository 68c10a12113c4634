"""Printing the rendered PDF on A4 at its real size: black text on white paper, never shrunk.

Decree 30 fixes the margins in millimetres; a "fit to page" print would move them. Each
page goes to the printer as 600 dpi, 1-bit strips of its ink on white paper: QtPdf renders
onto a transparent background, which any conversion to grey or a printer that ignores
alpha turns black (see `ink`). Everything here runs in the print job's worker thread
(`printjob.py`), except the dialogs. QtPdf and QtPrintSupport are imported here only, when
the clerk prints.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtWidgets import QWidget

from .. import dialogs

if TYPE_CHECKING:
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter

DPI = 600  # an office laser's resolution: finer shows nothing on paper, only fattens the spool
# A page is drawn in strips of a third of an inch. Small, because QtPdf's render and Qt's
# image calls hold Python's lock while they run (a whole 600 dpi page: 120 ms the window
# would wait; a strip: under 5 ms). A third of an inch, because the strips' edges then fall
# on whole device pixels at every usual printer resolution (300, 360, 600, 720, 1200 dpi),
# with no seam or doubled row between them.
BAND_ROWS = DPI // 3
INK = QColor(Qt.GlobalColor.black).rgba()
PAPER = QColor(Qt.GlobalColor.white).rgba()


def a4_printer(title: str) -> QPrinter:
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)  # coordinates from the paper's corner, not the printable area
    printer.setColorMode(QPrinter.ColorMode.GrayScale)
    printer.setDocName(title)
    return printer


def page_range(printer: QPrinter, count: int) -> range:
    first, last = printer.fromPage(), printer.toPage()
    if first <= 0:
        return range(count)
    return range(first - 1, min(last or count, count))


Strip = tuple[int, QImage]  # (first row on the page, 1-bit image of its rows)


def ink(band: QImage) -> QImage | None:
    """A rendered strip as the paper shows it, 1 bit a pixel: ink, or white paper; None for
    a strip with no ink at all (nothing is sent for it).

    QtPdf renders onto a transparent background: converted to grey as it is, every page came
    out black. Composed over white, a pixel is ink where the PDF covers it: the report's
    PDFs hold black ink only (pdf/ sets no colour or grey; tests/ui/test_printing.py checks
    it), so a pixel's coverage, its alpha, is that composition, read directly. That takes
    a third of the time of painting the strip over white and thresholding its grey.

    The colour table is (black, white) in that order: Qt's PDF engine (CUPS, print to file)
    then writes the strip as a 1-bit mask; any other table it expands to 8-bit grey, four
    times the spool."""
    mask = band.createAlphaMask(Qt.ImageConversionFlag.ThresholdAlphaDither)
    if not bytes(mask.constBits()).strip(b"\x00"):
        return None
    mono = mask.convertToFormat(QImage.Format.Format_Mono)  # ink is 1, as in the mask
    mono.invertPixels()  # ink is 0 ...
    mono.setColorTable([INK, PAPER])  # ... and colour 0 is black
    return mono


def page_strips(document: QPdfDocument, index: int) -> Iterator[Strip]:
    """One page at DPI, top to bottom, in strips of BAND_ROWS rows; strips with no ink left
    out."""
    from PySide6.QtPdf import QPdfDocumentRenderOptions

    flag = QPdfDocumentRenderOptions.RenderFlag
    aliased = flag.TextAliased | flag.PathAliased | flag.ImageAliased
    dpi = DPI
    size = document.pagePointSize(index)
    full = QSize(round(size.width() * dpi / 72), round(size.height() * dpi / 72))
    for top in range(0, full.height(), BAND_ROWS):
        rows = min(BAND_ROWS, full.height() - top)
        options = QPdfDocumentRenderOptions()
        options.setScaledSize(full)
        options.setRenderFlags(aliased)  # a laser's own edges: faster, and 1-bit anyway
        # QtPdf scales a clipped render by (right - left) / width with QRect's inclusive
        # right and bottom, so a clip of the strip's own size shrinks it by one pixel in
        # BAND_ROWS (the text drifts 0.5 mm up by the foot of the page): one more each way.
        options.setScaledClipRect(QRect(0, top, full.width() + 1, rows + 1))
        strip = ink(document.render(index, QSize(full.width(), rows), options))
        if strip is not None:
            yield top, strip


def draw_strips(painter: QPainter, strips: list[Strip], device_dpi: int) -> None:
    """Draw a page's strips (rendered at DPI) at 100 %: one PDF point is 1/72 inch on paper."""
    scale = device_dpi / DPI
    for top, strip in strips:
        height = strip.height() * scale
        painter.drawImage(QRectF(0, top * scale, strip.width() * scale, height), strip)


# (pages sent so far, pages to send, number of the page about to be sent, pages in the report)
Progress = Callable[[int, int, int, int], None]


def paint(
    document: QPdfDocument,
    printer: QPrinter,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> int:
    """Print the pages the printer asks for; the number sent.

    One thread does it all: QtPdf's render and Qt's image calls hold Python's lock while they
    run, so a second thread would only take turns with this one, and the window with both.
    Cancelling stops between pages: a page is sent whole or not at all, and when cancelled
    before the first page the printer is never opened, so not even a blank sheet comes out.
    """
    pages = page_range(printer, document.pageCount())
    painter = QPainter()
    sent = 0
    try:
        for index in pages:
            if progress is not None:
                progress(sent, len(pages), index + 1, document.pageCount())
            strips = list(page_strips(document, index))
            if cancelled():
                break
            if not sent and not painter.begin(printer):
                raise OSError("không mở được máy in")
            if sent and not printer.newPage():
                raise OSError("máy in không nhận trang tiếp theo")
            draw_strips(painter, strips, printer.resolution())
            sent += 1
    finally:
        if painter.isActive():
            painter.end()
    return sent


def load_pdf(data: bytes) -> QPdfDocument:
    """The PDF opened from memory, in the calling thread (QtPdf serialises PDFium itself)."""
    from PySide6.QtCore import QBuffer
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
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


def printer_ready(printer: QPrinter) -> bool:
    """False when the system says the printer is paused, offline or in error (Windows: paused,
    offline, out of paper, jammed; CUPS: stopped): a job sent then waits in the queue."""
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    if printer.outputFormat() != QPrinter.OutputFormat.NativeFormat:
        return True  # a file, not a device
    return QPrinterInfo(printer).state() != QPrinter.PrinterState.Error


def choose_printer(title: str, parent: QWidget | None) -> QPrinter | None:
    """The system print dialog, on an A4 printer at 100 %; None when cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog

    printer = a4_printer(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle("In báo cáo")
    return printer if dialogs.print_dialog(dialog) else None


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
