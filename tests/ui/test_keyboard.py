"""A clerk who never touches the mouse: Alt letters, Enter, Tab, and where the cursor lands."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from lanson_report.store import Store
from lanson_report.ui.mainwindow import MainWindow
from lanson_report.ui.wizard.body.richtext import RichTextEdit

from .conftest import FakeDialogs, type_text
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
    from lanson_report.domain.model import new_draft
    from lanson_report.files import draftfile

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


def write(qtbot: Any, text: str) -> None:
    """Type into whatever has the focus (an input method's commit: Vietnamese safe)."""
    type_text(focused(), text)


def test_the_whole_wizard_without_the_mouse(
    qtbot: Any, window: MainWindow, store: Store, tmp_path: Path, fake_dialogs: FakeDialogs
) -> None:
    active(qtbot, window)
    press(qtbot, Qt.Key.Key_N, CTRL)
    editor = window.editor
    # Step 1: the cursor starts in the first field; Tab walks the form.
    assert focused() is editor.pages[0].parent_name
    for text in ("UBND TỈNH LẠNG SƠN", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "SKHCN"):
        write(qtbot, text)
        press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_D, ALT)
    write(qtbot, "Lạng Sơn")
    press(qtbot, Qt.Key.Key_Y, ALT)
    write(qtbot, "Kết quả tổ chức Ngày KH&CN")
    press(qtbot, Qt.Key.Key_P, ALT)
    # Step 2: a reference, its date typed the usual way.
    assert editor.stack.currentIndex() == 1
    press(qtbot, Qt.Key.Key_H, ALT)
    write(qtbot, "1838/VP-KGVX")
    press(qtbot, Qt.Key.Key_N, ALT)
    qtbot.keyClicks(focused(), "14/4/2022")
    press(qtbot, Qt.Key.Key_V, ALT)
    write(qtbot, "về việc tổ chức Ngày KH&CN")
    press(qtbot, Qt.Key.Key_P, ALT)
    # Step 3: a section, its heading and its text.
    assert editor.stack.currentIndex() == 2
    press(qtbot, Qt.Key.Key_M, ALT)
    write(qtbot, "Kết quả thực hiện")
    while not isinstance(focused(), RichTextEdit):
        press(qtbot, Qt.Key.Key_Tab)
    write(qtbot, "Sở đã tổ chức các hoạt động.")
    press(qtbot, Qt.Key.Key_PageDown, CTRL)
    # Step 4: the signer and one recipient.
    assert editor.stack.currentIndex() == 3
    press(qtbot, Qt.Key.Key_C, ALT)
    write(qtbot, "GIÁM ĐỐC")
    press(qtbot, Qt.Key.Key_H, ALT)
    write(qtbot, "Nguyễn Văn A")
    press(qtbot, Qt.Key.Key_N, ALT)
    write(qtbot, "Như trên")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_P, ALT)
    # Step 5: Enter on the focused export button; the report is complete, so no warning.
    assert editor.stack.currentIndex() == 4
    target = tmp_path / "bao-cao.pdf"
    fake_dialogs.answer("save_file", target)
    assert focused() is editor.preview.export_button
    press(qtbot, Qt.Key.Key_Return)
    assert not fake_dialogs.named("ask"), fake_dialogs.texts("ask")
    assert target.exists()
    press(qtbot, Qt.Key.Key_L, CTRL)
    assert window.stack.currentWidget() is window.start
    (summary,) = store.list()
    draft = store.get(summary.id).draft
    assert draft.agency.name == "SỞ KHOA HỌC VÀ CÔNG NGHỆ" and draft.place == "Lạng Sơn"
    assert draft.basis.references[0].date == datetime.date(2022, 4, 14)
    assert draft.sections[0].heading == "Kết quả thực hiện"
    assert draft.sections[0].blocks[0].runs[0].text == "Sở đã tổ chức các hoạt động."
    assert draft.signature.name == "Nguyễn Văn A"
    assert [r.name for r in draft.recipients] == ["Như trên"]


def _listed_keys() -> set[str]:
    from lanson_report.ui.common.shortcuts import SHORTCUTS

    keys: set[str] = set()
    for combo, _what in SHORTCUTS:
        for part in combo.replace(" / ", ",").split(","):
            keys.add(part.strip())
    return keys


def test_f1_lists_every_shortcut_of_every_screen(qtbot: Any, window: MainWindow) -> None:
    """Every key an action or shortcut of the app answers to is on the F1 list."""
    from PySide6.QtGui import QAction, QShortcut

    from lanson_report.ui.wizard.body.textbar import TextBar

    assert window.editor.findChildren(TextBar)  # the wizard and its bars exist from here on
    used: set[str] = set()
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            used.add(key.toString(QKeySequence.SequenceFormat.PortableText))
    for shortcut in window.findChildren(QShortcut):
        used.add(shortcut.key().toString(QKeySequence.SequenceFormat.PortableText))
    used = {"Delete" if key == "Del" else key for key in used if key}
    assert {"Ctrl+H", "Ctrl+Alt+F", "Ctrl+1", "Delete", "F1"} <= used
    assert used - _listed_keys() == set()


def test_word_import_is_in_the_file_menu(qtbot: Any, window: MainWindow) -> None:
    assert window.word_action.text() == "Nhập từ &Word (.docx)…"
    assert window.word_action in window.menuBar().actions()[0].menu().actions()
