"""The clerk's words are shown as typed: `<b>` or `&` in a title is text, never markup."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel

from lanson_report.files import draftfile
from lanson_report.store import Store
from lanson_report.ui.dialogs.status import IssueDialog
from lanson_report.ui.mainwindow import MainWindow
from lanson_report.ui.start.historydialog import HistoryDialog

from .conftest import FakeDialogs, replace_text

MARKUP = "<b>x</b> & <i>"


def shows_literally(label: QLabel, text: str) -> None:
    """Plain text, and wide enough for every character typed (rich text would drop the tags)."""
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert text in label.text()
    assert label.sizeHint().width() >= label.fontMetrics().horizontalAdvance(text)


def test_history_shows_a_title_with_markup_as_typed(
    qtbot: Any, window: MainWindow, store: Store, example_path: Path, fake_dialogs: FakeDialogs
) -> None:
    draft = draftfile.load_path(example_path)
    draft.title = f"{MARKUP} Việt Nam"
    store.create(draft)
    window.start.refresh()
    seen: list[QLabel] = []

    def look(dialog: QDialog) -> bool:
        assert isinstance(dialog, HistoryDialog)
        dialog.intro.setWordWrap(False)  # measure the whole line
        shows_literally(dialog.intro, f"“{MARKUP} Việt Nam”")
        seen.append(dialog.intro)
        return False

    fake_dialogs.answer("exec_dialog", look)
    window.start.buttons["history"].click()
    assert seen


def test_search_without_results_quotes_the_query_as_typed(window: MainWindow) -> None:
    replace_text(window.start.search, MARKUP)
    assert window.start.empty.isVisibleTo(window)
    shows_literally(window.start.empty, f"“{MARKUP}”")


def test_step_one_preview_shows_the_symbol_as_typed(window: MainWindow) -> None:
    window.new_report()
    page = window.editor.pages[0]
    replace_text(page.symbol, MARKUP)  # type: ignore[attr-defined]
    shows_literally(page.preview, f"/{MARKUP}")  # type: ignore[attr-defined]


def test_issue_dialog_shows_the_symbol_as_typed(
    qtbot: Any, store: Store, example_path: Path
) -> None:
    draft = draftfile.load_path(example_path)
    draft.symbol = MARKUP
    dialog = IssueDialog(draft)
    qtbot.addWidget(dialog)
    labels = [label for label in dialog.findChildren(QLabel) if MARKUP in label.text()]
    assert len(labels) == 1
    shows_literally(labels[0], MARKUP)


def test_issue_dialog_shows_the_symbol_without_a_leading_slash(
    qtbot: Any, example_path: Path
) -> None:
    draft = draftfile.load_path(example_path)
    dialog = IssueDialog(draft)
    qtbot.addWidget(dialog)
    form = dialog.layout().itemAt(1).layout()
    row = next(
        r
        for r in range(form.rowCount())
        if form.itemAt(r, form.ItemRole.LabelRole).widget().text() == "Ký hiệu:"
    )
    assert form.itemAt(row, form.ItemRole.FieldRole).widget().text() == draft.full_symbol
    assert draft.full_symbol == "BC-SKHCN"
