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
    QTextDocument,
    QTextFormat,
)

from ....domain.model import Block, BodyBlock, Run
from ....domain.text import nfc

HINT_PROPERTY = int(QTextFormat.Property.UserProperty) + 14
HINT_COLOUR = "#6e6e6e"
HINT_MARK = "Gợi ý (không in ra): "  # shown before each hint on screen, never stored


def is_hint(block: QTextBlock) -> bool:
    return bool(block.blockFormat().property(HINT_PROPERTY))


def hint_char_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontItalic(True)
    fmt.setForeground(QColor(HINT_COLOUR))
    return fmt


def shown(block: Block) -> Block:
    """A hint as the editor first takes it in: an ordinary paragraph, marked afterwards."""
    return Block("paragraph", [Run(HINT_MARK + block.text)])


def mark_hints(document: QTextDocument, hints: list[Block]) -> None:
    """Give the paragraphs showing these hints (in order) the hint property and look."""
    pending = [HINT_MARK + hint.text for hint in hints]
    block = document.begin()
    while block.isValid() and pending:
        if block.text() == pending[0]:
            pending.pop(0)
            cursor = QTextCursor(block)
            fmt = QTextBlockFormat(block.blockFormat())
            fmt.setProperty(HINT_PROPERTY, True)
            cursor.setBlockFormat(fmt)
            cursor.movePosition(
                QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor
            )
            cursor.setCharFormat(hint_char_format())
        block = block.next()


def restore_hints(document: QTextDocument, blocks: list[BodyBlock]) -> list[BodyBlock]:
    """The editor's blocks with the paragraphs that are hints turned back into hints."""
    pending = []
    block = document.begin()
    while block.isValid():
        if is_hint(block) and block.text().strip():
            pending.append(block.text())
        block = block.next()
    out: list[BodyBlock] = []
    for item in blocks:
        if pending and isinstance(item, Block) and item.text == pending[0]:
            item = Block("hint", [Run(nfc(pending.pop(0).removeprefix(HINT_MARK)))])
        out.append(item)
    return out


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
