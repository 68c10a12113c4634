"""Step 1's day and month: a number typed over "(để trống)" is taken, wherever the cursor is."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSpinBox

from lanson_report.ui.mainwindow import MainWindow


def test_typing_a_day_over_the_blank_text_sets_it(qtbot: Any, window: MainWindow) -> None:
    """Clicked into "(để trống)" and typed 20: nothing happened unless all was selected."""
    window.new_report()
    page = window.editor.pages[0]
    for spin, typed, expected in ((page.day, "20", 20), (page.month, "7", 7)):
        assert isinstance(spin, QSpinBox)
        spin.setValue(0)
        assert spin.text() == "(để trống)"
        spin.setFocus()
        spin.lineEdit().deselect()
        spin.lineEdit().setCursorPosition(len(spin.text()))  # where a click at the end puts it
        qtbot.keyClicks(spin, typed)
        assert spin.value() == expected
    qtbot.keyClick(page.day, Qt.Key.Key_Tab)
    assert window.editor.draft is not None
    assert (window.editor.draft.date.day, window.editor.draft.date.month) == (20, 7)


def test_a_click_into_a_month_then_typing_replaces_it(qtbot: Any, window: MainWindow) -> None:
    """Clicking into Tháng showing 5 and typing 11 gave "511", refused: nothing changed."""
    window.new_report()
    page = window.editor.pages[0]
    page.month.setValue(5)
    window.editor.footer.next.setFocus()
    editor = page.month.lineEdit()
    qtbot.mouseClick(editor, Qt.MouseButton.LeftButton, pos=editor.rect().center())
    qtbot.waitUntil(lambda: editor.selectedText() == "5")
    qtbot.keyClicks(page.month, "11")
    assert page.month.value() == 11
