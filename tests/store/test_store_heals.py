"""The store heals and tells (issue 29): no draft hidden, no older save served silently.

A missing year index, a damaged journal or batch file, a damaged body and a body changed
behind the program's back (valid JSON, wrong checksum) each end with the store open, the
drafts listed, and a note in `recovered` naming the file and where its copy was kept.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from storehelp import draft

from lanson_report.store import Store


def saved_twice(folder: Path) -> tuple[Store, str]:
    store = Store.open(folder)
    report = store.create(draft(2024, "Bản 1")).draft
    store.create(draft(2023, "Năm trước"))
    report.title = "Bản 2"
    store.save(report)
    store.close()
    return store, report.id


def notes(store: Store) -> str:
    return "\n".join(store.recovered)


def test_a_missing_year_index_lists_its_drafts_again(folder: Path) -> None:
    saved_twice(folder)
    (folder / "index" / "2024.json").unlink()
    store = Store.open(folder)
    assert sorted(s.title for s in store.list()) == ["Bản 2", "Năm trước"]
    assert "đưa lại vào danh sách" in notes(store)
    assert sorted(s.title for s in Store.open(folder).list()) == ["Bản 2", "Năm trước"]


def test_a_damaged_journal_rebuilds_a_list_it_may_have_left_stale(folder: Path) -> None:
    saved_twice(folder)
    index = folder / "index" / "2024.json"
    raw = json.loads(index.read_text(encoding="utf-8"))
    for entry in raw["drafts"].values():
        entry["title"] = "Tiêu đề cũ"  # the save the journal was about never reached the list
    index.write_text(json.dumps(raw), encoding="utf-8")
    (folder / "journal.json").write_bytes(b"\x00")
    assert "Bản 2" in [s.title for s in Store.open(folder).list()]


def test_a_body_missing_from_its_index_is_listed_again(folder: Path) -> None:
    _, draft_id = saved_twice(folder)
    index = folder / "index" / "2024.json"
    raw = json.loads(index.read_text(encoding="utf-8"))
    raw["drafts"] = {k: v for k, v in raw["drafts"].items() if v["id"] != draft_id}
    index.write_text(json.dumps(raw), encoding="utf-8")
    store = Store.open(folder)
    assert "Bản 2" in [s.title for s in store.list()]


@pytest.mark.parametrize(
    "raw",
    [b"\x00\x00garbage", b'{"ids": 5}', b'{"ids": ["../../x"]}', b"[1]", b'{"ids": [5]}'],
    ids=["bytes", "ids-number", "ids-path", "list", "ids-of-number"],
)
def test_a_damaged_journal_is_set_aside_and_the_store_opens(folder: Path, raw: bytes) -> None:
    saved_twice(folder)
    (folder / "journal.json").write_bytes(raw)
    store = Store.open(folder)
    assert sorted(s.title for s in store.list()) == ["Bản 2", "Năm trước"]
    assert "journal.json bị hỏng" in notes(store) and "damaged" in notes(store)
    assert not (folder / "journal.json").exists()
    assert [p.read_bytes() for p in (folder / "damaged").iterdir()] == [raw]
    assert "dựng lại danh sách" in notes(store)
    store.save(draft(2025, "Sau sự cố"))
    assert len(Store.open(folder).list()) == 3


@pytest.mark.parametrize(
    "raw",
    [b"\xff{", b'{"drafts": 5}', b'{"drafts": [5], "labels": []}', b'{"labels": 7}', b"[]"],
    ids=["bytes", "drafts-number", "drafts-of-number", "labels-number", "list"],
)
def test_a_damaged_import_batch_is_set_aside_and_the_store_opens(folder: Path, raw: bytes) -> None:
    saved_twice(folder)
    (folder / "importing.json").write_bytes(raw)
    store = Store.open(folder)
    assert sorted(s.title for s in store.list()) == ["Bản 2", "Năm trước"]
    assert "importing.json bị hỏng" in notes(store) and "damaged" in notes(store)
    assert not (folder / "importing.json").exists()
    store.save(draft(2025, "Sau sự cố"))
    assert len(Store.open(folder).list()) == 3


def test_a_damaged_draft_served_from_its_previous_save_is_told_when_read(folder: Path) -> None:
    _, draft_id = saved_twice(folder)
    (folder / "drafts" / f"{draft_id}.json").write_bytes(b'{"schema": 1, "id": ')
    store = Store.open(folder)
    told: list[str] = []
    store.recovered.listeners.append(told.append)
    assert store.get(draft_id).draft.title == "Bản 1"
    (note,) = told
    assert f"drafts/{draft_id}.json bị hỏng" in note and "Bản 2" in note
    assert str(folder / "damaged") in note


def test_a_changed_body_with_valid_json_fails_its_checksum(folder: Path) -> None:
    _, draft_id = saved_twice(folder)
    path = folder / "drafts" / f"{draft_id}.json"
    body = json.loads(path.read_text(encoding="utf-8"))
    assert "checksum" in body
    body["draft"]["closing"] = "Một câu ai đó sửa ngoài chương trình./."
    path.write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")
    store = Store.open(folder)
    assert store.get(draft_id).draft.title == "Bản 1"  # served from the previous save...
    assert "mã kiểm tra" in notes(store)  # ...and said so
    assert any((folder / "damaged").rglob(f"{draft_id}.json.*"))


def test_a_body_without_checksum_is_accepted_and_gets_one_on_save(folder: Path) -> None:
    _, draft_id = saved_twice(folder)
    path = folder / "drafts" / f"{draft_id}.json"
    body = json.loads(path.read_text(encoding="utf-8"))
    del body["checksum"]
    body["schema"] = 1
    path.write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")
    store = Store.open(folder)
    report = store.get(draft_id).draft
    assert report.title == "Bản 2" and not store.recovered
    report.title = "Bản 3"
    store.save(report)
    assert "checksum" in json.loads(path.read_text(encoding="utf-8"))
    assert Store.open(folder).get(draft_id).draft.title == "Bản 3"
