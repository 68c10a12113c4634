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
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from ..domain.errors import StoreError, StoreWriteError
from ..domain.model import Draft
from .backend import DAMAGE, Backend, DamagedFile, JsonObject
from .bodies import (
    HISTORY_LIMIT,
    IMPORTING,
    JOURNAL,
    RESTORING,
    Body,
    Change,
    body_name,
    check_body,
    check_journal,
    history_dir,
    seal,
    stored,
    version_name,
)
from .envelope import is_draft_id
from .index import Entry, Index, check_index
from .notes import Notes, body_note, file_note, journal_note
from .records import StoredDraft, index_entry, parse_stamp
from .salvage import body_from_history

UNREADABLE: tuple[type[Exception], ...] = (*DAMAGE, StoreError)
Progress = Callable[[str, int, int], None]  # (what is being done, done, total)
FINISHING_RESTORE = "Đang hoàn tất lần khôi phục bị gián đoạn"
Describe = Callable[[str, str, str | None], str]  # (name, where set aside, what came back)


class Engine:
    def __init__(self, backend: Backend, history_limit: int = HISTORY_LIMIT) -> None:
        self.backend = backend
        self.folder = backend.folder
        self.history_limit = history_limit
        self.progress: Progress | None = None  # long work at opening (Store.open)
        self.recovered = Notes()  # what was repaired, for the clerk (see notes.py)
        self.index = Index(backend)
        self._finishing = False  # finishing a batch a crash cut short (restoring.py, batch.py)
        self.memory_index: list[Entry] | None = None  # when the index could not be repaired
        # One thread at a time inside the store: the app writes autosaves from a worker
        # thread while its window may read the list (see core.serialized).
        self.lock = threading.RLock()
        # Each draft's folded text for searching, by id, with the `modified` it is of.
        self._texts: dict[str, tuple[str, str, str]] = {}

    # -- writing -----------------------------------------------------------------

    @contextlib.contextmanager
    def writing(self) -> Iterator[None]:
        """Hold the writer lock; finish first what a crashed writer left half done."""
        with self.backend.locked():
            journal = self._read_checked(
                JOURNAL, check_journal, rebuild=True, describe=journal_note
            )
            if journal is not None:
                self._replay(journal["ids"])
            if not self._finishing:
                self._finish_batches()
            yield

    def _finish_batches(self) -> None:
        """Complete a restore or a multi-file import that a crash cut short, first."""
        restore = self.folder != Path(":memory:") and (self.folder / RESTORING).exists()
        if not restore and not self.has_file(IMPORTING):
            return  # the usual case: nothing to finish, nothing more to import
        from . import batch, restoring

        with self.finishing():
            if restore:
                report = restoring.finish(self, progress=self._restore_progress)  # type: ignore[arg-type]
                self.recovered.append(
                    "Lần khôi phục trước bị gián đoạn; đã hoàn tất: thêm "
                    f"{report.added} bản nháp, gộp {report.merged}, {report.unchanged} không đổi."
                )
            batch.finish(self)  # type: ignore[arg-type]

    def _restore_progress(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress(FINISHING_RESTORE, done, total)

    @contextlib.contextmanager
    def finishing(self) -> Iterator[None]:
        """Inside a batch: nested writes must not start finishing batches again."""
        previous, self._finishing = self._finishing, True
        try:
            yield
        finally:
            self._finishing = previous

    def has_file(self, name: str) -> bool:
        """Whether name is present, readable or not (a damaged one is dealt with later)."""
        try:
            return self.backend.read(name) is not None
        except DAMAGE:
            return True

    def _replay(self, ids: list[str]) -> None:
        for draft_id in ids:
            # A body missing here was cut off between delete and rename (FAT, network
            # shares): its temporary or backup holds it, so look before removing them.
            found = self.load_body(draft_id) or self._restore_missing(draft_id)
            self._settle(draft_id, found)
            self._remove_temporaries("drafts", draft_id)
            self._remove_temporaries(history_dir(draft_id))
        if self.backend.temporaries("index"):  # an index may be lost the same way
            self.index.rebuild(self._body_entries())
            self._remove_temporaries("index")
        self._remove_temporaries("")
        self._remove_quietly(JOURNAL)
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

    def _settle(self, draft_id: str, found: tuple[Body, Draft] | None) -> None:
        entry = None if found is None else index_entry(*found)
        self.update_index(functools.partial(self.index.settle, draft_id, entry))

    def _remove_temporaries(self, folder: str, prefix: str = "") -> None:
        for name in self.backend.temporaries(folder, prefix):
            self.backend.remove(name)

    def _remove_quietly(self, name: str) -> None:
        """Tidy up after a commit: a file another program holds is left for later.

        A journal left behind is replayed harmlessly by the next writer or opening.
        """
        with contextlib.suppress(StoreError):
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
        seal(body)
        self.backend.write(JOURNAL, {"ids": [draft_id]}, backup=False)
        if version is not None:
            self.backend.write(version_name(draft_id, version[0]), version[1], backup=False)
        self.backend.write(body_name(draft_id), body)
        try:
            self.update_index(lambda: self.index.put(index_entry(body, draft), old_year))
        except StoreWriteError as exc:  # the body is saved: say so, never "nothing saved"
            title = draft.title or "(chưa có trích yếu)"
            raise StoreWriteError(
                f"Đã lưu bản nháp “{title}” vào {body_name(draft_id)}, nhưng chưa cập nhật "
                f"được danh sách bản nháp ({exc.reason}); danh sách sẽ tự được sửa ở lần "
                "mở hoặc lần lưu sau.",
                exc.errno,
                exc.reason,
            ) from exc
        # Committed: from here on a file that cannot be removed must not fail the save.
        for number in version[2] if version else []:
            self._remove_quietly(version_name(draft_id, number))
        self._remove_quietly(JOURNAL)
        return stored(body, draft)

    def commit_many(self, changes: list[Change]) -> None:
        """commit() for a batch (a restore): one journal and one write per year's index.

        The journal lists every draft of the batch, so a kill anywhere in it is settled
        by the next writer exactly as for a single commit (see _replay).
        """
        if not changes:
            return
        self.backend.write(JOURNAL, {"ids": [c.body["id"] for c in changes]}, backup=False)
        with self.backend.deferred_sync():  # one flush for the batch, before the journal goes
            for change in changes:
                draft_id = change.body["id"]
                if change.version is not None:
                    name = version_name(draft_id, change.version[0])
                    self.backend.write(name, change.version[1], backup=False)
                self.backend.write(body_name(draft_id), seal(change.body))
            entries = [index_entry(c.body, c.draft) for c in changes]
            old_years = {c.body["id"]: c.old_year for c in changes}
            self.update_index(lambda: self.index.put_many(entries, old_years))
        for change in changes:
            for number in change.version[2] if change.version else []:
                self._remove_quietly(version_name(change.body["id"], number))
        self._remove_quietly(JOURNAL)

    # -- reading with recovery ------------------------------------------------------

    def load_body(self, draft_id: str) -> tuple[Body, Draft] | None:
        """A draft's body and its draft; a damaged body is restored from backup."""
        name = body_name(draft_id)
        try:
            raw = self.backend.read(name)
            return None if raw is None else (raw, check_body(raw, name))
        except DAMAGE:
            listed = self._listed(draft_id)
            describe = functools.partial(body_note, listed)
            salvage = functools.partial(body_from_history, self.backend, draft_id)
            raw = self._recover(name, lambda data: check_body(data, name), describe, salvage)
            if raw is None:
                return None
            found = (raw, check_body(raw, name))
            entry = index_entry(*found)  # the backup may be older than the index says
            self.update_index(lambda: self.index.settle(draft_id, entry))
            return found

    def _listed(self, draft_id: str) -> Entry | None:
        """The draft's line in the list (what the clerk last saw of it), if any."""
        try:
            return next((e for e in self.entries() if e["id"] == draft_id), None)
        except UNREADABLE:
            return None

    def _restore_missing(self, draft_id: str) -> tuple[Body, Draft] | None:
        """Bring back a body lost mid-replace: a complete temporary first, else a backup."""
        name = body_name(draft_id)
        for found, source in self._candidates(draft_id):
            self.backend.write(name, found[0], backup=False)
            title = found[1].title or "(chưa có trích yếu)"
            self.recovered.append(
                f"Bản nháp “{title}” bị mất tệp {name} do lần lưu trước bị gián đoạn "
                f"(mất điện hoặc rút ổ USB); đã khôi phục {source}."
            )
            return found
        return None

    def _candidates(self, draft_id: str) -> Iterator[tuple[tuple[Body, Draft], str]]:
        name = body_name(draft_id)
        temps = []
        for temp in self.backend.temporaries("drafts", f"{draft_id}.json."):
            with contextlib.suppress(*DAMAGE):
                raw = self.backend.read(temp)  # a half-written one is damage: skipped
                if raw is not None:
                    temps.append((raw, check_body(raw, name)))
        temps.sort(key=lambda found: parse_stamp(found[0]["modified"]), reverse=True)
        for found in temps:
            yield found, "bản đang lưu dở (đã ghi trọn vẹn)"
        for when, raw in self.backend.backups(name):
            with contextlib.suppress(*DAMAGE):
                yield (raw, check_body(raw, name)), f"bản sao lưu lúc {when}"
        salvaged = body_from_history(self.backend, draft_id)  # no backup: its history
        if salvaged is not None:
            yield (salvaged[0], check_body(salvaged[0], name)), salvaged[1]

    def _unlisted_bodies(self) -> list[str]:
        """Drafts the index lists whose body file is missing."""
        present = set(self.body_ids())
        return [entry["id"] for entry in self.entries() if entry["id"] not in present]

    def require(self, draft_id: str) -> tuple[Body, Draft]:
        found = self.load_body(draft_id)
        if found is None:
            raise StoreError(f"Không tìm thấy bản nháp {draft_id} trong kho dữ liệu.")
        return found

    def entries(self, year: int | None = None) -> list[Entry]:
        if self.memory_index is not None:
            return [dict(e) for e in self.memory_index if year is None or e["year"] == year]
        try:
            return self.index.entries(year)
        except DamagedFile as exc:
            self._read_checked(exc.name, check_index, rebuild=True)
            return self.index.entries(year)

    def _read_checked(
        self,
        name: str,
        check: Callable[[Any], object],
        rebuild: bool = False,
        describe: Describe | None = None,
    ) -> JsonObject | None:
        try:
            raw = self.backend.read(name)
            if raw is not None:
                check(raw)
            return raw
        except DAMAGE:
            raw = self._recover(name, check, describe)
        if rebuild:
            self.rebuild_index()
        return raw

    def _recover(
        self,
        name: str,
        check: Callable[[Any], object],
        describe: Describe | None = None,
        fallback: Callable[[], tuple[JsonObject, str] | None] | None = None,
    ) -> JsonObject | None:
        """Set a damaged file aside (never delete it) and bring back its newest good backup
        (or what fallback makes when none is usable: (content, where it came from))."""
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
                source = f"bản sao lưu lúc {when}"
                self.recovered.append((describe or file_note)(name, aside, source))
                return data
            salvaged = fallback() if fallback else None
            if salvaged is not None:
                self.backend.write(name, salvaged[0], backup=False)
            self.recovered.append(
                (describe or file_note)(name, aside, salvaged[1] if salvaged else None)
            )
            return salvaged[0] if salvaged else None

    def body_ids(self) -> list[str]:
        """Ids of every stored body, read from the folder (not the index)."""
        names = self.backend.names("drafts")
        stems = (name.rsplit("/", 1)[1].removesuffix(".json") for name in names)
        return [stem for stem in stems if is_draft_id(stem)]  # a stray file is not a draft

    def rebuild_index(self) -> None:
        """Rebuild the year indexes from the bodies (slow; only after damage)."""
        with self.writing():
            self.index.rebuild(self._body_entries())

    def _body_entries(self) -> list[Entry]:
        found = (self.load_body(draft_id) for draft_id in self.body_ids())
        return [index_entry(*each) for each in found if each is not None]
