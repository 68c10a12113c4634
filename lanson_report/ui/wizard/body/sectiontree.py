"""The outline of the report's sections, numbered as they will print, with edit buttons."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from ....domain.model import Section
from ...common.widgets import button
from . import outline
from .outline import Path

NO_HEADING = "(mục không có tiêu đề)"
ROLE = Qt.ItemDataRole.UserRole


class SectionTree(QWidget):
    selected = Signal(object)  # Path | None
    structure_changed = Signal(object)  # the path to select afterwards

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source: Callable[[], list[Section]] = list
        self.max_depth = 2
        self.read_only = False
        # Asked before a section is deleted (the page asks the clerk when it holds writing).
        self.confirm_remove: Callable[[Path], bool] = lambda _path: True
        self.view = QTreeWidget()
        self.view.setHeaderLabel("Các mục của văn bản")
        self.view.setMinimumWidth(260)
        self._items: list[QTreeWidgetItem] = []
        self.add_button = button("Thêm &mục", self.add, "Thêm một mục sau mục đang chọn")
        self.child_button = button("Thêm mục c&on", self.add_child, "Thêm một mục con")
        self.up_button = button("Lên", lambda: self._apply(outline.move, -1))
        self.down_button = button("Xuống", lambda: self._apply(outline.move, 1))
        self.indent_button = button("Lùi &vào", self.indent, "Thành mục con của mục trên")
        self.outdent_button = button("Lùi r&a", lambda: self._apply(outline.outdent))
        self.remove_button = button("&Xóa mục", self.remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        grid = QGridLayout()
        for index, widget in enumerate(
            (
                self.add_button,
                self.child_button,
                self.up_button,
                self.down_button,
                self.indent_button,
                self.outdent_button,
                self.remove_button,
            )
        ):
            grid.addWidget(widget, index // 3, index % 3)  # three rows: the tree keeps the room
        layout.addLayout(grid)
        self.view.currentItemChanged.connect(self._current_changed)

    def show_sections(self, sections: list[Section], key: str, select: Path | None) -> None:
        self.view.blockSignals(True)
        self.view.clear()
        self._items = []
        by_path: dict[Path, QTreeWidgetItem] = {}
        for path, _section in outline.walk(sections):
            parent = by_path.get(path[:-1])
            item = QTreeWidgetItem(parent) if parent else QTreeWidgetItem(self.view)
            item.setData(0, ROLE, path)
            by_path[path] = item
            self._items.append(item)
        self.view.expandAll()
        self.relabel(sections, key)
        if select in by_path:
            self.view.setCurrentItem(by_path[select])
        self.view.blockSignals(False)
        self._sync_buttons()

    def relabel(self, sections: list[Section], key: str) -> None:
        for item, label in zip(self._items, outline.labels(sections, key), strict=True):
            text = label or NO_HEADING
            item.setText(0, text)
            item.setToolTip(0, text)

    def select(self, path: Path) -> bool:
        """Make the section at `path` the current one; False when there is none."""
        for item in self._items:
            if tuple(item.data(0, ROLE)) == path:
                self.view.setCurrentItem(item)
                return True
        return False

    def current_path(self) -> Path | None:
        item = self.view.currentItem()
        return tuple(item.data(0, ROLE)) if item is not None else None

    def _current_changed(self, *_args: object) -> None:
        self._sync_buttons()
        self.selected.emit(self.current_path())

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._sync_buttons()

    def set_max_depth(self, depth: int) -> None:
        """Levels the outline allows (2 for 1./a), 3 for I./1./a))."""
        self.max_depth = depth
        self._sync_buttons()

    def _sync_buttons(self) -> None:
        """A button is enabled only when its action can do something to the chosen section."""
        path = None if self.read_only else self.current_path()
        sections = self.source()
        if path is not None and not outline.exists(sections, path):
            path = None  # the tree still shows the last report while the next one loads
        self.add_button.setEnabled(not self.read_only)
        self.remove_button.setEnabled(path is not None)
        if path is None:
            for widget in (
                self.child_button,
                self.up_button,
                self.down_button,
                self.indent_button,
                self.outdent_button,
            ):
                widget.setEnabled(False)
            return
        count = len(outline.siblings(sections, path))
        depth = len(path) + outline.height(outline.get(sections, path))
        self.child_button.setEnabled(len(path) < self.max_depth)
        self.up_button.setEnabled(path[-1] > 0)
        self.down_button.setEnabled(path[-1] < count - 1)
        self.indent_button.setEnabled(path[-1] > 0 and depth <= self.max_depth)
        self.outdent_button.setEnabled(len(path) > 1)

    def _apply(self, operation: Callable[..., Path | None], *args: object) -> None:
        path = self.current_path()
        if path is None:
            return
        removing = operation is outline.remove
        new_path = operation(self.source(), path, *args)
        if new_path is not None or removing:
            self.structure_changed.emit(new_path)

    def remove(self) -> None:
        path = self.current_path()
        if path is not None and self.confirm_remove(path):
            self._apply(outline.remove)

    def add(self) -> None:
        self.structure_changed.emit(outline.add_after(self.source(), self.current_path()))

    def add_child(self) -> None:
        self._apply(outline.add_child, self.max_depth)

    def indent(self) -> None:
        self._apply(outline.indent, self.max_depth)
