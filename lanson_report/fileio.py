"""Crash-safe file writing: a file is either the old one or the new one, never half."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

# Antivirus scanners and indexers on Windows hold a file for a moment after it is
# written; os.replace then fails with PermissionError. Retry for about two seconds.
REPLACE_ATTEMPTS = 20
REPLACE_PAUSE = 0.1


def replace(source: Path, target: Path) -> None:
    """os.replace, retried briefly when another program holds the target (Windows)."""
    _retried(lambda: os.replace(source, target))


def unlink(path: Path, missing_ok: bool = True) -> None:
    """os.unlink, retried briefly when another program holds the file (Windows)."""

    def remove() -> None:
        try:
            os.unlink(path)
        except FileNotFoundError:
            if not missing_ok:
                raise

    _retried(remove)


def _retried(action: Callable[[], None]) -> None:
    for attempt in range(REPLACE_ATTEMPTS):
        try:
            action()
            return
        except PermissionError:
            if os.name != "nt" or attempt == REPLACE_ATTEMPTS - 1:
                raise
            time.sleep(REPLACE_PAUSE)


def fsync_dir(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows has no directory handles to sync."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def temporary_beside(target: Path, suffix: str = ".tmp") -> Iterator[Path]:
    """A temporary path in the target's folder, removed unless it was moved into place."""
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=suffix, dir=target.parent)
    os.close(fd)
    temp = Path(name)
    os.chmod(temp, 0o644)  # mkstemp's 0600 would make exports private to one account
    try:
        yield temp
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        handle.flush()
        os.fsync(handle.fileno())


def write_atomic(target: Path, produce: Callable[[Path], None]) -> None:
    """Let produce() write a temporary file beside target, then swap it in atomically."""
    target = Path(target)
    with temporary_beside(target) as temp:
        produce(temp)
        fsync_file(temp)
        replace(temp, target)
    fsync_dir(target.parent)


def write_bytes_atomic(target: Path, data: bytes) -> None:
    def produce(temp: Path) -> None:
        temp.write_bytes(data)

    write_atomic(Path(target), produce)


_OS_ERRORS = {
    errno.ENOENT: "không tìm thấy tệp hoặc thư mục",
    errno.EACCES: "không có quyền ghi, hoặc tệp đang mở trong chương trình khác",
    errno.EPERM: "không có quyền ghi vào đây",
    errno.EROFS: "ổ đĩa chỉ đọc",
    errno.ENOSPC: "ổ đĩa đã đầy",
    errno.EISDIR: "đây là một thư mục",
}


def describe_os_error(exc: OSError) -> str:
    """A file-system error in words a clerk understands."""
    return _OS_ERRORS.get(exc.errno or 0) or exc.strerror or str(exc)
