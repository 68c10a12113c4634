"""The right-click menu over an underlined word: its fixes, "Bỏ qua", "Thêm vào từ điển"."""

from __future__ import annotations

from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QTextEdit

from ...domain.textcheck import Finding
from .spellmarks import marks, user_words

# Slips no dictionary should ever accept: a wrong pair (sử lý), a letter alone (c).
NOT_WORDS = frozenset({"word-pair", "lone-letter"})


def keepable(finding: Finding) -> bool:
    """Whether "Thêm vào từ điển" is offered: for a word the checks cannot place (a name,
    a loanword), never for a slip with a sure fix (cuả → của), a wrong pair or a lone
    letter, which one misclick would keep for good (clerk trials)."""
    return finding.rule not in NOT_WORDS and not finding.suggestions


def finding_at(cursor: QTextCursor) -> Finding | None:
    """The underlined slip under the cursor, if any."""
    at = cursor.positionInBlock()
    return next((f for f in marks(cursor.block().text()) if f.start <= at <= f.end), None)


def add_fixes(menu: QMenu, editor: QTextEdit | QPlainTextEdit, cursor: QTextCursor) -> None:
    """Put the fixes of the slip under `cursor` at the top of `menu`."""
    finding = finding_at(cursor)
    if finding is None or editor.isReadOnly():
        return
    start = cursor.block().position() + finding.start
    word = cursor.block().text()[finding.start : finding.end]
    first = menu.actions()[0] if menu.actions() else None
    reason = QAction(finding.message, menu)  # why it is underlined, before what to do
    reason.setEnabled(False)
    actions: list[QAction] = [reason]
    for fix in finding.suggestions[:5]:
        action = QAction(f"Sửa thành “{fix}”", menu)
        action.triggered.connect(lambda _=False, f=fix: _replace(editor, start, len(word), f))
        actions.append(action)
    skip = QAction("Bỏ qua", menu)
    skip.triggered.connect(lambda: user_words().skip(word))
    actions.append(skip)
    if keepable(finding):  # a word: a name, a loanword the clerk keeps
        keep = QAction("Thêm vào từ điển", menu)
        keep.triggered.connect(lambda: user_words().add(word))
        actions.append(keep)
    for action in actions:
        menu.insertAction(first, action)  # type: ignore[arg-type]  # None appends
    menu.insertSeparator(first)  # type: ignore[arg-type]


def _replace(editor: QTextEdit | QPlainTextEdit, start: int, length: int, fix: str) -> None:
    cursor = QTextCursor(editor.document())
    cursor.setPosition(start)
    cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText(fix)
