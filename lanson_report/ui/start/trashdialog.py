"""Thùng rác: deleted reports, which can be taken back."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..common.texts import when

ID = Qt.ItemDataRole.UserRole


class TrashDialog(QDialog):
    def __init__(self, store: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chosen: str | None = None
        self.setWindowTitle("Thùng rác")
        self.resize(860, 440)
        self.list = QTreeWidget()
        self.list.setHeaderLabels(["Trích yếu", "Năm", "Xóa lúc"])
        self.list.setRootIsDecorated(False)
        for item in store.trash():
            row = QTreeWidgetItem(
                self.list,
                [
                    item.title or "(chưa có trích yếu)",
                    str(item.year),
                    when(getattr(item, "trashed", None)),
                ],
            )
            row.setData(0, ID, item.id)
        self.list.header().resizeSection(0, 560)
        self.buttons = QDialogButtonBox()
        self.restore = self.buttons.addButton("&Lấy lại", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton("Đóng", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemActivated.connect(lambda *_: self._accept())
        layout = QVBoxLayout(self)
        text = (
            "Các văn bản đã xóa. Chọn một văn bản rồi bấm “Lấy lại” để đưa về danh sách."
            if self.list.topLevelItemCount()
            else "Thùng rác trống."
        )
        layout.addWidget(QLabel(text))
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        first = self.list.topLevelItem(0)
        if first is not None:
            self.list.setCurrentItem(first)
        self.restore.setEnabled(self.list.topLevelItemCount() > 0)

    def _accept(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.chosen = str(item.data(0, ID))
            self.accept()
