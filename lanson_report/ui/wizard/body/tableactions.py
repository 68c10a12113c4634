"""What the table editor's buttons do to the grid: rows, columns, merge, split and paste;
and undo, redo.

A mixin of TableEditor, kept apart so that the dialog's module holds its layout and state.
Every change goes through the domain (tableops, tablepaste) and back through _apply, which
says in the dialog what the domain refused.
"""

from __future__ import annotations

import copy
from collections.abc import Callable

from PySide6.QtCore import QItemSelection, QItemSelectionModel
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QPushButton

from ....domain.model import Run, Table
from ....domain.tables import figures, tableops, tablepaste
from ....domain.text import nfc
from . import tablenumbering
from .tablehistory import CellStep, History, Step, TableStep
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
        table = self.model.table  # a TT column numbered 1, 2, 3… is numbered again
        self._apply(lambda: tablenumbering.renumbered(table, operation(table, at, *args)), target)

    def append_row(self) -> None:
        """Tab in the last cell: a new row under the table, to type on from its first cell
        that is not numbered automatically (one Ctrl+Z takes the row away again)."""
        table = self.model.table
        at = len(table.rows)
        found = tablenumbering.numbering(table)
        first = 1 if found is not None and found[0] == 0 and len(table.columns) > 1 else 0
        self._apply(
            lambda: tablenumbering.renumbered(table, tableops.insert_row(table, at)), (at, first)
        )

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

    def remember(self) -> None:
        raise NotImplementedError

    def clear_selected(self) -> None:
        """Delete: the selected cells emptied, undone at once by one Ctrl+Z."""
        self.remember()
        history, self.model.history = self.model.history, None
        try:
            for index in self.view.selectionModel().selectedIndexes():
                self.model.setData(index, "")
        finally:
            self.model.history = history

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
            kept: list[tuple[int, int]] = []

            def pasted() -> Table:
                new = tablepaste.paste_into(table, grid, row, column)
                kept.extend(_keep_computed(table, new))
                return new

            self._apply(pasted, (row, column))
            if kept and not self.message.text():
                self.say(
                    f"Đã dán; {len(kept)} ô tính tự động (tổng, tỷ lệ) giữ số tính được, "
                    "không nhận số dán vào.",
                    error=False,
                )
        if not self.message.text():
            self.say(
                f"Đã dán {len(grid)} hàng × {len(grid[0])} cột, giữ nguyên số như trong bảng tính. "
                "Kiểm tra số hàng tiêu đề và căn lề từng cột.",
                error=False,
            )


def _keep_computed(old: Table, new: Table) -> list[tuple[int, int]]:
    """Cells the program computes take no pasted figure, as they take no typed one: their
    computed text is put back (the paste may not reach them all)."""

    kept: list[tuple[int, int]] = []
    for (r, c), text in old.computed.items():
        if r >= len(new.rows) or c >= len(new.columns):
            continue
        cell = new.rows[r][c]
        if cell is not None and cell.text != text:
            cell.runs = [Run(text)] if text else []
            kept.append((r, c))
    if kept:
        new.computed.update({key: old.computed[key] for key in kept})
        figures.recompute(new)
    return kept


class UndoActions:
    """Ctrl+Z and Ctrl+Y of the table editor: a mixin of TableEditor, as GridActions is."""

    model: TableModel
    view: GridView
    history: History
    buttons: dict[str, QPushButton]

    def say(self, text: str, error: bool = True) -> None:
        raise NotImplementedError

    def _reset(self, table: Table, current: tuple[int, int] | None = None) -> None:
        raise NotImplementedError

    def remember(self) -> None:
        """Keep the whole table as it is, for Ctrl+Z, before a change of more than a cell."""
        self.history.table(self.model.table)
        self._show_history()

    def undo(self) -> None:
        step = self.history.undo()
        if step is not None:
            self.history.undone(self._put_back(step))
        self._show_history()

    def redo(self) -> None:
        step = self.history.redo()
        if step is not None:
            self.history.redone(self._put_back(step))
        self._show_history()

    def _put_back(self, step: Step) -> Step:
        """Put a step's state back; returns the state it replaced."""
        if isinstance(step, CellStep):
            now = self.model.put_cell(step.row, step.column, step.cell)
            self.view.setCurrentIndex(self.model.index(step.row, step.column))
            return CellStep(step.row, step.column, now)
        now_table = TableStep(copy.deepcopy(self.model.table))
        self._reset(copy.deepcopy(step.table))
        self.say("")
        return now_table

    def _show_history(self) -> None:
        self.buttons["undo"].setEnabled(self.history.can_undo())
        self.buttons["redo"].setEnabled(self.history.can_redo())
