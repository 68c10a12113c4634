"""Where the store's JSON files live: a protocol, and the in-memory implementation.

Names are relative POSIX paths (`index/2022.json`, `drafts/<id>.json`). A backend
reads and writes whole JSON objects; the disk backend does so atomically.
"""

from __future__ import annotations

import contextlib
import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Protocol

from ..domain.errors import DraftFormatError, StoreError

JsonObject = dict[str, Any]


class DamagedFile(StoreError):
    """A store file exists but cannot be read back as a JSON object."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"Tệp dữ liệu {name} bị hỏng ({reason})")
        self.name = name


class NewerSchemaError(StoreError):
    """A file written by a newer version of the program: refuse, never treat as damage."""


# What reading a damaged file can raise (a newer program's file is not damage: see schema.py).
DAMAGE: tuple[type[Exception], ...] = (
    DamagedFile,
    DraftFormatError,
    LookupError,
    TypeError,
    ValueError,
    AttributeError,
)


def encode(data: JsonObject) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def decode(raw: bytes, name: str) -> JsonObject:
    """Parse a store file; anything that is not a UTF-8 JSON object is damage."""
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise DamagedFile(name, "không phải văn bản UTF-8") from None
    except json.JSONDecodeError as exc:
        raise DamagedFile(name, f"JSON hỏng ở dòng {exc.lineno}") from None
    except ValueError:  # an integer of thousands of digits: Python refuses to read it
        raise DamagedFile(name, "có số dài bất thường") from None
    except RecursionError:
        raise DamagedFile(name, "dữ liệu lồng nhau quá sâu") from None
    if not isinstance(data, dict):
        raise DamagedFile(name, "không phải đối tượng JSON")
    return data


class Backend(Protocol):
    folder: Path

    def read(self, name: str) -> JsonObject | None:
        """The object stored under name; None when missing; DamagedFile when unreadable."""

    def write(self, name: str, data: JsonObject, backup: bool = True) -> None:
        """Store data under name; the previous content becomes the newest backup."""

    def remove(self, name: str) -> None: ...

    def remove_tree(self, name: str) -> None: ...

    def names(self, folder: str) -> list[str]:
        """Names of the files directly inside folder (sorted)."""

    def temporaries(self, folder: str, prefix: str = "") -> list[str]:
        """Temporary files a killed writer left in folder (remove them under the lock)."""

    def locked(self) -> contextlib.AbstractContextManager[None]:
        """Hold the store's writer lock; StoreBusyError when another program keeps it."""

    def set_aside(self, name: str) -> str:
        """Move a damaged file out of the way (never delete it); where it went."""

    def backups(self, name: str) -> list[tuple[str, JsonObject]]:
        """Readable backups of name, newest first: (when, data)."""

    def deferred_sync(self) -> contextlib.AbstractContextManager[None]:
        """Within it, file writes may reach the disk later; all of them have at its end."""

    def close(self) -> None: ...


class MemoryBackend:
    """Everything in a dict: for tests and for a store that must not touch the disk."""

    def __init__(self) -> None:
        self.folder = Path(":memory:")
        self._files: dict[str, bytes] = {}
        self._lock = threading.RLock()

    def read(self, name: str) -> JsonObject | None:
        raw = self._files.get(name)
        return None if raw is None else decode(raw, name)

    def write(self, name: str, data: JsonObject, backup: bool = True) -> None:
        self._files[name] = encode(data)

    def remove(self, name: str) -> None:
        self._files.pop(name, None)

    def remove_tree(self, name: str) -> None:
        for key in [k for k in self._files if k.startswith(name.rstrip("/") + "/")]:
            del self._files[key]

    def names(self, folder: str) -> list[str]:
        prefix = folder.rstrip("/") + "/"
        return sorted(
            key for key in self._files if key.startswith(prefix) and "/" not in key[len(prefix) :]
        )

    def temporaries(self, folder: str, prefix: str = "") -> list[str]:
        return []

    @contextlib.contextmanager
    def locked(self) -> Iterator[None]:
        with self._lock:
            yield

    def set_aside(self, name: str) -> str:
        raw = self._files.pop(name)
        aside = f"damaged/{name}"
        self._files[aside] = raw
        return aside

    def backups(self, name: str) -> list[tuple[str, JsonObject]]:
        return []

    def deferred_sync(self) -> contextlib.AbstractContextManager[None]:
        return contextlib.nullcontext()

    def close(self) -> None:
        pass
