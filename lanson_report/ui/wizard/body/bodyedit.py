"""The section body editor of the content step: the rich text editor, aware of hints.

Typing, pasting or an input method's text at a hint goes into a new paragraph after
it (a hint never prints, so text typed into one would be lost on paper); Backspace
and Delete do not merge a hint with written text.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent, QTextCursor

from ....domain.model import Block, BlockKind, BodyBlock
from .hinttext import (
    is_hint,
    joins_hint,
    leave_hint,
    mark_hints,
    restore_hints,
    shown,
    touches_hint,
)
from .richtext import RichTextEdit

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class BodyEdit(RichTextEdit):
    def set_blocks(self, blocks: list[BodyBlock]) -> None:
        hints = [b for b in blocks if isinstance(b, Block) and b.kind == "hint"]
        super().set_blocks([shown(b) if b in hints else b for b in blocks])
        document = self.document()
        mark_hints(document, hints)
        document.setModified(False)
        document.clearUndoRedoStacks()

    def blocks(self) -> list[BodyBlock]:
        return restore_hints(self.document(), super().blocks())

    def set_kind(self, kind: BlockKind) -> None:
        """Paragraph kinds apply to written text only: a hint stays as it is."""
        super().set_kind(kind)
        block = self.document().begin()
        while block.isValid():
            if is_hint(block) and block.textList() is not None:
                block.textList().remove(block)
                fmt = QTextCursor(block).blockFormat()
                fmt.setIndent(0)
                QTextCursor(block).setBlockFormat(fmt)
            block = block.next()

    def step_out_of_hint(self) -> bool:
        """Before text is inserted: take it out of a hint; True when the cursor moved."""
        cursor = self.textCursor()
        if self.isReadOnly() or not touches_hint(cursor):
            return False
        cursor.beginEditBlock()
        cursor.removeSelectedText()
        if is_hint(cursor.block()):
            leave_hint(cursor)
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            if joins_hint(self.textCursor(), key == Qt.Key.Key_Backspace):
                event.accept()
                return
        elif key in ENTER_KEYS:
            if self.step_out_of_hint():
                event.accept()
                return  # Enter at a hint opens the paragraph to write in, nothing more
        elif event.text() and event.text().isprintable():
            self.step_out_of_hint()
        super().keyPressEvent(event)

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        if event.commitString() or event.preeditString():
            self.step_out_of_hint()
        super().inputMethodEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:
        self.step_out_of_hint()
        super().insertFromMimeData(source)
