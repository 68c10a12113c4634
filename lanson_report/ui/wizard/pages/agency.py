"""Step 1, Cơ quan, số, ngày: who issues the report, its number, place, date and abstract."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QFormLayout, QFrame, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout

from ....domain.compose import date_line, number_line
from ....domain.model import Draft
from ....domain.text import nfc
from ....files.validate import MAX_YEAR, MIN_YEAR
from ...common.fields import LineEdit, PlainTextEdit, buddy, hint, plain_label
from ..binding import Field, blank_zero
from .base import Page

BLANK = "(để trống)"


class _BlankableSpin(QSpinBox):
    """A digit typed over "(để trống)" starts the number, wherever the cursor was; a click
    selects the number, so that typing replaces it (a day or month is never typed into)."""

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if event.reason() == Qt.FocusReason.MouseFocusReason:
            QTimer.singleShot(0, self.selectAll)  # after the click has placed the cursor

    def keyPressEvent(self, event: QKeyEvent) -> None:
        showing_blank = bool(self.specialValueText()) and self.value() == self.minimum()
        if showing_blank and event.text().isdigit():
            self.lineEdit().setText("")
        super().keyPressEvent(event)


def _spin(minimum: int, maximum: int, blank: bool) -> QSpinBox:
    spin = _BlankableSpin()
    spin.setRange(minimum, maximum)
    if blank:
        spin.setSpecialValueText(BLANK)  # shown for the minimum, 0: left for the hand
    spin.setMinimumWidth(110)
    return spin


class AgencyPage(Page):
    step_name = "agency"
    title = "Cơ quan, số, ngày"

    def __init__(self) -> None:
        super().__init__()
        self.parent_name = LineEdit(placeholder="VD: UBND TỈNH LẠNG SƠN (để trống nếu không có)")
        self.agency_name = LineEdit(placeholder="VD: SỞ KHOA HỌC VÀ CÔNG NGHỆ")
        self.abbreviation = LineEdit(placeholder="VD: SKHCN")
        self.number = LineEdit(placeholder="để trống để văn thư ghi tay")
        self.symbol = LineEdit()
        self.place = LineEdit(placeholder="VD: Lạng Sơn")
        self.day, self.month = _spin(0, 31, True), _spin(0, 12, True)
        self.year = _spin(MIN_YEAR, MAX_YEAR, False)
        self.title_text = PlainTextEdit(lines=3)
        self.preview = plain_label()
        self._build()
        self.bind(
            Field("agency.parent", self.parent_name),
            Field("agency.name", self.agency_name),
            Field("agency.abbreviation", self.abbreviation),
            Field("number", self.number),
            Field(
                "symbol",
                self.symbol,
                lambda: self.symbol.value() or None,  # blank: the default symbol
                lambda symbol: self.symbol.setText(symbol or ""),
            ),
            Field("place", self.place),
            Field("date.day", self.day, *blank_zero(self.day)),
            Field("date.month", self.month, *blank_zero(self.month)),
            Field("date.year", self.year),
            Field("title", self.title_text, self._title),
        )

    def _title(self) -> str:
        """The abstract prints as one paragraph: line breaks typed in the box are spaces."""
        return nfc(" ".join(self.title_text.toPlainText().split()))

    def _build(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(buddy("Cơ quan &chủ quản:", self.parent_name), self.parent_name)
        form.addRow(buddy("Cơ quan b&an hành:", self.agency_name), self.agency_name)
        form.addRow(buddy("Chữ &viết tắt:", self.abbreviation), self.abbreviation)
        number_row = QHBoxLayout()
        number_row.addWidget(self.number, 1)
        number_row.addWidget(buddy("&Ký hiệu (nếu khác):", self.symbol))
        number_row.addWidget(self.symbol, 1)
        form.addRow(buddy("&Số:", self.number), number_row)
        form.addRow(buddy("Địa &danh:", self.place), self.place)
        date_row = QHBoxLayout()
        for text, spin in (("&Ngày", self.day), ("t&háng", self.month), ("năm", self.year)):
            date_row.addWidget(buddy(text, spin))
            date_row.addWidget(spin)
        date_row.addStretch(1)
        form.addRow(QLabel("Ngày ban hành:"), date_row)
        form.addRow(QLabel(""), hint("Ngày và tháng có thể để trống để ghi tay khi ký."))
        form.addRow(buddy("Trích &yếu:", self.title_text), self.title_text)
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        inner = QVBoxLayout(frame)
        inner.addWidget(QLabel("<b>Sẽ in ở đầu trang:</b>"))
        inner.addWidget(self.preview)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(frame)
        layout.addStretch(1)
        self.setTabOrder(self.number, self.symbol)
        self.setTabOrder(self.symbol, self.place)

    def show_printed(self, draft: Draft) -> None:
        self.symbol.setPlaceholderText(f"mặc định: {draft.doc_type}-{draft.agency.abbreviation}")
        self.preview.setText(f"{number_line(draft)}          {date_line(draft)}")
