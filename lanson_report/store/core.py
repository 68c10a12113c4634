"""The store's public API, used by the wizard and the command line (no Qt here).

Data folder layout (described in the lanson_report.store docstring):
drafts/<id>.json, history/<id>/<n>.json, index/<year>.json, store.json,
backups/ (rotating copies), damaged/ (files set aside), journal.json, .lock.
"""

from __future__ import annotations

import builtins
import functools
import os
import re
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from tinydb import Query

from ..domain.errors import DraftFormatError, StoreError
from ..domain.model import STATUS_LABELS, STATUSES, DocDate, Draft, Settings
from ..domain.unitrecord import Consolidation
from ..domain.unitrecord import from_dict as unit_record
from ..files import draftfile
from .backend import DAMAGE, Backend, MemoryBackend

if TYPE_CHECKING:
    from .restoring import RestoreReport
from .bodies import (
    CONSOLIDATIONS,
    HISTORY_LIMIT,
    JOURNAL,
    META,
    ORIGINS,
    REPLIES,
    Body,
    add_version,
    body_name,
    check_version,
    history_dir,
    new_body,
    read_draft,
    stored,
    version_name,
    versions,
)
from .engine import Engine, Progress
from .metarecords import records_in
from .opening import start
from .records import (
    StoredDraft,
    Summary,
    Version,
    matches,
    now_stamp,
    parse_stamp,
    search_words,
    summary,
)
from .searchtext import body_text, snippet
from .settingsdata import settings_from_dict, settings_to_dict
from .statuslog import (
    MAX_EVENTS,
    Mismatch,
    StatusEvent,
    event_dict,
    events_from,
    fingerprint,
    mismatch,
)
from .statuslog import TABLE as STATUS_LOG
from .tinystorage import database

# What reading store.json's records can raise: a damaged or oversized store.json loses
# the records (where drafts came from, the units' records), never a draft.
UNREADABLE: tuple[type[Exception], ...] = (OSError, *DAMAGE)

LOCK_TIMEOUT = 5.0  # seconds a second writer waits before "busy"
LOCK_TIMEOUT_ENV = "LANSON_REPORT_LOCK_TIMEOUT"


def default_lock_timeout() -> float:
    value = os.environ.get(LOCK_TIMEOUT_ENV)
    return float(value) if value else LOCK_TIMEOUT


T = TypeVar("T")


def serialized(cls: type[T]) -> type[T]:
    """Every public method of the class runs holding the store's lock (an RLock).

    Processes are kept apart by the writer lock file; threads of one process by this:
    the wizard saves in a worker thread while the window may list or open drafts.
    """
    for name, attr in list(vars(cls).items()):
        if name.startswith("_") or not callable(attr) or isinstance(attr, classmethod):
            continue
        setattr(cls, name, _holding_lock(attr))
    return cls


def _holding_lock(method: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(method)
    def locked(self: Engine, *args: Any, **kwargs: Any) -> Any:
        with self.lock:
            return method(self, *args, **kwargs)

    return locked


@serialized
class Store(Engine):
    """Drafts across years, with status, trash and history. One writer at a time."""

    @classmethod
    def open(
        cls,
        folder: Path,
        *,
        lock_timeout: float | None = None,
        history_limit: int = HISTORY_LIMIT,
        progress: Progress | None = None,
    ) -> Store:
        """Open (creating if needed) the store in folder; see .recovered after damage.

        progress hears how far long work at opening has got (a restore a crash cut
        short is finished first): (what is being done, done, total).
        """
        from .disk import DiskBackend

        timeout = default_lock_timeout() if lock_timeout is None else lock_timeout
        return cls._started(DiskBackend(Path(folder), timeout), history_limit, progress)

    @classmethod
    def memory(cls, history_limit: int = HISTORY_LIMIT) -> Store:
        """A store that lives in memory only (tests, previews)."""
        return cls._started(MemoryBackend(), history_limit)

    @classmethod
    def _started(
        cls, backend: Backend, history_limit: int, progress: Progress | None = None
    ) -> Store:
        store = cls(backend, history_limit)
        store.progress = progress
        start(store)
        return store

    # -- drafts --------------------------------------------------------------------

    def create(self, draft: Draft) -> StoredDraft:
        """Store a new draft with status "draft"; StoreError if its id is taken."""
        data, checked = _checked(draft)
        with self.writing():
            if self.backend.read(body_name(draft.id)) is not None:
                raise StoreError(f"Bản nháp {draft.id} đã có trong kho dữ liệu.")
            return self.commit(new_body(data, "draft", now_stamp()), checked, None)

    def save(self, draft: Draft) -> StoredDraft:
        """Save the draft's current state; the previous one goes to its history.

        An unknown id creates the draft; an unchanged draft writes nothing; a draft
        in the trash stays there; an issued draft raises StoreError (read-only).
        """
        return self.save_data(draftfile.to_dict(draft))

    def save_data(self, data: dict[str, Any]) -> StoredDraft:
        """save() for a draft already turned into its file object (draftfile.to_dict).

        The wizard takes this snapshot on its own thread and writes it from another,
        so the clerk can go on typing into the draft meanwhile.
        """
        stored_data, checked = _checked_data(data)
        with self.writing():
            found = self.load_body(checked.id)
            if found is None:
                return self.commit(new_body(stored_data, "draft", now_stamp()), checked, None)
            return self._replace(found[0], found[1], stored_data, checked)

    def _replace(self, body: Body, old: Draft, data: dict[str, object], new: Draft) -> StoredDraft:
        _require_editable(body)
        if body["draft"] == data:
            return stored(body, old)  # unchanged: no new version
        version = add_version(body, body["draft"], body["modified"], self.history_limit)
        body["draft"] = data
        body["modified"] = now_stamp()
        return self.commit(body, new, old.date.year, version)

    def get(self, draft_id: str) -> StoredDraft:
        return stored(*self.require(draft_id))

    def list(self, year: int | None = None, search: str | None = None) -> builtins.list[Summary]:
        """Drafts not in the trash: newest year first, then most recently modified.

        A search matches the type, title, number, symbol and year first; a draft whose
        text holds every word is listed too, with the words around the first one."""
        entries = [e for e in self.entries(year) if not e.get("trashed")]
        found_in: dict[str, str] = {}
        if search:
            words = search_words(search)
            matched = [e for e in entries if matches(words, e)]
            for entry in entries:
                if entry in matched:
                    continue
                snippet = self._text_match(entry, search)
                if snippet:
                    found_in[entry["id"]] = snippet
                    matched.append(entry)
            entries = matched
        entries.sort(key=lambda e: (e["year"], e["modified"]), reverse=True)
        known = self.origins()
        out = [summary(e) for e in entries]
        for item in out:
            item.origin = known.get(item.id, "")
            item.in_body = found_in.get(item.id, "")
        return out

    def _text_match(self, entry: dict[str, Any], query: str) -> str:
        """The words around the first query word in the draft's text, when every word is
        there; "". The folded text is kept per draft until it is saved again."""
        cached = self._texts.get(entry["id"])
        if cached is None or cached[0] != entry["modified"]:
            try:
                draft = self.get(entry["id"]).draft
            except StoreError:
                return ""
            cached = (entry["modified"], *body_text(draft))
            self._texts[entry["id"]] = cached
        _stamp, folded, plain = cached
        return snippet(folded, plain, query)

    # -- where drafts came from ----------------------------------------------------------

    def set_origin(self, draft_id: str, text: str, base: str = "") -> None:
        """Remember where a draft came from (a copy, a Word file): shown in the list. Kept
        beside the settings; older programs ignore it, and losing it loses no draft.
        `base`: the report a consolidation was merged from (its units' kits name it)."""
        row = {"id": draft_id, "origin": text[:300]}
        if base:
            row["base"] = base[:64]
        with self.writing():
            table = database(self.backend, META).table(ORIGINS)
            table.upsert(row, Query().id == draft_id)

    def base_of(self, draft_id: str) -> str:
        """The report a consolidated one was merged from ("" when none is known)."""
        try:
            rows = database(self.backend, META).table(ORIGINS).search(Query().id == draft_id)
        except UNREADABLE:
            return ""
        return str(rows[0].get("base", "")) if rows and isinstance(rows[0], dict) else ""

    # -- Tổng hợp: the units' record per report (domain/unitrecord.py) -------------------

    def consolidation(self, base_id: str) -> Consolidation | None:
        """The units' record of the report whose outline went to them, if one is kept."""
        try:
            rows = database(self.backend, META).table(CONSOLIDATIONS).search(Query().id == base_id)
        except UNREADABLE:
            return None
        return unit_record(rows[0]) if rows else None

    def save_consolidation(self, record: Consolidation) -> None:
        """Keep the units' record beside the settings (in backups with them); older
        programs ignore it."""
        with self.writing():
            table = database(self.backend, META).table(CONSOLIDATIONS)
            table.upsert(record.to_dict(), Query().id == record.base)

    def keep_reply(self, fingerprint: str, draft: Draft) -> None:
        """A unit's reply as it was read, kept by its fingerprint: a later version of it
        replaces it in the merged report by taking this one's figures back out."""
        if not re.fullmatch(r"[0-9a-f]{64}", fingerprint):
            raise StoreError(f"Dấu nội dung bản gửi không hợp lệ: {fingerprint[:80]}")
        data = draftfile.to_dict(draft)
        with self.writing():
            for name in self.backend.temporaries(REPLIES):  # one a kill left behind
                self.backend.remove(name)
            self.backend.write(f"{REPLIES}/{fingerprint}.json", data)

    def kept_reply(self, fingerprint: str) -> Draft | None:
        """The reply kept by `keep_reply`, or None (never kept, or unreadable)."""
        if not re.fullmatch(r"[0-9a-f]{64}", fingerprint):
            return None
        try:
            data = self.backend.read(f"{REPLIES}/{fingerprint}.json")
            return draftfile.from_dict(data, lenient=True) if data is not None else None
        except (StoreError, DraftFormatError, LookupError, TypeError, ValueError):
            return None

    def take_records(self, meta: dict[str, Any]) -> None:
        """From a backup's store.json (checked): where drafts came from and the units'
        records this store has none of; its own are kept, a row that does not read as
        one is left out (a damaged record loses that record, never a restore); see
        metarecords.records_in."""
        origins, records = records_in(meta)
        with self.writing():
            db = database(self.backend, META)
            for table, rows in ((db.table(ORIGINS), origins), (db.table(CONSOLIDATIONS), records)):
                have = {str(row.get("id")) for row in table.all() if isinstance(row, dict)}
                new = [row for row in rows if row["id"] not in have]
                new = list({row["id"]: row for row in new}.values())  # one row per id
                if new:
                    table.insert_multiple(new)

    def origins(self) -> dict[str, str]:
        try:
            rows = database(self.backend, META).table(ORIGINS).all()
        except UNREADABLE:
            return {}
        return {str(r.get("id")): str(r.get("origin", "")) for r in rows if isinstance(r, dict)}

    def years(self) -> builtins.list[int]:
        return sorted({e["year"] for e in self.entries() if not e.get("trashed")}, reverse=True)

    def ids(self) -> builtins.list[str]:
        """Every draft id, the trash included."""
        return sorted(e["id"] for e in self.entries())

    def duplicate(self, draft_id: str, year: int) -> StoredDraft:
        """A new draft for another year: same text, no number, day or month."""
        old = self.get(draft_id).draft
        copy = read_draft(draftfile.to_dict(old), body_name(draft_id))
        copy.id = str(uuid.uuid4())
        copy.date = DocDate(year)
        copy.number = ""
        made = self.create(copy)
        title = " ".join(old.title.split())
        title = title if len(title) <= 60 else title[:59] + "…"
        self.set_origin(copy.id, f"Nhân bản từ “{title}” ({old.date.year})")
        return made

    # -- trash ---------------------------------------------------------------------

    def delete(self, draft_id: str) -> None:
        """Move a draft to the trash (nothing is erased; see restore)."""
        self._mark_trashed(draft_id, now_stamp())

    def trash(self) -> builtins.list[Summary]:
        entries = [e for e in self.entries() if e.get("trashed")]
        entries.sort(key=lambda e: e["trashed"], reverse=True)
        return [summary(e) for e in entries]

    def restore(self, draft_id: str) -> StoredDraft:
        """Take a draft out of the trash."""
        return self._mark_trashed(draft_id, None)

    def _mark_trashed(self, draft_id: str, stamp: str | None) -> StoredDraft:
        with self.writing():
            body, draft = self.require(draft_id)
            body["trashed"] = stamp
            return self.commit(body, draft, draft.date.year)

    def purge(self, draft_id: str) -> None:
        """Erase a draft that is in the trash, with its history (cannot be undone)."""
        with self.writing():
            body, draft = self.require(draft_id)
            if not body.get("trashed"):
                raise StoreError("Chỉ xóa hẳn được bản nháp đã ở trong thùng rác.")
            self.backend.write(JOURNAL, {"ids": [draft_id]}, backup=False)
            self.backend.remove_tree(history_dir(draft_id))
            self.backend.remove(body_name(draft_id))
            self.update_index(lambda: self.index.remove(draft_id, draft.date.year))
            self._remove_quietly(JOURNAL)

    # -- history and status ----------------------------------------------------------

    def history(self, draft_id: str) -> builtins.list[Version]:
        """Earlier saved states, newest first (at most history_limit are kept)."""
        return versions(self.require(draft_id)[0])

    def version(self, draft_id: str, number: int) -> Draft:
        name = version_name(draft_id, number)
        raw = self.backend.read(name)
        if raw is None:
            raise StoreError(f"Bản nháp {draft_id} không có phiên bản số {number}.")
        try:
            return check_version(raw, name, number)
        except DraftFormatError as exc:
            raise StoreError(f"Phiên bản số {number} bị hỏng: {exc}") from None

    def revert(self, draft_id: str, number: int) -> StoredDraft:
        """Bring back an earlier version; the current state goes to the history too."""
        with self.writing():
            body, current = self.require(draft_id)
            _require_editable(body)
            old = self.version(draft_id, number)
            old.id = draft_id
            data, checked = _checked(old)
            return self._replace(body, current, data, checked)

    def set_status(self, draft_id: str, status: str, reason: str = "") -> StoredDraft:
        """Change the status; the change, the draft's fingerprint then and the clerk's
        reason (why an issue was taken back) are logged for the banner and the history."""
        if status not in STATUSES:
            choices = ", ".join(STATUSES)
            raise StoreError(f'Trạng thái "{status}" không hợp lệ; chấp nhận: {choices}')
        with self.writing():
            body, draft = self.require(draft_id)
            if body["status"] == status:
                return stored(body, draft)
            previous = body["status"]
            body["status"] = status
            result = self.commit(body, draft, draft.date.year)
            stamp = now_stamp()
            event = StatusEvent(
                parse_stamp(stamp), status, previous, fingerprint(body["draft"]), reason.strip()
            )
            self._log_status(draft_id, event_dict(event, stamp))
            return result

    def log_review(self, draft_id: str, label: str) -> None:
        """Log a leader's review brought in ("Cập nhật theo bản Word đã sửa của …"): the
        history shows it beside the status changes; the status stays as it is."""
        with self.writing():
            body, _draft = self.require(draft_id)
            stamp = now_stamp()
            status = body["status"]
            event = StatusEvent(
                parse_stamp(stamp), status, status, fingerprint(body["draft"]), label.strip()
            )
            self._log_status(draft_id, event_dict(event, stamp))

    def _log_status(self, draft_id: str, event: dict[str, Any]) -> None:
        """After the body is committed: a failure here costs the banner, not the status."""
        try:
            table = database(self.backend, META).table(STATUS_LOG)
            found = table.get(Query().id == draft_id)
            events = list(found.get("events", [])) if isinstance(found, dict) else []
            events = [*events, event][-MAX_EVENTS:]
            table.upsert({"id": draft_id, "events": events}, Query().id == draft_id)
        except (StoreError, OSError, ValueError, TypeError, AttributeError, KeyError) as exc:
            self.recovered.append(  # the status is saved; only its log entry is not
                f"Đã đổi trạng thái nhưng chưa ghi được nhật ký trạng thái ({exc}); "
                "chương trình sẽ không cảnh báo được nếu văn bản bị sửa sau khi in."
            )

    def mismatch(self, draft_id: str) -> Mismatch | None:
        """Whether the saved text differs from the paper printed for signing, or from
        the issued document after its issue was taken back (statuslog.mismatch)."""
        body, _draft = self.require(draft_id)
        return mismatch(body["status"], body["draft"], self.status_events(draft_id))

    def status_events(self, draft_id: str) -> builtins.list[StatusEvent]:
        """Status changes of a draft, oldest first (printed, issued, taken back, …)."""
        try:
            doc = database(self.backend, META).table(STATUS_LOG).get(Query().id == draft_id)
        except (OSError, ValueError, TypeError, AttributeError, KeyError):
            return []
        return events_from(doc)

    # -- settings ------------------------------------------------------------------

    def settings(self) -> Settings:
        """The saved settings, or defaults when none were saved."""
        docs = database(self.backend, META).table("settings").all()
        return settings_from_dict(docs[0]["settings"]) if docs else Settings()

    def has_settings(self) -> bool:
        return bool(database(self.backend, META).table("settings").all())

    def save_settings(self, settings: Settings) -> None:
        data = settings_to_dict(settings)
        settings_from_dict(data)
        with self.writing():
            table = database(self.backend, META).table("settings")
            table.upsert({"key": "settings", "settings": data}, Query().key == "settings")

    # -- moving drafts in and out ----------------------------------------------------

    def check_importable(self, draft: Draft) -> None:
        """StoreError if importing this draft file would overwrite an issued document."""
        found = self.load_body(draft.id)
        if found is not None:
            _require_editable(found[0])

    def checked_dict(self, draft: Draft) -> dict[str, object]:
        """The draft as the store keeps it; StoreError if it could not be read back."""
        return _checked(draft)[0]

    def import_drafts(self, drafts: builtins.list[tuple[str, Draft]]) -> builtins.list[str]:
        """Import several (label, draft) as one change: all or none (see batch.py)."""
        from .batch import import_all

        return import_all(self, drafts)

    def import_draft(self, draft: Draft) -> str:
        """Take in a draft file: "new", "updated" (a new version of that id) or "unchanged".

        A draft with the id of a stored one becomes its newest version (the stored
        state goes to history) and leaves the trash.
        """
        data, checked = _checked(draft)
        with self.writing():
            found = self.load_body(draft.id)
            if found is None:
                self.commit(new_body(data, "draft", now_stamp()), checked, None)
                return "new"
            body, old = found
            _require_editable(body)
            trashed, body["trashed"] = body.get("trashed"), None
            if body["draft"] == data:
                if trashed:
                    self.commit(body, old, old.date.year)
                return "unchanged"
            self._replace(body, old, data, checked)
            return "updated"

    def export_backup(self, target: Path) -> int:
        """Everything (drafts, history, trash, settings) in one zip; the number of drafts."""
        from .archive import write_backup

        return write_backup(self, target)

    def import_backup(
        self, source: Path, progress: Callable[[int, int], None] | None = None
    ) -> RestoreReport:
        """Merge a backup into this store (see restoring.py); the current data is saved first.

        progress hears (drafts merged, drafts in the backup) after each batch."""
        from .restoring import restore_backup

        return restore_backup(self, source, progress)

    def close(self) -> None:
        self.backend.close()


def _checked(draft: Draft) -> tuple[dict[str, object], Draft]:
    """The draft as stored, and read back: whatever is stored can be opened again."""
    return _checked_data(draftfile.to_dict(draft))


def _checked_data(data: dict[str, Any]) -> tuple[dict[str, object], Draft]:
    try:
        return data, draftfile.from_dict(data, lenient=True)
    except DraftFormatError as exc:
        raise StoreError(f"Không lưu được bản nháp: {exc}") from None


def _require_editable(body: Body) -> None:
    if body["status"] == "issued":
        raise StoreError(
            f"Văn bản này {STATUS_LABELS['issued'].lower()}, không sửa được. "
            "Hãy nhân bản để soạn văn bản mới, hoặc chuyển lại trạng thái nháp."
        )
