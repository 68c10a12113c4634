"""Lên, Xuống and Xóa are offered only when they can do something to the chosen row."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QPushButton

from lanson_report.ui.mainwindow import MainWindow
from lanson_report.ui.wizard.pages.basis import BasisPage
from lanson_report.ui.wizard.pages.sign import SignPage


def enabled(*buttons: QPushButton) -> list[bool]:
    return [button.isEnabled() for button in buttons]


def test_step_two_buttons_follow_the_chosen_reference(qtbot: Any, window: MainWindow) -> None:
    window.new_report()
    window.editor.go(1)
    page = window.editor.pages[1]
    assert isinstance(page, BasisPage)
    buttons = (page.up_button, page.down_button, page.remove_button)
    assert page.model.rowCount() == 0
    assert enabled(page.add_button, *buttons) == [True, False, False, False]
    page.add_button.click()
    assert enabled(*buttons) == [False, False, True], "one reference cannot move"
    page.add_button.click()
    page.add_button.click()
    assert page.table.currentRow() == 2
    assert enabled(*buttons) == [True, False, True], "the last one cannot go down"
    page.table.setCurrentCell(1, 0)
    assert enabled(*buttons) == [True, True, True]
    page.up_button.click()
    assert page.table.currentRow() == 0
    assert enabled(*buttons) == [False, True, True], "the first one cannot go up"
    for _ in range(3):
        page.remove_button.click()
    assert page.model.rowCount() == 0
    assert enabled(*buttons) == [False, False, False]


def test_step_four_buttons_follow_the_chosen_recipient(qtbot: Any, window: MainWindow) -> None:
    window.new_report()
    window.editor.go(3)
    page = window.editor.pages[3]
    assert isinstance(page, SignPage)
    table = page.recipients
    buttons = (table.up_button, table.down_button, table.remove_button)
    assert table.model.rowCount() == 0
    assert enabled(table.add_button, *buttons) == [True, False, False, False]
    table.add("Bộ KH&CN", "b/c")
    assert enabled(*buttons) == [False, False, True]
    table.add("UBND tỉnh", "b/c")
    assert enabled(*buttons) == [True, False, True]
    table.up_button.click()
    assert [r.name for r in table.recipients()] == ["UBND tỉnh", "Bộ KH&CN"]
    assert enabled(*buttons) == [False, True, True]
    table.remove_button.click()
    table.remove_button.click()
    assert enabled(table.add_button, *buttons) == [True, False, False, False]


def test_reopening_an_editable_report_offers_the_right_buttons(
    qtbot: Any, window: MainWindow
) -> None:
    """The read-only switch enables every button; the lists then narrow it down again."""
    window.new_report()
    page = window.editor.pages[3]
    assert isinstance(page, SignPage)
    page.recipients.add("Bộ KH&CN", "b/c")
    window.editor.save(True)
    window.editor.leave()
    window.start.continue_selected()
    assert page.recipients.model.rowCount() == 1
    assert enabled(page.recipients.up_button, page.recipients.down_button) == [False, False]
    basis = window.editor.pages[1]
    assert isinstance(basis, BasisPage)
    assert enabled(basis.up_button, basis.down_button, basis.remove_button) == [False] * 3
