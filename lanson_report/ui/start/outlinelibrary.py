"""Thư viện đề cương: the outlines on this PC; add one from a file, rename, delete, start a
document from one; the chosen outline's sections shown beside the list, numbered as they
will print."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import ReportError
from ...intake import outlines
from ...intake.outlines import Library, OutlineEntry
from .. import dialogs
from ..common.fields import buddy
from ..common.widgets import button
from ..dialogs import reporting
from ..wizard.body import outline
from ..wizard.body.hintpanel import section_hints

ENTRY = Qt.ItemDataRole.UserRole


class OutlineLibraryDialog(QDialog):
    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.entries: list[OutlineEntry] = []
        self.chosen: OutlineEntry | None = None  # the outline to start a document from
        self.setWindowTitle("Thư viện đề cương")
        self.resize(900, 520)
        self.list = QListWidget()
        self.sections = QTreeWidget()  # the chosen outline's headings, before it is used
        self.sections.setHeaderHidden(True)
        self.sections.setAccessibleName("Các mục của đề cương")
        self.use_button = button(
            "&Tạo văn bản theo đề cương…",
            self.use,
            "Mở hộp Văn bản mới với đề cương đang chọn",
        )
        self.add_button = button(
            "&Thêm từ tệp…", self.add, "Thêm đề cương từ tệp .json hoặc tệp Word .docx"
        )
        self.rename_button = button("Đổi tê&n…", self.rename)
        self.delete_button = button("&Xóa", self.delete)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText("Đóng")
        close.rejected.connect(self.reject)
        intro = QLabel(
            "Đề cương là khung báo cáo: các mục, bảng và gợi ý cần viết gì ở mỗi mục. "
            "Đề cương có sẵn của chương trình không đổi tên, không xóa được. Đề cương do cấp "
            "trên gửi (tệp .json, hoặc tệp Word .docx có đề mục đánh số I., 1., a) và lời "
            "hướng dẫn in nghiêng hay trong ngoặc) thêm vào đây để dùng khi tạo báo cáo mới."
        )
        intro.setWordWrap(True)
        side = QVBoxLayout()
        for widget in (self.use_button, self.add_button, self.rename_button, self.delete_button):
            side.addWidget(widget)
        side.addStretch(1)
        shown = QVBoxLayout()
        shown.addWidget(buddy("&Các mục của đề cương đang chọn:", self.sections))
        shown.addWidget(self.sections, 1)
        middle = QHBoxLayout()
        middle.addWidget(self.list, 1)
        middle.addLayout(side)
        middle.addLayout(shown, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(middle, 1)
        layout.addWidget(close)
        self.list.itemActivated.connect(lambda _item: self.use())
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.list.currentRowChanged.connect(lambda _row: self._show_sections())
        self.refresh()

    def refresh(self, select: str | None = None) -> None:
        with reporting(self, "Không đọc được thư viện đề cương"):
            self.entries = self.library.entries()
        self.list.clear()
        for entry in self.entries:
            where = "có sẵn" if entry.builtin else (entry.source or "đã thêm")
            item = QListWidgetItem(f"{entry.name}   —   {where}")
            item.setToolTip(str(entry.path))
            self.list.addItem(item)
            if entry.name == select:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.entries:
            self.list.setCurrentRow(0)
        self._update_buttons()
        self._show_sections()

    def _show_sections(self) -> None:
        """The headings of the chosen outline as a tree; a hint as the heading's tooltip."""
        self.sections.clear()
        entry = self.current()
        if entry is None:
            return
        try:
            draft = outlines.load(entry.path)
        except (ReportError, OSError) as error:
            QTreeWidgetItem(self.sections, [f"Không đọc được đề cương: {error}"])
            return
        items: dict[outline.Path, QTreeWidgetItem] = {}
        labels = outline.labels(draft.sections, draft.outline)
        for (path, section), label in zip(outline.walk(draft.sections), labels, strict=True):
            parent = items.get(path[:-1])
            item = QTreeWidgetItem(parent) if parent else QTreeWidgetItem(self.sections)
            item.setText(0, label or "(mục không có tiêu đề)")
            item.setToolTip(0, "\n".join(section_hints(section)) or label)
            items[path] = item
        self.sections.expandAll()

    def current(self) -> OutlineEntry | None:
        row = self.list.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def _update_buttons(self) -> None:
        entry = self.current()
        own = entry is not None and not entry.builtin
        self.use_button.setEnabled(entry is not None)
        self.rename_button.setEnabled(own)
        self.delete_button.setEnabled(own)

    def use(self) -> None:
        """Close the library; the caller opens Văn bản mới with this outline chosen."""
        self.chosen = self.current()
        if self.chosen is not None:
            self.accept()

    def add(self) -> None:
        from .newreport import OUTLINE_FILTER

        path = dialogs.open_file(self, "Thêm đề cương từ tệp", OUTLINE_FILTER)
        if path is None:
            return
        with reporting(self, "Không thêm được đề cương"):
            added = self.library.add_file(path)
            self.refresh(select=added.name)

    def rename(self) -> None:
        entry = self.current()
        if entry is None or entry.builtin:
            return
        name = dialogs.get_text(self, "Đổi tên đề cương", "Tên mới của đề cương:", entry.name)
        if name is None:
            return
        with reporting(self, "Không đổi tên được đề cương"):
            renamed = self.library.rename(entry, name)
            self.refresh(select=renamed.name)

    def delete(self) -> None:
        entry = self.current()
        if entry is None or entry.builtin:
            return
        if not dialogs.ask(
            self,
            "Xóa đề cương",
            f"Xóa đề cương “{dialogs.quote(entry.name)}” khỏi thư viện?\n"
            "Các báo cáo đã tạo từ đề cương này không bị ảnh hưởng.",
            yes="Xóa",
            no="Không",
        ):
            return
        with reporting(self, "Không xóa được đề cương"):
            self.library.delete(entry)
            self.refresh()
