"""Phụ lục in the content step: the list under the section tree, and the editor of one.

An appendix is edited like a section's body (the same RichTextEdit, text toolbar and
table buttons) plus its title and its orientation; the list adds, removes and reorders.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from ....domain.model import ORIENTATIONS, Appendix
from ....domain.text import roman
from ...common.fields import LineEdit, buddy
from ...common.widgets import button
from .bodytables import BodyTables
from .richtext import RichTextEdit
from .textbar import TextBar, tool_row

ORIENTATION_NAMES = {"portrait": "Dọc (khổ A4 đứng)", "landscape": "Ngang (khổ A4 nằm ngang)"}
LIST_HEIGHT = 66  # px: three appendices in view; the section tree above keeps the room
NO_TITLE = "(chưa có tên phụ lục)"


def appendix_label(index: int, count: int) -> str:
    """`Phụ lục` alone, or `Phụ lục I`, `Phụ lục II` … when there are two or more."""
    return "Phụ lục" if count == 1 else f"Phụ lục {roman(index + 1)}"


class AppendixList(QWidget):
    """The appendices, numbered as they print, with add, move and remove buttons."""

    selected = Signal(object)  # int | None
    structure_changed = Signal(object)  # the index to select afterwards, or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[Appendix] = []
        self.read_only = False
        self.before_change: Callable[[], object] = lambda: None  # the page keeps the editor's text
        self.confirm_remove: Callable[[int], bool] = lambda _row: True  # the page may ask first
        self.view = QListWidget()
        self.view.setAccessibleName("Các phụ lục")
        self.view.setMaximumHeight(LIST_HEIGHT)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.add_button = button("Thêm phụ &lục", self.add, "Thêm một phụ lục sau phụ lục cuối")
        self.up_button = button("Lên", lambda: self.move_by(-1), "Chuyển phụ lục lên trước")
        self.down_button = button("Xuống", lambda: self.move_by(1), "Chuyển phụ lục xuống sau")
        self.remove_button = button("Xóa phụ lục", self.remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(buddy("Phụ lục kèm theo văn bản:", self.view))
        layout.addWidget(self.view)
        grid = QGridLayout()
        for index, widget in enumerate(
            (self.add_button, self.remove_button, self.up_button, self.down_button)
        ):
            grid.addWidget(widget, index // 2, index % 2)
        layout.addLayout(grid)
        self.view.currentRowChanged.connect(self._row_changed)
        self._sync_buttons()

    def show_items(self, items: list[Appendix], select: int | None) -> None:
        self.items = items
        self.view.blockSignals(True)
        self.view.clear()
        self.view.addItems(["" for _ in items])
        self.relabel()
        self.view.setCurrentRow(select if select is not None else -1)
        self.view.blockSignals(False)
        self._sync_buttons()

    def relabel(self) -> None:
        for index, item in enumerate(self.items):
            orientation = " (trang ngang)" if item.orientation == "landscape" else ""
            text = f"{appendix_label(index, len(self.items))}: {item.title or NO_TITLE}"
            self.view.item(index).setText(text + orientation)
            self.view.item(index).setToolTip(text + orientation)

    def current(self) -> int | None:
        row = self.view.currentRow()
        return row if 0 <= row < len(self.items) else None

    def deselect(self) -> None:
        self.view.blockSignals(True)
        self.view.setCurrentRow(-1)
        self.view.clearSelection()
        self.view.blockSignals(False)
        self._sync_buttons()

    def _row_changed(self, _row: int) -> None:
        self._sync_buttons()
        self.selected.emit(self.current())

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._sync_buttons()

    def _sync_buttons(self) -> None:
        row = None if self.read_only else self.current()
        self.add_button.setEnabled(not self.read_only)
        self.remove_button.setEnabled(row is not None)
        self.up_button.setEnabled(row is not None and row > 0)
        self.down_button.setEnabled(row is not None and row < len(self.items) - 1)

    def add(self) -> None:
        self.before_change()
        self.structure_changed.emit(len(self.items))  # the page appends, then selects it

    def move_by(self, step: int) -> None:
        row = self.current()
        if row is not None and 0 <= row + step < len(self.items):
            self.before_change()
            self.items[row], self.items[row + step] = self.items[row + step], self.items[row]
            self.structure_changed.emit(row + step)

    def remove(self) -> None:
        row = self.current()
        if row is not None and self.confirm_remove(row):
            self.before_change()
            del self.items[row]
            self.structure_changed.emit(min(row, len(self.items) - 1) if self.items else None)


class AppendixEditor(QWidget):
    """Title, orientation and body of one appendix."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = LineEdit(placeholder="VD: Danh mục nhiệm vụ khoa học và công nghệ năm 2022")
        self.orientation = QComboBox()
        for key in ORIENTATIONS:
            self.orientation.addItem(ORIENTATION_NAMES[key], key)
        self.body = RichTextEdit()
        self.body.setPlaceholderText(
            "Nội dung phụ lục: đoạn văn, gạch đầu dòng và bảng (bấm “Chèn bảng”)."
        )
        self.bar = TextBar(self.body)
        self.tables = BodyTables(self.body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # The name on a row of its own: beside the printed page, sharing a row with the
        # orientation left it a hundred pixels, cut after a few words.
        row = QHBoxLayout()
        row.addWidget(buddy("Tê&n phụ lục:", self.title))
        row.addWidget(self.title, 1)
        layout.addLayout(row)
        turn = QHBoxLayout()
        turn.addWidget(buddy("&Hướng trang:", self.orientation))
        turn.addWidget(self.orientation)
        turn.addStretch(1)
        layout.addLayout(turn)
        layout.addWidget(self.bar)
        layout.addLayout(tool_row(self.tables.bar, self.bar.tools))
        layout.addWidget(self.body, 1)

    def show_appendix(self, item: Appendix | None) -> None:
        self.title.setText(item.title if item else "")
        self.orientation.setCurrentIndex(ORIENTATIONS.index(item.orientation) if item else 0)
        self.body.set_blocks(item.blocks if item else [])

    def write(self, item: Appendix) -> None:
        item.title = self.title.value()
        item.orientation = self.orientation.currentData()
        item.blocks = self.body.blocks()
