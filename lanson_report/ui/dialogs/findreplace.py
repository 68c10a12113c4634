"""Tìm và thay (Ctrl+F, Ctrl+H) across the whole document, beside the wizard.

The dialog stays open while the clerk works: it lists every hit with where it is and a
little context, goes to a hit (its step, its field, the words selected), replaces one
or all — all of them as one change, saved at once, with "Hoàn tác" to take it back
while nothing else has been edited since.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain import findtext
from ...domain.findtext import Hit, Options
from ...domain.model import Draft, clone
from .. import dialogs

HIT_ROLE = Qt.ItemDataRole.UserRole
QUOTED = "basis.references["  # what the căn cứ quote: documents already issued


class FindReplace(QDialog):
    """Needs three things of the wizard: the draft as typed so far, a way to change the
    whole draft as one saved change, and a way to show a hit's field."""

    go_to = Signal(object)  # a Hit

    def __init__(
        self,
        current: Callable[[], Draft | None],
        rewrite: Callable[[Callable[[Draft], object]], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Tìm và thay")
        self.setModal(False)
        self.current = current
        self.rewrite = rewrite
        self.read_only = False
        self.hits: list[Hit] = []
        self._before: Draft | None = None  # the draft before the last replacement
        self._after: Draft | None = None  # and right after it: undo only while unchanged
        self.query = QLineEdit()
        self.query.setPlaceholderText("chữ cần tìm")
        self.replacement = QLineEdit()
        self.replacement.setPlaceholderText("thay bằng (để trống: xóa chữ tìm thấy)")
        self.match_case = QCheckBox("Phân biệt chữ &hoa, thường")
        self.whole_word = QCheckBox("Chỉ tìm &cả từ")
        self.ignore_accents = QCheckBox("&Không phân biệt dấu (bao cao → báo cáo)")
        self.results = QListWidget()
        self.results.setWordWrap(True)
        self.results.setAccessibleName("Các chỗ tìm thấy")
        self.summary = QLabel()
        self.find_button = QPushButton("&Tìm")
        self.go_button = QPushButton("Đế&n chỗ này")
        self.replace_button = QPushButton("Th&ay chỗ này")
        self.replace_all_button = QPushButton("Thay tất cả")
        self.undo_button = QPushButton("Hoàn tác &lần thay")
        self._build()
        self._connect()
        self.resize(620, 520)

    def _build(self) -> None:
        form = QFormLayout()
        find_label = QLabel("Tìm &gì:")
        find_label.setBuddy(self.query)
        replace_label = QLabel("Thay &bằng:")
        replace_label.setBuddy(self.replacement)
        form.addRow(find_label, self.query)
        form.addRow(replace_label, self.replacement)
        options = QHBoxLayout()
        for box in (self.match_case, self.whole_word, self.ignore_accents):
            options.addWidget(box)
        options.addStretch(1)
        buttons = QHBoxLayout()
        for button in (
            self.find_button,
            self.go_button,
            self.replace_button,
            self.replace_all_button,
            self.undo_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText("Đó&ng")
        close.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(options)
        layout.addLayout(buttons)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.summary)
        layout.addWidget(close)
        self.find_button.setDefault(True)

    def _connect(self) -> None:
        self.find_button.clicked.connect(self.search)
        self.query.returnPressed.connect(self.search)
        for box in (self.match_case, self.whole_word, self.ignore_accents):
            box.toggled.connect(lambda _on: self.search() if self.query.text() else None)
        self.go_button.clicked.connect(self.go)
        self.results.itemActivated.connect(lambda _item: self.go())
        self.results.currentRowChanged.connect(lambda _row: self._enable())
        self.replace_button.clicked.connect(self.replace_one)
        self.replace_all_button.clicked.connect(self.replace_all)
        self.undo_button.clicked.connect(self.undo)
        self.query.textChanged.connect(lambda _text: self._enable())

    # ------------------------------------------------------------------ state
    def open_for(self, replace: bool, selected: str = "", read_only: bool = False) -> None:
        """Show the dialog (Ctrl+F or Ctrl+H), the query prefilled with the selection."""
        self.read_only = read_only
        if selected and "\n" not in selected and "\u2029" not in selected:
            self.query.setText(selected)
        self.show()
        self.activateWindow()
        target = self.replacement if replace and self.query.text() else self.query
        target.setFocus()
        target.selectAll()
        if self.query.text():
            self.search()
        self._enable()

    def options(self) -> Options:
        return Options(
            match_case=self.match_case.isChecked(),
            whole_word=self.whole_word.isChecked(),
            ignore_accents=self.ignore_accents.isChecked(),
        )

    def _enable(self) -> None:
        chosen = self.results.currentRow() >= 0
        writable = not self.read_only
        self.go_button.setEnabled(chosen)
        self.replace_button.setEnabled(chosen and writable)
        self.replace_all_button.setEnabled(bool(self.hits) and writable)
        self.undo_button.setEnabled(self._before is not None and writable)
        self.find_button.setEnabled(bool(self.query.text()))

    # ------------------------------------------------------------------ find
    def search(self) -> None:
        draft = self.current()
        row = max(self.results.currentRow(), 0)
        self.results.clear()
        self.hits = findtext.find(draft, self.query.text(), self.options()) if draft else []
        for hit in self.hits:
            item = QListWidgetItem()
            label = QLabel(
                f"<b>{html.escape(hit.label)}</b>: {html.escape(hit.head)}"
                f"<span style='background:#ffe58a'>{html.escape(hit.found)}</span>"
                f"{html.escape(hit.tail)}"
            )
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setContentsMargins(4, 2, 4, 2)
            item.setData(HIT_ROLE, hit)
            item.setToolTip(hit.text)
            item.setSizeHint(label.sizeHint())
            self.results.addItem(item)
            self.results.setItemWidget(item, label)
        if self.hits:
            self.results.setCurrentRow(min(row, len(self.hits) - 1))
            self.summary.setText(f"Tìm thấy {len(self.hits)} chỗ.")
        elif self.query.text():
            self.summary.setText(f"Không tìm thấy «{self.query.text()}» trong văn bản.")
        else:
            self.summary.setText("")
        self._enable()

    def chosen(self) -> Hit | None:
        item = self.results.currentItem()
        if item is None:
            return None
        hit = item.data(HIT_ROLE)
        return hit if isinstance(hit, Hit) else None

    def go(self) -> None:
        hit = self.chosen()
        if hit is not None:
            self.go_to.emit(hit)

    # ------------------------------------------------------------------ replace
    def _change(self, change: Callable[[Draft], int]) -> int:
        """Make one replacement change through the wizard (saved, shown everywhere)."""
        draft = self.current()
        if draft is None or self.read_only:
            return 0
        before = clone(draft)
        done: list[int] = []
        self.rewrite(lambda d: done.append(change(d)))
        count = done[0] if done else 0
        if count:
            self._before = before
            self._after = clone(self.current() or before)
        return count

    def replace_one(self) -> None:
        hit = self.chosen()
        if hit is None:
            return
        new = self.replacement.text()
        count = self._change(lambda d: findtext.replace(d, [hit], new))
        self.search()
        if count:
            self.summary.setText(f"Đã thay 1 chỗ. {self.summary.text()}")
        else:
            self.summary.setText("Chỗ này đã sửa khác đi sau khi tìm; hãy bấm Tìm lại.")

    def replace_all(self) -> None:
        """Every hit — but a căn cứ quotes a document already issued ("về việc tổ chức …
        năm 2022"): changing it would misquote it, so the clerk is asked about those."""
        self.search()
        hits = list(self.hits)
        quoted = [hit for hit in hits if hit.path.startswith(QUOTED)]
        if quoted:
            answer = dialogs.choose(
                self,
                "ask",
                "Thay cả trong căn cứ?",
                f"{len(quoted)} trong {len(hits)} chỗ nằm trong phần căn cứ, tức là trích tên "
                "hoặc nội dung văn bản đã ban hành; thay ở đó sẽ trích sai văn bản ấy.",
                ["Chỉ thay ngoài căn cứ", "Thay cả trong căn cứ", "Hủy"],
            )
            if answer is None:
                return
            if answer == 0:
                hits = [hit for hit in hits if not hit.path.startswith(QUOTED)]
        new = self.replacement.text()
        count = self._change(lambda d: findtext.replace(d, hits, new))
        self.search()
        self.summary.setText(f"Đã thay {count} chỗ (bấm «Hoàn tác lần thay» để trả lại).")

    def undo(self) -> None:
        before, after, draft = self._before, self._after, self.current()
        if before is None or draft is None:
            return
        if draft != after:
            self.summary.setText(
                "Văn bản đã được sửa tiếp sau lần thay, nên không hoàn tác tự động được; "
                "hãy thay ngược lại (Tìm chữ mới, Thay bằng chữ cũ)."
            )
            return

        def restore(target: Draft) -> None:
            for name in vars(before):
                setattr(target, name, getattr(before, name))

        self.rewrite(restore)
        self._before = self._after = None
        self.search()
        self.summary.setText("Đã trả lại như trước lần thay.")


def _section_of(path: str) -> str:
    """`sections[0].sections[1]` of a hit inside a section's body, else ""."""
    head, sep, _rest = path.partition(".blocks[")
    return head if sep and head.startswith("sections") else ""


def select_hit(widget: QWidget | None, hit: Hit, hits: list[Hit], whole_word: bool = False) -> bool:
    """Select the hit's words in the widget the wizard went to: a one-line field holding
    the hit's text, or the rich text of the section the hit is in (the n-th same words
    of that section, as the body shows the section's blocks in order). `hits`: every
    occurrence of those words, found as whole words when `whole_word`."""
    if isinstance(widget, QLineEdit):
        if widget.text() == hit.text:
            widget.setSelection(hit.start, hit.end - hit.start)
            return True
        return False
    if isinstance(widget, QPlainTextEdit):  # a field of a few lines: the trích yếu
        if widget.toPlainText() != hit.text:
            return False
        cursor = widget.textCursor()
        cursor.setPosition(hit.start)
        cursor.setPosition(hit.end, QTextCursor.MoveMode.KeepAnchor)
        widget.setTextCursor(cursor)
        return True
    if not isinstance(widget, QTextEdit) or hit.path.endswith(".footnote"):
        return False
    section = _section_of(hit.path)
    if not section:
        return False
    same = [
        h
        for h in hits
        if _section_of(h.path) == section
        and not h.path.endswith(".footnote")
        and h.found == hit.found
    ]
    ordinal = next((i for i, h in enumerate(same) if h == hit), 0)
    document = widget.document()
    cursor = QTextCursor(document)
    flags = QTextDocument.FindFlag.FindCaseSensitively
    if whole_word:
        flags |= QTextDocument.FindFlag.FindWholeWords
    for _ in range(ordinal + 1):
        cursor = document.find(hit.found, cursor, flags)
        if cursor.isNull():
            return False
    widget.setTextCursor(cursor)
    widget.ensureCursorVisible()
    return True
