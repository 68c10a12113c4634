"""A table inside the body editor: one object character drawn as a preview of its grid.

The Table itself rides in the character's format (a user property), so the body's
QTextDocument stays the one place the section's content lives: undo, cut and the cursor
treat the table as one character. The Table in a format is never changed in place;
editing replaces the character's format with a new Table.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QPointF, QRect, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPixmap,
    QPyTextObject,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QTextEdit

from ....domain.model import Table

TABLE_OBJECT = int(QTextFormat.ObjectTypes.UserObject) + 1
TABLE_PROPERTY = int(QTextFormat.Property.UserProperty) + 1
OBJECT_CHAR = "\ufffc"
CACHED_PICTURES = 16
PREVIEW_ROWS = 8  # the rest is summed up in one line: the editor is where a table is read
HEADER_FILL = QColor("#e8eef7")
LINE = QColor("#555555")
HINT = QColor("#666666")
TEXT = QColor("black")
ALIGNS = {  # as ints, worked out once: combining Qt flags in Python is slow
    "left": int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
    "center": int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter),
    "right": int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
}


def table_format(table: Table) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setObjectType(TABLE_OBJECT)
    fmt.setProperty(TABLE_PROPERTY, table)
    return fmt


def table_of(fmt: QTextFormat) -> Table | None:
    if fmt.objectType() != TABLE_OBJECT:
        return None
    value = fmt.property(TABLE_PROPERTY)
    return value if isinstance(value, Table) else None


def has_table(block: QTextBlock) -> bool:
    return OBJECT_CHAR in block.text()


def table_near(document: QTextDocument, position: int) -> tuple[int, Table] | None:
    """The table right after or right before a cursor position, with its own position."""
    for at in (position, position - 1):
        if 0 <= at < document.characterCount() - 1 and document.characterAt(at) == OBJECT_CHAR:
            cursor = QTextCursor(document)
            cursor.setPosition(at + 1)  # a cursor's format is the one of the character before it
            table = table_of(cursor.charFormat())
            if table is not None:
                return at, table
    return None


def insert_table(cursor: QTextCursor, table: Table) -> None:
    """Put the table on a line of its own at the cursor, and the cursor on the line after it."""
    cursor.beginEditBlock()
    if cursor.block().text().strip():
        if cursor.atBlockStart():
            cursor.insertBlock()
            cursor.movePosition(QTextCursor.MoveOperation.PreviousBlock)
        else:
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
            cursor.insertBlock()
    text_list = cursor.block().textList()
    if text_list is not None:
        text_list.remove(cursor.block())
        block_format = cursor.blockFormat()
        block_format.setIndent(0)
        cursor.setBlockFormat(block_format)
    cursor.insertText(OBJECT_CHAR, table_format(table))
    if not cursor.movePosition(QTextCursor.MoveOperation.NextBlock):
        cursor.insertBlock(cursor.blockFormat(), QTextCharFormat())
    cursor.endEditBlock()


def replace_table(document: QTextDocument, position: int, table: Table) -> None:
    cursor = QTextCursor(document)
    cursor.setPosition(position)
    cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
    cursor.setCharFormat(table_format(table))


# ----------------------------------------------------------------------------- drawing
class TablePreview(QPyTextObject):
    """Draws a table character as its caption, its first rows ruled as they print, a summary."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cache: dict[tuple[int, int, str, float], tuple[Table, QPixmap]] = {}

    def intrinsicSize(self, doc: QTextDocument, _position: int, fmt: QTextFormat) -> QSizeF:
        table = table_of(fmt)
        width = max(240.0, doc.textWidth() - 60) if doc.textWidth() > 0 else 480.0
        if table is None:
            return QSizeF(width, 10)
        return QSizeF(width, _line(doc) * _lines(table) + 8)

    def drawObject(
        self,
        painter: QPainter,
        rect: QRectF | QRect,
        doc: QTextDocument,
        _position: int,
        fmt: QTextFormat,
    ) -> None:
        table = table_of(fmt)
        if table is not None:
            ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
            box = QRectF(rect)
            painter.drawPixmap(box.topLeft(), self._picture(table, box.size(), doc, ratio))

    def _picture(self, table: Table, size: QSizeF, doc: QTextDocument, ratio: float) -> QPixmap:
        """The drawing, recorded once per table and width: typing nearby repaints it often.

        A table in a format is never changed in place, so the object is its own key; the
        cache holds it, so its id cannot be reused by another table meanwhile.
        """
        key = (id(table), round(size.width()), doc.defaultFont().key(), ratio)
        if key not in self._cache:
            picture = QPixmap((size * ratio).toSize())
            picture.setDevicePixelRatio(ratio)
            picture.fill(Qt.GlobalColor.transparent)
            painter = QPainter(picture)
            _draw(painter, QRectF(QPointF(0, 0), size), doc, table)
            painter.end()
            if len(self._cache) >= CACHED_PICTURES:
                self._cache.pop(next(iter(self._cache)))
            self._cache[key] = (table, picture)
        return self._cache[key][1]


def _line(doc: QTextDocument) -> float:
    return QFontMetricsF(doc.defaultFont()).height() + 4


def _lines(table: Table) -> int:
    shown = min(len(table.rows), PREVIEW_ROWS)
    return bool(table.caption) + bool(table.unit) + shown + 1 + len(_note_lines(table))


def _note_lines(table: Table) -> list[str]:
    """The note under the table, a line of the preview per line of it (Tổng hợp puts
    "(chưa bao gồm …)" on a line of its own)."""
    text = "".join(run.text for run in table.note)
    return [line for line in text.split("\n") if line.strip()]


def _draw(painter: QPainter, rect: QRectF, doc: QTextDocument, table: Table) -> None:
    line = _line(doc)
    fonts = _Fonts(QFont(doc.defaultFont()))
    top = rect.top() + 4

    def say(text: str, bold: bool, italic: bool, align: str, color: QColor = TEXT) -> None:
        nonlocal top
        box = QRectF(rect.left(), top, rect.width(), line)
        fonts.draw(painter, box, text, (bold, italic), align, color)
        top += line

    if table.caption:
        say(table.caption, True, False, "center")
    if table.unit:
        say(table.unit, False, True, "right")
    top = _grid(painter, QRectF(rect.left(), top, rect.width(), line), table, fonts)
    for note in _note_lines(table):
        say(note, False, True, "left")
    summary = f"Bảng {len(table.rows)} hàng × {len(table.columns)} cột"
    if len(table.rows) > PREVIEW_ROWS:
        summary += f" (còn {len(table.rows) - PREVIEW_ROWS} hàng không hiện ở đây)"
    say(summary + " — nhấn đúp, F2 hoặc “Sửa bảng…” để sửa", False, True, "left", HINT)


def _grid(painter: QPainter, row_rect: QRectF, table: Table, fonts: _Fonts) -> float:
    total = sum(column.width for column in table.columns) or 1.0
    xs = [row_rect.left()]
    for column in table.columns:
        xs.append(xs[-1] + (row_rect.width() - 1) * column.width / total)  # the right rule shows
    shown = min(len(table.rows), PREVIEW_ROWS)
    height = row_rect.height()
    painter.setPen(LINE)
    for r in range(shown):
        header = r < table.header_rows
        for c, cell in enumerate(table.rows[r]):
            if cell is None:
                continue
            bottom = min(r + cell.rowspan, shown)
            box = QRectF(
                QPointF(xs[c], row_rect.top() + r * height),
                QPointF(xs[min(c + cell.colspan, len(xs) - 1)], row_rect.top() + bottom * height),
            )
            if header:
                painter.fillRect(box, HEADER_FILL)
            painter.drawRect(box)
            align = "center" if header else (cell.align or table.columns[c].align)
            text = cell.text.replace("\n", " ")
            fonts.draw(painter, box.adjusted(4, 0, -4, 0), text, (header, False), align)
    return row_rect.top() + shown * height


class _Fonts:
    """The few faces a preview uses, each with its metrics, made once per drawing."""

    def __init__(self, font: QFont) -> None:
        self.base = font
        self.made: dict[tuple[bool, bool], tuple[QFont, QFontMetricsF]] = {}

    def draw(
        self,
        painter: QPainter,
        box: QRectF,
        text: str,
        style: tuple[bool, bool],
        align: str,
        color: QColor = TEXT,
    ) -> None:
        if style not in self.made:
            styled = QFont(self.base)
            styled.setBold(style[0])
            styled.setItalic(style[1])
            self.made[style] = (styled, QFontMetricsF(styled))
        styled, metrics = self.made[style]
        painter.setFont(styled)
        painter.setPen(color)
        elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, box.width())
        painter.drawText(box, ALIGNS[align], elided)
        painter.setPen(LINE)


# ----------------------------------------------------------------------------- in the editor
class DoubleClicks(QObject):
    """Opens a table when the clerk double-clicks it, or presses F2 beside it (as in Excel)."""

    def __init__(self, editor: QTextEdit, callback: Any) -> None:
        super().__init__(editor)
        self.editor = editor
        self.callback = callback
        editor.viewport().installEventFilter(self)
        editor.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            beside = table_near(self.editor.document(), self.editor.textCursor().position())
            if event.key() == Qt.Key.Key_F2 and beside is not None:
                self.callback()
                return True
        elif isinstance(event, QMouseEvent) and event.type() == QEvent.Type.MouseButtonDblClick:
            position = self.editor.cursorForPosition(event.position().toPoint()).position()
            found = table_near(self.editor.document(), position)
            if found is not None:
                cursor = self.editor.textCursor()
                cursor.setPosition(found[0])
                self.editor.setTextCursor(cursor)
                self.callback()
                return True
        return False


def install(editor: QTextEdit) -> TablePreview:
    """Make the editor draw table characters (keep the returned object alive with the editor)."""
    preview = TablePreview(editor)
    editor.document().documentLayout().registerHandler(TABLE_OBJECT, preview)
    return preview
