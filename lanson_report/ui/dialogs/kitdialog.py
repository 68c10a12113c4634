"""Gửi đề cương cho các đơn vị: which units (one per line, as kept for this report or in the
settings) and by when they must send their part back (proposed from the period's cut-off,
domain/unitrecord.proposed_deadline)."""

from __future__ import annotations

import datetime

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QFormLayout, QLabel, QVBoxLayout, QWidget

from ..common.fields import PlainTextEdit
from ..common.labels import buddy, ok_cancel


class KitDialog(QDialog):
    def __init__(
        self, units: list[str], deadline: datetime.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Gửi đề cương cho các đơn vị")
        self.units_box = PlainTextEdit(lines=8)
        self.units_box.setPlainText("\n".join(units))
        self.units_box.setPlaceholderText(
            "Mỗi dòng một đơn vị, VD:\nPhòng Quản lý khoa học\nTrung tâm Ứng dụng KH&CN"
        )
        self.deadline_box = QDateEdit()
        self.deadline_box.setCalendarPopup(True)
        self.deadline_box.setDisplayFormat("dd/MM/yyyy")
        self.deadline_box.setDate(QDate(deadline.year, deadline.month, deadline.day))
        form = QFormLayout()
        form.addRow(buddy("Các đơn &vị:", self.units_box), self.units_box)
        form.addRow(buddy("&Hạn gửi lại:", self.deadline_box), self.deadline_box)
        note = QLabel(
            "Mỗi đơn vị nhận một tệp Word (và một tệp bản nháp cho đơn vị dùng chương trình "
            "này) theo đề cương của báo cáo đang soạn; danh sách đơn vị được nhớ cho lần sau."
        )
        note.setWordWrap(True)
        self.buttons = ok_cancel("Tạo đề cương")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)

    def units(self) -> list[str]:
        return list(dict.fromkeys(self.units_box.lines()))

    def deadline(self) -> datetime.date:
        date = self.deadline_box.date()
        return datetime.date(date.year(), date.month(), date.day())
