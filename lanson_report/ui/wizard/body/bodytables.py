""" "Chèn bảng" and "Sửa bảng…" for a body editor: its toolbar buttons and double-click."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QTextCharFormat
from PySide6.QtWidgets import QToolBar

from ....domain.model import Table
from ....domain.tables.tablegrid import blank_table
from ... import dialogs
from .figuresentence import FigureSentenceDialog, computed_tables, sentences
from .richtext import RichTextEdit
from .tableeditor import TableEditor
from .tableobject import DoubleClicks, insert_table, replace_table, table_near, table_of

NEW_ROWS, NEW_COLUMNS = 3, 3


class BodyTables(QObject):
    """The table buttons live on a toolbar of their own (`bar`), put under the text toolbar."""

    def __init__(self, editor: RichTextEdit) -> None:
        super().__init__(editor)
        self.editor = editor
        self.dialog: TableEditor | None = None  # the open editor, for tests and screenshots
        self.bar = bar = QToolBar()
        self.insert_action = QAction("Chèn &bảng", bar)
        self.insert_action.setToolTip(
            "Chèn một bảng vào chỗ con trỏ; dán được vùng ô từ Excel hoặc LibreOffice Calc"
        )
        self.edit_action = QAction("&Sửa bảng…", bar)
        self.edit_action.setToolTip("Sửa bảng ở chỗ con trỏ (F2, hoặc nhấn đúp vào bảng)")
        self.sentence_action = QAction("Câu số &liệu…", bar)
        self.sentence_action.setToolTip(
            "Chèn vào chỗ con trỏ câu nói về số liệu một hàng của bảng tính sẵn "
            "(đạt … % kế hoạch, tăng … % so với cùng kỳ)"
        )
        actions = (
            (self.insert_action, self.insert),
            (self.edit_action, self.edit),
            (self.sentence_action, self.insert_sentence),
        )
        for action, slot in actions:
            action.triggered.connect(lambda _checked=False, s=slot: s())
            bar.addAction(action)
        self.clicks = DoubleClicks(editor, self.edit)
        editor.cursorPositionChanged.connect(self._sync)
        self._sync()

    def _sync(self) -> None:
        cursor = self.editor.textCursor()
        found = table_near(self.editor.document(), cursor.position())
        self.edit_action.setEnabled(found is not None)
        if table_of(cursor.charFormat()) is not None and not cursor.hasSelection():
            self.editor.setCurrentCharFormat(QTextCharFormat())  # type plain text after a table

    def _run(
        self, table: Table, title: str, read_only: bool = False, cell: tuple[int, int] = (0, 0)
    ) -> Table | None:
        self.dialog = TableEditor(table, self.editor, read_only)
        self.dialog.setWindowTitle(title)
        self.dialog.go_to(*cell)
        self.dialog.view.setFocus()  # typing goes into the cell shown, not the table's name
        try:
            return self.dialog.table() if dialogs.exec_dialog(self.dialog) else None
        finally:
            self.dialog.deleteLater()
            self.dialog = None

    def insert(self) -> None:
        if self.editor.isReadOnly():
            return
        table = self._run(blank_table(NEW_ROWS, NEW_COLUMNS), "Chèn bảng")
        if table is not None:
            cursor = self.editor.textCursor()
            insert_table(cursor, table)
            self.editor.setTextCursor(cursor)
            self.editor.setFocus()

    def insert_sentence(self) -> None:
        """Câu số liệu: words for a row's figures, typed at the cursor as plain text."""
        if self.editor.isReadOnly():
            return
        tables = computed_tables(self.editor.document())
        if not sentences(tables):
            dialogs.info(
                self.editor,
                "Chèn câu số liệu",
                "Phần này chưa có bảng nào có cột tính tỷ lệ % với số liệu. Hãy chèn bảng, "
                "đặt cột tính (Sửa bảng… → Tính cột) và nhập số liệu trước.",
            )
            return
        dialog = FigureSentenceDialog(tables, self.editor)
        try:
            text = dialog.sentence() if dialogs.exec_dialog(dialog) else ""
        finally:
            dialog.deleteLater()
        if text:
            cursor = self.editor.textCursor()
            cursor.insertText(text, QTextCharFormat())
            self.editor.setTextCursor(cursor)
            self.editor.setFocus()

    def edit(self, cell: tuple[int, int] = (0, 0)) -> None:
        """Sửa bảng: the table at the cursor, at a cell (one named by "Còn thiếu")."""
        found = table_near(self.editor.document(), self.editor.textCursor().position())
        if found is None:
            return
        position, table = found
        if self.editor.isReadOnly():  # an issued report: shown whole, not changed
            title = "Xem bảng (báo cáo đã ban hành, không sửa được)"
            self._run(table, title, read_only=True, cell=cell)
            return
        edited = self._run(table, "Sửa bảng", cell=cell)
        if edited is not None:
            replace_table(self.editor.document(), position, edited)
