"""Start screen: "Nhập từ Word (.docx)…" and the review shown before the draft is saved."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QListWidget,
    QProgressDialog,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...wordimport import ImportCancelled, Imported, import_docx
from .. import dialogs
from ..common.fields import ok_cancel
from ..common.worker import Worker
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
    WordImportRun(screen, path).start()


class WordImportRun(QObject):
    """One Word import read in a thread, the window live meanwhile: a progress dialog
    shows how far it is and its Hủy stops it (nothing is kept); the review follows."""

    progressed = Signal(int)
    ended = Signal()  # after the review, the draft or the message: for tests and callers

    def __init__(self, screen: StartScreenBase, path: Path) -> None:
        super().__init__(screen)
        self.screen, self.path = screen, path
        self.cancelled = threading.Event()
        self.worker = Worker("word-import", self, daemon=True)  # quitting may cut a read
        self.worker.finished.connect(self._done)
        self.progress = QProgressDialog(f"Đang đọc tệp Word {path.name}…", "Hủy", 0, 100, screen)
        self.progress.setWindowTitle("Nhập từ Word")
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(SHOW_AFTER_MS)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self.cancel)
        self.progressed.connect(self.progress.setValue)

    def start(self) -> None:
        self.progress.setValue(0)
        self.worker.start(lambda: import_docx(self.path, self._report))

    def cancel(self) -> None:
        self.cancelled.set()
        self.progress.setLabelText("Đang dừng…")

    def _report(self, percent: int) -> None:
        """Called in the reading thread: stop there when asked, else show how far."""
        if self.cancelled.is_set():
            raise ImportCancelled
        self.progressed.emit(percent)

    def _done(self, imported: Imported | None, error: BaseException | None) -> None:
        cancelled = isinstance(error, ImportCancelled) or self.cancelled.is_set()
        self.progress.canceled.disconnect(self.cancel)  # closing a QProgressDialog cancels it
        self.progress.close()
        self.progress.deleteLater()
        try:
            if cancelled:
                self.screen.message.emit(f"Đã hủy nhập từ Word ({self.path.name}).")
            elif error is not None:
                with reporting(self.screen, "Không nhập được từ Word"):
                    raise error
            elif imported is not None:
                self._review(imported)
        finally:
            self.ended.emit()
            self.deleteLater()

    def _review(self, imported: Imported) -> None:
        path, screen = self.path, self.screen
        with reporting(screen, "Không nhập được từ Word"):
            if not dialogs.exec_dialog(WordReviewDialog(imported, path, screen)):
                return
            draft = screen.store.create(imported.draft).draft
            screen.store.set_origin(draft.id, f"Nhập từ Word: {path.name}")
            screen.refresh(select=draft.id)
            screen.message.emit(f"Đã nhập “{draft.title or path.name}” từ Word ({path.name}).")
            screen.open_requested.emit(draft.id)


SHOW_AFTER_MS = 400  # a small file is read before the progress dialog would flash
