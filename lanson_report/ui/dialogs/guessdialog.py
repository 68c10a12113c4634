"""Xác nhận mục gần giống: a reply section whose heading only resembles the outline's
("Về công tác quản lý khoa học" for "Công tác quản lý khoa học") is merged there only if
the clerk leaves it ticked; an unticked one goes to "Chưa xếp được"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.consolidate import Guess


class GuessDialog(QDialog):
    def __init__(self, guesses: list[Guess], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Xác nhận mục gần giống")
        self.guesses = guesses
        note = QLabel(
            "Các mục dưới đây của bản gửi có tên gần giống (không trùng hẳn) một mục của đề "
            "cương. Mục được đánh dấu sẽ gộp vào mục đề cương đó; bỏ dấu thì nội dung để ở "
            "“Chưa xếp được” để chuyển sau."
        )
        note.setWordWrap(True)
        self.list = QListWidget()
        for guess in guesses:
            item = QListWidgetItem(f"{guess.unit}: “{guess.heading}” → “{guess.placed_under}”")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("Gộp theo lựa chọn này")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Không tổng hợp")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 360)

    def refused(self) -> frozenset[tuple[str, str]]:
        """(unit, heading) of each placement left unticked."""
        return frozenset(
            (guess.unit, guess.heading)
            for index, guess in enumerate(self.guesses)
            if self.list.item(index).checkState() != Qt.CheckState.Checked
        )
