"""Old Vietnamese encodings in the fields: the prompt on paste and "Chuyển mã chữ cũ…".

Nothing is converted without the clerk's word: a paste that reads as TCVN3, VNI or
VIQR opens a dialog showing the text before and after, and the clerk chooses.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.legacy import ENCODING_LABELS, Encoding, convert
from ...domain.mojibake import Proposal, convert_lines, detect
from .. import dialogs
from ..common.labels import buddy, ok_cancel

COMMAND = "Chuyển mã chữ cũ (TCVN3, VNI, VIQR)…"
PREVIEW_CHARS = 600


class ConvertDialog(QDialog):
    """Text before and after converting from an old encoding; the clerk picks the encoding."""

    def __init__(
        self, text: str, proposal: Proposal | None, pasted: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.text, self.pasted = text, pasted
        self.setWindowTitle("Chữ gõ bằng bảng mã cũ" if pasted else "Chuyển mã chữ cũ")
        self.resize(760, 520)
        intro = QLabel(
            "Đoạn vừa dán có vẻ được gõ bằng bảng mã cũ "
            f"<b>{ENCODING_LABELS[proposal.encoding]}</b> nên hiện sai dấu. Chuyển sang "
            "Unicode để in đúng?"
            if pasted and proposal
            else "Chọn bảng mã mà đoạn đã chọn được gõ, xem trước rồi chuyển sang Unicode."
        )
        intro.setWordWrap(True)
        self.encoding = QComboBox()
        for key, label in ENCODING_LABELS.items():
            self.encoding.addItem(label, key)
        if proposal is not None:
            self.encoding.setCurrentIndex(list(ENCODING_LABELS).index(proposal.encoding))
        self.before, self.after = _preview(), _preview()
        self.before.setPlainText(text[:PREVIEW_CHARS])
        self.buttons = ok_cancel("&Chuyển sang Unicode")
        self.buttons.button(self.buttons.StandardButton.Cancel).setText(
            "&Giữ nguyên như đã dán" if pasted else "Hủy"
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(buddy("&Bảng mã:", self.encoding))
        layout.addWidget(self.encoding)
        layout.addWidget(QLabel("Hiện nay:"))
        layout.addWidget(self.before, 1)
        layout.addWidget(QLabel("Sau khi chuyển:"))
        layout.addWidget(self.after, 1)
        layout.addWidget(self.buttons)
        self.encoding.currentIndexChanged.connect(self._update)
        self._update()

    def chosen(self) -> Encoding:
        return self.encoding.currentData()  # type: ignore[no-any-return]

    def converted(self) -> str:
        """A paste converts only its lines that read as old; a chosen selection all of it."""
        if self.pasted:
            return convert_lines(self.text, self.chosen())
        return convert(self.text, self.chosen())

    def _update(self) -> None:
        self.after.setPlainText(self.converted()[:PREVIEW_CHARS])


def _preview() -> QPlainTextEdit:
    view = QPlainTextEdit()
    view.setReadOnly(True)
    return view


def offer(parent: QWidget | None, text: str) -> Encoding | None:
    """Ask about pasted text that reads as an old encoding; the encoding chosen, or None."""
    proposal = detect(text)
    if proposal is None:
        return None
    dialog = ConvertDialog(text, proposal, pasted=True, parent=parent)
    return dialog.chosen() if dialogs.exec_dialog(dialog) else None


def checked(parent: QWidget | None, text: str) -> str:
    """Pasted plain text, converted if it reads as an old encoding and the clerk agrees."""
    encoding = offer(parent, text)
    return convert_lines(text, encoding) if encoding else text


def ask_selection(parent: QWidget | None, text: str) -> Encoding | None:
    """ "Chuyển mã chữ cũ…" on a selection: every line converted with the chosen encoding."""
    if not text.strip():
        dialogs.info(parent, "Chuyển mã chữ cũ", "Hãy chọn (bôi đen) đoạn chữ cần chuyển mã.")
        return None
    dialog = ConvertDialog(text, detect(text), pasted=False, parent=parent)
    return dialog.chosen() if dialogs.exec_dialog(dialog) else None


def convert_text_selection(widget: QTextEdit | QPlainTextEdit) -> None:
    """Convert the selection in place, fragment by fragment so bold and italic stay."""
    cursor = widget.textCursor()
    encoding = ask_selection(widget, cursor.selectedText().replace("\u2029", "\n"))
    if encoding is None:
        return
    start, end = cursor.selectionStart(), cursor.selectionEnd()
    pieces = _fragments(widget, start, end)
    edit = QTextCursor(widget.document())
    edit.beginEditBlock()
    for begin, finish, fmt in reversed(pieces):
        edit.setPosition(begin)
        edit.setPosition(finish, QTextCursor.MoveMode.KeepAnchor)
        edit.insertText(convert(edit.selectedText(), encoding), fmt)
    edit.endEditBlock()


def _fragments(
    widget: QTextEdit | QPlainTextEdit, start: int, end: int
) -> list[tuple[int, int, QTextCharFormat]]:
    out = []
    block = widget.document().findBlock(start)
    while block.isValid() and block.position() <= end:
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            begin = max(start, fragment.position())
            finish = min(end, fragment.position() + fragment.length())
            if begin < finish:
                out.append((begin, finish, fragment.charFormat()))
            iterator += 1
        block = block.next()
    return out


def convert_line_selection(widget: QLineEdit) -> None:
    encoding = ask_selection(widget, widget.selectedText())
    if encoding is not None and not widget.isReadOnly():
        widget.insert(convert(widget.selectedText(), encoding))


def add_command(menu: QMenu, widget: QWidget) -> QAction:
    """The "Chuyển mã chữ cũ…" entry of a field's context menu."""
    menu.addSeparator()
    action = menu.addAction(COMMAND)
    if isinstance(widget, QLineEdit):
        action.triggered.connect(lambda: convert_line_selection(widget))
        action.setEnabled(widget.hasSelectedText() and not widget.isReadOnly())
    else:
        assert isinstance(widget, QTextEdit | QPlainTextEdit)
        action.triggered.connect(lambda: convert_text_selection(widget))
        action.setEnabled(widget.textCursor().hasSelection() and not widget.isReadOnly())
    return action
