"""Merging a backup into the store, all or nothing, and finishing one a crash cut short.

Restoring merges: drafts missing here are added; for a draft on both sides the most
recently modified state becomes current and the other state is kept as a version
in its history; settings are taken only when this PC has none.

1. The whole backup is checked first (archive.check_archive): a bad one is refused
   and the data folder is not touched at all.
2. Under the writer lock the current data is saved to `backups/`, then the backup
   is copied into the data folder as RESTORING, atomically: from that moment the
   restore is decided.
3. Drafts are merged one commit at a time; RESTORING is removed at the end.

A restore killed during 3 is finished by the next writer (the app or any command),
from RESTORING, before anything else: merging is idempotent, so the store ends as
if the restore had run once, never half-merged. Killed before 2 ends, nothing changed.
"""

from __future__ import annotations

import datetime
import shutil
import zipfile
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from ..domain.errors import DraftFormatError, StoreError, StoreWriteError
from ..domain.model import Draft, Settings
from ..files import fileio
from .archive import Plan, check_archive, read_member, settings_in, write_backup
from .backend import Backend
from .bodies import (
    META,
    RESTORING,
    Body,
    add_version,
    body_name,
    check_body,
    check_version,
    read_draft,
    version_name,
)
from .records import StoredDraft
from .settingsdata import settings_from_dict


class Store(Protocol):
    """What a restore uses of core.Store: core imports this module, so this one names a
    Protocol rather than importing core."""

    backend: Backend
    folder: Path
    history_limit: int
    recovered: list[str]

    def writing(self) -> AbstractContextManager[None]: ...
    def finishing(self) -> AbstractContextManager[None]: ...
    def body_ids(self) -> list[str]: ...
    def load_body(self, draft_id: str) -> tuple[Body, Draft] | None: ...
    def commit(
        self,
        body: Body,
        draft: Draft,
        old_year: int | None,
        version: tuple[int, Body, list[int]] | None = None,
    ) -> StoredDraft: ...
    def has_settings(self) -> bool: ...
    def save_settings(self, settings: Settings) -> None: ...


@dataclass
class RestoreReport:
    added: int = 0
    merged: int = 0
    unchanged: int = 0
    settings_taken: bool = False
    safety_copy: Path | None = None


def restore_backup(store: Store, source: Path) -> RestoreReport:
    plan = check_archive(source)  # refused here: nothing has changed
    report = RestoreReport()
    with store.writing(), store.finishing():
        if store.folder == Path(":memory:"):
            _merge_all(store, Path(source), report, plan)
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
        finish(store, report, plan)
    return report


def _copy(source: Path, temp: Path) -> None:
    with open(source, "rb") as reader, open(temp, "wb") as writer:
        shutil.copyfileobj(reader, writer, 1024 * 1024)


def finish(
    store: Store, report: RestoreReport | None = None, plan: Plan | None = None
) -> RestoreReport:
    """Merge RESTORING (under the writer lock), then remove it."""
    report = report or RestoreReport()
    path = store.folder / RESTORING
    try:
        _merge_all(store, path, report, plan or check_archive(path))
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


def _merge_all(store: Store, source: Path, report: RestoreReport, plan: Plan) -> None:
    with zipfile.ZipFile(source) as archive:
        for draft_id, numbers in plan.drafts.items():
            _merge(store, archive, draft_id, numbers, report)
        if plan.has_meta and not store.has_settings():
            meta = read_member(archive, archive.getinfo(META), str(source))
            settings = settings_in(meta)
            if settings is not None:
                store.save_settings(settings_from_dict(settings))
                report.settings_taken = True


def _member(archive: zipfile.ZipFile, name: str) -> dict[str, Any]:
    return read_member(archive, archive.getinfo(name), str(archive.filename))


def _merge(
    store: Store, archive: zipfile.ZipFile, draft_id: str, numbers: list[int], report: RestoreReport
) -> None:
    incoming = _member(archive, body_name(draft_id))
    check_body(incoming, body_name(draft_id))  # again: the file may have changed since
    found = store.load_body(draft_id)
    if found is None:
        for number in numbers:
            data = _member(archive, version_name(draft_id, number))
            check_version(data, version_name(draft_id, number), number)
            store.backend.write(version_name(draft_id, number), data, backup=False)
        present = set(numbers)
        incoming["versions"] = [v for v in incoming["versions"] if v["number"] in present]
        store.commit(incoming, read_draft(incoming["draft"], draft_id), None)
        report.added += 1
        return
    local, local_draft = found
    if local["draft"] == incoming["draft"] or _already_kept(store, local, incoming):
        report.unchanged += 1
        return
    later = incoming["modified"] > local["modified"]
    newer, older = (incoming, local) if later else (local, incoming)
    body = dict(local)
    body.update(draft=newer["draft"], modified=newer["modified"], status=newer["status"])
    version = add_version(body, older["draft"], older["modified"], store.history_limit)
    store.commit(body, read_draft(body["draft"], draft_id), local_draft.date.year, version)
    report.merged += 1


def _already_kept(store: Store, local: Body, incoming: Body) -> bool:
    """An interrupted restore already kept the incoming state as local's newest version."""
    if not local["versions"] or incoming["modified"] > local["modified"]:
        return False
    newest = local["versions"][-1]
    data = store.backend.read(version_name(local["id"], int(newest["number"])))
    return data is not None and data.get("draft") == incoming["draft"]
