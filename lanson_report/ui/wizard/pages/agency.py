"""Step 1, Cơ quan, số, ngày: the document's type, who issues it, its number, place, date
and abstract (a công văn's `V/v`, with the drafting unit in its ký hiệu)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
)

from ....domain import doctypes
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
    type_chosen = Signal(str)  # the clerk picked another document type: its code

    def __init__(self) -> None:
        super().__init__()
        self.doc_type = QComboBox()
        for kind in doctypes.TYPES:
            self.doc_type.addItem(kind.label, kind.code)
        self.doc_type.activated.connect(self._type_activated)
        # Rarely changed once chosen: Alt+L reaches it, Tab and the step's first field do not.
        self.doc_type.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.unit = LineEdit(placeholder="VD: VP")
        self.unit.setMaximumWidth(110)
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
            Field("unit", self.unit),
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
        type_row = QHBoxLayout()
        type_row.addWidget(self.doc_type)
        self.type_note = hint("")
        type_row.addWidget(self.type_note, 1)
        form.addRow(buddy("&Loại văn bản:", self.doc_type), type_row)
        form.addRow(buddy("Cơ quan &chủ quản:", self.parent_name), self.parent_name)
        form.addRow(buddy("Cơ quan b&an hành:", self.agency_name), self.agency_name)
        form.addRow(buddy("Chữ &viết tắt:", self.abbreviation), self.abbreviation)
        number_row = QHBoxLayout()
        number_row.addWidget(self.number, 1)
        self.unit_label = buddy("Đơn vị s&oạn thảo:", self.unit)
        number_row.addWidget(self.unit_label)
        number_row.addWidget(self.unit)
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
        self.title_label = buddy("Trích &yếu:", self.title_text)
        form.addRow(self.title_label, self.title_text)
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        inner = QVBoxLayout(frame)
        inner.addWidget(QLabel("<b>Sẽ in ở đầu trang:</b>"))
        inner.addWidget(self.preview)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(frame)
        layout.addStretch(1)
        self.setTabOrder(self.doc_type, self.parent_name)
        self.setTabOrder(self.number, self.unit)
        self.setTabOrder(self.unit, self.symbol)
        self.setTabOrder(self.symbol, self.place)

    def fill(self, draft: Draft) -> None:
        super().fill(draft)
        self.show_type(draft.kind)

    def show_type(self, kind: doctypes.DocType) -> None:
        """Only the type's own fields: a công văn's unit, its trích yếu as `V/v`."""
        self.doc_type.setCurrentIndex(doctypes.CODES.index(kind.code))
        has_unit = "unit" in kind.extra or bool(self.unit.value())
        self.unit_label.setVisible(has_unit)
        self.unit.setVisible(has_unit)
        prefix = f" ({kind.title_prefix})" if kind.title_prefix else ""
        self.title_label.setText(f"Trích &yếu{prefix}:")
        self.title_text.setPlaceholderText(
            f"In sau “{kind.title_prefix}”, không gõ lại chữ {kind.title_prefix}"
            if kind.title_prefix
            else ""
        )
        self.type_note.setText(_type_note(kind))

    def _type_activated(self, index: int) -> None:
        code = str(self.doc_type.itemData(index))
        if self.draft is not None and code != self.draft.doc_type:
            self.type_chosen.emit(code)

    def show_printed(self, draft: Draft) -> None:
        default = replace(draft, symbol="").full_symbol
        self.symbol.setPlaceholderText(f"mặc định: {default}")
        kind = draft.kind
        if kind.title_prefix:
            under = f"{kind.title_prefix} {draft.title}" if draft.title else kind.title_prefix
        else:
            under = kind.name
        self.preview.setText(f"{number_line(draft)}          {date_line(draft)}\n{under}")


def _type_note(kind: doctypes.DocType) -> str:
    """What the clerk should know of the type, from the registry."""
    addressees = {
        "required": "có dòng Kính gửi (bắt buộc)",
        "optional": "dòng Kính gửi nếu cần",
        "none": "không có dòng Kính gửi",
    }[kind.addressees]
    name = f"tên loại “{kind.name}”" if kind.name else "không in tên loại"
    return f"{name}; {addressees}"
