"""Crash-safe file writing: a file is either the old one or the new one, never half."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

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


def _current_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


# Read once at start-up: os.umask can only be read by setting it.
UMASK = _current_umask()
TEMP_SUFFIX = ".tmp"
# A temporary older than this is a leftover of a killed program, not a write in progress.
STALE_TEMP_SECONDS = 3600


@contextlib.contextmanager
def temporary_beside(target: Path, suffix: str = TEMP_SUFFIX) -> Iterator[Path]:
    """A temporary path in the target's folder, removed unless it was moved into place."""
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=suffix, dir=target.parent)
    os.close(fd)
    temp = Path(name)
    # mkstemp makes 0600; a new file gets what the user's umask allows, as `open` would.
    os.chmod(temp, 0o666 & ~UMASK)
    try:
        yield temp
    finally:
        with contextlib.suppress(OSError):
            unlink(temp)


def is_temporary_of(path: Path, target_name: str) -> bool:
    """Whether path is a temporary that temporary_beside made for target_name."""
    name = path.name
    return name.startswith(f".{target_name}.") and name.endswith(TEMP_SUFFIX)


def sweep_temporaries(target: Path, min_age: float = STALE_TEMP_SECONDS) -> list[Path]:
    """Remove temporaries a killed program left beside target (older than min_age s)."""
    removed = []
    with contextlib.suppress(OSError):
        for path in target.parent.glob(f".{glob_escape(target.name)}.*{TEMP_SUFFIX}"):
            with contextlib.suppress(OSError):
                if time.time() - path.stat().st_mtime >= min_age:
                    unlink(path)
                    removed.append(path)
    return removed


def glob_escape(text: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in text)


class TooLarge(Exception):
    def __init__(self, size: int) -> None:
        super().__init__(size)
        self.size = size


class NotAFile(OSError):
    """A path the user picked that is no regular file: a folder, a pipe, a device.
    An OSError, so every handler of unreadable files words it (describe_os_error)."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.reason = reason


def _not_regular(mode: int) -> str | None:
    """Why a file of this mode cannot be read as a document, or None when it can."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "đây là một thư mục, không phải tệp"
    if stat.S_ISFIFO(mode):
        return "đây là một đường ống (FIFO), không phải tệp thường"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "đây là một thiết bị, không phải tệp thường"
    return "đây không phải tệp thường"


@contextlib.contextmanager
def open_regular(path: Path | str) -> Iterator[IO[bytes]]:
    """Open a file the user picked for reading; NotAFile for anything but a regular file.

    Checked before opening: opening a FIFO waits forever for a writer, and a device
    (a link to /dev/zero named `.docx`) never ends. The check is made again on the open
    handle (opened without blocking), in case the path changed in between."""
    reason = _not_regular(os.stat(path).st_mode)
    if reason:
        raise NotAFile(Path(path), reason)
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as handle:
        reason = _not_regular(os.fstat(fd).st_mode)
        if reason:
            raise NotAFile(Path(path), reason)
        yield handle


def check_regular(path: Path | str) -> None:
    """NotAFile unless path is a regular file (a folder, FIFO or device is refused)."""
    with open_regular(path):
        pass


def size_of(handle: IO[bytes]) -> int:
    return os.fstat(handle.fileno()).st_size


def read_capped(path: Path, limit: int) -> bytes:
    """A file's bytes; TooLarge (before reading) when it holds more than limit, NotAFile
    for a folder, pipe or device."""
    with open_regular(path) as handle:
        size = os.fstat(handle.fileno()).st_size
        if size > limit:
            raise TooLarge(size)
        data = handle.read(limit + 1)  # a pipe or device has no size: cap the read itself
    if len(data) > limit:
        raise TooLarge(len(data))
    return data


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        handle.flush()
        os.fsync(handle.fileno())


def write_atomic(target: Path, produce: Callable[[Path], None], sweep: bool = True) -> None:
    """Let produce() write a temporary file beside target, then swap it in atomically.

    sweep first removes stale temporaries of the same target a killed program left
    (the store, whose folders hold thousands of files, sweeps its own at start)."""
    target = Path(target)
    if sweep:
        sweep_temporaries(target)
    with temporary_beside(target) as temp:
        produce(temp)
        fsync_file(temp)
        replace(temp, target)
    fsync_dir(target.parent)


# A file the clerk names (an export, a draft file) is written through a temporary of a
# short fixed name, whatever the length of the target's: `.NAME.xxxxxxxx.tmp` made a
# legal name of 242 to 255 bytes too long. The writer holds a lock on its temporary
# (POSIX) or keeps it open (Windows, where an open file cannot be deleted), so the next
# write into the folder removes the ones a killed program left, and only those, at once.
OUTPUT_TEMP_PREFIX = ".~lanson-"


def write_output(target: Path, produce: Callable[[Path], None]) -> None:
    """write_atomic for a file the clerk names, outside the data folder (see above)."""
    target = Path(target)
    sweep_output_temporaries(target.parent)
    sweep_temporaries(target)  # `.NAME.xxxxxxxx.tmp`, as earlier versions named them
    fd, temp = _held_temporary(target.parent)
    try:
        os.chmod(temp, 0o666 & ~UMASK)
        produce(temp)
        fsync_file(temp)
        if os.name == "nt":  # Windows cannot rename a file that is still open
            os.close(fd)
            fd = -1
        replace(temp, target)
    finally:
        if fd >= 0:
            os.close(fd)  # releases the lock
        with contextlib.suppress(OSError):
            unlink(temp)
    fsync_dir(target.parent)


def _held_temporary(folder: Path) -> tuple[int, Path]:
    """A new output temporary in folder, already held (see _hold).

    Between mkstemp and the lock, another program's sweep may take the fresh file for a
    killed writer's and remove it: then the descriptor no longer names the path, and a
    new temporary is made."""
    for _ in range(5):
        fd, name = tempfile.mkstemp(prefix=OUTPUT_TEMP_PREFIX, suffix=TEMP_SUFFIX, dir=folder)
        _hold(fd)
        try:
            if os.path.samestat(os.fstat(fd), os.stat(name)):
                return fd, Path(name)
        except OSError:
            pass  # swept before the lock: try another name
        os.close(fd)
    raise OSError(errno.EAGAIN, "không giữ được tệp tạm để ghi", str(folder))


def write_output_bytes(target: Path, data: bytes) -> None:
    def produce(temp: Path) -> None:
        temp.write_bytes(data)

    write_output(Path(target), produce)


def _hold(fd: int) -> None:
    """Mark a temporary as being written: sweep_output_temporaries leaves it alone.

    A file system without locks (some network shares) only loses the sweep there:
    _abandoned cannot lock either, so nothing is removed."""
    if sys.platform != "win32":  # sys.platform, not os.name: mypy then skips it on Windows
        import fcntl

        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def _abandoned(path: Path) -> bool:
    """Whether no living program holds this temporary (POSIX: nobody has its lock)."""
    if sys.platform == "win32":
        return True  # deleting it fails while its writer keeps it open
    import fcntl

    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    finally:
        os.close(fd)
    return True


def sweep_output_temporaries(folder: Path) -> list[Path]:
    """Remove the temporaries killed writers left in folder; ones being written stay."""
    removed = []
    with contextlib.suppress(OSError):
        for path in folder.glob(f"{glob_escape(OUTPUT_TEMP_PREFIX)}*{TEMP_SUFFIX}"):
            with contextlib.suppress(OSError):
                if path.is_file() and not path.is_symlink() and _abandoned(path):
                    os.unlink(path)  # not retried: on Windows a file in use stays
                    removed.append(path)
    return removed


def write_bytes_atomic(target: Path, data: bytes) -> None:
    def produce(temp: Path) -> None:
        temp.write_bytes(data)

    write_atomic(Path(target), produce)


_OS_ERRORS = {
    errno.ENOENT: "không tìm thấy tệp hoặc thư mục",
    errno.EACCES: "không có quyền truy cập, hoặc tệp đang mở trong chương trình khác",
    errno.EPERM: "không có quyền ghi vào đây",
    errno.EROFS: "ổ đĩa chỉ đọc",
    errno.ENOSPC: "ổ đĩa đã đầy",
    getattr(errno, "EDQUOT", errno.ENOSPC): "đã hết dung lượng được cấp trên ổ đĩa",
    errno.EISDIR: "đây là một thư mục, không phải tệp",
    errno.ENOTDIR: "một phần của đường dẫn không phải thư mục",
    errno.EEXIST: "tệp đã có",
    errno.ENAMETOOLONG: "tên tệp hoặc đường dẫn quá dài",
    errno.EIO: "lỗi đọc ghi ổ đĩa (ổ USB bị rút hoặc hỏng?)",
    errno.EBUSY: "tệp hoặc thư mục đang được chương trình khác dùng",
    errno.EMFILE: "mở quá nhiều tệp cùng lúc",
    errno.EINVAL: "tên tệp hoặc đường dẫn không hợp lệ",
}
# Windows' own error codes, for the errors errno does not name.
_WINDOWS_ERRORS = {
    32: "tệp đang mở trong chương trình khác",  # ERROR_SHARING_VIOLATION
    33: "tệp đang bị khóa bởi chương trình khác",  # ERROR_LOCK_VIOLATION
    112: "ổ đĩa đã đầy",  # ERROR_DISK_FULL
    19: "ổ đĩa chỉ đọc (chống ghi)",  # ERROR_WRITE_PROTECT
    21: "ổ đĩa chưa sẵn sàng",  # ERROR_NOT_READY
}


def describe_os_error(exc: OSError) -> str:
    """A file-system error in words a clerk understands (never the English strerror)."""
    if isinstance(exc, NotAFile):
        return exc.reason
    winerror = getattr(exc, "winerror", None)
    if winerror in _WINDOWS_ERRORS:
        return _WINDOWS_ERRORS[winerror]
    known = _OS_ERRORS.get(exc.errno or 0)
    if known:
        return known
    return f"lỗi hệ thống số {exc.errno}" if exc.errno else "lỗi hệ thống không rõ"
