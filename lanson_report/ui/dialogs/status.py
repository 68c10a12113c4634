"""Marking a report issued (Đã ban hành): its number and date must be known and unique."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from ...domain.model import Draft
from ...domain.text import document_number
from ...store.issuing import number_clashes
from .. import dialogs
from ..common.fields import LineEdit, buddy, ok_cancel, plain_label


class IssueDialog(QDialog):
    """Asks for the number and the day the report was signed; OK only when both are given."""

    def __init__(self, draft: Draft, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Ban hành báo cáo")
        self.number = LineEdit(placeholder="số đã lấy ở văn thư, VD: 125")
        self.number.setText(draft.number)
        self.day, self.month = QSpinBox(), QSpinBox()
        parts = ((self.day, 31, draft.date.day), (self.month, 12, draft.date.month))
        for spin, top, value in parts:
            spin.setRange(0, top)
            spin.setSpecialValueText("(chưa có)")
            spin.setValue(value or 0)
        form = QFormLayout()
        form.addRow(buddy("&Số văn bản:", self.number), self.number)
        form.addRow(QLabel("Ký hiệu:"), plain_label(draft.full_symbol))
        form.addRow(buddy("&Ngày ký:", self.day), self.day)
        form.addRow(buddy("&Tháng:", self.month), self.month)
        form.addRow(QLabel("Năm:"), QLabel(str(draft.date.year)))
        self.buttons = ok_cancel("Ban hành")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                "Báo cáo đã ký và vào sổ văn thư. Sau khi ban hành, báo cáo chỉ "
                "còn xem và in;\nmuốn sửa, hãy nhân bản thành báo cáo mới."
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        for signal in (self.number.textChanged, self.day.valueChanged, self.month.valueChanged):
            signal.connect(self._check)
        self._check()

    def _check(self, *_args: object) -> None:
        ready = bool(self.number.value()) and bool(self.day.value()) and bool(self.month.value())
        self.buttons.button(self.buttons.StandardButton.Ok).setEnabled(ready)

    def values(self) -> tuple[str, int, int]:
        return self.number.value(), self.day.value(), self.month.value()


def issue(parent: QWidget | None, store: Any, draft: Draft) -> bool:
    """Ask, check, then save and mark issued. False when the clerk went back."""
    dialog = IssueDialog(draft, parent)
    if not dialogs.exec_dialog(dialog):
        return False
    number, day, month = dialog.values()
    clash = number_clashes(store.list(year=draft.date.year), draft, number)
    if clash:
        text = (
            f"Năm {draft.date.year} đã có báo cáo ban hành với số "
            f"{document_number(number)}/{draft.full_symbol}:\n«{clash[0].title}».\n\n"
            "Hai văn bản không được trùng số và ký hiệu. Vẫn ban hành?"
        )
        if not dialogs.ask(parent, "Trùng số văn bản", text, yes="Vẫn ban hành", no="Quay lại"):
            return False
    draft.number, draft.date.day, draft.date.month = number, day, month
    store.save(draft)
    store.set_status(draft.id, "issued")
    return True
