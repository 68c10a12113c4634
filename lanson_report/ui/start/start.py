"""The start screen: every document by year, newest first, with its type, search and the
list actions."""

from __future__ import annotations

import datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain import doctypes
from ...domain.text import document_number
from ..common.fields import LineEdit, buddy, plain_label
from ..common.texts import status_label, when
from ..dialogs import reporting
from . import startactions
from .startbase import StartScreenBase

ID = Qt.ItemDataRole.UserRole
COLUMNS = ("Trích yếu", "Số", "Loại", "Trạng thái", "Sửa lần cuối", "Tạo lúc", "Nguồn")
SECONDS = "%d/%m/%Y %H:%M:%S"


def _looks(item: Any) -> tuple[Any, ...]:
    return (item.year, item.title, item.number, item.symbol, item.status, when(item.created))


def look_alikes(summaries: list[Any]) -> dict[str, str]:
    """Rows that would read the same to the minute get a mark: `(bản 2/3)`, oldest first."""
    groups: dict[tuple[Any, ...], list[Any]] = {}
    for item in summaries:
        groups.setdefault(_looks(item), []).append(item)
    marks = {}
    for group in groups.values():
        ordered = sorted(group, key=lambda item: (item.created, item.id))
        for index, item in enumerate(ordered, start=1):
            if len(group) > 1:
                marks[item.id] = f"  (bản {index}/{len(group)})"
    return marks


def created_text(created: datetime.datetime, precise: bool) -> str:
    return created.astimezone().strftime(SECONDS) if precise else when(created)


class StartScreen(StartScreenBase):
    new_requested = Signal()
    settings_requested = Signal()
    review_requested = Signal()  # a leader's edited Word file: it finds its own report

    def __init__(self, store: Any, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.search = LineEdit(
            placeholder="Tìm theo trích yếu, số, ký hiệu, loại… (gõ không dấu cũng được)"
        )
        self.tree = QTreeWidget()
        self.empty = plain_label(
            "Chưa có văn bản nào. Bấm “Văn bản mới” để bắt đầu, hoặc nhập một tệp bản nháp."
        )
        self.buttons: dict[str, QPushButton] = {}
        self._build()
        self.search.textChanged.connect(lambda _text: self.refresh())
        self.search.returnPressed.connect(self._open_found)
        self.tree.itemActivated.connect(lambda *_: self.continue_selected())
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())

    def _build(self) -> None:
        self.tree.setHeaderLabels(COLUMNS)
        self.tree.setRootIsDecorated(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(COLUMNS) - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Interactive)
        self.tree.setColumnWidth(len(COLUMNS) - 1, 170)  # "Nguồn": cut short, whole in its tip
        side = QVBoxLayout()
        for key, text, slot in (
            ("new", "Văn bản &mới", self.new_requested.emit),
            (
                "from_outline",
                "Văn bản mới từ tệ&p đề cương…",
                lambda: startactions.new_from_outline(self),
            ),
            ("outlines", "Thư v&iện đề cương…", lambda: startactions.outline_library(self)),
            ("continue", "Tiếp tục &soạn", self.continue_selected),
            ("duplicate", "&Nhân bản sang năm khác…", lambda: startactions.duplicate(self)),
            ("history", "&Lịch sử các lần lưu…", lambda: startactions.history(self)),
            (None, "", None),
            ("import", "N&hập tệp bản nháp…", lambda: startactions.import_file(self)),
            ("word", "Nhập từ &Word (.docx)…", lambda: startactions.import_word(self)),
            ("review", "Cập nhật từ bản Wor&d đã sửa…", self.review_requested.emit),
            ("export", "&Xuất tệp bản nháp…", lambda: startactions.export_file(self)),
            (None, "", None),
            ("delete", "Xóa (&vào thùng rác)", lambda: startactions.delete(self)),
            ("trash", "Thùng &rác…", lambda: startactions.trash(self)),
            (None, "", None),
            ("settings", "&Cài đặt cơ quan…", self.settings_requested.emit),
        ):
            if key is None:
                side.addSpacing(12)
                continue
            widget = QPushButton(text)
            widget.clicked.connect(lambda _c=False, s=slot: s())
            self.buttons[key] = widget
            side.addWidget(widget)
        side.addStretch(1)
        self.buttons["new"].setDefault(True)
        # Delete in the list does what the button does; only there, not while typing a search.
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.tree)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(lambda: startactions.delete(self))
        self.buttons["delete"].setToolTip("Phím tắt: Delete")
        search_row = QHBoxLayout()
        search_row.addWidget(buddy("Tìm &kiếm:", self.search))
        search_row.addWidget(self.search, 1)
        left = QVBoxLayout()
        left.addLayout(search_row)
        left.addWidget(self.tree, 1)
        left.addWidget(self.empty)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(side)

    def refresh(self, select: str | None = None) -> None:
        """Reload the list from the store, keeping (or moving) the selection."""
        select = select or self.selected_id()
        query = self.search.value() or None
        with reporting(self, "Không đọc được danh sách báo cáo"):
            summaries = self.store.list(search=query)
            self._show(summaries, select)
            self.empty.setVisible(not summaries)
            if query and not summaries:
                self.empty.setText(f"Không có văn bản nào khớp với “{query}”.")
        self._update_buttons()

    def _show(self, summaries: list[Any], select: str | None) -> None:
        self.tree.clear()
        years: dict[int, QTreeWidgetItem] = {}
        chosen = None
        alike = look_alikes(summaries)
        for item in summaries:  # the store lists the newest year first
            parent = years.get(item.year)
            if parent is None:
                parent = years[item.year] = QTreeWidgetItem(self.tree, [f"Năm {item.year}"])
                parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = parent.font(0)
                font.setBold(True)
                parent.setFont(0, font)
            number = document_number(item.number)
            row = QTreeWidgetItem(
                parent,
                [
                    (item.title or "(chưa có trích yếu)") + alike.get(item.id, ""),
                    f"{number}/{item.symbol}" if number else f"…/{item.symbol}",
                    doctypes.doc_type(item.doc_type).label,
                    status_label(item.status),
                    when(item.modified),
                    created_text(item.created, item.id in alike),
                    item.origin,
                ],
            )
            row.setToolTip(0, item.title)
            row.setToolTip(6, item.origin)
            if item.in_body:  # found in the text, not the title: say where
                row.setText(0, f"{row.text(0)}  · khớp nội dung: {item.in_body}")
                row.setToolTip(0, f"{item.title}\nKhớp trong nội dung: {item.in_body}")
            row.setData(0, ID, item.id)
            if item.id == select or chosen is None:
                chosen = row
        self.tree.expandAll()
        if chosen is not None:
            self.tree.setCurrentItem(chosen)

    def selected_id(self) -> str | None:
        item = self.tree.currentItem()
        value = item.data(0, ID) if item is not None else None
        return str(value) if value else None

    def _update_buttons(self) -> None:
        has = self.selected_id() is not None
        for key in ("continue", "duplicate", "history", "export", "delete"):
            self.buttons[key].setEnabled(has)

    def _open_found(self) -> None:
        """Enter in the search box: open the only match, or go to the list of matches."""
        years = [self.tree.topLevelItem(year) for year in range(self.tree.topLevelItemCount())]
        found = [
            item
            for year in years
            if year is not None
            for item in (year.child(row) for row in range(year.childCount()))
            if item is not None
        ]
        if len(found) == 1:
            self.tree.setCurrentItem(found[0])
            self.continue_selected()
        elif found:
            self.tree.setFocus()

    def continue_selected(self) -> None:
        draft_id = self.selected_id()
        if draft_id:
            self.open_requested.emit(draft_id)
