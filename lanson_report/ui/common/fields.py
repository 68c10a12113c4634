"""Text fields that take pasted text in NFC and are never rewritten while the clerk types.

Unikey and EVKey compose Vietnamese letters by sending Backspaces, so nothing here
reformats text on the fly: values are normalised once, when they enter the model.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPalette,
)
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ...domain.text import nfc
from .labels import buddy, ok_cancel

__all__ = [  # buddy and ok_cancel live in labels.py; most forms still take them from here
    "LineEdit",
    "PlainTextEdit",
    "buddy",
    "hint",
    "ok_cancel",
    "plain_label",
]


class LineEdit(QLineEdit):
    """A QLineEdit whose paste (keyboard or menu) inserts NFC text."""

    def __init__(self, parent: QWidget | None = None, placeholder: str = "") -> None:
        super().__init__(parent)
        if placeholder:
            self.setPlaceholderText(placeholder)

    def paste_nfc(self) -> None:
        if not self.isReadOnly():
            from ..dialogs.oldcode import checked

            text = QGuiApplication.clipboard().text()
            # One line holds no line breaks: Qt drops them and glues the lines together.
            text = re.sub(r"[ \t]*[\r\n\u2028\u2029]+[ \t]*", " ", text)
            self.insert(nfc(checked(self, text)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_nfc()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu()
        for action in menu.actions():
            if action.objectName() == "edit-paste":
                action.triggered.disconnect()
                action.triggered.connect(self.paste_nfc)
        from ..dialogs.oldcode import add_command

        add_command(menu, self)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def value(self) -> str:
        return nfc(self.text()).strip()


class PlainTextEdit(QPlainTextEdit):
    """Several lines of plain text; Tab moves focus, paste is NFC."""

    editing_done = Signal()

    def __init__(self, parent: QWidget | None = None, lines: int = 3) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        from .spellmarks import SpellMarks

        self.spell_marks = SpellMarks(self.document(), self)
        height = self.fontMetrics().lineSpacing() * lines + 14
        self.setMinimumHeight(height)
        self.setMaximumHeight(height + self.fontMetrics().lineSpacing() * 2)

    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasText():
            from ..dialogs.oldcode import checked

            self.insertPlainText(nfc(checked(self, source.text())))

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        from ..dialogs.oldcode import add_command
        from .spellmenu import add_fixes

        menu = self.createStandardContextMenu(event.pos())
        add_command(menu, self)
        add_fixes(menu, self, self.cursorForPosition(event.pos()))
        menu.exec(event.globalPos())
        menu.deleteLater()

    def value(self) -> str:
        return nfc(self.toPlainText()).strip()

    def lines(self) -> list[str]:
        return [line.strip() for line in nfc(self.toPlainText()).splitlines() if line.strip()]


def plain_label(text: str = "") -> QLabel:
    """A label for text that holds the clerk's words: `<b>` or `&` in a title shows as typed.

    A QLabel guesses rich text from a leading tag, so a title like `<b>Việt Nam</b>`
    would otherwise print bold, and a stray `<` could hide the rest of the line.
    """
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def hint(text: str) -> QLabel:
    """A short grey explanation under a field."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label
