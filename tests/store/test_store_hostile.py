"""Backups made by an attacker or a careless user: refused, bounded, and never half-merged.

Holes 1 to 3 of issue 8: a body whose envelope id walks out of the data folder, zip
bombs, duplicate and orphan entries, broken envelope fields; and a restore killed
midway. Where nothing should change, the data folder is compared byte for byte.
"""

from __future__ import annotations

import json
import sys
import tracemalloc
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hostile import backup_of, body, filled, fresh_id, make_zip, snapshot, version

from lanson_report.domain import limits
from lanson_report.domain.errors import StoreError
from lanson_report.store import Store, restoring
from lanson_report.store.disk import DiskBackend


def refused(store: Store, source: Path, *expected: str) -> str:
    before = snapshot(store.folder)
    with pytest.raises(StoreError) as caught:
        store.import_backup(source)
    message = str(caught.value)
    for part in expected:
        assert part in message
    assert "\n" not in message
    assert snapshot(store.folder) == before
    return message


# -- 1. paths built from file content ---------------------------------------------------


def test_an_envelope_id_that_walks_out_of_the_data_folder_is_refused(tmp_path: Path) -> None:
    store = filled(tmp_path / "a" / "b" / "data")
    evil = body(draft_id=fresh_id())
    evil["id"] = "../../victim"
    source = backup_of(tmp_path / "evil.zip", evil)
    # The zip entry is named after draft.id (a good UUID): only the envelope lies.
    assert zipfile.ZipFile(source).namelist()[1] == f"drafts/{evil['draft']['id']}.json"
    refused(store, source, "id", "không phải mã UUID")
    assert not list(tmp_path.rglob("victim*"))


def test_an_envelope_id_naming_another_draft_is_refused(tmp_path: Path) -> None:
    store = filled(tmp_path / "data")
    mine = store.list()[0].id
    liar = body()
    liar["id"] = mine  # named drafts/<its own id>.json but claims to be this PC's draft
    make = [("manifest.json", {"format": "lanson-report/backup", "schema": 1})]
    source = make_zip(tmp_path / "liar.zip", [*make, (f"drafts/{liar['draft']['id']}.json", liar)])
    refused(store, source, "khác mã trong tên tệp")


def test_the_disk_backend_refuses_any_name_outside_its_folder(tmp_path: Path) -> None:
    backend = DiskBackend(tmp_path / "data", 0.5)
    (tmp_path / "data" / "drafts").mkdir(parents=True)
    for name in ("../victim.json", "drafts/../../victim.json"):
        with pytest.raises(StoreError, match="ra ngoài thư mục dữ liệu"):
            backend.write(name, {"x": 1})
    assert not (tmp_path / "victim.json").exists()


@pytest.mark.skipif(
    sys.platform == "win32", reason="symbolic links need administrator rights on Windows"
)
def test_the_disk_backend_refuses_a_link_that_leads_outside(tmp_path: Path) -> None:
    backend = DiskBackend(tmp_path / "data", 0.5)
    (tmp_path / "outside").mkdir()
    (tmp_path / "data" / "drafts").mkdir(parents=True)
    (tmp_path / "data" / "drafts" / "link").symlink_to(tmp_path / "outside")
    with pytest.raises(StoreError, match="ra ngoài thư mục dữ liệu"):
        backend.write("drafts/link/x.json", {"x": 1})
    assert not list((tmp_path / "outside").iterdir())


# -- 2. unbounded restore -----------------------------------------------------------------


def test_a_zip_bomb_is_refused_from_its_directory_without_unpacking(tmp_path: Path) -> None:
    store = filled(tmp_path / "data")
    bomb = make_zip(
        tmp_path / "bomb.zip",
        [
            ("manifest.json", {"format": "lanson-report/backup", "schema": 1}),
            (f"drafts/{fresh_id()}.json", b" " * (20 * 1024 * 1024)),
        ],
    )
    assert bomb.stat().st_size < 100 * 1024
    tracemalloc.start()
    try:
        refused(store, bomb, "quá lớn")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 20 * 1024 * 1024


def test_a_member_that_lies_about_its_size_is_cut_off(tmp_path: Path) -> None:
    store = filled(tmp_path / "data")
    name = f"drafts/{fresh_id()}.json"
    source = make_zip(
        tmp_path / "liar.zip",
        [
            ("manifest.json", {"format": "lanson-report/backup", "schema": 1}),
            (name, b"{" + b" " * (20 * 1024 * 1024) + b"}"),
        ],
    )
    _declare_size(source, name, 100)
    tracemalloc.start()
    try:
        refused(store, source, "không khôi phục gì")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 20 * 1024 * 1024


def _declare_size(path: Path, name: str, size: int) -> None:
    """Rewrite the unpacked size a member declares, in its local header and its record."""
    with zipfile.ZipFile(path) as archive:
        local = archive.getinfo(name).header_offset
    raw, encoded = bytearray(path.read_bytes()), name.encode()
    raw[local + 22 : local + 26] = size.to_bytes(4, "little")
    record = raw.find(b"PK\x01\x02")
    while raw[record + 46 : record + 46 + len(encoded)] != encoded:
        record = raw.find(b"PK\x01\x02", record + 4)
    raw[record + 24 : record + 28] = size.to_bytes(4, "little")
    path.write_bytes(bytes(raw))


@pytest.mark.parametrize("limit", ["MAX_BACKUP_ENTRIES", "MAX_BACKUP_INFLATED"])
def test_too_many_or_too_big_members_are_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, limit: str
) -> None:
    store = filled(tmp_path / "data")
    bodies = [body(f"Bản {n}") for n in range(12)]
    source = backup_of(tmp_path / "many.zip", *bodies)
    monkeypatch.setattr(limits, limit, 10 if limit == "MAX_BACKUP_ENTRIES" else 5_000)
    refused(store, source, "quá")


def test_a_duplicate_member_is_refused(tmp_path: Path) -> None:
    store = filled(tmp_path / "data")
    first, second = body("Bản thật"), body("Bản thay thế")
    second["id"] = second["draft"]["id"] = first["id"]
    source = backup_of(tmp_path / "dup.zip", first, second)
    refused(store, source, "có hai lần")


def test_orphan_history_is_refused(tmp_path: Path) -> None:
    store = filled(tmp_path / "data")
    lone = body()
    orphans = [(f"history/{fresh_id()}/{n}.json", version(n, lone["draft"])) for n in (1, 2, 3)]
    refused(store, backup_of(tmp_path / "orphans.zip", lone, extra=orphans), "lịch sử lạc")
    unlisted = [(f"history/{lone['id']}/7.json", version(7, lone["draft"]))]
    refused(store, backup_of(tmp_path / "unlisted.zip", lone, extra=unlisted), "lịch sử lạc")


# -- 3. broken envelope fields ------------------------------------------------------------

BROKEN: dict[str, tuple[dict[str, Any], str]] = {
    "next_version": ({"next_version": "x"}, "next_version"),
    "versions": ({"versions": [{}], "next_version": 2}, "versions[0]"),
    "trashed": ({"trashed": "garbage"}, "trashed"),
    "status": ({"status": "hacked"}, "status"),
    "created": ({"created": 5}, "created"),
    "extra key": ({"owner": "x"}, "owner"),
    "version order": (
        {
            "next_version": 3,
            "versions": [
                {"number": 2, "saved": "2026-01-01T00:00:00+00:00", "title": ""},
                {"number": 1, "saved": "2026-01-01T00:00:00+00:00", "title": ""},
            ],
        },
        "versions[1].number",
    ),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_a_broken_envelope_field_is_refused_naming_it(tmp_path: Path, case: str) -> None:
    store = filled(tmp_path / "data")
    changes, path = BROKEN[case]
    refused(store, backup_of(tmp_path / "broken.zip", body(**changes)), path)


def test_a_broken_body_already_in_the_folder_is_set_aside_not_trusted(tmp_path: Path) -> None:
    store = filled(tmp_path / "data")
    target = next(s for s in store.list() if s.title == "Báo cáo của máy này").id
    path = store.folder / "drafts" / f"{target}.json"
    planted = json.loads(path.read_text(encoding="utf-8"))
    planted["next_version"] = "x"  # history() and the next save used to end in a traceback
    path.write_text(json.dumps(planted), encoding="utf-8")
    reopened = Store.open(store.folder)
    assert reopened.history(target) == []  # its last good backup (before the save) came back
    assert reopened.get(target).draft.title == "Báo cáo của máy này"
    assert list((store.folder / "damaged").rglob(f"{target}*"))
    assert any("bị hỏng" in note for note in reopened.recovered)


# -- a restore killed midway ----------------------------------------------------------------


class Killed(BaseException):
    """Stands in for kill -9: nothing after it runs, no except clause catches it."""


def test_a_restore_killed_midway_is_finished_by_the_next_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    incoming = [body(f"Bản {n}") for n in range(5)]
    source = backup_of(tmp_path / "five.zip", *incoming)
    clean = filled(tmp_path / "clean")
    clean.import_backup(source)
    store = filled(tmp_path / "data")
    monkeypatch.setenv(restoring.BATCH_ENV, "2")  # three batches: killed in the third
    real_commit, commits = Store.commit_many, []

    def dying(self: Store, *args: Any, **kwargs: Any) -> Any:
        if len(commits) == 2:
            raise Killed
        commits.append(1)
        return real_commit(self, *args, **kwargs)

    monkeypatch.setattr(Store, "commit_many", dying)
    with pytest.raises(Killed):
        store.import_backup(source)
    monkeypatch.undo()
    assert (store.folder / restoring.RESTORING).exists()
    reopened = Store.open(store.folder)
    assert any("khôi phục trước bị gián đoạn" in note for note in reopened.recovered)
    assert not (store.folder / restoring.RESTORING).exists()
    assert _contents(reopened) == _contents(clean)


def _contents(store: Store) -> list[tuple[str, str, int]]:
    return sorted((s.title, s.status, len(store.history(s.id))) for s in store.list())


def test_a_restore_killed_before_it_was_decided_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = filled(tmp_path / "data")
    before = {k: v for k, v in snapshot(store.folder).items() if not k.startswith("backups/")}

    def killed(*args: Any) -> None:
        raise Killed

    monkeypatch.setattr(restoring, "_copy", killed)
    with pytest.raises(Killed):
        store.import_backup(backup_of(tmp_path / "one.zip", body()))
    monkeypatch.undo()
    reopened = Store.open(store.folder)
    after = {k: v for k, v in snapshot(store.folder).items() if not k.startswith("backups/")}
    assert after == before
    assert len(reopened.list()) == 2


def test_settings_in_a_backup_are_checked_like_a_draft(tmp_path: Path) -> None:
    store = filled(tmp_path / "data")
    agency = {"parent": "UBND", "name": "Ư" * 5_000, "abbreviation": "X"}
    meta = {"settings": {"1": {"key": "settings", "settings": {"agency": agency}}}}
    source = backup_of(tmp_path / "settings.zip", body(), extra=[("store.json", meta)])
    refused(store, source, "store.json", "agency.name")
