"""Failures the clerk must see: a busy store, a repaired store, an unexpected error."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import filelock
import pytest
from PySide6.QtCore import QTimer

from lanson_report.files import draftfile
from lanson_report.store import Store
from lanson_report.ui import app as uiapp
from lanson_report.ui.common import errorhook
from lanson_report.ui.common.texts import BUSY
from lanson_report.ui.mainwindow import MainWindow

from .conftest import FakeDialogs, make_window, type_text


@pytest.fixture
def quick_lock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANSON_REPORT_LOCK_TIMEOUT", "0.1")


def hold(folder: Path) -> Any:
    """Another program writing to the store."""
    lock = filelock.FileLock(str(folder / ".lock"))
    lock.acquire()
    return lock


def test_a_busy_store_at_start_can_be_retried(
    data_dir: Path, quick_lock: None, fake_dialogs: FakeDialogs
) -> None:
    lock = hold(data_dir)

    def other_window_closed(*_args: Any, **_kwargs: Any) -> bool:
        lock.release()
        return True

    fake_dialogs.answer("ask", True, other_window_closed)
    store = uiapp.open_store(data_dir)
    assert store is not None
    store.close()
    questions = fake_dialogs.named("ask")
    assert len(questions) == 2 and questions[0][2] == BUSY
    assert fake_dialogs.calls[0][2] == {"yes": "Thử lại", "no": "Thoát"}


def test_giving_up_on_a_busy_store_ends_with_a_message_not_a_crash(
    data_dir: Path, quick_lock: None, fake_dialogs: FakeDialogs, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_app installs its own
    lock = hold(data_dir)
    try:
        assert uiapp.run_app(["--data-dir", str(data_dir)]) == 1
    finally:
        lock.release()
    assert "bận" in fake_dialogs.texts("ask")[0]


def test_a_store_that_cannot_be_opened_is_explained(
    tmp_path: Path, fake_dialogs: FakeDialogs
) -> None:
    not_a_folder = tmp_path / "du-lieu"
    not_a_folder.write_text("")
    assert uiapp.open_store(not_a_folder) is None
    (message,) = fake_dialogs.texts("error")
    assert "Không mở được kho báo cáo" in message and str(not_a_folder) in message


def test_a_busy_store_while_typing_is_shown_and_retried(
    qtbot: Any,
    window: MainWindow,
    store: Store,
    data_dir: Path,
    quick_lock: None,
    fake_dialogs: FakeDialogs,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window.new_report()
    draft_id = window.editor.draft.id
    monkeypatch.setattr(store.backend, "lock_timeout", 0.1)
    lock = hold(data_dir)
    type_text(window.editor.pages[0].place, "Lạng Sơn")
    assert not window.editor.save()
    assert window.editor.footer.saved.text().startswith("Chưa lưu được")
    assert fake_dialogs.named("error")[0][2] == BUSY
    assert window.editor.timer.isActive(), "it tries again by itself"
    lock.release()
    qtbot.waitUntil(lambda: store.get(draft_id).draft.place == "Lạng Sơn", timeout=3000)
    # The retry writes from the autosave thread; its result reaches the footer just after.
    qtbot.waitUntil(lambda: window.editor.footer.saved.text().startswith("Đã lưu lúc"))
    assert len(fake_dialogs.named("error")) == 1, "one dialog, not one per attempt"


def test_a_repaired_store_is_explained_at_start(
    qtbot: Any, data_dir: Path, example_path: Path, fake_dialogs: FakeDialogs
) -> None:
    store = Store.open(data_dir)
    draft = store.create(draftfile.load_path(example_path)).draft
    draft.title = "Bản thứ hai"
    store.save(draft)
    store.close()
    (data_dir / "index" / "2022.json").write_bytes(b'{"drafts": {"1": \x00\x00')
    reopened = Store.open(data_dir)
    window = make_window(qtbot, reopened, data_dir)
    window.after_start()
    (message,) = fake_dialogs.texts("warn")
    assert "đã được sửa" in message and "2022.json bị hỏng" in message
    assert [s.title for s in reopened.list()] == ["Bản thứ hai"]


def test_a_damaged_draft_opened_after_start_is_told_with_where_it_was_kept(
    qtbot: Any, data_dir: Path, example_path: Path, fake_dialogs: FakeDialogs
) -> None:
    store = Store.open(data_dir)
    draft = store.create(draftfile.load_path(example_path)).draft
    draft.title = "Bản thứ hai"
    store.save(draft)
    store.close()
    (data_dir / "drafts" / f"{draft.id}.json").write_bytes(b'{"schema": 1, "id": ')
    reopened = Store.open(data_dir)
    window = make_window(qtbot, reopened, data_dir)
    window.after_start()
    assert not fake_dialogs.texts("warn")  # nothing is read yet: nothing to tell
    window.open_draft(draft.id)
    qtbot.waitUntil(lambda: bool(fake_dialogs.texts("warn")))
    (message,) = fake_dialogs.texts("warn")
    assert f"drafts/{draft.id}.json bị hỏng" in message and "“Bản thứ hai”" in message
    assert str(data_dir / "damaged") in message
    window.close()


def boom() -> None:
    raise RuntimeError("lỗi thử")


def test_an_uncaught_exception_is_logged_and_shown(
    qtbot: Any,
    data_dir: Path,
    fake_dialogs: FakeDialogs,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    errorhook.install(data_dir / "logs")
    try:
        boom()
    except RuntimeError:
        sys.excepthook(*sys.exc_info())  # what Python does for an uncaught exception
    (log,) = (data_dir / "logs").glob("loi-*.log")
    text = log.read_text(encoding="utf-8")
    assert "RuntimeError: lỗi thử" in text and "in boom" in text
    ((_, title, message), kwargs) = next((a, k) for n, a, k in fake_dialogs.calls if n == "error")
    assert title == "Đã xảy ra lỗi" and str(log) in message
    assert "RuntimeError" in kwargs["details"]
    assert "lỗi thử" in capsys.readouterr().err


def test_an_exception_in_a_qt_slot_reaches_the_hook(
    qtbot: Any,
    data_dir: Path,
    fake_dialogs: FakeDialogs,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    with qtbot.capture_exceptions():
        errorhook.install(data_dir / "logs")
        QTimer.singleShot(0, boom)
        qtbot.waitUntil(lambda: bool(fake_dialogs.named("error")), timeout=2000)
    assert list((data_dir / "logs").glob("loi-*.log"))


def test_error_dialogs_start_with_a_capital_letter(
    window: MainWindow, store: Store, fake_dialogs: FakeDialogs, monkeypatch: pytest.MonkeyPatch
) -> None:
    from lanson_report.domain.errors import StoreError

    def full_disk(*_args: Any) -> Any:
        raise StoreError("không ghi được tệp drafts/x.json: ổ đĩa đã đầy")

    window.new_report()
    monkeypatch.setattr(store, "save", full_disk)
    window.editor.save(True)  # the editor's own error dialog
    monkeypatch.setattr(store, "delete", full_disk)
    window.editor.leave()
    fake_dialogs.answer("ask", True)
    window.start.buttons["delete"].click()  # through dialogs.reporting
    texts = [args[2] for args in fake_dialogs.named("error")]
    assert texts == ["Không ghi được tệp drafts/x.json: ổ đĩa đã đầy"] * 2
