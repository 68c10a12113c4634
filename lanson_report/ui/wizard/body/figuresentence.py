"""Câu số liệu: the sentence a report writes about a row of a computed table, inserted at
the cursor as plain text ("đạt 103,2 % kế hoạch, tăng 5,3 % so với cùng kỳ")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ....domain.model import Table
from ....domain.tables import figures, wording
from .tableobject import OBJECT_CHAR, table_of


def computed_tables(document: QTextDocument) -> list[Table]:
    """The tables in a body editor's text that compute their figures, top to bottom."""
    found: list[Table] = []
    block = document.begin()
    while block.isValid():
        if OBJECT_CHAR in block.text():
            iterator = block.begin()
            while not iterator.atEnd():
                table = table_of(iterator.fragment().charFormat())
                if table is not None and table.compute is not None:
                    found.append(table)
                iterator += 1
        block = block.next()
    return found


def sentences(tables: list[Table]) -> list[tuple[str, str]]:
    """(what the list shows, the sentence) for every row that has one."""
    out = []
    for table in tables:
        name = table.caption.strip() or "Bảng"
        column = figures.label_column(table)
        for row in figures.body_rows(table):
            text = wording.sentence(table, row)
            if text:
                out.append((f"{name} — {figures.row_label(table, row, column)}", text))
    return out


class FigureSentenceDialog(QDialog):
    def __init__(self, tables: list[Table], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Chèn câu số liệu")
        self.resize(640, 420)
        self.rows = QListWidget()
        self.rows.setAccessibleName("Các hàng của bảng số liệu")
        for shown, text in sentences(tables):
            item = QListWidgetItem(shown)
            item.setData(Qt.ItemDataRole.UserRole, text)
            self.rows.addItem(item)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Chọn hàng của bảng để chèn câu nói về số liệu của hàng đó:"))
        layout.addWidget(self.rows, 1)
        layout.addWidget(self.preview)
        box = QDialogButtonBox()
        box.addButton("Chèn", QDialogButtonBox.ButtonRole.AcceptRole)
        box.addButton("Hủy", QDialogButtonBox.ButtonRole.RejectRole)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.rows.currentRowChanged.connect(self._show)
        if self.rows.count():
            self.rows.setCurrentRow(0)

    def _show(self, _row: int) -> None:
        self.preview.setText(self.sentence())

    def sentence(self) -> str:
        item = self.rows.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""
