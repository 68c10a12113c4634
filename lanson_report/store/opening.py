"""Opening a store: bring old folders up to date, finish what a crash left, sweep leftovers.

A reader of a read-only or full disk cannot repair anything: it goes on with a list
built in memory from the bodies (Engine.memory_index) and says so in `recovered`.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..domain.errors import StoreBusyError, StoreError, StoreWriteError
from .backend import DAMAGE
from .bodies import IMPORTING, JOURNAL, META, RESTORING, body_name, check_body
from .index import Entry, check_index
from .records import index_entry
from .schema import SCHEMA_VERSION, index_kept, migrate_folder
from .tinystorage import database

if TYPE_CHECKING:
    from .engine import Engine

UNREADABLE: tuple[type[Exception], ...] = (*DAMAGE, StoreError)
# Where a killed writer may leave temporaries (history/<id>/ ones are swept by the journal).
TEMPORARY_FOLDERS = ("", "drafts", "index", "backups", "damaged")


def start(engine: Engine) -> None:
    meta = engine._read_checked(META, _check_meta)
    if meta is None or not meta.get("meta"):
        with engine.writing():
            _write_meta(engine)
    else:
        _migrate(engine, int(next(iter(meta["meta"].values()))["schema"]))
    _repair(engine, functools.partial(_check_indexes, engine), lock=False)
    if engine._unlisted_bodies():
        _repair(engine, functools.partial(_restore_unlisted, engine))
    if _orphans(engine):
        _repair(engine, functools.partial(_list_orphans, engine))
    if _interrupted(engine):
        # Finish a crashed write now, unless another program is writing right now.
        _repair(engine, functools.partial(_sweep, engine))


def _repair(engine: Engine, action: Callable[[], None], lock: bool = True) -> None:
    """Repair now if this program may write. On a read-only or full disk, a reader
    goes on with a list built in memory from the bodies (see entries()), and says so.

    lock=False for a check that takes the writer lock itself only when it finds damage:
    opening a healthy store never waits for a writer."""
    try:
        with engine.writing() if lock else contextlib.nullcontext():
            action()
    except StoreBusyError:
        pass
    except StoreWriteError as exc:
        if engine.memory_index is None:
            engine.memory_index = []  # entries() reads the index no more
            engine.memory_index = _readable_entries(engine)
            engine.recovered.append(
                f"Chưa sửa được kho dữ liệu sau lần ghi dở ({exc}) Danh sách được đọc "
                "trực tiếp từ các bản nháp; không ghi gì vào kho."
            )


def _check_indexes(engine: Engine) -> None:
    for name in engine.index.files():
        engine._read_checked(name, check_index, rebuild=True)


def _interrupted(engine: Engine) -> bool:
    leftovers = (engine.backend.temporaries(folder) for folder in TEMPORARY_FOLDERS)
    return (
        any(leftovers)
        or engine.has_file(JOURNAL)
        or engine.has_file(IMPORTING)
        or (engine.folder / RESTORING).exists()
    )


def _sweep(engine: Engine) -> None:
    """Under the lock, after the journal: temporaries left by a killed writer are garbage."""
    for folder in TEMPORARY_FOLDERS:
        engine._remove_temporaries(folder)


def _restore_unlisted(engine: Engine) -> None:
    for draft_id in engine._unlisted_bodies():  # again: under the lock
        found = engine._restore_missing(draft_id)
        if found is None:
            engine.recovered.append(
                f"Không còn tệp drafts/{draft_id}.json và không có bản sao lưu "
                "dùng được; đã bỏ bản nháp này khỏi danh sách."
            )
        engine._settle(draft_id, found)


def _orphans(engine: Engine) -> list[str]:
    """Bodies no index lists (a year's index lost or rolled back): hidden drafts."""
    if engine.memory_index is not None:
        return []
    listed = {entry["id"] for entry in engine.entries()}
    return [draft_id for draft_id in engine.body_ids() if draft_id not in listed]


def _list_orphans(engine: Engine) -> None:
    titles = []
    for draft_id in _orphans(engine):  # again: under the lock
        found = engine.load_body(draft_id)  # a damaged one is set aside and told there
        if found is not None:
            engine._settle(draft_id, found)
            titles.append(f"“{found[1].title or '(chưa có trích yếu)'}”")
    if titles:
        shown = ", ".join(titles[:5]) + (f" và {len(titles) - 5} bản khác" * (len(titles) > 5))
        engine.recovered.append(
            f"{len(titles)} bản nháp có trong thư mục drafts/ nhưng không có trong danh sách "
            f"(tệp index/ bị mất hoặc cũ): {shown}; đã đưa lại vào danh sách."
        )


def _readable_entries(engine: Engine) -> list[Entry]:
    """Index entries of every body that can be read without writing anything."""
    entries = []
    for draft_id in engine.body_ids():
        name = body_name(draft_id)
        try:
            raw = engine.backend.read(name)
            if raw is not None:
                entries.append(index_entry(raw, check_body(raw, name)))
        except UNREADABLE:
            engine.recovered.append(f"Không đọc được tệp {name}; bỏ qua khi liệt kê.")
    return entries


def _write_meta(engine: Engine) -> None:
    database(engine.backend, META).table("meta").upsert(
        {"key": "schema", "schema": SCHEMA_VERSION}, _key("schema")
    )


def _migrate(engine: Engine, version: int) -> None:
    if version == SCHEMA_VERSION:
        return
    with engine.writing():
        if migrate_folder(engine.backend, version):
            _write_meta(engine)
            if not index_kept(version):
                engine.rebuild_index()


def _key(key: str) -> Any:
    from tinydb import Query

    return Query().key == key


def _check_meta(raw: Any) -> None:
    for doc in raw.get("meta", {}).values():
        int(doc["schema"])
    for doc in raw.get("settings", {}).values():
        dict(doc)
