"""Hints of an outline in the body editor: grey italic paragraphs that never print.

A hint paragraph carries a block property; its text is shown, not edited: what the
clerk types at a hint goes into a new ordinary paragraph after it, so it prints.
"""

from __future__ import annotations

from PySide6.QtGui import (
    QColor,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)

from ..model import Block, Run
from ..text import nfc

HINT_PROPERTY = int(QTextFormat.Property.UserProperty) + 14
HINT_COLOUR = "#6e6e6e"
HINT_MARK = "Gợi ý: "  # shown before each hint on screen, never stored


def is_hint(block: QTextBlock) -> bool:
    return bool(block.blockFormat().property(HINT_PROPERTY))


def hint_char_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontItalic(True)
    fmt.setForeground(QColor(HINT_COLOUR))
    return fmt


def insert_hint(cursor: QTextCursor, block: Block) -> None:
    """Make the (empty) paragraph under the cursor show block as a hint."""
    fmt = QTextBlockFormat(cursor.blockFormat())
    fmt.setProperty(HINT_PROPERTY, True)
    cursor.setBlockFormat(fmt)
    cursor.insertText(HINT_MARK + block.text, hint_char_format())


def hint_block(block: QTextBlock) -> Block:
    """The model hint a hint paragraph shows (its text as stored, without the mark)."""
    return Block("hint", [Run(nfc(block.text().removeprefix(HINT_MARK)))])


def leave_hint(cursor: QTextCursor) -> None:
    """Move cursor into a new ordinary paragraph after the hint it stands in."""
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    fmt = QTextBlockFormat(cursor.blockFormat())
    fmt.clearProperty(HINT_PROPERTY)
    cursor.insertBlock(fmt, QTextCharFormat())


def touches_hint(cursor: QTextCursor) -> bool:
    """Whether the cursor's paragraph, or any paragraph its selection spans, is a hint."""
    document = cursor.document()
    block = document.findBlock(cursor.selectionStart())
    last = document.findBlock(cursor.selectionEnd())
    while block.isValid():
        if is_hint(block):
            return True
        if block == last:
            return False
        block = block.next()
    return False


def joins_hint(cursor: QTextCursor, backwards: bool) -> bool:
    """Whether Backspace (or Delete) here would merge a hint and written text into one."""
    if cursor.hasSelection():
        return False
    block = cursor.block()
    if backwards:
        other = block.previous()
        at_edge = cursor.atBlockStart()
    else:
        other = block.next()
        at_edge = cursor.atBlockEnd()
    if not (at_edge and other.isValid()) or is_hint(block) == is_hint(other):
        return False
    written = other if is_hint(block) else block
    return bool(written.text().strip())
