"""Reviewing each replacement of the old year before it is applied to a duplicated draft."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..yearswap import Replacement
from .fields import ok_cancel

INDEX = Qt.ItemDataRole.UserRole


class YearReviewDialog(QDialog):
    def __init__(self, found: list[Replacement], old: int, new: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.found = found
        self.setWindowTitle(f"Thay năm {old} bằng năm {new}")
        self.resize(1100, 560)
        self.list = QTreeWidget()
        self.list.setHeaderLabels(["Thay?", "Ở đâu", "Hiện nay", "Sẽ thành"])
        self.list.setRootIsDecorated(False)
        self.list.setWordWrap(True)
        for index, item in enumerate(found):
            row = QTreeWidgetItem(self.list, ["", item.label, item.before, item.after])
            row.setCheckState(0, Qt.CheckState.Checked if item.likely else Qt.CheckState.Unchecked)
            row.setData(0, INDEX, index)
            row.setToolTip(2, item.before)
            row.setToolTip(3, item.after)
        for column, width in ((0, 60), (1, 190), (2, 400)):
            self.list.header().resizeSection(column, width)
        all_on, all_off = QPushButton("Chọn &tất cả"), QPushButton("&Bỏ chọn tất cả")
        all_on.clicked.connect(lambda: self._check_all(Qt.CheckState.Checked))
        all_off.clicked.connect(lambda: self._check_all(Qt.CheckState.Unchecked))
        buttons = ok_cancel("&Thay các chỗ đã chọn")
        buttons.button(buttons.StandardButton.Cancel).setText("&Không thay")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        intro = QLabel(
            f"Bản sao đã được tạo. Chương trình tìm thấy {len(found)} chỗ ghi năm {old}. "
            f"Đánh dấu những chỗ cần đổi thành {new}; những chỗ là ngày của văn bản cũ "
            f"(như 14/4/{old}) đã được bỏ chọn sẵn."
        )
        intro.setWordWrap(True)
        row_buttons = QHBoxLayout()
        row_buttons.addWidget(all_on)
        row_buttons.addWidget(all_off)
        row_buttons.addStretch(1)
        row_buttons.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(row_buttons)

    def _check_all(self, state: Qt.CheckState) -> None:
        for index in range(self.list.topLevelItemCount()):
            self.list.topLevelItem(index).setCheckState(0, state)

    def chosen(self) -> list[Replacement]:
        items = (self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount()))
        return [self.found[int(item.data(0, INDEX))] for item in items
                if item.checkState(0) == Qt.CheckState.Checked]
