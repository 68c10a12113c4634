"""Damaged files are set aside (never deleted) and the newest good backup comes back."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from storehelp import draft

from lanson_report.domain.errors import StoreError
from lanson_report.domain.model import Settings
from lanson_report.store import Store

GARBAGE = b'{"drafts": {"1": {"id": "3f6c2a1e", "ye\x00\x00\x00'


def saved_twice(folder: Path) -> tuple[Store, str]:
    store = Store.open(folder)
    report = store.create(draft(2024, "Bản 1")).draft
    store.create(draft(2024, "Bản khác"))
    report.title = "Bản 2"
    store.save(report)
    return store, report.id


def damaged(folder: Path) -> list[Path]:
    return sorted((folder / "damaged").rglob("*"))


def test_a_damaged_index_is_set_aside_and_restored(folder: Path) -> None:
    _, draft_id = saved_twice(folder)
    (folder / "index" / "2024.json").write_bytes(GARBAGE)
    store = Store.open(folder)
    assert len(store.recovered) == 1
    assert "index/2024.json bị hỏng" in store.recovered[0]
    assert "khôi phục bản sao lưu" in store.recovered[0]
    (aside,) = [p for p in damaged(folder) if p.is_file()]
    assert aside.read_bytes() == GARBAGE
    assert sorted(s.title for s in store.list()) == ["Bản 2", "Bản khác"]
    assert store.get(draft_id).draft.title == "Bản 2"


def test_a_damaged_index_without_backup_is_rebuilt_from_the_drafts(folder: Path) -> None:
    saved_twice(folder)
    for backup in (folder / "backups" / "index").iterdir():
        backup.unlink()
    (folder / "index" / "2024.json").write_bytes(b"")
    store = Store.open(folder)
    assert "không có bản sao lưu" in store.recovered[0]
    assert sorted(s.title for s in store.list()) == ["Bản 2", "Bản khác"]


def test_a_damaged_draft_comes_back_from_its_backup(folder: Path) -> None:
    _, draft_id = saved_twice(folder)
    (folder / "drafts" / f"{draft_id}.json").write_bytes(b"\xff\xfe not json")
    store = Store.open(folder)
    assert store.get(draft_id).draft.title == "Bản 1"  # the state before the last save
    assert f"drafts/{draft_id}.json bị hỏng" in store.recovered[0]
    assert [s.title for s in store.list(search="ban 1")] == ["Bản 1"]
    assert len(damaged(folder)) >= 1


def test_a_draft_with_an_invalid_body_counts_as_damaged(folder: Path) -> None:
    _, draft_id = saved_twice(folder)
    path = folder / "drafts" / f"{draft_id}.json"
    body = json.loads(path.read_text(encoding="utf-8"))
    body["draft"]["outline"] = "greek"
    path.write_text(json.dumps(body), encoding="utf-8")
    assert Store.open(folder).get(draft_id).draft.title == "Bản 1"


def test_a_damaged_settings_file_comes_back_from_its_backup(folder: Path) -> None:
    store = Store.open(folder)
    store.save_settings(Settings(place="Lạng Sơn"))
    store.save_settings(Settings(place="Cao Lộc"))
    (folder / "store.json").write_bytes(b"[1, 2")
    reopened = Store.open(folder)
    assert reopened.settings().place == "Lạng Sơn"
    assert "store.json bị hỏng" in reopened.recovered[0]


def test_a_save_cut_short_is_finished_by_the_next_opening(folder: Path) -> None:
    store, draft_id = saved_twice(folder)
    index = folder / "index" / "2024.json"
    stale = index.read_bytes()
    report = store.get(draft_id).draft
    report.title = "Bản 3"
    store.save(report)
    index.write_bytes(stale)  # as if the program died between the draft and the index
    (folder / "journal.json").write_text(json.dumps({"ids": [draft_id]}), encoding="utf-8")
    reopened = Store.open(folder)
    assert "bị gián đoạn" in reopened.recovered[0]
    assert sorted(s.title for s in reopened.list()) == ["Bản 3", "Bản khác"]
    assert not (folder / "journal.json").exists()


def test_a_store_from_a_newer_program_is_refused_and_left_alone(folder: Path) -> None:
    Store.open(folder)
    meta = folder / "store.json"
    meta.write_text(json.dumps({"meta": {"1": {"key": "schema", "schema": 99}}}), "utf-8")
    with pytest.raises(StoreError, match="phiên bản mới hơn"):
        Store.open(folder)
    assert not (folder / "damaged").exists()


def test_a_draft_from_a_newer_program_is_refused_and_left_alone(folder: Path) -> None:
    store, draft_id = saved_twice(folder)
    path = folder / "drafts" / f"{draft_id}.json"
    body = json.loads(path.read_text(encoding="utf-8"))
    body["draft"]["format_version"] = 7
    path.write_text(json.dumps(body), encoding="utf-8")
    with pytest.raises(StoreError, match="phiên bản mới hơn"):
        store.get(draft_id)
    assert path.exists() and not (folder / "damaged").exists()


def test_an_index_damaged_while_open_is_repaired_by_the_next_save(folder: Path) -> None:
    store, draft_id = saved_twice(folder)
    (folder / "index" / "2024.json").write_bytes(GARBAGE)
    report = store.get(draft_id).draft
    report.title = "Bản 3"
    store.save(report)
    assert "index/2024.json bị hỏng" in store.recovered[0]
    assert sorted(s.title for s in Store.open(folder).list()) == ["Bản 3", "Bản khác"]


WORKER = Path(__file__).with_name("worker.py")


def cut_in_replace(folder: Path, draft_id: str, into: str) -> None:
    """Save once more in another process that loses power inside a delete-then-rename."""
    result = subprocess.run(
        [sys.executable, str(WORKER), "cut", str(folder), draft_id, into],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )
    assert result.returncode == 9, result.stderr


def test_a_body_lost_between_delete_and_rename_comes_back_from_its_temporary(
    folder: Path,
) -> None:
    store, draft_id = saved_twice(folder)
    store.close()
    cut_in_replace(folder, draft_id, "drafts")
    assert not (folder / "drafts" / f"{draft_id}.json").exists()
    assert list((folder / "drafts").glob(f".{draft_id}.json.*.tmp"))
    reopened = Store.open(folder)
    assert "đã khôi phục bản đang lưu dở" in reopened.recovered[0]
    assert "Bản cắt" in reopened.recovered[0]
    assert reopened.get(draft_id).draft.title == "Bản cắt"
    assert sorted(s.title for s in reopened.list()) == ["Bản cắt", "Bản khác"]
    assert [v.title for v in reopened.history(draft_id)] == ["Bản 2", "Bản 1"]
    assert not list(folder.rglob("*.tmp")) and not (folder / "journal.json").exists()


def test_a_lost_body_with_a_half_written_temporary_comes_back_from_its_backup(
    folder: Path,
) -> None:
    store, draft_id = saved_twice(folder)
    store.close()
    cut_in_replace(folder, draft_id, "drafts")
    (temp,) = (folder / "drafts").glob(f".{draft_id}.json.*.tmp")
    temp.write_bytes(temp.read_bytes()[:100])  # as if its last blocks never reached the disk
    reopened = Store.open(folder)
    assert "đã khôi phục bản sao lưu lúc" in reopened.recovered[0]
    assert reopened.get(draft_id).draft.title == "Bản 2"
    assert sorted(s.title for s in reopened.list()) == ["Bản 2", "Bản khác"]


def test_an_index_lost_between_delete_and_rename_is_rebuilt(folder: Path) -> None:
    store, draft_id = saved_twice(folder)
    store.close()
    cut_in_replace(folder, draft_id, "index")
    assert not (folder / "index" / "2024.json").exists()
    reopened = Store.open(folder)
    assert sorted(s.title for s in reopened.list()) == ["Bản cắt", "Bản khác"]
    assert not list(folder.rglob("*.tmp"))


def test_a_listed_draft_whose_body_is_missing_comes_back_on_opening(folder: Path) -> None:
    store, draft_id = saved_twice(folder)
    store.close()
    (folder / "drafts" / f"{draft_id}.json").unlink()  # no journal: nothing else says so
    reopened = Store.open(folder)
    assert "đã khôi phục bản sao lưu lúc" in reopened.recovered[0]
    assert reopened.get(draft_id).draft.title == "Bản 1"  # the newest backup: no later one
    for backup in (folder / "backups" / "drafts").glob(f"{draft_id}.json.*"):
        backup.unlink()
    (folder / "drafts" / f"{draft_id}.json").unlink()
    again = Store.open(folder)  # no backup: its history still holds its first save
    assert "đã khôi phục phiên bản số 1 trong lịch sử" in again.recovered[0]
    assert again.get(draft_id).draft.title == "Bản 1"
    again.close()
    for backup in (folder / "backups" / "drafts").glob(f"{draft_id}.json.*"):
        backup.unlink()
    (folder / "drafts" / f"{draft_id}.json").unlink()
    shutil.rmtree(folder / "history" / draft_id)
    last = Store.open(folder)  # nothing left anywhere: dropped from the list, and said so
    assert "đã bỏ bản nháp này khỏi danh sách" in last.recovered[0]
    assert [s.title for s in last.list()] == ["Bản khác"]
