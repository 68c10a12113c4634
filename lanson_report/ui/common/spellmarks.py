"""The wavy underline of spelling slips as the clerk types, its right-click fixes, and the
words the clerk accepts: until the app closes ("Bỏ qua") or for good ("Thêm vào từ điển",
kept in the store's settings and so in backups).

Each paragraph is checked by itself when Qt repaints it (QSyntaxHighlighter redoes only
the paragraphs that changed), from a cache of judged words: typing never waits on a
check of the whole report.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument

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


def marks(text: str) -> list[Finding]:
    """The slips to underline in one paragraph; not the word still being typed at its end."""
    found = spelling(text, user_words().words())
    off = user_words().off
    return [f for f in found if f.severity in UNDERLINE and f.end < len(text) and f.rule not in off]


class SpellMarks(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.formats = {severity: _wavy(colour) for severity, colour in UNDERLINE.items()}
        user_words().changed.connect(self.rehighlight)

    def highlightBlock(self, text: str) -> None:
        for finding in marks(text):
            self.setFormat(
                finding.start, finding.end - finding.start, self.formats[finding.severity]
            )


def _wavy(colour: str) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
    fmt.setUnderlineColor(QColor(colour))
    return fmt
