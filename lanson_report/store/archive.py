"""One-file backups of a whole store (a zip): writing one, and checking one before a restore.

A backup holds `manifest.json`, `store.json` (settings, where drafts came from, the
units' records of Tổng hợp), every body `drafts/<id>.json` and the versions its body
lists, `history/<id>/<n>.json`, and the units' replies kept by Tổng hợp,
`replies/<fingerprint>.json`; the index is rebuilt from the bodies. Restoring is in
restoring.py.

A backup from a USB stick is untrusted. check_archive proves it harmless before
the store is touched: the zip's directory is checked first (entry count, names,
duplicates, declared sizes, total unpacked size: limits.py), then every member is
read with a hard cap, one at a time, and checked by the store's one validation
(envelope.py). Nothing of it is kept in memory but a small plan.
"""

from __future__ import annotations

import functools
import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Protocol

from ..domain import limits
from ..domain.errors import DraftFormatError, StoreError
from ..domain.model import Draft
from ..files import draftfile, fileio
from .backend import DAMAGE, Backend, NewerSchemaError, decode, encode
from .bodies import (
    META,
    REPLIES,
    Body,
    body_name,
    check_body,
    check_version,
    seal,
    version_name,
)
from .envelope import UUID_PATTERN
from .metarecords import records_in
from .records import now_stamp
from .schema import SCHEMA_VERSION, check_supported
from .settingsdata import settings_from_dict


class Store(Protocol):
    """What writing a backup needs of the store (core.Store is one); core imports this
    module, so naming that class here would tie the two modules in a cycle."""

    backend: Backend

    def body_ids(self) -> list[str]: ...
    def load_body(self, draft_id: str) -> tuple[Body, Draft] | None: ...


FORMAT = "lanson-report/backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
_BODY = re.compile(rf"drafts/({UUID_PATTERN})\.json")
_VERSION = re.compile(rf"history/({UUID_PATTERN})/([1-9][0-9]{{0,8}})\.json")
_REPLY = re.compile(rf"{REPLIES}/([0-9a-f]{{64}})\.json")
# What zipfile raises for a damaged zip: bad structure or data, a password, an unknown method.
_NOT_A_BACKUP = (zipfile.BadZipFile, EOFError, zlib.error, RuntimeError, NotImplementedError)
_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
_CENTRAL_RECORD_BYTES = 46 + 80  # a directory record of one of our names, with room to spare


@dataclass
class Plan:
    """What a checked backup holds: draft ids with their version numbers; no content."""

    drafts: dict[str, list[int]] = field(default_factory=dict)
    has_meta: bool = False
    replies: list[str] = field(default_factory=list)  # member names


def write_backup(store: Store, target: Path) -> int:
    """Write everything to one zip, atomically; returns the number of drafts.

    A reader: no writer lock, so a read-only store can be backed up. Each body is
    read before the versions it lists, and a version pruned meanwhile is left out
    of that body's copy, so every draft in the zip is consistent with its history.
    """
    manifest = {"format": FORMAT, "format_version": FORMAT_VERSION, "schema": SCHEMA_VERSION}
    manifest["created"] = now_stamp()
    count = 0

    def produce(temp: Path) -> None:
        nonlocal count
        with zipfile.ZipFile(temp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(MANIFEST, encode(manifest))
            for name, data in _members(store):
                archive.writestr(name, encode(data))
                count += name.startswith("drafts/")

    try:
        fileio.write_output(Path(target), produce)  # a name the clerk chose, maybe 255 bytes
    except OSError as exc:
        reason = fileio.describe_os_error(exc)
        raise StoreError(
            f"Không ghi được tệp sao lưu {target} ({reason}); kho dữ liệu không thay đổi."
        ) from exc
    return count


def _members(store: Store) -> Iterator[tuple[str, dict[str, Any]]]:
    meta = store.backend.read(META)
    if meta is not None:
        yield META, meta
    for draft_id in store.body_ids():
        found = store.load_body(draft_id)
        if found is None:
            continue
        body = dict(found[0])
        kept = []
        for entry in body["versions"]:
            name = version_name(draft_id, int(entry["number"]))
            try:
                data = store.backend.read(name)
            except DAMAGE:
                continue  # a damaged old version must not block the backup of the rest
            if data is not None:
                kept.append(entry)
                yield name, data
        body["versions"] = kept
        yield body_name(draft_id), seal(body)
    for name in store.backend.names(REPLIES):
        try:
            data = store.backend.read(name) if _REPLY.fullmatch(name) else None
        except DAMAGE:
            continue  # a damaged kept reply must not block the backup of the rest
        if data is not None:
            yield name, data


def check_archive(source: Path) -> Plan:
    """Prove a backup harmless and complete before anything changes; StoreError if not."""
    try:
        fileio.check_regular(source)  # a folder, a FIFO (it would block) or a device
        size = Path(source).stat().st_size
        if size > limits.MAX_BACKUP_BYTES:
            raise _refused(source, f"tệp quá lớn ({limits.size_text(size)})")
        with open(source, "rb") as handle:
            _check_end_record(handle, source)
            with zipfile.ZipFile(handle) as archive:
                return _check_members(archive, str(source))
    except OSError as exc:
        reason = fileio.describe_os_error(exc)
        raise StoreError(f"{source}: không đọc được tệp ({reason}).") from None
    except _NOT_A_BACKUP as exc:
        raise StoreError(
            f"{source}: không phải tệp sao lưu của Soạn báo cáo hoặc tệp đã hỏng "
            f"({_zip_problem(exc)}); không khôi phục gì."
        ) from None


def _zip_problem(exc: Exception) -> str:
    if isinstance(exc, zipfile.BadZipFile | EOFError | zlib.error):
        return "cấu trúc hoặc dữ liệu nén hỏng"
    if isinstance(exc, NotImplementedError):
        return "kiểu nén không hỗ trợ"
    return "tệp có mật khẩu hoặc không đọc được"


def _refused(source: Path | str, why: str) -> StoreError:
    return StoreError(f"{source}: {why}; không khôi phục gì.")


def _check_end_record(handle: IO[bytes], source: Path) -> None:
    """Read the entry count from the zip's end record before zipfile reads its directory."""
    end = zipfile._EndRecData(handle)  # type: ignore[attr-defined]  # stable since Python 2
    if not end:
        raise zipfile.BadZipFile("no end of central directory")
    entries, directory = end[zipfile._ECD_ENTRIES_TOTAL], end[zipfile._ECD_SIZE]  # type: ignore[attr-defined]
    if entries > limits.MAX_BACKUP_ENTRIES:
        raise _refused(
            source,
            f"quá nhiều tệp bên trong ({limits.number(entries)}); tối đa "
            f"{limits.number(limits.MAX_BACKUP_ENTRIES)}",
        )
    if directory > limits.MAX_BACKUP_ENTRIES * _CENTRAL_RECORD_BYTES:
        raise _refused(source, "mục lục của tệp nén quá lớn")


def _check_directory(infos: list[zipfile.ZipInfo], source: str) -> None:
    """Names, duplicates and sizes, from the directory alone: nothing is unpacked yet."""
    if len(infos) > limits.MAX_BACKUP_ENTRIES:
        raise _refused(source, "quá nhiều tệp bên trong")
    seen: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        if name in seen:
            raise _refused(source, f"tệp {name[:80]} có hai lần")
        seen.add(name)
        known = _BODY.fullmatch(name) or _VERSION.fullmatch(name) or _REPLY.fullmatch(name)
        if name not in (MANIFEST, META) and not known:
            raise _refused(source, f'tệp lạ "{name[:80]}" trong bản sao lưu')
        if info.flag_bits & 0x1:
            raise RuntimeError("encrypted")
        if info.compress_type not in _METHODS:
            raise NotImplementedError("method")
        if info.file_size > limits.MAX_STORE_FILE_BYTES:
            raise _refused(source, f"{name} quá lớn ({limits.size_text(info.file_size)})")
        total += info.file_size
        if total > limits.MAX_BACKUP_INFLATED:
            raise _refused(
                source, f"giải nén quá lớn (hơn {limits.size_text(limits.MAX_BACKUP_INFLATED)})"
            )
    if MANIFEST not in seen:
        raise _refused(source, f"không phải tệp sao lưu của Soạn báo cáo (thiếu {MANIFEST})")


def read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, source: str) -> dict[str, Any]:
    """One member, unpacked with a hard cap whatever its header claims."""
    with archive.open(info) as handle:
        raw = handle.read(min(info.file_size, limits.MAX_STORE_FILE_BYTES) + 1)
    if len(raw) > info.file_size:
        raise _refused(source, f"{info.filename} lớn hơn kích thước khai báo")
    try:
        return decode(raw, info.filename)
    except DAMAGE as exc:
        raise _refused(source, str(exc)) from None


def _check_members(archive: zipfile.ZipFile, source: str) -> Plan:
    infos = archive.infolist()
    _check_directory(infos, source)
    by_name = {info.filename: info for info in infos}
    manifest = read_member(archive, by_name[MANIFEST], source)
    if manifest.get("format") != FORMAT or not isinstance(manifest.get("schema"), int):
        raise _refused(source, "không phải tệp sao lưu của Soạn báo cáo")
    check_supported(int(manifest["schema"]), f"Tệp sao lưu {source}")
    plan = Plan()
    listed: dict[str, set[int]] = {}
    for info in infos:
        if match := _BODY.fullmatch(info.filename):
            body = _checked(archive, info, source, check_body)
            listed[match[1]] = {int(v["number"]) for v in body["versions"]}
            plan.drafts[match[1]] = []
    if len(plan.drafts) > limits.MAX_BACKUP_DRAFTS:
        raise _refused(
            source, f"quá nhiều bản nháp; tối đa {limits.number(limits.MAX_BACKUP_DRAFTS)}"
        )
    for info in infos:
        if match := _VERSION.fullmatch(info.filename):
            draft_id, number = match[1], int(match[2])
            if number not in listed.get(draft_id, set()):
                raise _refused(source, f"{info.filename} không thuộc bản nháp nào (lịch sử lạc)")
            _checked(archive, info, source, functools.partial(_check_numbered, number=number))
            plan.drafts[draft_id].append(number)
        elif info.filename == META:
            _check_meta(_checked(archive, info, source, lambda data, name: None), source)
            plan.has_meta = True
        elif _REPLY.fullmatch(info.filename):
            if len(plan.replies) >= limits.MAX_BACKUP_REPLIES:
                most = limits.number(limits.MAX_BACKUP_REPLIES)
                raise _refused(source, f"quá nhiều bản gửi của các đơn vị; tối đa {most}")
            _checked(archive, info, source, _check_reply)
            plan.replies.append(info.filename)
    return plan


def _check_reply(data: Any, name: str) -> None:
    """A kept reply is a draft, read as the store reads it back (core.Store.kept_reply)."""
    draftfile.from_dict(data, lenient=True)


def _checked(archive: zipfile.ZipFile, info: zipfile.ZipInfo, source: str, check: Any) -> Any:
    data = read_member(archive, info, source)
    try:
        check(data, info.filename)
    except NewerSchemaError:
        raise
    except DAMAGE as exc:
        raise _refused(source, f"{info.filename} không hợp lệ ({_detail(exc)})") from None
    return data


def _check_numbered(data: Any, name: str, number: int) -> None:
    check_version(data, name, number)


def _detail(exc: Exception) -> str:
    return exc.detail if isinstance(exc, DraftFormatError) else str(exc)


def _check_meta(data: dict[str, Any], source: str) -> None:
    try:
        for doc in data.get("settings", {}).values():
            settings_from_dict(doc["settings"])
    except (*DAMAGE,) as exc:
        raise _refused(source, f"{META}: thiết lập không hợp lệ ({_detail(exc)})") from None
    try:
        records_in(data)
    except UnicodeEncodeError:  # "\ud800" escaped in the JSON: no file can hold it
        raise _refused(
            source, f"{META}: nguồn văn bản hoặc tình hình đơn vị có ký tự không hợp lệ"
        ) from None


def settings_in(meta: dict[str, Any]) -> dict[str, Any] | None:
    """The settings a backup's store.json carries, if any."""
    table = meta.get("settings") or {}
    for doc in table.values():
        return dict(doc["settings"])
    return None
