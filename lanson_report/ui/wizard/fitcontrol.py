"""Vừa trang on the preview step: choose a goal, find a layout within Decree 30, show it.

The search renders the report a few times (lanson_report/pdf/fit.py), so it runs in a
worker thread on a copy of the draft while the cursor shows that work is going on.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import ReportError
from ...domain.model import Draft, Layout, clone
from ..common.widgets import button
from ..common.worker import Worker

if TYPE_CHECKING:
    from ...pdf.fit import Fitted  # ReportLab: loaded with the first search, not at start

GOALS = ("Tránh trang cuối chỉ có chữ ký", "Gói gọn trong N trang")


class FitControl(QWidget):
    """Emits `chosen` with the layout to store in the draft (Layout() for the standard)."""

    chosen = Signal(object)

    def __init__(self, source: Callable[[], Draft | None]) -> None:
        super().__init__()
        self._source = source
        self._draft_id = ""
        self._message_key = ""  # the content the message is about (fit.content_key)
        self._fitting: Draft | None = None  # the copy being fitted
        from ...pdf.fit import Fitter

        self.fitter = Fitter()  # one search at a time (busy): its cache is not shared
        self.goal = QComboBox()
        self.goal.addItems(GOALS)
        self.goal.setToolTip("Chọn cách xếp trang; cỡ chữ, giãn dòng, cách đoạn luôn theo NĐ 30")
        self.pages = QSpinBox()
        self.pages.setRange(1, 99)
        self.pages.setSuffix(" trang")
        self.pages.setEnabled(False)
        self.goal.currentIndexChanged.connect(lambda index: self.pages.setEnabled(index == 1))
        self.fit_button = button(
            "&Vừa trang…", self.start, "Tìm bố cục vừa trang trong giới hạn NĐ 30"
        )
        self.reset_button = button("Về mặc đị&nh", self.reset, "Trở lại bố cục chuẩn")
        self.layout_label = QLabel()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.worker = Worker("fit-page", self, daemon=True)
        self.worker.finished.connect(self._finished)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        for widget in (self.goal, self.pages, self.fit_button, self.layout_label):
            row.addWidget(widget)
        row.addWidget(self.reset_button)
        row.addStretch(1)
        column.addLayout(row)
        column.addWidget(self.message)  # its own line: a long answer wraps below the buttons
        self.message.hide()

    @property
    def busy(self) -> bool:
        """A search is running (one at a time: the fitter's cache is not shared)."""
        return self.worker.busy()

    def show_layout(self, draft: Draft) -> None:
        """The draft's layout; the last answer stays only while the content is the same."""
        from ...pdf.fit import content_key, describe

        self.layout_label.setText(f"Bố cục: <b>{describe(draft.layout)}</b>")
        editable = self.goal.isEnabled()  # the page disables it for an issued report
        self.reset_button.setEnabled(editable and not draft.layout.is_default)
        if self._message_key and content_key(draft) != self._message_key:
            self._say("")  # the report changed since: that answer may no longer hold

    def _say(self, text: str, draft: Draft | None = None) -> None:
        from ...pdf.fit import content_key

        self.message.setText(text)
        self.message.setVisible(bool(text))
        self._message_key = content_key(draft) if text and draft is not None else ""

    def start(self) -> None:
        draft = self._source()
        if draft is None or self.busy:
            return
        goal: str | int = "signature" if self.goal.currentIndex() == 0 else self.pages.value()
        work_on = clone(draft)
        self._fitting = work_on
        self._draft_id = draft.id
        self.fit_button.setEnabled(False)
        self._say("Đang thử các cách xếp trang…")
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)

        from ...pdf import fonts

        fonts.register()  # once, here: not from two threads at a time

        self.worker.start(lambda: self.fitter.fit(work_on, goal))

    def _finished(self, fitted: Fitted | None, error: BaseException | None) -> None:
        QApplication.restoreOverrideCursor()
        self.fit_button.setEnabled(True)
        current = self._source()
        if current is None or current.id != self._draft_id:
            return  # the clerk opened another report meanwhile: this result is not for it
        if error is not None and not isinstance(error, ReportError):
            raise error  # a defect: the error hook logs it and tells the clerk
        if fitted is None:
            self._say(f"Không dựng được trang: {error}", self._fitting)
            return
        self._say(fitted.message, self._fitting)
        if fitted.layout is not None:
            self.chosen.emit(fitted.layout)

    def reset(self) -> None:
        self._say("Đã trở lại bố cục chuẩn.", self._source())
        self.chosen.emit(Layout())
