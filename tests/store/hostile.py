"""Helpers for attack tests: hand-made backups, byte snapshots of a data folder, mounts."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import uuid
import warnings
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from storehelp import draft

from lanson_report.files import draftfile
from lanson_report.store import Store

MANIFEST = {"format": "lanson-report/backup", "format_version": 1, "schema": 1}


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file of the folder with its bytes: 'nothing changed' means equal snapshots."""
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and path.name != ".lock"
    }


def body(title: str = "Từ máy khác", draft_id: str | None = None, **changes: Any) -> dict[str, Any]:
    """A valid body file of a fresh draft, as a backup holds it."""
    data = draftfile.to_dict(draft(2024, title))
    if draft_id:
        data["id"] = draft_id
    stamp = "2026-01-02T03:04:05.000000+00:00"
    raw = {
        "schema": 1,
        "id": data["id"],
        "status": "draft",
        "created": stamp,
        "modified": stamp,
        "trashed": None,
        "next_version": 1,
        "versions": [],
        "draft": data,
    }
    raw.update(changes)
    return raw


def version(number: int, draft_data: dict[str, Any]) -> dict[str, Any]:
    return {
        "schema": 1,
        "number": number,
        "saved": "2026-01-01T00:00:00+00:00",
        "draft": draft_data,
    }


def make_zip(path: Path, members: list[tuple[str, bytes | dict[str, Any]]]) -> Path:
    """A zip with exactly these members (duplicates included), manifest first if given."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about duplicate names: that is the point
        with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name, content in members:
                raw = content if isinstance(content, bytes) else json.dumps(content).encode()
                archive.writestr(name, raw)
    return path


def backup_of(path: Path, *bodies: dict[str, Any], extra: list[Any] | None = None) -> Path:
    members: list[tuple[str, bytes | dict[str, Any]]] = [("manifest.json", MANIFEST)]
    members += [(f"drafts/{b['draft']['id']}.json", b) for b in bodies]
    return make_zip(path, members + (extra or []))


def fresh_id() -> str:
    return str(uuid.uuid4())


def filled(folder: Path) -> Store:
    store = Store.open(folder, lock_timeout=0.5)
    report = store.create(draft(2024, "Báo cáo của máy này")).draft
    report.closing = "Sửa lần hai./."
    store.save(report)
    store.create(draft(2023, "Một báo cáo khác"))
    return store


def _mount(*args: str) -> bool:
    try:
        return subprocess.run(["mount", *args], capture_output=True, check=False).returncode == 0
    except OSError:
        return False


@contextlib.contextmanager
def small_disk(where: Path, size: str = "2m") -> Iterator[Path]:
    """A real, small file system at where (tmpfs); skips the test where mount is not allowed."""
    where.mkdir(parents=True, exist_ok=True)
    if not _mount("-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(where)):
        pytest.skip("needs permission to mount a tmpfs")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def remount_read_only(where: Path) -> None:
    assert _mount("-o", "remount,ro", str(where)), "remount read-only failed"


def fill(where: Path) -> None:
    """Fill the file system at where until not one more byte fits."""
    fd = os.open(where / "filler.bin", os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        with contextlib.suppress(OSError):
            while True:
                os.write(fd, b"\0" * 4096)
        with contextlib.suppress(OSError):
            while True:
                os.write(fd, b"\0")
    finally:
        os.close(fd)
