"""Tìm và thay in the wizard: Ctrl+F and Ctrl+H, go to a hit, replace one or all as one
saved change, and take it back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTextEdit

from lanson_report.domain import findtext
from lanson_report.files import draftfile
from lanson_report.store import Store
from lanson_report.ui.dialogs.findreplace import FindReplace
from lanson_report.ui.mainwindow import MainWindow

from .conftest import FakeDialogs, open_example, type_text


def _finder(qtbot: Any, window: MainWindow, keys: str) -> FindReplace:
    window.activateWindow()
    qtbot.keyClick(window.editor, keys[-1], Qt.KeyboardModifier.ControlModifier)
    finder = window.editor.finder
    assert finder is not None
    qtbot.waitUntil(finder.isVisible, timeout=2000)
    return finder


def test_ctrl_h_replaces_every_occurrence_as_one_saved_change_and_undoes_it(
    qtbot: Any, window: MainWindow, store: Store, example_path: Path, fake_dialogs: FakeDialogs
) -> None:
    fake_dialogs.answer("choose", 1)  # "Thay cả trong căn cứ"
    draft_id = open_example(window, store, example_path)
    before = store.get(draft_id).draft
    count = len(findtext.find(before, "2022"))
    finder = _finder(qtbot, window, "Ctrl+H")
    finder.query.setText("2022")
    qtbot.keyClick(finder.query, Qt.Key.Key_Return)
    assert finder.results.count() == count > 3
    assert finder.summary.text() == f"Tìm thấy {count} chỗ."
    finder.replacement.setText("2023")
    qtbot.mouseClick(finder.replace_all_button, Qt.MouseButton.LeftButton)
    saved = store.get(draft_id).draft  # saved at once, not at the next autosave
    assert findtext.find(saved, "2022") == []
    assert window.editor.pages[0].title_text.toPlainText() == saved.title  # every page shows it
    assert "2023" in saved.title
    assert finder.results.count() == 0
    assert finder.summary.text().startswith(f"Đã thay {count} chỗ")
    qtbot.mouseClick(finder.undo_button, Qt.MouseButton.LeftButton)
    assert store.get(draft_id).draft == before
    assert finder.summary.text() == "Đã trả lại như trước lần thay."


def test_replace_all_asks_before_changing_what_the_basis_quotes(
    qtbot: Any, window: MainWindow, store: Store, example_path: Path, fake_dialogs: FakeDialogs
) -> None:
    draft_id = open_example(window, store, example_path)
    subjects = [ref.subject for ref in store.get(draft_id).draft.basis.references]
    assert any("2022" in subject for subject in subjects)
    finder = _finder(qtbot, window, "Ctrl+H")
    finder.query.setText("2022")
    finder.replacement.setText("2023")
    fake_dialogs.answer("choose", None)  # Hủy: nothing changes
    finder.replace_all()
    assert findtext.find(store.get(draft_id).draft, "2022") == finder.hits != []
    fake_dialogs.answer("choose", 0)  # "Chỉ thay ngoài căn cứ"
    finder.replace_all()
    asked = fake_dialogs.texts("choose")
    assert len(asked) == 2
    assert "2 trong 13 chỗ nằm trong phần căn cứ" in asked[0]
    saved = store.get(draft_id).draft
    assert [ref.subject for ref in saved.basis.references] == subjects
    assert [hit.path for hit in findtext.find(saved, "2022")] == [
        "basis.references[0].subject",
        "basis.references[1].subject",
    ]


def test_undo_refuses_once_the_text_was_edited_after_the_replacement(
    qtbot: Any, window: MainWindow, store: Store, example_path: Path, fake_dialogs: FakeDialogs
) -> None:
    fake_dialogs.answer("choose", 1)
    open_example(window, store, example_path)
    finder = _finder(qtbot, window, "Ctrl+H")
    finder.query.setText("2022")
    finder.replacement.setText("2023")
    finder.search()
    finder.replace_all()
    title = window.editor.pages[0].title_text
    window.editor.go(0)
    type_text(title, " (sửa)")
    finder.undo()
    assert "không hoàn tác tự động được" in finder.summary.text()
    assert "(sửa)" in title.toPlainText()
    assert "2022" not in title.toPlainText()


def test_going_to_a_hit_in_a_section_selects_its_words(
    qtbot: Any, window: MainWindow, store: Store, example_path: Path
) -> None:
    open_example(window, store, example_path)
    finder = _finder(qtbot, window, "Ctrl+F")
    finder.query.setText("Ngày Khoa học")
    finder.search()
    in_body = [i for i, h in enumerate(finder.hits) if ".blocks[" in h.path]
    assert len(in_body) >= 2
    finder.results.setCurrentRow(in_body[1])
    hit = finder.hits[in_body[1]]
    qtbot.mouseClick(finder.go_button, Qt.MouseButton.LeftButton)
    editor = window.editor
    assert editor.current_page() is editor.content
    focused = QApplication.focusWidget()
    assert isinstance(focused, QTextEdit)
    cursor = focused.textCursor()
    assert cursor.selectedText() == hit.found
    block_text = cursor.block().text()
    assert hit.tail.rstrip("…")[:10] in block_text


def test_a_hit_in_the_title_is_selected_in_step_one(
    qtbot: Any, window: MainWindow, store: Store, example_path: Path
) -> None:
    open_example(window, store, example_path)
    window.editor.go(3)
    finder = _finder(qtbot, window, "Ctrl+F")
    finder.query.setText("kỷ niệm")
    finder.search()
    row = next(i for i, h in enumerate(finder.hits) if h.path == "title")
    finder.results.setCurrentRow(row)
    finder.go()
    title = window.editor.pages[0].title_text
    assert window.editor.stack.currentIndex() == 0
    cursor = title.textCursor()
    assert cursor.selectedText() == "kỷ niệm"
    assert cursor.selectionStart() == finder.hits[row].start


def test_an_issued_report_can_be_searched_not_changed(
    qtbot: Any, window: MainWindow, store: Store, example_path: Path
) -> None:
    draft = store.create(draftfile.load_path(example_path)).draft
    store.set_status(draft.id, "issued")
    window.open_draft(draft.id)
    assert window.editor.read_only
    finder = _finder(qtbot, window, "Ctrl+H")
    finder.query.setText("2022")
    finder.search()
    finder.results.setCurrentRow(0)
    assert finder.results.count() > 0
    assert finder.go_button.isEnabled()
    assert not finder.replace_all_button.isEnabled()
    assert not finder.replace_button.isEnabled()


def test_find_and_replace_is_in_the_report_menu_while_a_report_is_written(
    qtbot: Any, window: MainWindow, store: Store, example_path: Path
) -> None:
    """A trial clerk found "Tìm báo cáo Ctrl+F" greyed out there and no Tìm và thay."""
    assert window.search_action.isVisible() and not window.find_action.isVisible()
    open_example(window, store, example_path)
    assert window.find_action.isVisible() and window.find_action.isEnabled()
    assert not window.search_action.isVisible()
    assert window.find_action.text().endswith("\tCtrl+H")
    window.find_action.trigger()
    finder = window.editor.finder
    assert finder is not None and finder.isVisible()
    assert finder.replacement.isVisible()
    window.editor.leave()
    assert window.search_action.isVisible() and not window.find_action.isVisible()
