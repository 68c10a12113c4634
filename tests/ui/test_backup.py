"""Backup and restore from the File menu: everything moves to a new PC."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import drafts
import pytest

from lanson_report.files import draftfile
from lanson_report.store import Store, restoring
from lanson_report.ui.common.storeprogress import StoreProgress
from lanson_report.ui.mainwindow import MainWindow

from .conftest import FakeDialogs, make_window


def _menu_action(window: MainWindow, text: str) -> Any:
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            if action.text().replace("&", "") == text:
                return action
    raise AssertionError(f"no menu item {text!r}")


def test_backup_then_restore_on_another_pc(
    qtbot: Any,
    window: MainWindow,
    store: Store,
    example_path: Path,
    tmp_path: Path,
    fake_dialogs: FakeDialogs,
) -> None:
    report = store.create(draftfile.load_path(example_path)).draft
    target = tmp_path / "usb" / "sao-luu.zip"
    target.parent.mkdir()
    fake_dialogs.answer("save_file", target)
    _menu_action(window, "Sao lưu toàn bộ…").trigger()
    assert target.exists()
    assert "Đã sao lưu 1 báo cáo" in fake_dialogs.texts("info")[0]

    new_pc = tmp_path / "new-pc"
    new_pc.mkdir()
    other = Store.open(new_pc)
    try:
        fresh = make_window(qtbot, other, new_pc)
        fake_dialogs.answer("open_file", target)
        fake_dialogs.answer("ask", True)
        _menu_action(fresh, "Khôi phục từ tệp sao lưu…").trigger()
        assert [s.id for s in other.list()] == [report.id]
        assert other.get(report.id).draft == report
        assert "Thêm 1 báo cáo" in fake_dialogs.texts("info")[-1]
        assert fresh.start.selected_id() in (None, report.id)
    finally:
        other.close()


def test_a_crafted_backup_is_kept_in_history_and_said_so_with_progress(
    qtbot: Any,
    window: MainWindow,
    store: Store,
    example_path: Path,
    tmp_path: Path,
    fake_dialogs: FakeDialogs,
    monkeypatch: Any,
) -> None:
    report = store.create(draftfile.load_path(example_path)).draft
    target = tmp_path / "sao-luu.zip"
    store.export_backup(target)
    with zipfile.ZipFile(target) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    name = f"drafts/{report.id}.json"
    crafted = json.loads(members[name])
    crafted.update(modified="2999-01-01T00:00:00+00:00", status="issued")
    crafted["draft"]["title"] = "Bản giả mạo"
    del crafted["checksum"]
    members[name] = json.dumps(crafted).encode()
    members.update({f"drafts/{body['id']}.json": json.dumps(body).encode() for body in _bodies(3)})
    with zipfile.ZipFile(target, "w") as archive:
        for member, data in members.items():
            archive.writestr(member, data)
    monkeypatch.setenv(restoring.BATCH_ENV, "1")
    shown: list[int] = []
    monkeypatch.setattr(
        StoreProgress, "__call__", lambda self, *step: shown.append(step[-2]) or real(self, *step)
    )
    fake_dialogs.answer("open_file", target)
    fake_dialogs.answer("ask", True)
    _menu_action(window, "Khôi phục từ tệp sao lưu…").trigger()
    assert store.get(report.id).draft.title == report.title
    assert store.get(report.id).status == "draft"
    message = fake_dialogs.texts("info")[-1]
    assert "ở tương lai" in message and "lịch sử" in message
    assert shown == [1, 2, 3, 4]


real = StoreProgress.__call__


def _bodies(count: int) -> list[dict[str, Any]]:
    found = []
    for number in range(count):
        data = draftfile.to_dict(draftfile.from_dict(drafts.minimal(title=f"Thêm {number}")))
        stamp = "2026-01-02T03:04:05+00:00"
        found.append(
            {
                "schema": 1,
                "id": data["id"],
                "status": "draft",
                "created": stamp,
                "modified": stamp,
                "trashed": None,
                "next_version": 1,
                "versions": [],
                "draft": data,
            }
        )
    return found


def test_restore_refuses_a_bad_file_and_changes_nothing(
    window: MainWindow,
    store: Store,
    example_path: Path,
    tmp_path: Path,
    fake_dialogs: FakeDialogs,
) -> None:
    report = store.create(draftfile.load_path(example_path)).draft
    bad = tmp_path / "khong-phai.zip"
    bad.write_bytes(b"not a zip")
    fake_dialogs.answer("open_file", bad)
    fake_dialogs.answer("ask", True)
    _menu_action(window, "Khôi phục từ tệp sao lưu…").trigger()
    (message,) = fake_dialogs.texts("error")
    assert "Không khôi phục được" in message
    assert [s.id for s in store.list()] == [report.id]


def test_cancelled_restore_asks_nothing_more(
    window: MainWindow, store: Store, fake_dialogs: FakeDialogs
) -> None:
    _menu_action(window, "Khôi phục từ tệp sao lưu…").trigger()
    assert fake_dialogs.named("ask") == [] and fake_dialogs.named("info") == []


class Killed(BaseException):
    pass


def test_a_restore_finished_at_start_shows_its_progress(
    qtbot: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    from lanson_report.ui import app as uiapp

    source = Store.open(tmp_path / "other")
    for number in range(3):
        source.create(draftfile.from_dict(drafts.minimal(title=f"Bản {number}")))
    source.export_backup(tmp_path / "b.zip")
    data = tmp_path / "data"
    store = Store.open(data)
    real = Store.commit_many

    def dying(self: Store, changes: list[Any]) -> None:
        if self.list():
            raise Killed
        real(self, changes)

    monkeypatch.setenv(restoring.BATCH_ENV, "1")
    monkeypatch.setattr(Store, "commit_many", dying)
    with pytest.raises(Killed):
        store.import_backup(tmp_path / "b.zip")
    monkeypatch.setattr(Store, "commit_many", real)
    labels: list[str] = []
    monkeypatch.setattr(
        StoreProgress,
        "close",
        lambda self: labels.append(self.dialog.labelText() if self.dialog else ""),
    )
    opened = uiapp.open_store(data)
    assert opened is not None and len(opened.list()) == 3
    assert labels == ["Đang hoàn tất lần khôi phục bị gián đoạn: 3/3 bản nháp…"]
    opened.close()
