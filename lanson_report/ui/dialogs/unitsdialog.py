"""Tình hình các đơn vị gửi: each unit of a consolidation with its state (chưa nhận, đã
nhận — when, which file —, đã gộp, cần bổ sung and what it must add), the deadline the
kits gave (the clerk can move it), and the way to a công văn of reminder."""

from __future__ import annotations

import datetime

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.text import fold
from ...domain.unitrecord import Consolidation, UnitRecord
from .. import dialogs
from ..common.labels import buddy

COLUMNS = ("Đơn vị", "Tình trạng", "Nhận lúc", "Tệp đã nhận", "Cần bổ sung")
NO_DEADLINE = QDate(2000, 1, 1)  # the date box's "chưa đặt"


class UnitsDialog(QDialog):
    def __init__(
        self,
        record: Consolidation,
        held: list[str],
        today: datetime.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Tình hình các đơn vị gửi")
        self.record = record
        self.held = {fold(name) for name in held}  # units the merged report holds
        self.today = today
        self.changed = False
        self.wants_reminder = False
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(list(COLUMNS))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selected)
        self.table.itemDoubleClicked.connect(lambda _item: self.ask_to_complete())
        self.deadline_box = QDateEdit()
        self.deadline_box.setCalendarPopup(True)
        self.deadline_box.setDisplayFormat("dd/MM/yyyy")
        self.deadline_box.setMinimumDate(NO_DEADLINE)
        self.deadline_box.setSpecialValueText("chưa đặt")
        due = record.deadline
        self.deadline_box.setDate(QDate(due.year, due.month, due.day) if due else NO_DEADLINE)
        self.deadline_box.dateChanged.connect(self._deadline_changed)
        self.deadline_note = QLabel()
        self.counts = QLabel()
        self.complete_button = QPushButton("Cần &bổ sung…")
        self.complete_button.setToolTip(
            "Ghi điều đơn vị cần bổ sung; đơn vị được đưa vào công văn đôn đốc"
        )
        self.complete_button.clicked.connect(self.ask_to_complete)
        self.done_button = QPushButton("Đã &đủ")
        self.done_button.setToolTip("Bỏ yêu cầu bổ sung của đơn vị")
        self.done_button.clicked.connect(self.settle)
        self.remind_button = QPushButton("Soạn công văn đôn đốc")
        self.remind_button.clicked.connect(self._remind)
        top = QHBoxLayout()
        top.addWidget(buddy("&Hạn gửi:", self.deadline_box))
        top.addWidget(self.deadline_box)
        top.addWidget(self.deadline_note, 1)
        actions = QHBoxLayout()
        for button in (self.complete_button, self.done_button, self.remind_button):
            actions.addWidget(button)
        actions.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.counts)
        layout.addLayout(actions)
        layout.addWidget(close)
        self.resize(900, 420)
        self.show_units()
        if record.units:
            self.table.selectRow(0)

    def show_units(self) -> None:
        self.table.setRowCount(len(self.record.units))
        for row, unit in enumerate(self.record.units):
            last = unit.received[-1] if unit.received else None
            files = f" (+{len(unit.received) - 1} bản trước)" if len(unit.received) > 1 else ""
            values = (
                unit.name,
                unit.label,
                last.when if last else "",
                (last.file.replace("\\", "/").rsplit("/", 1)[-1] + files) if last else "",
                unit.note,
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 3 and last is not None:
                    item.setToolTip(last.file)
                if unit.state in ("sent", "incomplete"):
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(row, column, item)
        states = [unit.state for unit in self.record.units]
        self.counts.setText(
            f"{len(states)} đơn vị: đã gộp {states.count('merged')}, đã nhận chưa gộp "
            f"{states.count('received')}, chưa nhận {states.count('sent')}, cần bổ sung "
            f"{states.count('incomplete')}."
        )
        left = self.record.deadline_left(self.today)
        self.deadline_note.setText(f"({left})" if left else "")
        self.remind_button.setEnabled(bool(self.record.chased()))
        self._selected()

    def current(self) -> UnitRecord | None:
        row = self.table.currentRow()
        return self.record.units[row] if 0 <= row < len(self.record.units) else None

    def _selected(self) -> None:
        unit = self.current()
        self.complete_button.setEnabled(unit is not None and unit.state != "sent")
        self.done_button.setEnabled(unit is not None and unit.state == "incomplete")

    def ask_to_complete(self) -> None:
        """Cần bổ sung: what the unit must add, said in the reminder."""
        unit = self.current()
        if unit is None or unit.state == "sent":
            return
        note = dialogs.get_text(
            self,
            "Đơn vị cần bổ sung",
            f"{unit.name} cần bổ sung gì? (ghi vào công văn đôn đốc)",
            unit.note,
        )
        if note is None:
            return
        row = self.table.currentRow()
        self.record.ask_to_complete(unit.name, note)
        self.changed = True
        self.show_units()
        self.table.selectRow(row)

    def settle(self) -> None:
        """Đã đủ: the unit's reply stands as merged (or received, if not merged yet)."""
        unit = self.current()
        if unit is None or unit.state != "incomplete":
            return
        row = self.table.currentRow()
        unit.note = ""
        unit.state = "merged" if fold(unit.name) in self.held else "received"
        self.changed = True
        self.show_units()
        self.table.selectRow(row)

    def _deadline_changed(self, date: QDate) -> None:
        self.record.deadline = (
            None if date == NO_DEADLINE else datetime.date(date.year(), date.month(), date.day())
        )
        self.changed = True
        self.show_units()

    def _remind(self) -> None:
        self.wants_reminder = True
        self.accept()
