"""Typing is saved once the clerk pauses; a crash loses at most the last two seconds."""

from __future__ import annotations

import re
import threading
from pathlib import Path
from typing import Any

import pytest
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
    assert re.fullmatch(r"Đã lưu lúc \d\d:\d\d:\d\d", window.editor.footer.saved.text())


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


class SlowDisk:
    """Wraps store.save_data: records the thread, and holds each write until released."""

    def __init__(self, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
        self.real = store.save_data
        self.threads: list[threading.Thread] = []
        self.started = threading.Event()
        self.release = threading.Event()
        monkeypatch.setattr(store, "save_data", self.save_data)

    def save_data(self, data: dict[str, Any]) -> Any:
        self.threads.append(threading.current_thread())
        self.started.set()
        assert self.release.wait(10), "the test never released the write"
        return self.real(data)


def hold_a_timed_write(
    qtbot: Any, window: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch, text: str
) -> tuple[str, SlowDisk, Any]:
    """A new report, `text` typed in Địa danh, and the timers' write of it held on "disk"."""
    draft_id = new_report(qtbot, window)
    disk = SlowDisk(store, monkeypatch)
    field = window.editor.pages[0].place
    type_text(field, text)
    window.editor.timer.setInterval(10)
    qtbot.waitUntil(disk.started.is_set, timeout=2000)
    return draft_id, disk, field


def test_the_timed_save_writes_off_the_ui_thread_and_typing_goes_on(
    qtbot: Any, window: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    draft_id, disk, field = hold_a_timed_write(qtbot, window, store, monkeypatch, "Lạng")
    assert disk.threads[0] is not threading.main_thread()
    # The write is held on "disk": the window still takes keys and shows them.
    type_text(field, " Sơn")
    qtbot.wait(50)
    assert field.text() == "Lạng Sơn"
    assert window.editor.dirty, "what was typed after the snapshot is still to save"
    disk.release.set()
    qtbot.waitUntil(lambda: store.get(draft_id).draft.place == "Lạng Sơn", timeout=3000)
    versions = [store.version(draft_id, v.number).place for v in store.history(draft_id)]
    assert "Lạng" in versions, "the snapshot was written first, then the rest"
    qtbot.waitUntil(lambda: not window.editor.dirty and not window.editor.writer.busy())


def test_ctrl_s_during_a_background_write_waits_and_saves_the_newest(
    qtbot: Any, window: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    draft_id, disk, field = hold_a_timed_write(qtbot, window, store, monkeypatch, "Cao")
    type_text(field, " Bằng")
    threading.Timer(0.2, disk.release.set).start()  # the disk finishes while Ctrl+S waits
    window.save_action.trigger()
    assert store.get(draft_id).draft.place == "Cao Bằng", "the older snapshot never wins"
    assert not window.editor.dirty and not window.editor.writer.busy()
    assert window.editor.footer.saved.text().startswith("Đã lưu lúc")


def test_a_background_write_that_fails_is_shown_kept_and_retried(
    qtbot: Any,
    window: MainWindow,
    store: Store,
    fake_dialogs: FakeDialogs,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from lanson_report.domain.errors import StoreError

    draft_id = new_report(qtbot, window)
    real = store.save_data

    def full_disk(_data: Any) -> Any:
        raise StoreError("Không ghi được tệp drafts/x.json: ổ đĩa đã đầy")

    monkeypatch.setattr(store, "save_data", full_disk)
    type_text(window.editor.pages[0].place, "Hữu Lũng")
    window.editor.save_in_background()  # what the timers call
    qtbot.waitUntil(lambda: bool(fake_dialogs.named("error")), timeout=2000)
    assert window.editor.footer.saved.text().startswith("Chưa lưu được")
    assert window.editor.dirty and window.editor.timer.isActive(), "kept, and tried again"
    monkeypatch.setattr(store, "save_data", real)
    qtbot.waitUntil(lambda: store.get(draft_id).draft.place == "Hữu Lũng", timeout=3000)
    qtbot.waitUntil(lambda: window.editor.footer.saved.text().startswith("Đã lưu lúc"))
    assert len(fake_dialogs.named("error")) == 1


def test_closing_the_window_during_a_background_write_loses_nothing(
    qtbot: Any, store: Store, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(qtbot, store, data_dir)
    draft_id, disk, field = hold_a_timed_write(qtbot, window, store, monkeypatch, "Đồng")
    type_text(field, " Đăng")
    threading.Timer(0.2, disk.release.set).start()
    window.close()
    assert store.get(draft_id).draft.place == "Đồng Đăng"


def test_after_a_crash_the_report_opens_in_the_section_being_written(
    qtbot: Any, data_dir: Path, fake_dialogs: FakeDialogs, example_path: Path
) -> None:
    """It used to reopen at section 1, and the clerk had to look for their place."""
    from lanson_report.files import draftfile

    first_store = Store.open(data_dir)
    draft_id = first_store.create(draftfile.load_path(example_path)).draft.id
    crashed = MainWindow(first_store, Session(data_dir))  # never closed: no closeEvent
    crashed.show()
    crashed.open_draft(draft_id)
    crashed.editor.go("content")
    content = crashed.editor.page("content")
    assert content.tree.select((1,))
    type_text(content.body, "Viết tiếp ở mục 2. ")
    crashed.editor.save()
    crashed.hide()
    crashed.deleteLater()
    first_store.close()

    fake_dialogs.answer("ask", True)
    reopened = make_window(qtbot, Store.open(data_dir), data_dir)
    reopened.after_start()
    page = reopened.editor.current_page()
    assert page.step_name == "content"
    assert page.tree.current_path() == (1,)
    assert "Viết tiếp ở mục 2." in page.body.toPlainText()
