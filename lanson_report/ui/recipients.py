"""The Nơi nhận table: one recipient a row with its note (b/c, t/h), in printed order."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..model import Recipient
from ..text import nfc
from .fields import LineEdit
from .widgets import button, button_row


class NfcDelegate(QStyledItemDelegate):
    """Cells are edited in a LineEdit, so pasted text arrives in NFC."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        return LineEdit(parent)


class RecipientTable(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels(["Nơi nhận", "Ghi chú (b/c, t/h)"])
        self.table.setItemDelegate(NfcDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.add_button = button("Thêm &nơi nhận", self.add)
        self.up_button = button("Lên", lambda: self.move(-1))
        self.down_button = button("Xuống", lambda: self.move(1))
        self.remove_button = button("Xóa", self.remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(
            button_row(self.add_button, self.up_button, self.down_button, self.remove_button)
        )
        self.table.cellChanged.connect(lambda *_: self.changed.emit())
        self.read_only = False
        self.table.currentCellChanged.connect(lambda *_: self.update_buttons())
        self.table.model().rowsInserted.connect(lambda *_: self.update_buttons())
        self.table.model().rowsRemoved.connect(lambda *_: self.update_buttons())
        self.update_buttons()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.update_buttons()

    def update_buttons(self) -> None:
        """Offer only what can be done to the chosen row: no Up on the first, nothing on none."""
        row, count, editable = self.table.currentRow(), self.table.rowCount(), not self.read_only
        chosen = editable and 0 <= row < count
        self.add_button.setEnabled(editable)
        self.up_button.setEnabled(chosen and row > 0)
        self.down_button.setEnabled(chosen and row < count - 1)
        self.remove_button.setEnabled(chosen)

    def set_recipients(self, recipients: list[Recipient]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for recipient in recipients:
            self._append(recipient.name, recipient.note)
        self.table.blockSignals(False)
        self.update_buttons()

    def _append(self, name: str, note: str) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(name))
        self.table.setItem(row, 1, QTableWidgetItem(note))
        return row

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return nfc(item.text()).strip() if item else ""

    def recipients(self) -> list[Recipient]:
        rows = range(self.table.rowCount())
        out = [Recipient(self._text(row, 0), self._text(row, 1)) for row in rows]
        return [recipient for recipient in out if recipient.name]

    def add(self, name: str = "", note: str = "") -> None:
        row = self._append(name, note)
        self.table.setCurrentCell(row, 0)
        if not name:
            self.table.setFocus()
            self.table.editItem(self.table.item(row, 0))
        self.changed.emit()

    def move(self, step: int) -> None:
        row = self.table.currentRow()
        other = row + step
        if not (0 <= row < self.table.rowCount() and 0 <= other < self.table.rowCount()):
            return
        self.table.blockSignals(True)
        for column in range(2):
            first, second = self.table.takeItem(row, column), self.table.takeItem(other, column)
            self.table.setItem(row, column, second)
            self.table.setItem(other, column, first)
        self.table.blockSignals(False)
        self.table.setCurrentCell(other, self.table.currentColumn())
        self.changed.emit()

    def remove(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()
