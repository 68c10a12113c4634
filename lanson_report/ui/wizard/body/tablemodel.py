"""A Table behind a QTableView: one model over the grid, no widget per cell.

Typing into a cell changes that cell only (dataChanged for one index), so a table of
hundreds of rows stays as quick to edit as a small one. Structural edits go through the
pure functions of tableops and reset the model with the table they return.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QFrame,
    QPlainTextEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from ....domain.model import Cell, Run, Table
from ....domain.tables import figures, numbers
from ....domain.tables.tablelimits import text_problem
from ....domain.text import nfc
from .tablehistory import History

Index = QModelIndex | QPersistentModelIndex
# Worked out once: combining Qt flags in Python costs more than the rest of data() together,
# and data() runs for every visible cell and role at every repaint.
ALIGN_FLAGS = {
    "left": int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
    "center": int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter),
    "right": int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
}
CELL_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
DISPLAY, EDIT = int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.EditRole)
ALIGN_ROLE, FONT_ROLE = int(Qt.ItemDataRole.TextAlignmentRole), int(Qt.ItemDataRole.FontRole)
BACKGROUND_ROLE = int(Qt.ItemDataRole.BackgroundRole)
TOOLTIP_ROLE = int(Qt.ItemDataRole.ToolTipRole)
HEADER_BACKGROUND = QColor("#e8eef7")
COMPUTED_BACKGROUND = QColor("#e6f2e1")  # a computed figure: read, never typed
MISMATCH_BACKGROUND = QColor("#f9d3d0")  # a typed figure the computation disagrees with
ESTIMATE_BACKGROUND = QColor("#fff1c2")  # last period's estimate, waiting for the official one
COMPUTED_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
LONG_CELL = 24  # characters: a body cell longer than this shows whole in its tooltip
COLUMN_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def column_name(index: int) -> str:
    """Spreadsheet-style column names, A, B, … Z, AA, AB, … as the clerk knows from Excel."""
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = COLUMN_LETTERS[rest] + name
    return name


class TableModel(QAbstractTableModel):
    refused = Signal(str)  # why an edit was not taken, for the dialog to say

    def __init__(self, table: Table) -> None:
        super().__init__()
        self.table = table
        self._bold = QFont()
        self._bold.setBold(True)
        self._header_fill = QBrush(HEADER_BACKGROUND)
        self._fills = {
            "computed": QBrush(COMPUTED_BACKGROUND),
            "mismatch": QBrush(MISMATCH_BACKGROUND),
            "estimate": QBrush(ESTIMATE_BACKGROUND),
            "mistyped": QBrush(MISMATCH_BACKGROUND),  # as wrong as a mismatch, said why
            "ambiguous": QBrush(ESTIMATE_BACKGROUND),  # to look at, as an estimate is
        }
        self.computed: dict[tuple[int, int], str] = {}  # position -> what it computes to
        self.mismatched: set[tuple[int, int]] = set()
        self.ambiguous: dict[tuple[int, int], tuple[str, str, str]] = {}  # `8.000`: asked
        self.figure_columns: set[int] = set()  # flush right, as they print
        self.total_rows: set[int] = set()  # bold, as they print
        self.history: History | None = None  # where a cell's edit is kept for undo
        self.refresh_figures()

    def set_table(self, table: Table) -> None:
        self.beginResetModel()
        self.table = table
        self.refresh_figures()
        self.endResetModel()

    def refresh_figures(self) -> bool:
        """Recompute the table's figures; whether any computed cell's text changed."""
        if self.table.compute is None and not self.computed and not self.table.computed:
            return False
        before = {pos: self._text(*pos) for pos in self.computed}
        compute = self.table.compute
        numeric = figures.numeric_columns(self.table) if compute else []
        self.figure_columns = set(numeric)
        self.total_rows = set(compute.total_rows) if compute else set()
        self.computed = figures.settled(self.table, numeric)
        found = figures.write(self.table, self.computed)
        self.mismatched = {(m.row, m.column) for m in found}
        self.ambiguous = figures.ambiguous_cells(self.table)
        return any(self._text(*pos) != text for pos, text in before.items()) or (
            before.keys() != self.computed.keys()
        )

    def _text(self, row: int, column: int) -> str:
        cell = self.table.rows[row][column]
        return cell.text if cell is not None else ""

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.table.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.table.columns)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if (index.row(), index.column()) in self.computed:
            return COMPUTED_FLAGS
        return CELL_FLAGS

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        row = index.row()
        cell = self.table.rows[row][index.column()]
        if role in (DISPLAY, EDIT):
            return cell.text if cell is not None else ""
        header = row < self.table.header_rows
        if role == ALIGN_ROLE:
            if header:
                return ALIGN_FLAGS["center"]
            if cell is not None and cell.align is not None:
                return ALIGN_FLAGS[cell.align]
            if index.column() in self.figure_columns:
                return ALIGN_FLAGS["right"]
            return ALIGN_FLAGS[self.table.columns[index.column()].align]
        if role == FONT_ROLE and (header or row in self.total_rows):
            return self._bold
        if role == BACKGROUND_ROLE:
            return self._header_fill if header else self._figure_fill(row, index.column(), cell)
        if role == TOOLTIP_ROLE:
            if header:  # a narrow column's heading, whole, wherever it wraps
                return cell.text if cell is not None and cell.text.strip() else None
            tip = self._figure_tip(row, index.column(), cell)
            if tip is None and cell is not None and len(cell.text) > LONG_CELL:
                return cell.text  # a long label, whole, where the column cuts it
            return tip
        return None

    def _figure_kind(self, row: int, column: int, cell: Cell | None) -> str:
        if (row, column) in self.mismatched:
            return "mismatch"
        if cell is not None and column in self.figure_columns and numbers.read(cell.text).hint:
            return "mistyped"  # `8.5`: a decimal point, where Vietnamese writes a comma
        if cell is not None and cell.estimate:
            return "estimate"
        if (row, column) in self.ambiguous:
            return "ambiguous"
        return "computed" if (row, column) in self.computed else ""

    def _figure_fill(self, row: int, column: int, cell: Cell | None) -> QBrush | None:
        kind = self._figure_kind(row, column, cell)
        return self._fills[kind] if kind else None

    def _figure_tip(self, row: int, column: int, cell: Cell | None) -> str | None:
        kind = self._figure_kind(row, column, cell)
        if kind == "mismatch":
            return (
                f"Số gõ tay {self._text(row, column)} khác số tính được "
                f"{self.computed[row, column]}. Bấm Delete để dùng số tính được."
            )
        if kind == "estimate":
            return "Số ước tính của kỳ trước: cần số chính thức. Sửa ô này để xác nhận."
        if kind == "mistyped" and cell is not None:
            return f"{numbers.read(cell.text).hint}: ô này chưa được tính vào tổng, tỷ lệ."
        if kind == "ambiguous":
            text, decimal, thousands = self.ambiguous[row, column]
            return (
                f"“{text}” đọc được hai cách vì các ô khác của cột viết dấu phẩy thập phân: "
                f"số thập phân thì ghi {decimal}, số hàng nghìn thì ghi {thousands} (hoặc bấm "
                "nút “Là số…” bên dưới bảng)."
            )
        if kind == "computed":
            return "Ô tính tự động từ các ô khác của bảng; không gõ vào được."
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        cell = self.table.rows[index.row()][index.column()]
        text = nfc(str(value))
        if cell is not None and text == cell.text and cell.estimate:
            self._remember(index.row(), index.column(), cell)
            cell.estimate = False  # the clerk confirms last period's estimate as it is
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.BackgroundRole])
            return True
        if cell is None or text == cell.text:
            return False
        problem = text_problem(text)
        if problem:
            self.refused.emit(problem[0].upper() + problem[1:] + ".")
            return False
        self._remember(index.row(), index.column(), cell)
        cell.runs = [Run(text)] if text else []
        cell.estimate = False  # edited: the clerk has given the figure
        self._cell_changed(index)
        return True

    def _remember(self, row: int, column: int, cell: Cell) -> None:
        if self.history is not None:
            self.history.cell(row, column, cell)

    def _cell_changed(self, index: Index) -> None:
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])
        if (
            self.refresh_figures()
            or self.mismatched
            or (index.row(), index.column()) in self.computed
        ):
            self._figures_changed()

    def put_cell(self, row: int, column: int, cell: Cell) -> Cell:
        """Put back a cell's text and marks as they were (undo); returns them as they are."""
        target = self.table.rows[row][column]
        assert target is not None
        now = Cell(list(target.runs), target.colspan, target.rowspan, target.align, target.estimate)
        target.runs, target.estimate = list(cell.runs), cell.estimate
        self._cell_changed(self.index(row, column))
        return now

    def _figures_changed(self) -> None:
        """Repaint the body: a total or a percentage far from the edited cell may have moved."""
        first = self.index(self.table.header_rows, 0)
        last = self.index(len(self.table.rows) - 1, len(self.table.columns) - 1)
        self.dataChanged.emit(first, last, [Qt.ItemDataRole.DisplayRole])

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == TOOLTIP_ROLE and horizontal:  # "F: Thực hiện", as the figure rules name it
            heading = figures.header_text(self.table, section)
            return f"Cột {column_name(section)}: {heading}" if heading else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if horizontal:
            return column_name(section)
        return str(section + 1)


class GridView(QTableView):
    """The grid; Ctrl+V pastes a copied range, Delete empties the selected cells."""

    paste_requested = Signal()
    clear_requested = Signal()
    tab_past_end = Signal()  # Tab in the last cell: a new row, as in Word

    def keyPressEvent(self, event: QKeyEvent) -> None:
        editing = self.state() == self.State.EditingState
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_requested.emit()
        elif event.key() == Qt.Key.Key_Delete and not editing:
            self.clear_requested.emit()
        elif event.key() == Qt.Key.Key_Tab and not editing and self.at_last_cell():
            self.tab_past_end.emit()
            event.accept()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not editing:
            # as in a spreadsheet, never the dialog's Đồng ý: a cell that can be typed into
            # is opened for typing, a computed one is passed over downwards
            current = self.currentIndex()
            trigger = self.EditTrigger.EditKeyPressed
            if not (current.isValid() and self.edit(current, trigger, event)):
                self.move_down()
            event.accept()
        else:
            super().keyPressEvent(event)

    def at_last_cell(self) -> bool:
        """Whether no cell after the current one can be typed into: Tab then adds a row."""
        current = self.currentIndex()
        if not current.isValid():
            return False
        return self._typed_after(current, 1) is None

    def moveCursor(
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        """Tab and Shift+Tab pass over the cells the program computes, as a form passes
        over read-only fields: a row of figures takes one Tab per figure typed."""
        steps = {self.CursorAction.MoveNext: 1, self.CursorAction.MovePrevious: -1}
        step = steps.get(action)
        current = self.currentIndex()
        if step is None or not current.isValid():
            return super().moveCursor(action, modifiers)
        found = self._typed_after(current, step)
        return found if found is not None else current

    def _typed_after(self, current: QModelIndex, step: int) -> QModelIndex | None:
        """The next cell (step 1) or the previous one (-1), in reading order, that can be
        typed into and is not covered by another's span; None when there is none."""
        model = self.model()
        columns = model.columnCount()
        at = current.row() * columns + current.column()
        if step > 0:  # past the current cell's whole span
            at += max(1, self.columnSpan(current.row(), current.column())) - 1
        for position in range(at + step, -1 if step < 0 else model.rowCount() * columns, step):
            row, column = divmod(position, columns)
            index = model.index(row, column)
            if not model.flags(index) & Qt.ItemFlag.ItemIsEditable:
                continue
            if self._covered(row, column):
                continue
            return index
        return None

    def _covered(self, row: int, column: int) -> bool:
        """Whether another cell's span covers this position (the grid holds None there)."""
        model = self.model()
        return isinstance(model, TableModel) and model.table.rows[row][column] is None

    def move_down(self) -> None:
        """To the cell under the current one (under its whole span), as Enter does in Excel."""
        current = self.currentIndex()
        if not current.isValid():
            return
        below = current.row() + max(1, self.rowSpan(current.row(), current.column()))
        if below < self.model().rowCount():
            self.setCurrentIndex(self.model().index(below, current.column()))


NEW_LINE_MODIFIERS = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier


class CellDelegate(QStyledItemDelegate):
    """Cells edited as in Excel: Enter keeps the text, Alt+Enter (or Shift+Enter) starts a line."""

    def createEditor(
        self, parent: QWidget, _option: QStyleOptionViewItem, _index: Index
    ) -> QWidget:
        editor = QPlainTextEdit(parent)
        editor.setFrameShape(QFrame.Shape.NoFrame)
        editor.setTabChangesFocus(True)
        editor.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QPlainTextEdit)
        editor.setPlainText(str(index.data(Qt.ItemDataRole.EditRole)))
        editor.selectAll()  # typing over a cell replaces it, as in Excel; an arrow key keeps it

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QPlainTextEdit)
        model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if not (isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress):
            return super().eventFilter(editor, event)
        view = self.parent()
        if event.key() == Qt.Key.Key_Tab and isinstance(view, GridView) and view.at_last_cell():
            assert isinstance(editor, QPlainTextEdit)
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            view.tab_past_end.emit()  # kept, then a new row to type on, as in Word
            return True
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return super().eventFilter(editor, event)
        assert isinstance(editor, QPlainTextEdit)
        if event.modifiers() & (
            Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier
        ):
            editor.insertPlainText("\n")
            return True
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        if isinstance(view, GridView):  # kept: on to the cell below, as in a spreadsheet
            view.move_down()
        return True
