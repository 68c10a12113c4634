"""The printed page beside the form while writing (steps 1–4): the same PDF as step 5.

Rendering a long report takes longer than a keystroke, so it never runs on the UI
thread: a pause in typing (PAUSE_MS) starts a render of a copy of the draft in a
worker thread; the page shown is replaced when the new PDF is ready. Typing during
a render only marks the result as stale and asks for one more render after it.

The page shown is the one being written on: the render says where each part of the
draft landed (pdf/places.py), the editor says which part the cursor is in, and the
view scrolls there after each render and whenever the cursor moves to another part.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...domain.errors import ReportError
from ...domain.model import Draft, clone
from ...pdf.places import Place, page_of
from ..common.worker import Worker

PAUSE_MS = 400  # after the last keystroke: long enough not to render half-typed words
# Where the part being written stands in the view, from its top: just above the line
# the view takes its current page from (40 %), so that "Trang n" is the cursor's page.
PLACE_AT = 0.38
MARK_PT = 28.0  # the marker's height: about two lines of text
MARK_WIDTH = 5  # px, at the left edge of the view
PAGE_TOP = (1, 0.0)  # where a part that prints nothing, or nothing known, is looked for

# How the page fits the pane: the whole page, its width, or its lines of text (the
# margins left out of view: the largest text a narrow pane can show).
ZOOMS = (
    ("Vừa bề rộng trang", "width"),
    ("Cả trang", "page"),
    ("Vừa dòng chữ", "text"),
    ("Cỡ chữ thật", "actual"),  # as on paper: readable in a narrow pane, scrolled sideways
)


def render(draft: Draft) -> tuple[bytes, dict[str, Place], str]:
    from ...pdf import render_pdf_placed

    try:
        return *render_pdf_placed(draft), ""
    except ReportError as exc:
        return b"", {}, str(exc)


class Marker(QWidget):
    """A bar at the left edge of the page beside, level with the part being written: the
    clerk sees where the cursor's paragraph begins. Drawn over the view, never in the
    PDF; it follows the view's scrolling."""

    COLOR = QColor("#1565c0")

    def __init__(self, view: Any) -> None:
        super().__init__(view.viewport())
        self.view = view
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.top: int | None = None  # in the view's scrolled coordinates
        self.height_px = 0
        view.verticalScrollBar().valueChanged.connect(self._moved)
        self.hide()

    def place(self, top: int, height: int) -> None:
        self.top, self.height_px = top, max(height, 6)
        self._moved()

    def _moved(self, *_args: object) -> None:
        if self.top is None:
            return
        y = self.top - self.view.verticalScrollBar().value()
        self.setGeometry(0, y, MARK_WIDTH, self.height_px)
        self.show()
        self.raise_()

    def paintEvent(self, _event: Any) -> None:
        QPainter(self).fillRect(self.rect(), self.COLOR)


class LivePreview(QWidget):
    shown_pdf = Signal()  # a fresh page is on screen (the benchmark waits for this)
    render_started = Signal()  # typing paused and a render began (the benchmark times from it)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = QLabel("Trang in sẽ hiện ở đây sau khi ngừng gõ giây lát.")
        self.status.setWordWrap(True)
        self.document: Any = None
        self.view: Any = None
        self.pdf_data = b""
        self.places: dict[str, Place] = {}  # of the PDF shown
        self.shown_place: Place | None = None  # where the view was last brought
        self._where: Callable[[], str] = lambda: ""
        self.zoom = QComboBox()
        for label, key in ZOOMS:
            self.zoom.addItem(label, key)
        self.zoom.setAccessibleName("Thu phóng trang in")
        self.zoom.setToolTip(
            "Vừa bề rộng trang: cả bề ngang tờ giấy; Cả trang: thấy cả tờ; "
            "Vừa dòng chữ: bỏ lề ra ngoài; Cỡ chữ thật: chữ to như trên giấy (kéo ngang để xem)"
        )
        self.zoom.currentIndexChanged.connect(self._zoom_changed)
        self.page_label = QLabel()
        self.page_label.setAccessibleName("Trang đang xem")
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.zoom)
        bar.addStretch(1)
        bar.addWidget(self.page_label)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addLayout(bar)
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

    def follow(self, where: Callable[[], str]) -> None:
        """`where()` names the part of the draft being written (`sections[1].blocks[2]`)."""
        self._where = where

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
        self.render_started.emit()

        from ...pdf import fonts

        fonts.register()  # here, once: registering from two threads at a time is not safe

        self.worker.start(lambda: (generation, *render(draft)))

    def _finished(
        self,
        result: tuple[int, bytes, dict[str, Place], str] | None,
        failure: BaseException | None,
    ) -> None:
        if failure is not None:
            raise failure  # a defect, not a ReportError (render() says those): the error hook
        assert result is not None
        generation, data, places, error = result
        if error:
            self.status.setText(f"Không dựng được trang: {error}")
        elif data:
            self._show(data, places)
            stale = generation != self._generation
            self.status.setText("Đang cập nhật…" if stale else "Trang in (cập nhật khi ngừng gõ)")
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
        self.view.setAccessibleName("Trang in")
        self.view.pageNavigator().currentPageChanged.connect(self._page_shown)
        self.view.verticalScrollBar().rangeChanged.connect(self._range_changed)
        self.marker = Marker(self.view)
        self._layout.addWidget(self.view, 1)
        self._apply_zoom()

    def _show(self, data: bytes, places: dict[str, Place]) -> None:
        """Show the new PDF at the part being written. The view lays the pages out over
        the next events (its scroll range grows page by page): the place is kept through
        them (_range_changed), and the page counts as shown once they are done."""
        self._ensure_view()
        self.pdf_data, self.places = data, places
        self.pane.load(data)
        self.shown_place = None
        self.show_cursor()
        QTimer.singleShot(0, self, self._settled)  # not called once the pane is gone

    def _range_changed(self) -> None:
        """The pages were laid out anew (a new PDF, a zoom, the pane resized; never the
        clerk's own scrolling): the part being written is brought back into view."""
        if self.shown_place is not None:
            self._scroll_to(self.shown_place)

    def _settled(self) -> None:
        self._range_changed()
        self.shown_pdf.emit()

    def show_cursor(self) -> None:
        """Bring the part being written into view, unless the view is already there
        (moving within a paragraph, the clerk's own scrolling is left alone)."""
        if self.view is None or not self.pdf_data:
            return
        place = page_of(self.places, self._where()) or PAGE_TOP
        place = (min(place[0], self.page_count()), place[1])
        if place != self.shown_place:
            self.shown_place = place
            self._scroll_to(place)

    def _scroll_to(self, place: Place) -> None:
        """The page, scrolled so that the place stands a little above the middle of the
        view, with what comes before it above (the whole page when it fits in view)."""
        page, top = place[0] - 1, place[1]
        bar = self.view.verticalScrollBar()
        # The view scrolls to a page's top only when the page changes (it ignores the
        # location): from the first page, the jump always lands on the page's top.
        bar.setValue(0)
        if page > 0:
            self.view.pageNavigator().jump(page, QPointF(), self.view.zoomFactor())
        scale = self._pixels_per_point(page)
        self.marker.place(bar.value() + round(top * scale), round(MARK_PT * scale))
        if self.zoom.currentData() != "page":
            down = top * scale - self.view.viewport().height() * PLACE_AT
            bar.setValue(bar.value() + max(0, round(down)))
        self._page_shown(page)

    def _pixels_per_point(self, page: int) -> float:
        """The scale QPdfView lays this page out at, as its layout computes it."""
        from PySide6.QtPdfWidgets import QPdfView

        size = self.document.pagePointSize(page)
        if size.width() <= 0 or size.height() <= 0:
            return 1.0
        margins = self.view.documentMargins()
        width = self.view.viewport().width() - margins.left() - margins.right()
        mode = self.view.zoomMode()
        if mode == QPdfView.ZoomMode.FitToWidth:
            return float(width / size.width())
        if mode == QPdfView.ZoomMode.FitInView:
            height = self.view.viewport().height() - self.view.pageSpacing()
            return float(min(width / size.width(), height / size.height()))
        return float(self.view.logicalDpiY() / 72 * self.view.zoomFactor())

    def _zoom_changed(self) -> None:
        if self.view is None:
            return
        self._apply_zoom()
        self.shown_place = None
        self.show_cursor()

    def _apply_zoom(self) -> None:
        """Fit the page as chosen; `text` zooms so that a line of text fills the pane."""
        from PySide6.QtPdfWidgets import QPdfView

        from ...printed.layout import MARGIN_LEFT, TEXT_WIDTH

        key = self.zoom.currentData()
        if key == "page":
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        elif key == "width":
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        else:
            margins = self.view.documentMargins()
            width = self.view.viewport().width() - margins.left() - margins.right()
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            fit = width / (TEXT_WIDTH * self.view.logicalDpiY() / 72)
            self.view.setZoomFactor(1.0 if key == "actual" else fit)
            scale = self._pixels_per_point(0)
            self.view.horizontalScrollBar().setValue(round(margins.left() + MARGIN_LEFT * scale))

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self.view is not None and self.zoom.currentData() in ("text", "actual"):
            self._apply_zoom()  # a line of text still fills the narrower or wider pane

    def _page_shown(self, page: int) -> None:
        count = self.page_count()
        self.page_label.setText(f"Trang {page + 1}/{count}" if count else "")

    def page_count(self) -> int:
        return 0 if self.document is None else int(self.document.pageCount())

    def current_page(self) -> int:
        """The page at the top of the view, from 1."""
        return 0 if self.view is None else int(self.view.pageNavigator().currentPage()) + 1
