"""The store's machinery: the writer lock, the journal, damage recovery, the index.

A change to a draft touches several files (its body, maybe a history file, its
year's index). Each file is replaced atomically, and the set of drafts being
changed is first written to `journal.json`; a writer that finds a journal left by a
crash (theirs or another program's) settles the index with those bodies first. The
bodies are the truth: the index can always be rebuilt from them.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable, Iterator
from typing import Any

from ..errors import StoreBusyError, StoreError
from ..model import Draft
from .backend import DAMAGE, Backend, DamagedFile, JsonObject
from .bodies import (
    HISTORY_LIMIT,
    JOURNAL,
    Body,
    body_name,
    check_body,
    history_dir,
    stored,
    version_name,
)
from .index import Entry, Index, check_index
from .records import StoredDraft, index_entry
from .schema import SCHEMA_VERSION, migrate_folder
from .tinystorage import database

META = "store.json"


class Engine:
    def __init__(self, backend: Backend, history_limit: int = HISTORY_LIMIT) -> None:
        self.backend = backend
        self.folder = backend.folder
        self.history_limit = history_limit
        self.recovered: list[str] = []
        self.index = Index(backend)

    # -- opening -----------------------------------------------------------------

    def _start(self) -> None:
        meta = self._read_checked(META, _check_meta)
        if meta is None or not meta.get("meta"):
            with self.writing():
                self._write_meta()
        else:
            self._migrate(int(next(iter(meta["meta"].values()))["schema"]))
        for name in self.index.files():
            self._read_checked(name, check_index, rebuild=True)
        if self.backend.read(JOURNAL) is not None or self.backend.temporaries(""):
            # Finish a crashed write now, unless another program is writing right now.
            with contextlib.suppress(StoreBusyError), self.writing():
                self._remove_temporaries("")

    def _write_meta(self) -> None:
        database(self.backend, META).table("meta").upsert(
            {"key": "schema", "schema": SCHEMA_VERSION}, _key("schema")
        )

    def _migrate(self, version: int) -> None:
        if version == SCHEMA_VERSION:
            return
        with self.writing():
            if migrate_folder(self.backend, version):
                self._write_meta()
                self.rebuild_index()

    # -- writing -----------------------------------------------------------------

    @contextlib.contextmanager
    def writing(self) -> Iterator[None]:
        """Hold the writer lock; finish first what a crashed writer left half done."""
        with self.backend.locked():
            journal = self._read_checked(JOURNAL, lambda raw: raw["ids"], rebuild=True)
            if journal is not None:
                self._replay(journal["ids"])
            yield

    def _replay(self, ids: list[str]) -> None:
        for draft_id in ids:
            found = self.load_body(draft_id)
            entry = None if found is None else index_entry(found[0], found[1])
            self.update_index(functools.partial(self.index.settle, draft_id, entry))
            self._remove_temporaries("drafts", draft_id)
            self._remove_temporaries(history_dir(draft_id))
        self._remove_temporaries("index")
        self._remove_temporaries("")
        self.backend.remove(JOURNAL)
        self.recovered.append(
            "Lần lưu trước bị gián đoạn (mất điện hoặc chương trình bị tắt đột ngột); "
            "đã hoàn tất danh sách bản nháp."
        )

    def update_index(self, change: Callable[[], None]) -> None:
        """Apply a change to the index; a damaged index is repaired and rebuilt instead."""
        try:
            change()
        except DamagedFile as exc:
            self._read_checked(exc.name, check_index, rebuild=True)

    def _remove_temporaries(self, folder: str, prefix: str = "") -> None:
        for name in self.backend.temporaries(folder, prefix):
            self.backend.remove(name)

    def commit(
        self,
        body: Body,
        draft: Draft,
        old_year: int | None,
        version: tuple[int, Body, list[int]] | None = None,
    ) -> StoredDraft:
        """Write a body (and the version it pushed) and its index entry, journalled."""
        draft_id = body["id"]
        self.backend.write(JOURNAL, {"ids": [draft_id]}, backup=False)
        if version is not None:
            self.backend.write(version_name(draft_id, version[0]), version[1], backup=False)
        self.backend.write(body_name(draft_id), body)
        self.update_index(lambda: self.index.put(index_entry(body, draft), old_year))
        for number in version[2] if version else []:
            self.backend.remove(version_name(draft_id, number))
        self.backend.remove(JOURNAL)
        return stored(body, draft)

    # -- reading with recovery ------------------------------------------------------

    def load_body(self, draft_id: str) -> tuple[Body, Draft] | None:
        """A draft's body and its draft; a damaged body is restored from backup."""
        name = body_name(draft_id)
        try:
            raw = self.backend.read(name)
            return None if raw is None else (raw, check_body(raw, name))
        except DAMAGE:
            raw = self._recover(name, lambda data: check_body(data, name))
            if raw is None:
                return None
            found = (raw, check_body(raw, name))
            entry = index_entry(*found)  # the backup may be older than the index says
            self.update_index(lambda: self.index.settle(draft_id, entry))
            return found

    def require(self, draft_id: str) -> tuple[Body, Draft]:
        found = self.load_body(draft_id)
        if found is None:
            raise StoreError(f"Không tìm thấy bản nháp {draft_id} trong kho dữ liệu.")
        return found

    def entries(self, year: int | None = None) -> list[Entry]:
        try:
            return self.index.entries(year)
        except DamagedFile as exc:
            self._read_checked(exc.name, check_index, rebuild=True)
            return self.index.entries(year)

    def _read_checked(
        self, name: str, check: Callable[[Any], object], rebuild: bool = False
    ) -> JsonObject | None:
        try:
            raw = self.backend.read(name)
            if raw is not None:
                check(raw)
            return raw
        except DAMAGE:
            raw = self._recover(name, check)
        if rebuild:
            self.rebuild_index()
        return raw

    def _recover(self, name: str, check: Callable[[Any], object]) -> JsonObject | None:
        """Set a damaged file aside (never delete it) and bring back its newest good backup."""
        with self.backend.locked():
            try:
                raw = self.backend.read(name)
                if raw is None:
                    return None
                check(raw)
                return raw  # another program repaired it meanwhile
            except DAMAGE:
                pass
            aside = self.backend.set_aside(name)
            for when, data in self.backend.backups(name):
                try:
                    check(data)
                except DAMAGE:
                    continue
                self.backend.write(name, data, backup=False)
                self.recovered.append(
                    f"Tệp {name} bị hỏng: đã chuyển sang {aside} (không xóa) "
                    f"và khôi phục bản sao lưu lúc {when}."
                )
                return data
            self.recovered.append(
                f"Tệp {name} bị hỏng: đã chuyển sang {aside} (không xóa); "
                "không có bản sao lưu dùng được."
            )
            return None

    def body_ids(self) -> list[str]:
        """Ids of every stored body, read from the folder (not the index)."""
        names = self.backend.names("drafts")
        return [name.rsplit("/", 1)[1].removesuffix(".json") for name in names]

    def rebuild_index(self) -> None:
        """Rebuild the year indexes from the bodies (slow; only after damage)."""
        with self.writing():
            entries = []
            for draft_id in self.body_ids():
                found = self.load_body(draft_id)
                if found is not None:
                    entries.append(index_entry(*found))
            self.index.rebuild(entries)


def _key(key: str) -> Any:
    from tinydb import Query

    return Query().key == key


def _check_meta(raw: Any) -> None:
    for doc in raw.get("meta", {}).values():
        int(doc["schema"])
    for doc in raw.get("settings", {}).values():
        dict(doc)
