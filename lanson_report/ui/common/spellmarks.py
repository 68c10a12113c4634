"""The wavy underline of spelling slips as the clerk types, its right-click fixes, and the
words the clerk accepts: until the app closes ("Bỏ qua") or for good ("Thêm vào từ điển",
kept in the store's settings and so in backups).

Each paragraph is checked by itself when Qt repaints it (QSyntaxHighlighter redoes only
the paragraphs that changed), from a cache of judged words: typing never waits on a
check of the whole report.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from ...domain.textcheck import Finding
from ...domain.textcheck.spelling import spelling

UNDERLINE = {"error": "#d00000", "warning": "#d08000"}  # hints (info) are not underlined


class UserWords(QObject):
    """Words the checks accept: the saved dictionary and those skipped since the app started."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.saved: set[str] = set()
        self.skipped: set[str] = set()
        self.keep: Callable[[list[str]], None] | None = None  # writes the dictionary
        self.off: frozenset[str] = frozenset()  # rules switched off in the settings

    def reset(self) -> None:
        """Forget everything, as a fresh start of the app (for tests)."""
        self.saved, self.skipped, self.keep, self.off = set(), set(), None, frozenset()
        self.changed.emit()

    def words(self) -> frozenset[str]:
        return frozenset(self.saved | self.skipped)

    def load(
        self, words: list[str], keep: Callable[[list[str]], None] | None, off: list[str]
    ) -> None:
        self.saved, self.keep, self.off = set(words), keep, frozenset(off)
        self.changed.emit()

    def skip(self, word: str) -> None:
        self.skipped.add(word.lower())
        self.changed.emit()

    def add(self, word: str) -> None:
        self.saved.add(word.lower())
        if self.keep is not None:
            self.keep(sorted(self.saved))
        self.changed.emit()


_WORDS: list[UserWords] = []


def user_words() -> UserWords:
    """The one set of accepted words of the app."""
    if not _WORDS:
        _WORDS.append(UserWords())
    return _WORDS[0]


def marks(text: str, typing: bool = False) -> list[Finding]:
    """The slips to underline in one paragraph; `typing`: the clerk is typing at its end,
    and the word there is not done yet."""
    found = spelling(text, user_words().words())
    off = user_words().off
    return [
        f
        for f in found
        if f.severity in UNDERLINE and f.rule not in off and not (typing and f.end == len(text))
    ]


class SpellMarks(QSyntaxHighlighter):
    """The underline of one editor's document. The word at the end of the paragraph the
    clerk is typing at is left until the clerk types on, moves away or leaves the field (a
    clerk trial found a paragraph's last word never underlined)."""

    def __init__(self, document: QTextDocument, editor: QTextEdit | QPlainTextEdit) -> None:
        super().__init__(document)
        self.formats = {severity: _wavy(colour) for severity, colour in UNDERLINE.items()}
        self.editor = editor
        self.typing_at = -1  # the number of the paragraph typed at its end, or -1
        user_words().changed.connect(self.rehighlight)
        editor.cursorPositionChanged.connect(self._moved)
        editor.installEventFilter(self)

    def _typing_block(self) -> int:
        cursor = self.editor.textCursor()
        if not self.editor.hasFocus() or not cursor.atBlockEnd() or cursor.hasSelection():
            return -1
        return cursor.blockNumber()

    def _moved(self) -> None:
        now = self._typing_block()
        if now == self.typing_at:
            return
        before, self.typing_at = self.typing_at, now
        for number in {before, now} - {-1}:
            block = self.document().findBlockByNumber(number)
            if block.isValid():
                self.rehighlightBlock(block)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self._moved()
        return False

    def highlightBlock(self, text: str) -> None:
        typing = self.currentBlock().blockNumber() == self._typing_block()
        for finding in marks(text, typing):
            self.setFormat(
                finding.start, finding.end - finding.start, self.formats[finding.severity]
            )


def _wavy(colour: str) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
    fmt.setUnderlineColor(QColor(colour))
    return fmt
