"""backup and restore: everything in one file, merged back without losing a draft."""

from __future__ import annotations

import datetime
import json
import struct
import zipfile
from pathlib import Path

import pytest
from storehelp import draft, example

from lanson_report.domain import limits
from lanson_report.domain.errors import StoreError
from lanson_report.domain.model import Draft, Settings
from lanson_report.domain.unitrecord import Consolidation
from lanson_report.store import Store
from lanson_report.store.metarecords import records_in
from lanson_report.store.tinystorage import database


def filled(store: Store) -> dict[str, str]:
    """A store with a history, a trashed draft, an issued one and settings; their ids."""
    report = store.create(example()).draft
    report.closing = "Sửa lần 2./."
    store.save(report)
    trashed = store.create(draft(2023, "Đã xóa")).draft
    store.delete(trashed.id)
    issued = store.create(draft(2021, "Đã ban hành")).draft
    store.set_status(issued.id, "issued")
    store.save_settings(Settings(place="Lạng Sơn"))
    return {"report": report.id, "trashed": trashed.id, "issued": issued.id}


def test_a_backup_brings_everything_to_a_new_pc(store: Store, tmp_path: Path) -> None:
    ids = filled(store)
    assert store.export_backup(tmp_path / "all.zip") == 3
    new_pc = Store.open(tmp_path / "new-pc")
    report = new_pc.import_backup(tmp_path / "all.zip")
    assert (report.added, report.merged, report.settings_taken) == (3, 0, True)
    assert report.safety_copy is None  # nothing there to keep
    assert new_pc.get(ids["report"]).draft == store.get(ids["report"]).draft
    assert [v.number for v in new_pc.history(ids["report"])] == [1]
    assert [s.id for s in new_pc.trash()] == [ids["trashed"]]
    assert new_pc.get(ids["issued"]).status == "issued"
    assert new_pc.settings().place == "Lạng Sơn"
    assert [s.title for s in new_pc.list()] == [s.title for s in store.list()]


def test_restore_merges_and_keeps_both_states_of_a_draft(folder: Path, tmp_path: Path) -> None:
    old_pc = Store.memory()
    ids = filled(old_pc)
    old_pc.export_backup(tmp_path / "all.zip")
    here = Store.open(folder)
    mine = here.create(draft(2025, "Chỉ có ở máy này")).draft
    local = old_pc.get(ids["report"]).draft
    here.create(local)
    local.closing = "Sửa trên máy này, sau cùng./."
    here.save(local)
    here.save_settings(Settings(place="Cao Lộc"))
    report = here.import_backup(tmp_path / "all.zip")
    # The backup's state of the shared draft is already its newest version here: kept once.
    assert (report.added, report.merged, report.unchanged) == (2, 0, 1)
    assert report.safety_copy is not None and report.safety_copy.exists()
    assert here.get(mine.id).draft.title == "Chỉ có ở máy này"
    assert here.get(ids["report"]).draft.closing == "Sửa trên máy này, sau cùng./."
    older = here.history(ids["report"])[0]
    assert here.version(ids["report"], older.number).closing == "Sửa lần 2./."
    assert here.settings().place == "Cao Lộc"  # this PC's settings are kept


def consolidated(store: Store) -> tuple[Consolidation, str, Draft]:
    """A report whose outline went to two units, one reply kept and merged; the record,
    the merged report's id and the kept reply."""
    base = store.create(example()).draft
    merged = store.create(draft(2022, "Báo cáo tổng hợp")).draft
    store.set_origin(merged.id, "Tổng hợp từ 1 bản gửi", base=base.id)
    reply = draft(2022, "Phòng Quản lý khoa học")
    mark = "ab" * 32
    store.keep_reply(mark, reply)
    record = Consolidation(base.id, deadline=datetime.date(2022, 6, 10))
    record.expect(["Phòng Quản lý khoa học", "Văn phòng Sở"])
    record.receive("Phòng Quản lý khoa học", "qlkh.docx", mark, datetime.datetime(2022, 6, 8))
    record.merged_into(["Phòng Quản lý khoa học"], merged.id)
    store.save_consolidation(record)
    return record, merged.id, reply


def test_the_units_record_origins_and_kept_replies_travel_in_a_backup(
    store: Store, tmp_path: Path
) -> None:
    """A clerk moving to a new PC can still chase the units, see where a report came from
    and replace a unit's merged reply with its corrected version."""
    record, merged_id, reply = consolidated(store)
    store.export_backup(tmp_path / "all.zip")
    new_pc = Store.open(tmp_path / "new-pc")
    new_pc.import_backup(tmp_path / "all.zip")
    assert new_pc.consolidation(record.base) == record
    assert new_pc.base_of(merged_id) == record.base
    assert new_pc.origins() == {merged_id: "Tổng hợp từ 1 bản gửi"}
    assert new_pc.kept_reply("ab" * 32) == reply
    new_pc.import_backup(tmp_path / "all.zip")  # again: nothing doubled
    assert len(database(new_pc.backend, "store.json").table("origins")) == 1


def test_this_pcs_own_units_record_wins_over_a_backups(store: Store, tmp_path: Path) -> None:
    record, _, _ = consolidated(store)
    store.export_backup(tmp_path / "all.zip")
    record.ask_to_complete("Văn phòng Sở", "Thiếu số liệu quý II")
    store.save_consolidation(record)
    store.import_backup(tmp_path / "all.zip")
    kept = store.consolidation(record.base)
    assert kept is not None and kept.unit("Văn phòng Sở").state == "incomplete"


def test_restoring_the_same_backup_twice_changes_nothing(store: Store, tmp_path: Path) -> None:
    filled(store)
    store.export_backup(tmp_path / "all.zip")
    report = store.import_backup(tmp_path / "all.zip")
    assert (report.added, report.merged, report.unchanged) == (0, 0, 3)


DAMAGED_ZIPS = ["corrupt-data", "encrypted", "unknown-method"]


def damaged_zip(tmp_path: Path, good: Path, how: str) -> Path:
    """The good backup with its first member's bytes, password flag or method spoilt."""
    raw = bytearray(good.read_bytes())
    central = raw.index(b"PK\x01\x02")  # the first member's central directory entry
    if how == "corrupt-data":
        with zipfile.ZipFile(good) as archive:
            first = archive.infolist()[0]
        start = first.header_offset + 30 + len(first.filename) + len(first.extra)
        raw[start : start + 8] = b"\xff" * 8  # deflate data no longer decompresses
    elif how == "encrypted":
        raw[central + 8] |= 0x1
    else:
        raw[central + 10 : central + 12] = struct.pack("<H", 99)
    path = tmp_path / f"{how}.zip"
    path.write_bytes(bytes(raw))
    return path


def broken_backups(tmp_path: Path, good: Path) -> dict[str, Path]:
    with zipfile.ZipFile(good) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    body = next(name for name in members if name.startswith("drafts/"))
    variants: dict[str, bytes | dict[str, bytes]] = {
        "not-zip": b"PK\x03\x04 not really",
        "no-manifest": {k: v for k, v in members.items() if k != "manifest.json"},
        "bad-json": {**members, body: b'{"schema": 1,'},
        "bad-draft": {**members, body: members[body].replace(b'"arabic"', b"7")},
        "stranger": {**members, "../../evil.json": b"{}"},
        "reply-name": {**members, "replies/../drafts/x.json": b"{}"},
        "deep-reply": {**members, f"replies/{'ab' * 32}.json": b'{"a":' + b"[" * 5000 + b"}"},
        "surrogate": {
            **members,
            "store.json": b'{"origins": {"1": {"id": "x", "origin": "\\ud800"}}}',
        },
        "bad-reply": {**members, f"replies/{'ab' * 32}.json": b'{"format": 1, "title": 7}'},
        "newer": {
            **members,
            "manifest.json": json.dumps(
                {"format": "lanson-report/backup", "format_version": 1, "schema": 99}
            ).encode(),
        },
    }
    assert variants["bad-draft"] != members
    paths = {name: damaged_zip(tmp_path, good, name) for name in DAMAGED_ZIPS}
    for name, content in variants.items():
        path = tmp_path / f"{name}.zip"
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            with zipfile.ZipFile(path, "w") as archive:
                for member, data in content.items():
                    archive.writestr(member, data)
        paths[name] = path
    return paths


@pytest.mark.parametrize(
    "variant",
    [
        *("not-zip", "no-manifest", "bad-json", "bad-draft", "stranger", "newer"),
        *("reply-name", "bad-reply", "deep-reply", "surrogate", *DAMAGED_ZIPS),
    ],
)
def test_a_bad_backup_is_refused_and_changes_nothing(
    folder: Path, tmp_path: Path, variant: str
) -> None:
    source = Store.memory()
    filled(source)
    source.export_backup(tmp_path / "good.zip")
    here = Store.open(folder)
    mine = here.create(draft(2025, "Của máy này")).draft
    before = sorted(p.relative_to(folder) for p in folder.rglob("*"))
    with pytest.raises(StoreError) as caught:
        here.import_backup(broken_backups(tmp_path, tmp_path / "good.zip")[variant])
    assert "\n" not in str(caught.value)
    if variant in DAMAGED_ZIPS:
        assert "không phải tệp sao lưu" in str(caught.value)
        assert "hoặc tệp đã hỏng" in str(caught.value)
    if variant == "bad-reply":
        assert f"replies/{'ab' * 32}.json không hợp lệ" in str(caught.value)
    if variant == "deep-reply":  # not "a password" (RecursionError), nor Python's English
        assert f"replies/{'ab' * 32}.json bị hỏng (dữ liệu lồng nhau quá sâu)" in str(caught.value)
    if variant == "surrogate":  # it would have stopped the restore half way, every time
        assert "store.json: nguồn văn bản hoặc tình hình đơn vị có ký tự" in str(caught.value)
    assert sorted(p.relative_to(folder) for p in folder.rglob("*")) == before
    assert [s.id for s in here.list()] == [mine.id]


def test_a_backup_that_cannot_be_written_is_a_clear_error(store: Store, tmp_path: Path) -> None:
    filled(store)
    with pytest.raises(StoreError, match="Không ghi được tệp sao lưu"):
        store.export_backup(tmp_path / "missing-folder" / "all.zip")


def test_a_backup_with_more_replies_than_the_limit_is_refused(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for mark in ("ab", "cd", "ef"):
        store.keep_reply(mark * 32, draft(2022, "Bản gửi"))
    store.export_backup(tmp_path / "all.zip")
    monkeypatch.setattr(limits, "MAX_BACKUP_REPLIES", 2)
    with pytest.raises(StoreError, match="quá nhiều bản gửi của các đơn vị; tối đa 2"):
        Store.memory().import_backup(tmp_path / "all.zip")


def test_store_json_records_a_restore_adds_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    got = {"file": "x" * 900, "at": "", "fingerprint": ""}
    units = [
        {"name": f"Đơn vị {n}", "received": [got] * (150 if n == 0 else 0)} for n in range(600)
    ]
    meta = {
        "origins": {str(n): {"id": f"id-{n}", "origin": "Nhập từ Word"} for n in range(10)},
        "consolidations": {"1": {"id": "r" * 500, "units": units}},
    }
    origins, records = records_in(meta)
    ((record,),) = (records,)
    assert len(origins) == 10 and len(record["id"]) == 64
    assert len(record["units"]) == 500 and len(record["units"][0]["received"]) == 100
    assert len(record["units"][0]["received"][0]["file"]) == 300
    size = len(json.dumps(origins[0], ensure_ascii=False, separators=(",", ":")).encode())
    monkeypatch.setattr(limits, "MAX_RECORDS_BYTES", 5 * size + 1)
    assert records_in(meta) == (origins[:5], [])  # no more than the budget


def test_a_reply_write_cut_short_leaves_no_temporary(disk_store: Store, folder: Path) -> None:
    (folder / "replies").mkdir()
    left = folder / "replies" / f".{'ab' * 32}.json.x1y2.tmp"
    left.write_text("{")
    disk_store.keep_reply("cd" * 32, draft(2022, "Bản gửi"))
    assert not left.exists()
