"""The body editor: a QTextEdit whose paragraphs, bullets and formats map to model Blocks.

Paragraph kinds are lists: none is a paragraph, a disc list a bullet (`- `), a circle
list at the second indent a sub-bullet (`+ `). Bold, italic and underline are char
formats and become Run flags.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData
from PySide6.QtGui import (
    QFont,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextListFormat,
)
from PySide6.QtWidgets import QTextEdit, QWidget

from ..model import Block, BlockKind, Run
from ..text import nfc

LIST_STYLES: dict[BlockKind, QTextListFormat.Style] = {
    "bullet": QTextListFormat.Style.ListDisc,
    "subbullet": QTextListFormat.Style.ListCircle,
}
INDENTS: dict[BlockKind, int] = {"paragraph": 0, "bullet": 1, "subbullet": 2}
PARAGRAPH_GAP = 6  # pixels between paragraphs on screen, as on paper
LINE_BREAKS = str.maketrans({"\u2028": " ", "\u2029": " ", "\ufffc": ""})


def char_format(run: Run) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.Bold if run.bold else QFont.Weight.Normal)
    fmt.setFontItalic(run.italic)
    fmt.setFontUnderline(run.underline)
    return fmt


def block_kind(block: QTextBlock) -> BlockKind:
    text_list = block.textList()
    if text_list is None:
        return "paragraph"
    style = text_list.format().style()
    return "subbullet" if style == QTextListFormat.Style.ListCircle else "bullet"


def _find_list(document: QTextDocument, kind: BlockKind) -> QTextBlock | None:
    block = document.begin()
    while block.isValid():
        if block.textList() is not None and block_kind(block) == kind:
            return block
        block = block.next()
    return None


def set_block_kind(cursor: QTextCursor, kind: BlockKind) -> None:
    """Make the paragraph under the cursor a paragraph, bullet or sub-bullet."""
    block = cursor.block()
    if block_kind(block) == kind:
        return
    if block.textList() is not None:
        block.textList().remove(block)
    fmt = QTextBlockFormat(cursor.blockFormat())
    fmt.setIndent(0)
    cursor.setBlockFormat(fmt)
    if kind == "paragraph":
        return
    existing = _find_list(cursor.document(), kind)
    if existing is not None:
        existing.textList().add(cursor.block())
        return
    list_format = QTextListFormat()
    list_format.setStyle(LIST_STYLES[kind])
    list_format.setIndent(INDENTS[kind])
    cursor.createList(list_format)


def set_blocks(document: QTextDocument, blocks: list[Block]) -> None:
    """Fill the document from model blocks (replacing what it held)."""
    document.clear()
    cursor = QTextCursor(document)
    spaced = QTextBlockFormat()
    spaced.setBottomMargin(PARAGRAPH_GAP)  # new paragraphs typed with Enter inherit it
    cursor.setBlockFormat(spaced)
    for index, block in enumerate(blocks):
        if index:
            cursor.insertBlock(spaced, QTextCharFormat())
        for run in block.runs:
            cursor.insertText(run.text, char_format(run))
        set_block_kind(cursor, block.kind)
    document.setModified(False)
    document.clearUndoRedoStacks()


def _runs(block: QTextBlock) -> list[Run]:
    runs: list[Run] = []
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        fmt = fragment.charFormat()
        run = Run(
            nfc(fragment.text().translate(LINE_BREAKS)),
            bold=fmt.fontWeight() >= QFont.Weight.DemiBold,
            italic=fmt.fontItalic(),
            underline=fmt.fontUnderline(),
        )
        last = runs[-1] if runs else None
        if last and (last.bold, last.italic, last.underline) == (
            run.bold,
            run.italic,
            run.underline,
        ):
            last.text += run.text
        elif run.text:
            runs.append(run)
        iterator += 1
    return runs


def get_blocks(document: QTextDocument) -> list[Block]:
    """Model blocks from the document; empty lines are left out."""
    blocks = []
    block = document.begin()
    while block.isValid():
        if block.text().strip():
            blocks.append(Block(block_kind(block), _runs(block)))
        block = block.next()
    return blocks


class RichTextEdit(QTextEdit):
    """The editor of one section's body. Paste keeps only the text, in NFC."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)
        self.setPlaceholderText(
            "Gõ nội dung của mục ở đây. Enter: sang đoạn mới; dùng thanh "
            "công cụ để chọn gạch đầu dòng (-) hoặc ý nhỏ (+)."
        )

    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasText():
            self.textCursor().insertText(nfc(source.text()))

    def set_blocks(self, blocks: list[Block]) -> None:
        set_blocks(self.document(), blocks)

    def blocks(self) -> list[Block]:
        return get_blocks(self.document())

    def set_kind(self, kind: BlockKind) -> None:
        """Apply a paragraph kind to every paragraph touched by the selection."""
        if self.isReadOnly():
            return
        cursor = self.textCursor()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        walker = QTextCursor(self.document())
        walker.setPosition(start)
        walker.beginEditBlock()
        while True:
            set_block_kind(walker, kind)
            if walker.block().position() + walker.block().length() > end or not walker.movePosition(
                QTextCursor.MoveOperation.NextBlock
            ):
                break
        walker.endEditBlock()

    def toggle(self, flag: str, on: bool) -> None:
        """Bold, italic or underline on the selection (or for what is typed next)."""
        if self.isReadOnly():
            return
        fmt = QTextCharFormat()
        if flag == "bold":
            fmt.setFontWeight(QFont.Weight.Bold if on else QFont.Weight.Normal)
        elif flag == "italic":
            fmt.setFontItalic(on)
        else:
            fmt.setFontUnderline(on)
        self.mergeCurrentCharFormat(fmt)
