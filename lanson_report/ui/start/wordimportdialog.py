"""Start screen: "Nhập từ Word (.docx)…" and the review shown before the draft is saved."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...wordimport import Imported, import_docx
from .. import dialogs
from ..common.fields import ok_cancel
from ..dialogs import reporting
from .startbase import StartScreenBase

WORD_FILTER = "Báo cáo soạn bằng Word (*.docx *.doc);;Mọi tệp (*)"
HEADERS = ("Phần của báo cáo", "Đọc được", "Tình trạng")
MISSING = QColor("#fde7c8")


class WordReviewDialog(QDialog):
    """What was recognised in the Word file and what was not, field by field."""

    def __init__(self, imported: Imported, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        review = imported.review
        self.setWindowTitle(f"Nhập từ Word: {path.name}")
        self.resize(980, 720)
        missing = review.missing()
        intro = QLabel(
            f"Chương trình đã đọc tệp <b>{_escape(path.name)}</b>. Xem lại từng phần dưới đây "
            "trước khi lưu thành bản nháp mới; mọi phần đều sửa được sau đó trong các bước soạn."
            + (
                f"<br><b>{len(missing)} phần chưa tìm thấy</b> (tô màu): cần điền khi soạn."
                if missing
                else ""
            )
        )
        intro.setWordWrap(True)
        self.table = self._fields_table(imported)
        self.buttons = ok_cancel("&Lưu thành bản nháp")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        self.notes = self._list("Lưu ý:", review.notes, layout)
        self.unplaced = self._list(
            "Chưa xếp được vào phần nào (đã để thành đoạn văn ở cuối nội dung, không mất chữ):",
            review.unplaced,
            layout,
        )
        layout.addWidget(self.buttons)

    def _fields_table(self, imported: Imported) -> QTableWidget:
        fields = imported.review.fields
        table = QTableWidget(len(fields), len(HEADERS))
        table.setHorizontalHeaderLabels(HEADERS)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setWordWrap(True)
        for row, field in enumerate(fields):
            value = field.value if field.found else ""
            status = "Đã đọc" if field.found else "Chưa có: cần điền"
            if field.found and not field.value:
                value, status = "(để trống)", "Đã đọc: để trống như trong tệp"
            cells = [QTableWidgetItem(text) for text in (field.label, value, status)]
            for column, cell in enumerate(cells):
                cell.setToolTip(cell.text())
                if not field.found:
                    cell.setBackground(QBrush(MISSING))
                    bold = QFont(cell.font())
                    bold.setBold(True)
                    cell.setFont(bold)
                table.setItem(row, column, cell)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        return table

    def _list(self, title: str, lines: list[str], layout: QVBoxLayout) -> QListWidget | None:
        if not lines:
            return None
        label = QLabel(title)
        view = QListWidget()
        view.addItems(lines)
        view.setMaximumHeight(22 * min(len(lines), 4) + 8)
        label.setBuddy(view)
        layout.addWidget(label)
        layout.addWidget(view)
        return view


def _escape(text: str) -> str:
    from html import escape

    return escape(text)


def import_word(screen: StartScreenBase) -> None:
    path = dialogs.open_file(screen, "Nhập báo cáo soạn bằng Word", WORD_FILTER)
    if path is None:
        return
    with reporting(screen, "Không nhập được từ Word"):
        imported = import_docx(path)
        if not dialogs.exec_dialog(WordReviewDialog(imported, path, screen)):
            return
        draft = screen.store.create(imported.draft).draft
        screen.refresh(select=draft.id)
        screen.message.emit(f"Đã nhập “{draft.title or path.name}” từ Word ({path.name}).")
        screen.open_requested.emit(draft.id)
