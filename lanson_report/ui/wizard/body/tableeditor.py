"""The table editor: a dialog over one Table, opened by "Chèn bảng" and "Sửa bảng…".

The grid is a QTableView over TableModel; rows, columns, merging and pasting go through the
domain (tableops, tablepaste), which keep spans whole. What the domain refuses is said in
a line under the grid, in words, without a modal box in the way of the clerk's typing.
"""

from __future__ import annotations

import copy
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ....domain.errors import ReportError
from ....domain.model import ALIGNS, TABLE_SIZES, Run, Table
from ....domain.tables import tableops
from ... import dialogs
from ...common.fields import LineEdit, buddy, hint
from ...common.widgets import button
from .tableactions import GridActions, UndoActions
from .tablefigures import FiguresPanel
from .tablehistory import History
from .tablemodel import CellDelegate, GridView, TableModel, column_name

MOVE_COLUMN = tableops.move_column
ALIGN_NAMES = {"left": "Trái", "center": "Giữa", "right": "Phải"}
HEADING_ROOM = 6  # px under a wrapped heading: its last line clear of the grid line
PASTE_HINT = (
    "Dán từ Excel được: chọn các ô trong Excel hoặc LibreOffice Calc, bấm Ctrl+C, chọn ô ở "
    "đây rồi bấm Ctrl+V. Tab ở ô cuối thêm một hàng; cột TT tự đánh lại số thứ tự."
)
FIGURE_ALIGN = "Cột số liệu của bảng có tính toán luôn căn phải, như khi in."


class TableEditor(UndoActions, GridActions, QDialog):
    def __init__(
        self, table: Table, parent: QWidget | None = None, read_only: bool = False
    ) -> None:
        super().__init__(parent)
        self._read_only = read_only
        self.setWindowTitle("Sửa bảng")
        self.resize(900, 620)
        self.model = TableModel(copy.deepcopy(table))
        self.view = GridView()
        self.view.setAccessibleName("Các ô của bảng")
        self.view.setItemDelegate(CellDelegate(self.view))
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(False)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.view.horizontalHeader().setDefaultSectionSize(120)
        self.view.verticalHeader().setDefaultSectionSize(26)
        self.caption = LineEdit(placeholder="VD: Bảng 1. Kết quả kiểm định năm 2022")
        self.unit = LineEdit(placeholder="VD: Đơn vị tính: triệu đồng")
        self.note = LineEdit(placeholder="VD: Nguồn: Cục Thống kê tỉnh (in nghiêng dưới bảng)")
        self.header_rows = QSpinBox()
        self.font_size = QSpinBox()
        self.font_size.setRange(*TABLE_SIZES)
        self.font_size.setSuffix(" pt")
        self.align = QComboBox()
        for key in ALIGNS:
            self.align.addItem(ALIGN_NAMES[key], key)
        self.column_width = QDoubleSpinBox()
        self.column_width.setRange(0.1, 100.0)
        self.column_width.setDecimals(1)
        self.column_width.setSingleStep(0.5)
        self.column_label = QLabel()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.history = History()
        self.model.history = self.history
        self.figures = FiguresPanel(self.model, self._figures_edited, self.remember)
        self._note_runs = list(table.note)
        self._build()
        self._fill(table)
        self._connect()
        if read_only:  # an issued report: the whole table can be read, nothing changed
            self.setEnabled(True)
            for widget in (*self.buttons.values(), self.header_rows, self.font_size, self.align):
                widget.setEnabled(False)
            self.figures.setEnabled(False)
            for field in (self.caption, self.unit, self.note):
                field.setReadOnly(True)
            self.column_width.setEnabled(False)
            self.view.setEditTriggers(GridView.EditTrigger.NoEditTriggers)
            self.view.paste_requested.disconnect()
            self.view.clear_requested.disconnect()
            self.view.tab_past_end.disconnect()
        self.view.setCurrentIndex(self.model.index(0, 0))
        self._opened = None if read_only else self.table()  # to tell an edited table
        if not read_only:
            for keys, slot in (("Ctrl+Z", self.undo), ("Ctrl+Y", self.redo)):
                QShortcut(QKeySequence(keys), self, slot)
            QShortcut(QKeySequence("Ctrl+Shift+Z"), self, self.redo)  # as on Linux and macOS
        self._show_history()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in a field of the editor never closes it as "Đồng ý" (in the grid it opens
        or keeps a cell); the buttons take Enter themselves, Escape still asks."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        """Hủy, Escape or the close box: an edited table is not dropped without asking
        (a second Escape after leaving a cell used to throw every edit away)."""
        if self._opened is None or self.table() == self._opened:
            super().reject()
            return
        answer = dialogs.choose(
            self,
            "warn",
            "Bảng đã được sửa",
            "Bảng có những thay đổi chưa được giữ lại. Đóng cửa sổ này thì giữ hay bỏ "
            "các thay đổi đó?",
            ["&Giữ các thay đổi", "&Bỏ các thay đổi", "&Quay lại sửa bảng"],
        )
        if answer == 0:
            self.accept()
        elif answer == 1:
            super().reject()

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        form = QFormLayout()
        form.addRow(buddy("&Tên bảng (in đậm, giữa, trên bảng):", self.caption), self.caption)
        form.addRow(buddy("Đơn &vị tính (in nghiêng, bên phải):", self.unit), self.unit)
        numbers = QHBoxLayout()
        numbers.addWidget(buddy("Số &hàng tiêu đề:", self.header_rows))
        numbers.addWidget(self.header_rows)
        numbers.addSpacing(16)
        numbers.addWidget(buddy("Cỡ &chữ trong bảng:", self.font_size))
        numbers.addWidget(self.font_size)
        numbers.addStretch(1)
        form.addRow(numbers)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(self._buttons())
        self.paste_hint = hint(PASTE_HINT)
        layout.addWidget(self.paste_hint)
        layout.addWidget(self.view, 1)
        column = QHBoxLayout()
        column.addWidget(self.column_label)
        column.addWidget(buddy("Căn &lề:", self.align))
        column.addWidget(self.align)
        column.addWidget(buddy("Độ &rộng tương đối:", self.column_width))
        column.addWidget(self.column_width)
        column.addStretch(1)
        layout.addLayout(column)
        layout.addWidget(self.figures)
        note = QFormLayout()
        note.addRow(buddy("Ghi chú dưới &bảng:", self.note), self.note)
        layout.addLayout(note)
        layout.addWidget(self.message)
        box = QDialogButtonBox()
        box.addButton("Đồng ý", QDialogButtonBox.ButtonRole.AcceptRole)
        box.addButton("Hủy", QDialogButtonBox.ButtonRole.RejectRole)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)

    def _buttons(self) -> QGridLayout:
        self.buttons = {
            "row_above": button("Thêm hàng trê&n", lambda: self._row(tableops.insert_row, 0)),
            "row_below": button("Thêm hàng dướ&i", lambda: self._row(tableops.insert_row, 1)),
            "row_remove": button("Xóa hàng", lambda: self._row(tableops.remove_row, 0)),
            "row_up": button("Hàng lên", lambda: self._row(tableops.move_row, 0, -1)),
            "row_down": button("Hàng xuống", lambda: self._row(tableops.move_row, 0, 1)),
            "column_left": button("Thêm cột trái", lambda: self._column(tableops.insert_column, 0)),
            "column_right": button(
                "Thêm cột &phải", lambda: self._column(tableops.insert_column, 1)
            ),
            "column_remove": button("Xóa cột", lambda: self._column(tableops.remove_column, 0)),
            "column_back": button(
                "Cột sang trái", lambda: self._column(tableops.move_column, 0, -1)
            ),
            "column_on": button("Cột sang phải", lambda: self._column(tableops.move_column, 0, 1)),
            "merge": button("&Gộp ô", self.merge, "Gộp các ô đang chọn thành một ô"),
            "split": button("Tách ô", self.split, "Tách ô gộp về các ô đơn"),
            "paste": button(
                "&Dán từ Excel",
                self.paste_clipboard,
                "Dán vùng ô đã sao chép từ Excel hoặc LibreOffice Calc vào ô đang chọn (Ctrl+V)",
            ),
            "undo": button("Hoàn tác", self.undo, "Bỏ thay đổi vừa làm trong bảng (Ctrl+Z)"),
            "redo": button("Làm lại", self.redo, "Làm lại thay đổi vừa hoàn tác (Ctrl+Y)"),
        }
        grid = QGridLayout()
        for index, widget in enumerate(self.buttons.values()):
            grid.addWidget(widget, index // 8, index % 8)
        return grid

    def _connect(self) -> None:
        self.view.paste_requested.connect(self.paste_clipboard)
        self.view.tab_past_end.connect(self.append_row)
        self.view.clear_requested.connect(self.clear_selected)
        self.model.dataChanged.connect(self._cell_changed)
        self.view.selectionModel().currentChanged.connect(self._show_column)
        self.align.currentIndexChanged.connect(self._column_edited)
        self.column_width.valueChanged.connect(self._column_edited)
        self.header_rows.valueChanged.connect(self._header_rows_edited)
        self.model.refused.connect(self.say)

    def _fill(self, table: Table) -> None:
        self.caption.setText(table.caption)
        self.unit.setText(table.unit)
        self.note.setText("".join(run.text for run in table.note))
        self.font_size.setValue(table.size)
        self._reset(self.model.table)

    # ------------------------------------------------------------------ state
    def table(self) -> Table:
        """The table as edited (a new object; the one given to the dialog is untouched)."""
        out = copy.deepcopy(self.model.table)
        out.caption = self.caption.value()
        out.unit = self.unit.value()
        out.size = self.font_size.value()
        note = self.note.value()
        original = "".join(run.text for run in self._note_runs)
        out.note = self._note_runs if note == original else ([Run(note)] if note else [])
        return out

    def current(self) -> tuple[int, int]:
        index = self.view.currentIndex()
        return (max(0, index.row()), max(0, index.column()))

    def say(self, text: str, error: bool = True) -> None:
        """A line under the grid: why something was refused (red), or what was done."""
        self.message.setStyleSheet("color: #a40000;" if error else "color: #1e5a1e;")
        self.message.setText(text)

    def _reset(self, table: Table, current: tuple[int, int] | None = None) -> None:
        row, column = current if current is not None else self.current()
        self.model.set_table(table)
        self.view.clearSpans()
        for r, cells in enumerate(table.rows):
            for c, cell in enumerate(cells):
                if cell is not None and (cell.rowspan > 1 or cell.colspan > 1):
                    self.view.setSpan(r, c, cell.rowspan, cell.colspan)
            if any(cell is not None and "\n" in cell.text for cell in cells):
                self.view.resizeRowToContents(r)  # show every line of a cell
        self.header_rows.blockSignals(True)
        self.header_rows.setRange(0, len(table.rows))
        self.header_rows.setValue(table.header_rows)
        self.header_rows.blockSignals(False)
        row, column = min(row, len(table.rows) - 1), min(column, len(table.columns) - 1)
        self.view.setCurrentIndex(self.model.index(row, column))
        self._show_column()
        self._fit_columns()

    def _cell_changed(self, first: QModelIndex, last: QModelIndex, *_args: object) -> None:
        self.figures.refresh()
        self._show_history()  # a cell typed can be undone: Hoàn tác says so at once
        if first == last and "\n" in str(first.data()):
            self.view.resizeRowToContents(first.row())

    def _fit_columns(self) -> None:
        """Columns as wide, relative to each other, as they will print."""
        columns = self.model.table.columns
        room = max(self.view.viewport().width(), 600)
        total = sum(column.width for column in columns)
        for index, column in enumerate(columns):
            self.view.setColumnWidth(index, max(48, int(room * column.width / total)))
        for row in range(min(self.model.table.header_rows, len(self.model.table.rows))):
            self.view.resizeRowToContents(row)  # headings wrap whole, never cut
            self.view.setRowHeight(row, self.view.rowHeight(row) + HEADING_ROOM)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_columns()

    def _apply(self, operation: Callable[[], Table], current: tuple[int, int]) -> None:
        before = copy.deepcopy(self.model.table)
        try:
            table = operation()
        except ReportError as error:
            self.say(str(error))
            return
        self.history.table(before)
        self._show_history()
        self.say("")
        self._reset(table, current)
        self.view.setFocus()  # typing goes on in the grid, never into the button pressed

    # ------------------------------------------------------------------ columns and header
    def _show_column(self, *_args: object) -> None:
        column = self.current()[1]
        spec = self.model.table.columns[column]
        self.column_label.setText(f"Cột {column_name(column)}:")
        # a figure column of a table that computes prints flush right whatever it is set to
        figure = self.model.table.compute is not None and column in self.model.figure_columns
        self.align.setEnabled(not figure and not self._read_only)
        self.align.setToolTip(FIGURE_ALIGN if figure else "")
        for widget, value in (
            (self.align, ALIGNS.index("right" if figure else spec.align)),
            (self.column_width, spec.width),
        ):
            widget.blockSignals(True)
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(int(value))
            else:
                widget.setValue(float(value))
            widget.blockSignals(False)
        self.figures.show_at(*self.current())

    def go_to(self, row: int, column: int) -> None:
        """Put the current cell there (the first cell if the table has no such cell)."""
        index = self.model.index(row, column)
        self.view.setCurrentIndex(index if index.isValid() else self.model.index(0, 0))
        self.view.scrollTo(self.view.currentIndex())

    def _figures_edited(self, problem: str) -> None:
        self._reset(self.model.table)
        self.say(problem)
        # A button that did its work (Là số hàng nghìn…) is hidden or greyed, and Qt gives
        # the focus to the next field, the note: the next figure typed would replace it.
        focused = QApplication.focusWidget()
        if focused is None or not self.figures.isAncestorOf(focused):
            self.view.setFocus()

    def _column_edited(self, *_args: object) -> None:
        self.remember()
        column = self.current()[1]
        spec = self.model.table.columns[column]
        spec.align = self.align.currentData()
        spec.width = round(self.column_width.value(), 1)
        self._fit_columns()
        self._repaint()

    def _header_rows_edited(self, value: int) -> None:
        self.remember()
        self.model.table.header_rows = value
        self.model.refresh_figures()
        self._repaint()
        self._fit_columns()

    def _repaint(self) -> None:
        last = self.model.index(self.model.rowCount() - 1, self.model.columnCount() - 1)
        self.model.dataChanged.emit(self.model.index(0, 0), last)
