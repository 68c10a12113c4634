"""The list of drafts: one small TinyDB per year of index entries (no bodies).

Listing reads at most one file per year; saving a draft rewrites its year's index
(about a hundred short entries), never the whole store.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from tinydb import Query

from .backend import Backend, DamagedFile
from .tinystorage import database

TABLE = "drafts"
Entry = dict[str, Any]


def index_name(year: int) -> str:
    return f"index/{year}.json"


def check_index(raw: Any) -> None:
    """An index file must be TinyDB's shape with entries that have an id and a year."""
    if not isinstance(raw, dict):
        raise ValueError("not a JSON object")
    for table in raw.values():
        for entry in table.values():
            if not isinstance(entry.get("id"), str) or not isinstance(entry.get("year"), int):
                raise ValueError("entry without id or year")


class Index:
    def __init__(self, backend: Backend) -> None:
        self.backend = backend

    def files(self) -> list[str]:
        return self.backend.names("index")

    def stored_years(self) -> list[int]:
        """Years that have an index file, newest first."""
        stems = (name.rsplit("/", 1)[1].removesuffix(".json") for name in self.files())
        return sorted((int(stem) for stem in stems if stem.isdigit()), reverse=True)

    def entries(self, year: int | None = None) -> list[Entry]:
        years = self.stored_years() if year is None else [year]
        tables = (database(self.backend, index_name(y)).table(TABLE) for y in years)
        return [dict(doc) for table in tables for doc in table]

    def put(self, entry: Entry, old_year: int | None = None) -> None:
        """Insert or update an entry; moves it when the draft changed year."""
        table = database(self.backend, index_name(entry["year"])).table(TABLE)
        table.upsert(entry, Query().id == entry["id"])
        if old_year is not None and old_year != entry["year"]:
            self.remove(entry["id"], old_year)

    def put_many(self, entries: list[Entry], old_years: dict[str, int | None]) -> None:
        """put() for many entries, each year's file read and written once (a restore)."""
        by_year: dict[int, list[Entry]] = {}
        for entry in entries:
            by_year.setdefault(entry["year"], []).append(entry)
        for year, group in by_year.items():
            name = index_name(year)
            raw = self.backend.read(name) or {}
            try:
                check_index(raw)
            except (ValueError, TypeError, AttributeError):
                raise DamagedFile(name, "danh sách sai dạng") from None  # rebuilt by the caller
            table = raw.setdefault(TABLE, {})
            keys = {doc["id"]: key for key, doc in table.items()}
            next_key = max((int(key) for key in table), default=0) + 1  # as TinyDB counts
            for entry in group:
                if entry["id"] not in keys:
                    keys[entry["id"]], next_key = str(next_key), next_key + 1
                table[keys[entry["id"]]] = entry
            self.backend.write(name, raw)
        moved: dict[int, set[str]] = {}
        for entry in entries:
            old = old_years.get(entry["id"])
            if old is not None and old != entry["year"]:
                moved.setdefault(old, set()).add(entry["id"])
        for year, ids in moved.items():
            if self.backend.read(index_name(year)) is not None:
                table = database(self.backend, index_name(year)).table(TABLE)
                table.remove(Query().id.one_of(sorted(ids)))

    def remove(self, draft_id: str, year: int) -> None:
        name = index_name(year)
        if self.backend.read(name) is None:
            return
        database(self.backend, name).table(TABLE).remove(Query().id == draft_id)

    def settle(self, draft_id: str, entry: Entry | None) -> None:
        """Make the index agree with one body after an interrupted write."""
        for year in self.stored_years():
            if entry is None or year != entry["year"]:
                self.remove(draft_id, year)
        if entry is not None:
            self.put(entry)

    def rebuild(self, entries: Iterable[Entry]) -> None:
        """Rewrite every year's index from scratch (after damage or a migration)."""
        by_year: dict[int, dict[str, Entry]] = {}
        for entry in entries:
            table = by_year.setdefault(entry["year"], {})
            table[str(len(table) + 1)] = entry
        for year, table in by_year.items():
            self.backend.write(index_name(year), {TABLE: table})
        for year in self.stored_years():
            if year not in by_year:
                self.backend.remove(index_name(year))
