"""The section body editor of the content step: the rich text editor, aware of hints.

Typing, pasting or an input method's text at a hint goes into a new paragraph after
it (a hint never prints, so text typed into one would be lost on paper); Backspace
and Delete do not merge a hint with written text.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent

from .hinttext import is_hint, joins_hint, leave_hint, touches_hint
from .richtext import RichTextEdit

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class BodyEdit(RichTextEdit):
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
