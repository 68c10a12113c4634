"""TinyDB on top of a store backend: crash-safe where TinyDB's JSONStorage is not.

JSONStorage rewrites its file in place; a power cut mid-write loses the database.
AtomicStorage hands every write to the backend, which on disk writes a temporary
file, fsyncs it and atomically replaces the old one (see disk.py).
"""

from __future__ import annotations

from typing import Any

from tinydb import TinyDB
from tinydb.storages import Storage

from .backend import Backend


class AtomicStorage(Storage):
    def __init__(self, backend: Backend, name: str) -> None:
        self._backend = backend
        self._name = name

    def read(self) -> dict[str, dict[str, Any]] | None:
        return self._backend.read(self._name)

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        self._backend.write(self._name, data)

    def close(self) -> None:
        pass


def database(backend: Backend, name: str) -> TinyDB:
    return TinyDB(backend, name, storage=AtomicStorage)
