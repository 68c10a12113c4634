"""Typing is saved once the clerk pauses; a crash loses at most the last two seconds."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from lanson_report.store import Store
from lanson_report.ui.mainwindow import MainWindow
from lanson_report.ui.wizard.autosave import MAX_WAIT_MS
from lanson_report.ui.wizard.autosave import PAUSE_MS as AUTOSAVE_MS
from lanson_report.ui.wizard.session import Session

from .conftest import FakeDialogs, make_window, type_text


def new_report(qtbot: Any, window: MainWindow) -> str:
    qtbot.mouseClick(window.start.buttons["new"], Qt.MouseButton.LeftButton)
    assert window.editor.draft is not None
    return window.editor.draft.id


def test_a_pause_saves_within_two_seconds(qtbot: Any, window: MainWindow, store: Store) -> None:
    draft_id = new_report(qtbot, window)
    page = window.editor.pages[0]
    type_text(page.agency_name, "SỞ Y TẾ")
    assert window.editor.timer.isActive()
    assert store.get(draft_id).draft.agency.name == "", "typing does not wait on a save"
    assert AUTOSAVE_MS < 2000
    qtbot.waitUntil(lambda: store.get(draft_id).draft.agency.name == "SỞ Y TẾ", timeout=2000)
    assert re.fullmatch(r"Đã lưu lúc \d\d:\d\d", window.editor.footer.saved.text())


def test_each_keystroke_postpones_the_save(qtbot: Any, window: MainWindow) -> None:
    new_report(qtbot, window)
    page = window.editor.pages[0]
    type_text(page.place, "Lạng")
    qtbot.wait(600)
    type_text(page.place, " Sơn")
    assert window.editor.timer.remainingTime() > AUTOSAVE_MS - 300


def test_ctrl_s_saves_at_once(qtbot: Any, window: MainWindow, store: Store) -> None:
    draft_id = new_report(qtbot, window)
    type_text(window.editor.pages[0].place, "Cao Bằng")
    window.save_action.trigger()
    assert store.get(draft_id).draft.place == "Cao Bằng"
    assert not window.editor.timer.isActive()


def test_after_a_crash_the_draft_is_offered_as_last_saved(
    qtbot: Any, data_dir: Path, fake_dialogs: FakeDialogs
) -> None:
    first_store = Store.open(data_dir)
    crashed = MainWindow(first_store, Session(data_dir))  # never closed: no closeEvent
    crashed.show()
    draft_id = new_report(qtbot, crashed)
    type_text(crashed.editor.pages[0].title_text, "Báo cáo trước khi mất điện")
    qtbot.mouseClick(crashed.editor.footer.next, Qt.MouseButton.LeftButton)  # saves, step 2
    qtbot.waitUntil(lambda: not crashed.editor.dirty, timeout=2000)
    type_text(crashed.editor.pages[1].closing, "gõ sau lần lưu cuối")  # lost with the power
    crashed.hide()
    crashed.deleteLater()
    first_store.close()  # the operating system frees the files of a dead process

    fake_dialogs.answer("ask", True)
    store = Store.open(data_dir)
    reopened = make_window(qtbot, store, data_dir)
    reopened.after_start()
    (question,) = fake_dialogs.texts("ask")
    assert "Báo cáo trước khi mất điện" in question
    assert reopened.editor.draft is not None and reopened.editor.draft.id == draft_id
    assert reopened.editor.pages[0].title_text.toPlainText() == "Báo cáo trước khi mất điện"
    assert reopened.editor.pages[1].closing.toPlainText() == ""
    assert reopened.editor.stack.currentIndex() == 1, "the clerk's step is kept"


def test_a_normal_close_offers_nothing(
    qtbot: Any, store: Store, data_dir: Path, fake_dialogs: FakeDialogs
) -> None:
    window = make_window(qtbot, store, data_dir)
    new_report(qtbot, window)
    window.close()
    again = make_window(qtbot, Store.open(data_dir), data_dir)
    again.after_start()
    assert not fake_dialogs.named("ask")
    assert again.stack.currentWidget() is again.start


def test_typing_without_a_pause_is_still_saved_within_about_two_seconds(
    qtbot: Any, window: MainWindow, store: Store
) -> None:
    """One key every 0.3 s used to postpone the save for as long as the clerk typed."""
    draft_id = new_report(qtbot, window)
    field = window.editor.pages[0].place
    saved_while_typing = False
    for letter in "Lang Son Cao Ba":  # 15 keys, 4.5 s of steady typing
        type_text(field, letter)
        qtbot.wait(300)
        saved_while_typing = saved_while_typing or bool(store.get(draft_id).draft.place)
    assert saved_while_typing
    assert MAX_WAIT_MS <= 2000


def test_leaving_a_field_saves_at_once(qtbot: Any, window: MainWindow, store: Store) -> None:
    draft_id = new_report(qtbot, window)
    page = window.editor.pages[0]
    type_text(page.agency_name, "SỞ Y TẾ")
    qtbot.keyClick(page.agency_name, Qt.Key.Key_Tab)
    assert store.get(draft_id).draft.agency.name == "SỞ Y TẾ"


def test_leaving_a_step_saves_at_once(qtbot: Any, window: MainWindow, store: Store) -> None:
    draft_id = new_report(qtbot, window)
    window.editor.pages[0].title_text.setPlainText("Báo cáo kết quả")
    qtbot.keyClick(window.editor, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.stack.currentIndex() == 1
    assert store.get(draft_id).draft.title == "Báo cáo kết quả"


def test_leaving_the_app_saves_at_once(
    qtbot: Any, window: MainWindow, store: Store, qapp: Any
) -> None:
    draft_id = new_report(qtbot, window)
    window.editor.pages[0].place.setText("Lạng Sơn")
    qapp.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
    assert store.get(draft_id).draft.place == "Lạng Sơn"
