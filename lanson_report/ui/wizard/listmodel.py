"""A list of dataclass rows shown as a table: the model holds the rows, the view only shows them.

Basis references and recipients are both "an ordered list the clerk adds to, moves, removes";
one model does that for both, so the draft's list is never mirrored into table cells by hand.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QTableView, QWidget

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


@dataclass(frozen=True)
class Column(Generic[Row]):
    """One column: its header, how a row shows in it and, if editable in place, how to set it."""

    header: str
    show: Callable[[Row], str]
    edit: Callable[[Row, str], None] | None = None


class ListModel(QAbstractTableModel, Generic[Row]):
    """The rows of one draft list, in printed order."""

    def __init__(self, columns: Sequence[Column[Row]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self.rows: list[Row] = []

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> str | None:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
        ):
            return None
        return self.columns[index.column()].show(self.rows[index.row()])

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> str | None:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self.columns[index.column()].edit is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        edit = self.columns[index.column()].edit if index.isValid() else None
        if edit is None or role != Qt.ItemDataRole.EditRole:
            return False
        edit(self.rows[index.row()], str(value))
        self.dataChanged.emit(index, index)
        return True

    def set_rows(self, rows: Sequence[Row]) -> None:
        """Show these rows; pass copies, so the draft changes only through the page."""
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def append(self, row: Row) -> int:
        at = len(self.rows)
        self.beginInsertRows(ROOT, at, at)
        self.rows.append(row)
        self.endInsertRows()
        return at

    def remove(self, at: int) -> None:
        self.beginRemoveRows(ROOT, at, at)
        del self.rows[at]
        self.endRemoveRows()

    def swap(self, at: int, other: int) -> None:
        """Swap two adjacent rows; the view's current index stays with its row."""
        first, second = sorted((at, other))
        if not self.beginMoveRows(ROOT, second, second, ROOT, first):
            return
        self.rows[first], self.rows[second] = self.rows[second], self.rows[first]
        self.endMoveRows()

    def row_changed(self, at: int) -> None:
        """The row was edited outside the table (in a form): show it again."""
        self.dataChanged.emit(self.index(at, 0), self.index(at, len(self.columns) - 1))


class ListView(QTableView):
    """A table view of a ListModel that speaks in rows, as the pages think of it."""

    def __init__(self, model: ListModel[Row], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.setTabKeyNavigation(False)
        self.verticalHeader().setVisible(False)

    def currentRow(self) -> int:
        return self.currentIndex().row()

    def setCurrentCell(self, row: int, column: int) -> None:
        self.setCurrentIndex(self.model().index(row, column))
