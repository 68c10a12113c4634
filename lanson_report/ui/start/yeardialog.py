"""Reviewing each replacement of the old year before it is applied to a duplicated draft."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.yearswap import Replacement
from ..common.fields import ok_cancel

HEADERS = ("Thay?", "Ở đâu", "Hiện nay", "Sẽ thành")


def _marked(head: str, year: int | str, tail: str, colour: str) -> QLabel:
    """The context with the year in bold and colour, so the eye finds it at once."""
    label = QLabel(f"{escape(head)}<b style='color:{colour}'>{escape(str(year))}</b>{escape(tail)}")
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setContentsMargins(4, 0, 4, 0)
    return label


def _count(found: list[Replacement], old: int) -> str:
    years = sum(1 for item in found if item.old in ("", str(old)))
    ordinals = len(found) - years
    text = f"{years} chỗ ghi năm {old}"
    return f"{text} và {ordinals} số thứ tự đi theo năm" if ordinals else text


class YearReviewDialog(QDialog):
    def __init__(
        self, found: list[Replacement], old: int, new: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.found = found
        self.setWindowTitle(f"Thay năm {old} bằng năm {new}")
        self.resize(1180, 560)
        self.list = QTableWidget(len(found), len(HEADERS))
        self.list.setHorizontalHeaderLabels(HEADERS)
        self.list.verticalHeader().setVisible(False)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setTabKeyNavigation(False)
        for row, item in enumerate(found):
            check = QTableWidgetItem("")
            check.setCheckState(Qt.CheckState.Checked if item.likely else Qt.CheckState.Unchecked)
            self.list.setItem(row, 0, check)
            where = QTableWidgetItem(item.label)
            if item.reason:  # why it is left unticked: said where the clerk looks
                check.setToolTip(f"Chưa chọn: {item.reason}")
                where.setToolTip(f"Chưa chọn: {item.reason}")
            self.list.setItem(row, 1, where)
            before, after = item.old or old, item.new or new
            self.list.setCellWidget(row, 2, _marked(item.head, before, item.tail, "#b00020"))
            self.list.setCellWidget(row, 3, _marked(item.head, after, item.tail, "#1b6e20"))
        header = self.list.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        all_on, all_off = QPushButton("Chọn &tất cả"), QPushButton("&Bỏ chọn tất cả")
        all_on.clicked.connect(lambda: self._check_all(Qt.CheckState.Checked))
        all_off.clicked.connect(lambda: self._check_all(Qt.CheckState.Unchecked))
        self.buttons = ok_cancel("T&hay các chỗ đã chọn")
        self.buttons.button(self.buttons.StandardButton.Cancel).setText("&Không thay")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        intro = QLabel(
            f"Bản sao đã được tạo. Chương trình tìm thấy {_count(found, old)}. "
            f"Đánh dấu những chỗ cần đổi thành {new} (phím cách để đánh dấu/bỏ dấu). Những chỗ "
            f"là ngày hoặc số của văn bản đã ban hành (như Công văn số … ngày 14/4/{old}) và "
            f"những chỗ trong phần căn cứ đã được bỏ chọn sẵn; ngày của sự kiện lặp lại hằng năm "
            f"được chọn sẵn. Số thứ tự đi theo năm (như «lần thứ 14») được đưa vào để xem lại."
        )
        intro.setWordWrap(True)
        row_buttons = QHBoxLayout()
        row_buttons.addWidget(all_on)
        row_buttons.addWidget(all_off)
        row_buttons.addStretch(1)
        row_buttons.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(row_buttons)
        self.list.setCurrentCell(0, 0)

    def _check_all(self, state: Qt.CheckState) -> None:
        for row in range(self.list.rowCount()):
            self._check(row).setCheckState(state)

    def is_chosen(self, row: int) -> bool:
        return self._check(row).checkState() == Qt.CheckState.Checked

    def _check(self, row: int) -> QTableWidgetItem:
        item = self.list.item(row, 0)
        if item is None:  # every row gets its check box when the dialog is built
            raise IndexError(f"no row {row} in the year review")
        return item

    def chosen(self) -> list[Replacement]:
        return [item for row, item in enumerate(self.found) if self.is_chosen(row)]
