"""The Nơi nhận table: one recipient a row with its note (b/c, t/h), in printed order."""

from __future__ import annotations

import html
from dataclasses import replace

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.model import Recipient
from ...domain.text import nfc
from ..common.fields import LineEdit
from ..common.widgets import button, button_row
from .listmodel import Column, ListModel, ListView


class NfcDelegate(QStyledItemDelegate):
    """Cells are edited in a LineEdit, so pasted text arrives in NFC."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        return LineEdit(parent)


def _set_name(recipient: Recipient, text: str) -> None:
    recipient.name = nfc(text).strip()


def _set_note(recipient: Recipient, text: str) -> None:
    recipient.note = nfc(text).strip()


COLUMNS: tuple[Column[Recipient], ...] = (
    Column("Nơi nhận", lambda recipient: recipient.name, _set_name),
    Column("Ghi chú (b/c, t/h)", lambda recipient: recipient.note, _set_note),
)


class RecipientTable(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model: ListModel[Recipient] = ListModel(COLUMNS, self)
        self.table = ListView(self.model)
        self.table.setItemDelegate(NfcDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.add_button = button("Thêm &nơi nhận", self.add)
        self.up_button = button("Lên", lambda: self.move_by(-1))
        self.down_button = button("Xuống", lambda: self.move_by(1))
        self.remove_button = button("Xóa", self.remove)
        self.usual: list[Recipient] = []  # the agency's usual recipients, from the settings
        self.offer = QLabel()  # those not in the table yet, each added by one click
        self.offer.setWordWrap(True)
        self.offer.setTextFormat(Qt.TextFormat.RichText)
        self.offer.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.offer.linkActivated.connect(self._take_usual)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.offer)
        layout.addLayout(
            button_row(self.add_button, self.up_button, self.down_button, self.remove_button)
        )
        self.model.dataChanged.connect(lambda *_: self.changed.emit())
        self.read_only = False
        self.table.selectionModel().currentChanged.connect(lambda *_: self.update_buttons())
        self.model.rowsInserted.connect(lambda *_: self.update_buttons())
        self.model.rowsRemoved.connect(lambda *_: self.update_buttons())
        self.model.modelReset.connect(self.update_buttons)
        for signal in (self.model.rowsInserted, self.model.rowsRemoved, self.model.dataChanged):
            signal.connect(lambda *_: self._show_offer())
        self.model.modelReset.connect(self._show_offer)
        self.update_buttons()
        self._show_offer()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.update_buttons()
        self._show_offer()

    def set_usual(self, usual: list[Recipient]) -> None:
        """The agency's usual recipients (Cài đặt), offered under the table."""
        self.usual = [replace(recipient) for recipient in usual]
        self._show_offer()

    def missing_usual(self) -> list[Recipient]:
        present = {recipient.name for recipient in self.model.rows}
        return [recipient for recipient in self.usual if recipient.name not in present]

    def _show_offer(self) -> None:
        missing = [] if self.read_only else self.missing_usual()
        links = " · ".join(
            f'<a href="{index}">{html.escape(recipient.name)}</a>'
            for index, recipient in enumerate(self.usual)
            if recipient in missing
        )
        self.offer.setText(f"Nơi nhận quen dùng (bấm để thêm): {links}" if links else "")
        self.offer.setVisible(bool(links))

    def _take_usual(self, link: str) -> None:
        recipient = self.usual[int(link)]
        self.add(recipient.name, recipient.note)

    def update_buttons(self) -> None:
        """Offer only what can be done to the chosen row: no Up on the first, nothing on none."""
        row, count, editable = self.table.currentRow(), self.model.rowCount(), not self.read_only
        chosen = editable and 0 <= row < count
        self.add_button.setEnabled(editable)
        self.up_button.setEnabled(chosen and row > 0)
        self.down_button.setEnabled(chosen and row < count - 1)
        self.remove_button.setEnabled(chosen)

    def set_recipients(self, recipients: list[Recipient]) -> None:
        self.model.set_rows([replace(recipient) for recipient in recipients])

    def recipients(self) -> list[Recipient]:
        return [replace(recipient) for recipient in self.model.rows if recipient.name]

    def add(self, name: str = "", note: str = "") -> None:
        row = self.model.append(Recipient(nfc(name).strip(), nfc(note).strip()))
        self.table.setCurrentCell(row, 0)
        if not name:
            self.table.setFocus()
            self.table.edit(self.model.index(row, 0))
        self.changed.emit()

    def move_by(self, step: int) -> None:
        row = self.table.currentRow()
        other = row + step
        if not (0 <= row < self.model.rowCount() and 0 <= other < self.model.rowCount()):
            return
        column = self.table.currentIndex().column()
        self.model.swap(row, other)
        self.table.setCurrentCell(other, column)
        self.update_buttons()  # the current index moved with its row: no signal said so
        self.changed.emit()

    def remove(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.model.remove(row)
            self.changed.emit()
