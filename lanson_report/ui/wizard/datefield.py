"""A date typed as text: read on every keystroke, refused visibly, never guessed.

A QDateEdit types over its sections one digit at a time, so `14/04/2022` typed
into it became another date without a word. Here the clerk types freely; the
text is only rewritten (to `14/04/2022`) when the field is left with a valid date.
"""

from __future__ import annotations

import datetime

from PySide6.QtCore import Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QLabel, QWidget

from ...domain.dates import DateError, parse_date
from ..common.fields import LineEdit

INVALID = "border: 2px solid #b00020;"


class DateField(LineEdit):
    date_edited = Signal()  # the text now reads as another date (or none)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, placeholder="ngày/tháng/năm")
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self.valid_date: datetime.date | None = None
        self.setToolTip("Gõ 14/4/2022, 14/04/2022, 14-4-2022 hoặc 14042022; để trống nếu không có")
        self.textEdited.connect(self._read)

    def set_date(self, value: datetime.date | None) -> None:
        self.valid_date = value
        self.setText(value.strftime("%d/%m/%Y") if value else "")
        self._show_error("")

    def is_valid(self) -> bool:
        return not self.error.text()

    def _read(self, text: str) -> None:
        try:
            value = parse_date(text)
        except DateError as exc:
            self._show_error(f"Ngày chưa đúng: {exc}. Chưa lưu ngày này.")
            return
        self._show_error("")
        if value != self.valid_date:
            self.valid_date = value
            self.date_edited.emit()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self.setStyleSheet(INVALID if text else "")

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if self.is_valid() and self.valid_date is not None:
            self.setText(self.valid_date.strftime("%d/%m/%Y"))  # only once the clerk has left
