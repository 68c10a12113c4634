"""The body editor: a QTextEdit whose paragraphs, bullets and formats map to model Blocks.

Paragraph kinds are lists: none is a paragraph, a disc list a bullet (`- `), a circle
list at the second indent a sub-bullet (`+ `). Bold, italic and underline are char
formats and become Run flags. A footnote (v3) shows as a raised mark after its text,
carrying the note in its format (its tooltip shows it); deleting the mark deletes it.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QMimeData
from PySide6.QtGui import (
    QContextMenuEvent,
    QFont,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextListFormat,
)
from PySide6.QtWidgets import QTextEdit, QWidget

from ....domain.model import Block, BlockKind, BodyBlock, Run, Table
from ....domain.text import nfc
from .tableobject import OBJECT_CHAR, has_table, install, table_format, table_of

LIST_STYLES: dict[BlockKind, QTextListFormat.Style] = {
    "bullet": QTextListFormat.Style.ListDisc,
    "subbullet": QTextListFormat.Style.ListCircle,
}
INDENTS: dict[BlockKind, int] = {"paragraph": 0, "bullet": 1, "subbullet": 2}
PARAGRAPH_GAP = 6  # pixels between paragraphs on screen, as on paper
LINE_BREAKS = str.maketrans({"\u2028": " ", "\u2029": " ", "\ufffc": ""})
FOOTNOTE_PROPERTY = int(QTextFormat.Property.UserProperty) + 21
# the note's own bold and italic (JSON of [text, bold, italic, underline] runs), kept while
# its text is unchanged: the note dialog edits plain text
FOOTNOTE_RUNS_PROPERTY = int(QTextFormat.Property.UserProperty) + 22
FOOTNOTE_MARK = "*"  # a footnote only where the mark carries FOOTNOTE_PROPERTY
# The unit a consolidated report took a paragraph from (`source`): kept on the line,
# shown as its tooltip, never printed.
SOURCE_PROPERTY = int(QTextFormat.Property.UserProperty) + 22


def char_format(run: Run) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.Bold if run.bold else QFont.Weight.Normal)
    fmt.setFontItalic(run.italic)
    fmt.setFontUnderline(run.underline)
    return fmt


def footnote_format(run: Run) -> QTextCharFormat:
    """The raised mark of the run's footnote, the note in its format and tooltip."""
    fmt = char_format(run)
    fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSuperScript)
    fmt.setProperty(FOOTNOTE_PROPERTY, run.footnote)
    if run.note_runs is run.footnote_runs:  # formatted, and the formatting holds
        note = [[r.text, r.bold, r.italic, r.underline] for r in run.footnote_runs]
        fmt.setProperty(FOOTNOTE_RUNS_PROPERTY, json.dumps(note, ensure_ascii=False))
    fmt.setToolTip(f"Chú thích: {run.footnote}")
    return fmt


def _note_runs(fmt: QTextCharFormat) -> list[Run]:
    if not fmt.hasProperty(FOOTNOTE_RUNS_PROPERTY):
        return []
    try:
        return [Run(*item) for item in json.loads(str(fmt.property(FOOTNOTE_RUNS_PROPERTY)))]
    except (ValueError, TypeError):
        return []


def footnote_at(cursor: QTextCursor) -> QTextCursor | None:
    """The footnote mark just before or after the cursor, selected; None when there is none."""
    position = cursor.selectionEnd()
    last = cursor.document().characterCount() - 1  # the position after the last character
    for start in (position - 1, position):
        if not 0 <= start < last:
            continue
        probe = QTextCursor(cursor.document())
        probe.setPosition(start)
        probe.setPosition(start + 1, QTextCursor.MoveMode.KeepAnchor)
        fmt = probe.charFormat()
        if probe.selectedText() == FOOTNOTE_MARK and fmt.hasProperty(FOOTNOTE_PROPERTY):
            return probe
    return None


def note_of(mark: QTextCursor) -> str:
    return str(mark.charFormat().property(FOOTNOTE_PROPERTY))


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


def set_blocks(document: QTextDocument, blocks: list[BodyBlock]) -> None:
    """Fill the document from model blocks (replacing what it held)."""
    document.clear()
    cursor = QTextCursor(document)
    spaced = QTextBlockFormat()
    spaced.setBottomMargin(PARAGRAPH_GAP)  # new paragraphs typed with Enter inherit it
    cursor.setBlockFormat(spaced)
    for index, block in enumerate(blocks):
        if index:
            cursor.insertBlock(spaced, QTextCharFormat())
        if isinstance(block, Table):
            _set_table(cursor, block, spaced, last=index == len(blocks) - 1)
            continue
        for run in block.runs:
            fmt = char_format(run)
            if block.source:
                fmt.setToolTip(f"Nội dung của: {block.source}")
            cursor.insertText(run.text, fmt)
            if run.footnote:
                cursor.insertText(FOOTNOTE_MARK, footnote_format(run))
        set_block_kind(cursor, block.kind)
        if block.source:
            sourced = cursor.blockFormat()
            sourced.setProperty(SOURCE_PROPERTY, block.source)
            cursor.setBlockFormat(sourced)
    document.setModified(False)
    document.clearUndoRedoStacks()


def _runs(block: QTextBlock) -> list[Run]:
    runs: list[Run] = []
    iterator = block.begin()
    while not iterator.atEnd():
        _add_run(runs, iterator.fragment().text(), iterator.fragment().charFormat())
        iterator += 1
    return runs


def _add_run(runs: list[Run], text: str, fmt: QTextCharFormat) -> None:
    note = fmt.property(FOOTNOTE_PROPERTY) if fmt.hasProperty(FOOTNOTE_PROPERTY) else ""
    if not note:
        _add_text(runs, text, fmt)
        return
    # text typed right after a mark takes the mark's format: it is text, the mark is not
    for index, piece in enumerate(text.split(FOOTNOTE_MARK)):
        if index:
            _add_footnote(runs, str(note), _note_runs(fmt))
        _add_text(runs, piece, fmt)


def _add_footnote(runs: list[Run], note: str, note_runs: list[Run]) -> None:
    if runs and not runs[-1].footnote:
        runs[-1].footnote, runs[-1].footnote_runs = note, note_runs
    else:
        runs.append(Run("", footnote=note, footnote_runs=note_runs))


def _add_text(runs: list[Run], text: str, fmt: QTextCharFormat) -> None:
    run = Run(
        nfc(text.translate(LINE_BREAKS)),
        bold=fmt.fontWeight() >= QFont.Weight.DemiBold,
        italic=fmt.fontItalic(),
        underline=fmt.fontUnderline(),
    )
    last = runs[-1] if runs and not runs[-1].footnote else None
    if last and (last.bold, last.italic, last.underline) == (run.bold, run.italic, run.underline):
        last.text += run.text
    elif run.text:
        runs.append(run)


def _set_table(cursor: QTextCursor, table: Table, spaced: QTextBlockFormat, last: bool) -> None:
    """A table on a line of its own; after the last block, an empty line to type on."""
    cursor.insertText(OBJECT_CHAR, table_format(table))
    if last:
        cursor.insertBlock(spaced, QTextCharFormat())


def _pieces(block: QTextBlock) -> list[BodyBlock]:
    """A line holding tables: the tables, and any text typed before or after them."""
    kind = block_kind(block)
    pieces: list[BodyBlock] = []
    runs: list[Run] = []

    def flush() -> None:
        if "".join(run.text for run in runs).strip():
            pieces.append(Block(kind, list(runs)))
        runs.clear()

    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        table = table_of(fragment.charFormat())
        if table is None:
            _add_run(runs, fragment.text(), fragment.charFormat())
        else:
            for char in fragment.text():
                if char == OBJECT_CHAR:
                    flush()
                    pieces.append(table)
                else:
                    _add_run(runs, char, QTextCharFormat())
        iterator += 1
    flush()
    return pieces


def get_blocks(document: QTextDocument) -> list[BodyBlock]:
    """Model blocks from the document; empty lines are left out."""
    blocks: list[BodyBlock] = []
    block = document.begin()
    while block.isValid():
        if has_table(block):
            blocks.extend(_pieces(block))
        elif block.text().strip():
            fmt = block.blockFormat()
            source = str(fmt.property(SOURCE_PROPERTY)) if fmt.hasProperty(SOURCE_PROPERTY) else ""
            blocks.append(Block(block_kind(block), _runs(block), source=source))
        block = block.next()
    return blocks


_SENTENCE_END = '.,;:!?)]”"'


def _needs_space(left: str, right: str, lines: bool) -> bool:
    """Whether a space belongs where a paste joins text: after a sentence mark before a
    word, or (a paste of several lines, whose ends were trimmed) between two words.
    Never doubled, never before punctuation."""
    if not left or not right or left[-1].isspace() or right[0].isspace():
        return False
    if not (right[0].isalnum() or right[0] in '(“"'):
        return False
    return left[-1] in _SENTENCE_END or (lines and left[-1].isalnum())


def insert_blocks(cursor: QTextCursor, blocks: list[Block]) -> None:
    """Paste blocks at the cursor: the first joins the paragraph there, the others follow.
    Where the paste meets text, sentences are kept apart by a space ("một. Câu hai")."""
    if not blocks:
        return
    lines = len(blocks) > 1
    cursor.beginEditBlock()
    cursor.removeSelectedText()
    block_text = cursor.block().text()
    offset = cursor.positionInBlock()
    if _needs_space(block_text[:offset], blocks[0].text, lines):
        cursor.insertText(" ", cursor.charFormat())
    for index, block in enumerate(blocks):
        if index:
            cursor.insertBlock(cursor.blockFormat(), QTextCharFormat())
        for run in block.runs:
            cursor.insertText(run.text, char_format(run))
        if index or block.kind != "paragraph":
            set_block_kind(cursor, block.kind)
    rest = cursor.block().text()[cursor.positionInBlock() :]
    if _needs_space(blocks[-1].text, rest, lines):
        cursor.insertText(" ", cursor.charFormat())
        cursor.movePosition(QTextCursor.MoveOperation.Left)
    cursor.endEditBlock()


class RichTextEdit(QTextEdit):
    """The editor of one section's body."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)
        self.table_preview = install(self)
        from ...common.spellmarks import SpellMarks

        self.spell_marks = SpellMarks(self.document(), self)
        self.setPlaceholderText(
            "Gõ nội dung của mục ở đây. Enter: sang đoạn mới; dùng thanh "
            "công cụ để chọn gạch đầu dòng (-) hoặc ý nhỏ (+)."
        )

    def insertFromMimeData(self, source: QMimeData) -> None:
        """Word and web pages: one block per pasted paragraph, bold/italic/underline kept,
        list paragraphs as items; text in an old encoding converted if the clerk agrees."""
        from ....intake.pasting import convert_blocks, html_blocks, text_blocks, tidy
        from ...dialogs.oldcode import offer

        if source.hasHtml():
            blocks = html_blocks(source.html())
        elif source.hasText():
            blocks = text_blocks(source.text())
        else:
            return
        encoding = offer(self, "\n".join(block.text for block in blocks))
        if encoding is not None:
            blocks = convert_blocks(blocks, encoding)
        insert_blocks(self.textCursor(), tidy(blocks))
        self.ensureCursorVisible()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        from ...dialogs.oldcode import add_command

        menu = self.createStandardContextMenu(event.pos())
        add_command(menu, self)
        from ...common.spellmenu import add_fixes

        add_fixes(menu, self, self.cursorForPosition(event.pos()))
        menu.exec(event.globalPos())
        menu.deleteLater()

    def set_blocks(self, blocks: list[BodyBlock]) -> None:
        set_blocks(self.document(), blocks)

    def edit_footnote(self) -> None:
        """Insert a footnote after the cursor's text, or change or delete the one there."""
        from ... import dialogs

        if self.isReadOnly():
            return
        mark = footnote_at(self.textCursor())
        note = dialogs.get_text(
            self,
            "Chú thích",
            "Lời chú thích, in ở chân trang có dấu chú thích (để trống để xóa chú thích):",
            note_of(mark) if mark is not None else "",
        )
        if note is None:
            return
        note = nfc(" ".join(note.split()))
        if mark is not None and not note:
            mark.removeSelectedText()
        elif mark is not None:
            fmt = mark.charFormat()
            if note != note_of(mark):
                fmt.clearProperty(FOOTNOTE_RUNS_PROPERTY)  # retyped as plain text
            fmt.setProperty(FOOTNOTE_PROPERTY, note)
            fmt.setToolTip(f"Chú thích: {note}")
            mark.setCharFormat(fmt)
        elif note:
            cursor = self.textCursor()
            cursor.setPosition(cursor.selectionEnd())
            typed = cursor.charFormat()
            run = Run("", typed.fontWeight() >= QFont.Weight.DemiBold, typed.fontItalic())
            run.underline, run.footnote = typed.fontUnderline(), note
            cursor.insertText(FOOTNOTE_MARK, footnote_format(run))
            self.setTextCursor(cursor)
            self.setCurrentCharFormat(char_format(run))  # what is typed next is text

    def blocks(self) -> list[BodyBlock]:
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
