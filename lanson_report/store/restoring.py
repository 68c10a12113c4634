"""Merging a backup into the store, all or nothing, and finishing one a crash cut short.

Restoring merges: drafts missing here are added; for a draft on both sides the most
recently modified state becomes current and the other state is kept as a version
in its history; settings are taken only when this PC has none.

1. The whole backup is checked first (archive.check_archive): a bad one is refused
   and the data folder is not touched at all.
2. Under the writer lock the current data is saved to `backups/`, then the backup
   is copied into the data folder as RESTORING, atomically: from that moment the
   restore is decided.
3. Drafts are merged in batches (engine.commit_many: one journal and one write of
   each year's index per batch, so time grows linearly with the number of drafts);
   then the units' replies kept by Tổng hợp that this PC lacks, and the records of
   store.json it lacks (where a draft came from, the units' record of a report:
   this PC's own win); RESTORING is removed at the end.

A restore killed during 3 is finished by the next writer (the app or any command),
from RESTORING, before anything else: merging is idempotent, so the store ends as
if the restore had run once, never half-merged. Killed before 2 ends, nothing changed.

A backup's stamps are not trusted: a `modified` in the future (beyond CLOCK_SLACK)
or unreadable, or a status "issued" for a draft this PC holds as a draft, would let
any file that knows a draft's id replace the clerk's text and win every later
merge. Such a state is kept in the draft's history, this PC's state stays current,
and the report says so (RestoreReport.distrusted).
"""

from __future__ import annotations

import datetime
import os
import shutil
import zipfile
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from ..domain.errors import DraftFormatError, StoreError, StoreWriteError
from ..domain.model import Draft, Settings
from ..files import fileio
from .archive import Plan, check_archive, read_member, settings_in, write_backup
from .backend import DAMAGE, Backend
from .bodies import (
    META,
    REPLIES,
    RESTORING,
    Body,
    Change,
    add_version,
    body_name,
    check_body,
    check_version,
    version_name,
)
from .notes import Notes
from .records import now_stamp, parse_stamp
from .settingsdata import settings_from_dict


class Store(Protocol):
    """What a restore uses of core.Store: core imports this module, so this one names a
    Protocol rather than importing core."""

    backend: Backend
    folder: Path
    history_limit: int
    recovered: Notes

    def writing(self) -> AbstractContextManager[None]: ...
    def finishing(self) -> AbstractContextManager[None]: ...
    def body_ids(self) -> list[str]: ...
    def load_body(self, draft_id: str) -> tuple[Body, Draft] | None: ...
    def commit_many(self, changes: list[Change]) -> None: ...
    def has_settings(self) -> bool: ...
    def save_settings(self, settings: Settings) -> None: ...
    def take_records(self, meta: dict[str, Any]) -> None: ...


BATCH_DRAFTS = 500  # drafts per commit: one journal and one index write for all of them
BATCH_BYTES = 8 * 1024 * 1024  # and at most this much of their bodies held in memory
BATCH_ENV = "LANSON_REPORT_RESTORE_BATCH"  # smaller batches: tools/soak_kill.py
CLOCK_SLACK = datetime.timedelta(hours=1)  # office PCs' clocks drift; a year ahead is a lie
Progress = Callable[[int, int], None]  # (drafts merged so far, drafts in the backup)


@dataclass
class RestoreReport:
    added: int = 0
    merged: int = 0
    unchanged: int = 0
    settings_taken: bool = False
    safety_copy: Path | None = None
    distrusted: list[str] = field(default_factory=list)  # sentences for the clerk


def restore_backup(store: Store, source: Path, progress: Progress | None = None) -> RestoreReport:
    plan = check_archive(source)  # refused here: nothing has changed
    report = RestoreReport()
    with store.writing(), store.finishing():
        if store.folder == Path(":memory:"):
            _merge_all(store, Path(source), report, plan, progress)
            return report
        if store.body_ids():
            stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
            report.safety_copy = store.folder / "backups" / f"truoc-khoi-phuc-{stamp}.zip"
            write_backup(store, report.safety_copy)
        pending = store.folder / RESTORING
        try:
            fileio.write_atomic(pending, lambda temp: _copy(Path(source), temp))
        except OSError as exc:
            reason = fileio.describe_os_error(exc)
            raise StoreWriteError(
                f"Chưa khôi phục được: không chép được {source} vào thư mục dữ liệu "
                f"({reason}); kho dữ liệu không thay đổi.",
                exc.errno,
                reason,
            ) from exc
        finish(store, report, plan, progress)
    return report


def _copy(source: Path, temp: Path) -> None:
    with open(source, "rb") as reader, open(temp, "wb") as writer:
        shutil.copyfileobj(reader, writer, 1024 * 1024)


def finish(
    store: Store,
    report: RestoreReport | None = None,
    plan: Plan | None = None,
    progress: Progress | None = None,
) -> RestoreReport:
    """Merge RESTORING (under the writer lock), then remove it."""
    report = report or RestoreReport()
    path = store.folder / RESTORING
    try:
        _merge_all(store, path, report, plan or check_archive(path), progress)
    except StoreWriteError as exc:
        raise StoreWriteError(
            f"Khôi phục chưa xong: {exc} Đã gộp {report.added + report.merged} bản nháp; "
            "phần còn lại được giữ trong thư mục dữ liệu và sẽ tự hoàn tất ở lần ghi sau.",
            exc.errno,
            exc.reason,
        ) from exc
    except (
        StoreError,
        DraftFormatError,
    ) as exc:  # the copy went bad on disk: set it aside, never loop on it
        aside = store.folder / "damaged" / f"{RESTORING}.{datetime.datetime.now():%Y%m%d-%H%M%S}"
        aside.parent.mkdir(mode=0o700, exist_ok=True)
        fileio.replace(path, aside)
        store.recovered.append(
            f"Không hoàn tất được lần khôi phục dở ({exc}); đã chuyển sang {aside}."
        )
        return report
    fileio.unlink(path)
    return report


def _merge_all(
    store: Store, source: Path, report: RestoreReport, plan: Plan, progress: Progress | None
) -> None:
    done = 0
    with zipfile.ZipFile(source) as archive:
        for batch in _batches(archive, plan):
            counted = (report.added, report.merged, report.unchanged, len(report.distrusted))
            try:
                with store.backend.deferred_sync():  # all durable before the next batch
                    changes = [
                        _merge(store, archive, draft_id, plan.drafts[draft_id], report)
                        for draft_id in batch
                    ]
                    store.commit_many([change for change in changes if change is not None])
            except StoreWriteError:  # the report counts what was committed, no more
                report.added, report.merged, report.unchanged = counted[:3]
                del report.distrusted[counted[3] :]
                raise
            done += len(batch)
            if progress is not None:
                progress(done, len(plan.drafts))
        for name in store.backend.temporaries(REPLIES):  # a restore killed while writing one
            store.backend.remove(name)
        with store.backend.deferred_sync():
            for name in plan.replies:
                _take_reply(store, archive, name)
        if plan.has_meta:
            meta = read_member(archive, archive.getinfo(META), str(source))
            settings = settings_in(meta)
            if settings is not None and not store.has_settings():
                store.save_settings(settings_from_dict(settings))
                report.settings_taken = True
            store.take_records(meta)


def _take_reply(store: Store, archive: zipfile.ZipFile, name: str) -> None:
    """A unit's reply kept by Tổng hợp, named by its content: one this PC holds is the
    same; one it lacks (or holds damaged) is written."""
    try:
        if store.backend.read(name) is not None:
            return
    except DAMAGE:
        pass
    store.backend.write(name, _member(archive, name), backup=False)


def _batches(archive: zipfile.ZipFile, plan: Plan) -> Iterator[list[str]]:
    most = int(os.environ.get(BATCH_ENV) or BATCH_DRAFTS)
    batch: list[str] = []
    size = 0
    for draft_id in plan.drafts:
        batch.append(draft_id)
        size += archive.getinfo(body_name(draft_id)).file_size
        if len(batch) >= most or size >= BATCH_BYTES:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def _member(archive: zipfile.ZipFile, name: str) -> dict[str, Any]:
    return read_member(archive, archive.getinfo(name), str(archive.filename))


def _merge(
    store: Store, archive: zipfile.ZipFile, draft_id: str, numbers: list[int], report: RestoreReport
) -> Change | None:
    """What merging one draft of the backup changes (None: nothing), counted in report."""
    incoming = _member(archive, body_name(draft_id))
    incoming_draft = check_body(incoming, body_name(draft_id))  # again: it may have changed
    found = store.load_body(draft_id)
    if found is None:
        for number in numbers:
            data = _member(archive, version_name(draft_id, number))
            check_version(data, version_name(draft_id, number), number)
            store.backend.write(version_name(draft_id, number), data, backup=False)
        present = set(numbers)
        incoming["versions"] = [v for v in incoming["versions"] if v["number"] in present]
        if _when(incoming["modified"]) is None:  # nothing here to keep: stamp it now
            report.distrusted.append(_new_note(incoming_draft.title, incoming["modified"]))
            incoming["modified"] = now_stamp()
            incoming["created"] = min(incoming["created"], incoming["modified"])
        report.added += 1
        return Change(incoming, incoming_draft, None)
    local, local_draft = found
    doubt = _doubt(local, incoming)
    if local["draft"] == incoming["draft"] or _already_kept(store, local, incoming, doubt):
        report.unchanged += 1
        return None
    report.merged += 1
    body = dict(local)
    if doubt:  # this PC's state stays current; the backup's goes to history, told
        report.distrusted.append(_doubt_note(local_draft.title, doubt))
        version = add_version(body, incoming["draft"], now_stamp(), store.history_limit)
        return Change(body, local_draft, local_draft.date.year, version)
    later = parse_stamp(incoming["modified"]) > parse_stamp(local["modified"])
    newer, older = (incoming, local) if later else (local, incoming)
    body.update(draft=newer["draft"], modified=newer["modified"], status=newer["status"])
    version = add_version(body, older["draft"], older["modified"], store.history_limit)
    draft = incoming_draft if later else local_draft
    return Change(body, draft, local_draft.date.year, version)


def _when(stamp: Any) -> datetime.datetime | None:
    """A stamp worth believing: readable and not in the future (CLOCK_SLACK aside)."""
    try:
        when = parse_stamp(stamp)
    except (TypeError, ValueError, OverflowError):
        return None
    now = datetime.datetime.now().astimezone()
    return when if when <= now + CLOCK_SLACK else None


def _doubt(local: Body, incoming: Body) -> str:
    """Why the backup's state may not replace this PC's ("": it may)."""
    if _when(incoming["modified"]) is None:
        return f"thời điểm sửa trong tệp sao lưu ({str(incoming['modified'])[:40]}) ở tương lai"
    if incoming["status"] == "issued" and local["status"] != "issued":
        return "tệp sao lưu ghi là đã ban hành, còn máy này giữ là bản nháp"
    return ""


def _doubt_note(title: str, why: str) -> str:
    return (
        f"Bản nháp “{title or '(chưa có trích yếu)'}”: {why}, không đáng tin; giữ bản "
        "trên máy này, bản trong tệp sao lưu được đưa vào lịch sử của bản nháp."
    )


def _new_note(title: str, stamp: Any) -> str:
    return (
        f"Bản nháp “{title or '(chưa có trích yếu)'}”: thời điểm sửa trong tệp sao lưu "
        f"({str(stamp)[:40]}) ở tương lai, không đáng tin; đã ghi thời điểm khôi phục."
    )


def _already_kept(store: Store, local: Body, incoming: Body, doubt: str) -> bool:
    """An interrupted restore already kept the incoming state as local's newest version."""
    if not local["versions"]:
        return False
    if not doubt and parse_stamp(incoming["modified"]) > parse_stamp(local["modified"]):
        return False
    newest = local["versions"][-1]
    data = store.backend.read(version_name(local["id"], int(newest["number"])))
    return data is not None and data.get("draft") == incoming["draft"]
