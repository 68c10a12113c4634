"""What the table editor's buttons do to the grid: rows, columns, merge, split and paste.

A mixin of TableEditor, kept apart so that the dialog's module holds its layout and state.
Every change goes through the domain (tableops, tablepaste) and back through _apply, which
says in the dialog what the domain refused.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelection, QItemSelectionModel
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from ....domain.model import Table
from ....domain.tables import tableops, tablepaste
from ....domain.text import nfc
from .tablemodel import GridView, TableModel


class GridActions:
    model: TableModel
    view: GridView
    message: QLabel

    def current(self) -> tuple[int, int]:
        raise NotImplementedError

    def say(self, text: str, error: bool = True) -> None:
        raise NotImplementedError

    def _apply(self, operation: Callable[[], Table], current: tuple[int, int]) -> None:
        raise NotImplementedError

    def _row(self, operation: Callable[..., Table], offset: int, *args: int) -> None:
        row, column = self.current()
        at = row + offset
        target = (at + args[0] if args else at, column)
        self._apply(lambda: operation(self.model.table, at, *args), target)

    def _column(self, operation: Callable[..., Table], offset: int, *args: int) -> None:
        row, column = self.current()
        at = column + offset
        target = (row, at + args[0] if args else at)
        self._apply(lambda: operation(self.model.table, at, *args), target)

    def _selected_rectangle(self) -> tuple[int, int, int, int]:
        indexes = self.view.selectionModel().selectedIndexes() or [self.view.currentIndex()]
        rows = [i.row() for i in indexes]
        columns = [i.column() for i in indexes]
        return min(rows), min(columns), max(rows), max(columns)

    def merge(self) -> None:
        top, left, bottom, right = self._selected_rectangle()
        if (top, left) == (bottom, right):
            self.say("Hãy chọn hai ô trở lên (kéo chuột hoặc Shift + phím mũi tên) rồi bấm Gộp ô.")
            return
        table = self.model.table
        self._apply(lambda: tableops.merge(table, top, left, bottom, right), (top, left))

    def split(self) -> None:
        row, column = self.current()
        self._apply(lambda: tableops.split(self.model.table, row, column), (row, column))

    def select(self, top: int, left: int, bottom: int, right: int) -> None:
        """Select a rectangle of cells, as dragging the mouse over them does."""
        selection = self.view.selectionModel()
        self.view.setCurrentIndex(self.model.index(top, left))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        area = QItemSelection(self.model.index(top, left), self.model.index(bottom, right))
        selection.select(area, flags)

    def clear_selected(self) -> None:
        for index in self.view.selectionModel().selectedIndexes():
            self.model.setData(index, "")

    # ------------------------------------------------------------------ paste
    def paste_clipboard(self) -> None:
        data = QGuiApplication.clipboard().mimeData()
        text = data.text() if data is not None and data.hasText() else ""
        html = data.html() if data is not None and data.hasHtml() else ""
        self.paste(text, html)

    def paste(self, text: str, html: str = "") -> None:
        """Paste a copied range at the current cell; into an empty table it becomes the table."""
        grid = tablepaste.parse_clipboard(nfc(text), html)
        if not grid:
            self.say("Bộ nhớ tạm không có vùng ô nào. Hãy chọn các ô trong Excel, bấm Ctrl+C.")
            return
        table = self.model.table
        row, column = self.current()
        blank = all(cell is None or not cell.runs for cells in table.rows for cell in cells)
        if blank and (row, column) == (0, 0):
            header = max(1, table.header_rows)
            self._apply(lambda: tablepaste.new_table(grid, header), (0, 0))
        else:
            self._apply(lambda: tablepaste.paste_into(table, grid, row, column), (row, column))
        if not self.message.text():
            self.say(
                f"Đã dán {len(grid)} hàng × {len(grid[0])} cột, giữ nguyên số như trong bảng tính. "
                "Kiểm tra số hàng tiêu đề và căn lề từng cột.",
                error=False,
            )
