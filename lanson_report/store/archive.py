"""One-file backups of a whole store (a zip), and merging one back in.

A backup holds `manifest.json`, `store.json` (settings), every body
`drafts/<id>.json` and every version `history/<id>/<n>.json`; the index is rebuilt
from the bodies. Restoring merges: drafts missing here are added; for a draft on
both sides the most recently modified state becomes current and the other state
is kept as a version in its history. The current data is backed up first.
"""

from __future__ import annotations

import datetime
import re
import zipfile
import zlib
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from .. import fileio
from ..errors import StoreError
from ..model import Draft, Settings
from .backend import DAMAGE, Backend, NewerSchemaError, decode, encode
from .bodies import Body, add_version, body_name, check_body, history_dir, read_draft, version_name
from .engine import META
from .records import now_stamp
from .schema import SCHEMA_VERSION, check_supported
from .settingsdata import settings_from_dict

FORMAT = "lanson-report/backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
_UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
_BODY = re.compile(rf"^drafts/({_UUID})\.json$")
_VERSION = re.compile(rf"^history/({_UUID})/(\d+)\.json$")
# What zipfile raises for a damaged zip: bad structure or data, a password, an unknown method.
_NOT_A_BACKUP = (zipfile.BadZipFile, EOFError, zlib.error, RuntimeError, NotImplementedError)


class Store(Protocol):
    """What a backup needs of the store (core.Store is one); core imports this module, so
    naming the class here would tie the two modules in a cycle."""

    backend: Backend
    folder: Path
    history_limit: int

    def writing(self) -> AbstractContextManager[None]: ...
    def body_ids(self) -> list[str]: ...
    def load_body(self, draft_id: str) -> tuple[Body, Draft] | None: ...
    def commit(
        self,
        body: Body,
        draft: Draft,
        old_year: int | None,
        version: tuple[int, Body, list[int]] | None = None,
    ) -> Any: ...
    def has_settings(self) -> bool: ...
    def save_settings(self, settings: Settings) -> None: ...


@dataclass
class Backup:
    bodies: dict[str, Body] = field(default_factory=dict)
    versions: dict[str, dict[int, Body]] = field(default_factory=dict)
    meta: dict[str, Any] | None = None


@dataclass
class RestoreReport:
    added: int = 0
    merged: int = 0
    unchanged: int = 0
    settings_taken: bool = False
    safety_copy: Path | None = None


def write_backup(store: Store, target: Path) -> int:
    """Write everything to one zip, atomically; returns the number of drafts."""
    with store.writing():  # a consistent snapshot: no writer meanwhile
        members = _members(store)
        manifest = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "schema": SCHEMA_VERSION,
            "created": now_stamp(),
        }

        def produce(temp: Path) -> None:
            with zipfile.ZipFile(temp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
                archive.writestr(MANIFEST, encode(manifest))
                for name, data in members:
                    archive.writestr(name, encode(data))

        try:
            fileio.write_atomic(Path(target), produce)
        except OSError as exc:
            raise StoreError(f"Không ghi được tệp sao lưu {target} ({exc.strerror}).") from exc
    return sum(1 for name, _ in members if name.startswith("drafts/"))


def _members(store: Store) -> list[tuple[str, dict[str, Any]]]:
    members: list[tuple[str, dict[str, Any]]] = []
    meta = store.backend.read(META)
    if meta is not None:
        members.append((META, meta))
    for draft_id in store.body_ids():
        found = store.load_body(draft_id)
        if found is None:
            continue
        members.append((body_name(draft_id), found[0]))
        for name in store.backend.names(history_dir(draft_id)):
            try:
                data = store.backend.read(name)
            except DAMAGE:
                continue  # a damaged old version must not block the backup of the rest
            if data is not None:
                members.append((name, data))
    return members


def read_backup(source: Path) -> Backup:
    """Read and check every member first: a bad file is refused before anything changes."""
    try:
        with zipfile.ZipFile(source) as archive:
            return _read_members(archive, str(source))
    except OSError as exc:
        raise StoreError(
            f"{source}: không đọc được tệp ({fileio.describe_os_error(exc)})."
        ) from None
    except _NOT_A_BACKUP as exc:
        raise StoreError(
            f"{source}: không phải tệp sao lưu của Soạn báo cáo hoặc tệp đã hỏng ({exc})."
        ) from None


def _read_members(archive: zipfile.ZipFile, source: str) -> Backup:
    names = archive.namelist()
    if MANIFEST not in names:
        raise StoreError(f"{source}: không phải tệp sao lưu của Soạn báo cáo (thiếu {MANIFEST}).")
    manifest = _member(archive, MANIFEST, source)
    if manifest.get("format") != FORMAT or not isinstance(manifest.get("schema"), int):
        raise StoreError(f"{source}: không phải tệp sao lưu của Soạn báo cáo.")
    check_supported(int(manifest["schema"]), f"Tệp sao lưu {source}")
    backup = Backup()
    for name in names:
        _add_member(backup, name, _member(archive, name, source), source)
    return backup


def _member(archive: zipfile.ZipFile, name: str, source: str) -> dict[str, Any]:
    try:
        return decode(archive.read(name), name)
    except DAMAGE as exc:
        raise StoreError(f"{source}: {exc}; không khôi phục gì.") from None


def _add_member(backup: Backup, name: str, data: dict[str, Any], source: str) -> None:
    try:
        if name == MANIFEST:
            return
        if name == META:
            for doc in data.get("settings", {}).values():
                settings_from_dict(doc["settings"])
            backup.meta = data
        elif match := _BODY.match(name):
            if check_body(data, name).id != match[1]:
                raise ValueError("mã bản nháp không khớp tên tệp")
            backup.bodies[match[1]] = data
        elif match := _VERSION.match(name):
            read_draft(data["draft"], name)
            backup.versions.setdefault(match[1], {})[int(match[2])] = data
        else:
            raise ValueError("tệp lạ trong bản sao lưu")
    except NewerSchemaError:
        raise
    except DAMAGE as exc:
        raise StoreError(f"{source}: {name} không hợp lệ ({exc}); không khôi phục gì.") from None


def restore_backup(store: Store, source: Path) -> RestoreReport:
    backup = read_backup(source)
    report = RestoreReport()
    with store.writing():
        if store.body_ids() and store.folder != Path(":memory:"):
            stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
            report.safety_copy = store.folder / "backups" / f"truoc-khoi-phuc-{stamp}.zip"
            write_backup(store, report.safety_copy)
        for draft_id, body in backup.bodies.items():
            _merge(store, body, backup.versions.get(draft_id, {}), report)
        if backup.meta and backup.meta.get("settings") and not store.has_settings():
            store.save_settings(settings_from_dict(_first(backup.meta["settings"])["settings"]))
            report.settings_taken = True
    return report


def _first(table: dict[str, Any]) -> dict[str, Any]:
    return dict(next(iter(table.values())))


def _merge(store: Store, incoming: Body, versions: dict[int, Body], report: RestoreReport) -> None:
    draft_id = incoming["id"]
    found = store.load_body(draft_id)
    if found is None:
        for number, data in versions.items():
            store.backend.write(version_name(draft_id, number), data, backup=False)
        store.commit(incoming, read_draft(incoming["draft"], draft_id), None)
        report.added += 1
        return
    local, local_draft = found
    if local["draft"] == incoming["draft"]:
        report.unchanged += 1
        return
    later = incoming["modified"] > local["modified"]
    newer, older = (incoming, local) if later else (local, incoming)
    body = dict(local)
    body.update(draft=newer["draft"], modified=newer["modified"], status=newer["status"])
    version = add_version(body, older["draft"], older["modified"], store.history_limit)
    store.commit(body, read_draft(body["draft"], draft_id), local_draft.date.year, version)
    report.merged += 1
