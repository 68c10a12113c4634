"""A clerk who never touches the mouse: Alt letters, Enter, Tab, and where the cursor lands."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from lanson_report.store import Store
from lanson_report.ui.mainwindow import MainWindow

from .conftest import FakeDialogs
from .keys import clashes, mnemonics
from .test_status import open_example

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(
    qtbot: Any, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.keyClick(focused(), key, modifier)
    if modifier == ALT:
        qtbot.wait(200)  # an Alt letter "animates" its button's click for 100 ms


def active(qtbot: Any, window: MainWindow) -> MainWindow:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_no_two_controls_share_an_alt_letter_on_any_screen(
    window: MainWindow, store: Store, example_path: Path
) -> None:
    open_example(window, store, example_path)
    screens = {}
    for step in range(5):
        window.editor.go(step)
        screens[f"bước {step + 1}"] = (clashes(window), mnemonics(window))
    window.editor.leave()
    screens["danh sách"] = (clashes(window), mnemonics(window))
    for name, (clashing, used) in screens.items():
        assert clashing == {}, name
        assert all(key.isascii() for key in used), f"{name}: a letter an Alt key can type"
    assert "Alt+T" in screens["bước 1"][1] and screens["bước 1"][1]["Alt+T"] == ["menu &Tệp"]


def test_alt_letters_reach_their_fields(qtbot: Any, window: MainWindow) -> None:
    active(qtbot, window)
    window.new_report()
    agency = window.editor.pages[0]
    press(qtbot, Qt.Key.Key_Y, ALT)
    assert focused() is agency.title_text
    press(qtbot, Qt.Key.Key_P, ALT)
    assert window.editor.stack.currentIndex() == 1
    press(qtbot, Qt.Key.Key_Q, ALT)
    assert window.editor.stack.currentIndex() == 0


def test_enter_presses_the_focused_button(qtbot: Any, window: MainWindow) -> None:
    active(qtbot, window)
    window.new_report()
    window.editor.footer.next.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert window.editor.stack.currentIndex() == 1


def test_changing_step_puts_the_cursor_in_the_first_field(qtbot: Any, window: MainWindow) -> None:
    active(qtbot, window)
    window.new_report()
    editor = window.editor
    editor.footer.next.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert editor.pages[1].isAncestorOf(focused())
    press(qtbot, Qt.Key.Key_PageDown, CTRL)
    assert focused() is editor.pages[2].outline
    press(qtbot, Qt.Key.Key_PageUp, CTRL)
    press(qtbot, Qt.Key.Key_PageUp, CTRL)
    assert focused() is editor.pages[0].parent_name


def test_a_new_section_takes_the_typing_in_its_heading(qtbot: Any, window: MainWindow) -> None:
    active(qtbot, window)
    window.new_report()
    window.editor.go(2)
    press(qtbot, Qt.Key.Key_M, ALT)
    qtbot.keyClicks(focused(), "Ket qua")
    content = window.editor.pages[2]
    assert content.heading.text() == "Ket qua"
    assert content.tree.view.currentItem().text(0) == "1. Ket qua"


def test_enter_in_the_search_box_opens_the_only_match(
    qtbot: Any, window: MainWindow, store: Store, example_path: Path
) -> None:
    from lanson_report import draftfile
    from lanson_report.model import new_draft

    active(qtbot, window)
    wanted = store.create(draftfile.load_path(example_path)).draft
    other = new_draft(2022)
    other.title = "Báo cáo tình hình tài chính"
    store.create(other)
    window.start.refresh()
    press(qtbot, Qt.Key.Key_F, CTRL)
    assert focused() is window.start.search
    qtbot.keyClicks(focused(), "ngay khcn")
    press(qtbot, Qt.Key.Key_Return)
    assert window.editing()
    assert window.editor.draft is not None and window.editor.draft.id == wanted.id


def test_f1_lists_the_shortcuts(qtbot: Any, window: MainWindow, fake_dialogs: FakeDialogs) -> None:
    active(qtbot, window)
    press(qtbot, Qt.Key.Key_F1)
    (shown,) = fake_dialogs.texts("info")
    for keys in ("Ctrl+PgDown", "Ctrl+PgUp", "Ctrl+E", "Ctrl+P", "Ctrl+L", "F1"):
        assert keys in shown
    assert window.shortcuts_action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    assert "Ctrl+PgDown" in window.editor.footer.next.toolTip()
