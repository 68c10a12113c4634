"""The store's files on disk: atomic writes, rotating backups, damaged files set aside.

Every write goes to a temporary file in the same folder, is flushed and fsynced,
then atomically replaces the old file (fileio.write_atomic, which retries briefly
on Windows when a scanner holds the file). Before that, the old file becomes the
newest of KEEP_BACKUPS rotating backups under `backups/` (a hard link, so no copy).
"""

from __future__ import annotations

import contextlib
import datetime
import errno
import itertools
import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..domain import limits
from ..domain.errors import StoreBusyError, StoreError, StoreWriteError
from ..files import fileio
from .backend import DamagedFile, JsonObject, decode, encode

KEEP_BACKUPS = 3
LOCK_NAME = ".lock"
BACKUP_DIR = "backups"
DAMAGED_DIR = "damaged"
MAX_INDEX_BYTES = 64 * 1024 * 1024  # a year's list: far more drafts than a year can hold
DEFERRABLE = ("drafts/", "history/", "index/")  # what deferred_sync() may leave unsynced
_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_DENIED = {errno.EACCES, errno.EPERM, errno.EROFS}


def make_dirs(folder: Path) -> None:
    """mkdir -p, then fsync the parent of each folder made: a power cut cannot lose one."""
    missing = []
    while not folder.is_dir() and folder.parent != folder:  # a missing drive: mkdir says so
        missing.append(folder)
        folder = folder.parent
    for created in reversed(missing):
        created.mkdir(mode=0o700, exist_ok=True)  # drafts are private to their writer
        fileio.fsync_dir(created.parent)


def write_bytes(path: Path, data: bytes) -> None:
    """Fill the temporary file (kept apart so fault-injection tests can break it)."""
    with open(path, "wb") as handle:
        handle.write(data)


def os_message(exc: OSError, folder: Path) -> str:
    """A clerk-readable reason why the data folder could not be written."""
    kept = "Bản đã lưu trước đó vẫn còn nguyên."
    if exc.errno in _FULL:
        return (
            f"Ổ đĩa đầy, chưa lưu được vào {folder}. {kept} Hãy giải phóng dung lượng rồi lưu lại."
        )
    if exc.errno in _DENIED:
        return f"Không có quyền ghi vào thư mục dữ liệu {folder} (ổ chỉ đọc hoặc bị khóa). {kept}"
    reason = fileio.describe_os_error(exc)
    return f"Không ghi được vào thư mục dữ liệu {folder} ({reason}). {kept}"


@contextlib.contextmanager
def os_errors(folder: Path) -> Iterator[None]:
    try:
        yield
    except OSError as exc:
        reason = fileio.describe_os_error(exc)
        raise StoreWriteError(os_message(exc, folder), exc.errno, reason) from exc


def _read_limit(name: str) -> int:
    if name.startswith(("drafts/", "history/")):
        return limits.MAX_STORE_FILE_BYTES
    if name == "importing.json":  # a batch of draft files being imported (batch.py)
        return limits.MAX_IMPORT_FILES * limits.MAX_STORE_FILE_BYTES
    return MAX_INDEX_BYTES


def inside(path: Path, root: Path) -> bool:
    """Whether path, with links and `..` resolved, lies inside root (resolved)."""
    resolved, base = os.path.normcase(os.path.realpath(path)), os.path.normcase(root)
    try:
        return os.path.commonpath([resolved, base]) == base
    except ValueError:  # another drive (Windows)
        return False


class DiskBackend:
    """JSON files under one folder, one writer at a time across processes."""

    def __init__(self, folder: Path, lock_timeout: float) -> None:
        self.folder = folder
        self.lock_timeout = lock_timeout
        with os_errors(folder):
            make_dirs(folder)
        self._root = Path(os.path.realpath(folder))
        self._thread_lock = threading.RLock()
        self._file_lock: Any = None
        self._unsynced: list[Path] | None = None  # inside deferred_sync()

    def path(self, name: str) -> Path:
        """Where name lives; proven inside the data folder, whatever a file claimed."""
        path = self.folder.joinpath(*name.split("/"))
        if not inside(path, self._root):
            raise StoreError(
                f'Tên tệp "{name[:80]}" dẫn ra ngoài thư mục dữ liệu {self.folder}; '
                "đã từ chối, không ghi gì."
            )
        return path

    def read(self, name: str) -> JsonObject | None:
        try:
            raw = fileio.read_capped(self.path(name), _read_limit(name))
        except FileNotFoundError:
            return None
        except fileio.TooLarge as exc:
            raise DamagedFile(name, f"quá lớn: {limits.size_text(exc.size)}") from None
        except OSError as exc:
            reason = fileio.describe_os_error(exc)
            raise StoreError(f"Không đọc được tệp dữ liệu {name} ({reason}).") from exc
        return decode(raw, name)

    def write(self, name: str, data: JsonObject, backup: bool = True) -> None:
        raw = encode(data)
        target = self.path(name)
        with os_errors(self.folder):
            make_dirs(target.parent)
            if backup:
                self._rotate(name, target)
            if self._unsynced is not None and name.startswith(DEFERRABLE):
                with fileio.temporary_beside(target) as temp:
                    write_bytes(temp, raw)
                    fileio.replace(temp, target)
                self._unsynced.append(target)
                return
            fileio.write_atomic(target, lambda temp: write_bytes(temp, raw), sweep=False)

    @contextlib.contextmanager
    def deferred_sync(self) -> Iterator[None]:
        """Write drafts, versions and indexes without waiting for the disk each time, then
        make them all durable at once (a restore's batch: one fsync per file costs more
        than the rest of the work). Files that order recovery (the journal, batches)
        are still synced one by one, so a power cut meanwhile is replayed as usual."""
        outermost = self._unsynced is None
        if outermost:
            self._unsynced = []
        try:
            yield
            pending, self._unsynced = self._unsynced or [], []  # nested: sync what came so far
            with os_errors(self.folder):
                _sync_all(pending)
        finally:
            if outermost:
                self._unsynced = None

    def _backup_path(self, name: str, number: int) -> Path:
        return self.path(f"{BACKUP_DIR}/{name}.{number}")

    def _rotate(self, name: str, target: Path) -> None:
        if not target.exists():
            return
        slots = [self._backup_path(name, n) for n in range(1, KEEP_BACKUPS + 1)]
        make_dirs(slots[0].parent)
        for newer, older in reversed(list(itertools.pairwise(slots))):
            if newer.exists():
                fileio.replace(newer, older)
        try:
            os.link(target, slots[0])  # the old file is never written again: share it
        except OSError:
            shutil.copy2(target, slots[0])  # FAT32 USB sticks have no hard links

    def remove(self, name: str) -> None:
        with os_errors(self.folder):
            fileio.unlink(self.path(name))
            for number in range(1, KEEP_BACKUPS + 1):
                fileio.unlink(self._backup_path(name, number))

    def remove_tree(self, name: str) -> None:
        with os_errors(self.folder):
            shutil.rmtree(self.path(name), ignore_errors=True)

    def names(self, folder: str) -> list[str]:
        try:
            children = sorted(self.path(folder).iterdir())
        except FileNotFoundError:
            return []
        return [
            f"{folder}/{child.name}"
            for child in children
            if child.suffix == ".json" and not child.name.startswith(".")
        ]

    def temporaries(self, folder: str, prefix: str = "") -> list[str]:
        """Temporary files are `.<name>.<random>.tmp` (fileio.temporary_beside)."""
        found = sorted(self.path(folder).glob(f".{prefix}*.tmp"))
        return [f"{folder}/{path.name}" if folder else path.name for path in found]

    @contextlib.contextmanager
    def locked(self) -> Iterator[None]:
        with self._thread_lock:
            lock = self._lock()
            import filelock

            try:
                lock.acquire(timeout=self.lock_timeout)
            except filelock.Timeout:
                raise StoreBusyError(busy_message(self.folder)) from None
            except OSError as exc:
                reason = fileio.describe_os_error(exc)
                raise StoreWriteError(os_message(exc, self.folder), exc.errno, reason) from exc
            try:
                yield
            finally:
                lock.release()

    def _lock(self) -> Any:
        if self._file_lock is None:
            import filelock  # imported on first write: keeps `list` start-up light

            self._file_lock = filelock.FileLock(str(self.folder / LOCK_NAME))
        return self._file_lock

    def set_aside(self, name: str) -> str:
        stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        aside = self.path(f"{DAMAGED_DIR}/{name}.{stamp}")
        with os_errors(self.folder):
            make_dirs(aside.parent)
            fileio.replace(self.path(name), aside)
        return str(aside)

    def backups(self, name: str) -> list[tuple[str, JsonObject]]:
        found = []
        for number in range(1, KEEP_BACKUPS + 1):
            path = self._backup_path(name, number)
            try:
                data = decode(fileio.read_capped(path, MAX_INDEX_BYTES), name)
            except (OSError, DamagedFile, fileio.TooLarge):
                continue
            when = datetime.datetime.fromtimestamp(path.stat().st_mtime)
            found.append((when.strftime("%H:%M:%S ngày %d/%m/%Y"), data))
        return found

    def close(self) -> None:
        self._file_lock = None


def _sync_all(paths: list[Path]) -> None:
    if hasattr(os, "sync"):  # POSIX: one call flushes them all
        os.sync()
        return
    for path in paths:  # Windows: file by file, then their folders
        with contextlib.suppress(FileNotFoundError):  # replaced again meanwhile
            fileio.fsync_file(path)
    for folder in {path.parent for path in paths}:
        fileio.fsync_dir(folder)


def busy_message(folder: Path) -> str:
    return (
        f"Kho dữ liệu {folder} đang bận: một cửa sổ Soạn báo cáo hoặc một lệnh khác "
        "đang ghi. Hãy thử lại sau giây lát."
    )
