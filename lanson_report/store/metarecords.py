"""The rows of store.json a restore may add: where drafts came from (`origins`) and the
units' records of Tổng hợp (`consolidations`), read from an untrusted backup as this
program writes them; checked (archive.py) before a restore, taken (core.take_records)
after its drafts."""

from __future__ import annotations

from typing import Any

from ..domain import limits
from ..domain.unitrecord import from_dict as unit_record
from .backend import encode
from .bodies import CONSOLIDATIONS, ORIGINS

Row = dict[str, Any]


def records_in(meta: dict[str, Any]) -> tuple[list[Row], list[Row]]:
    """The origin rows and units' records of a store.json's content, each as this program
    writes it; a row that does not read as one is left out, and so is what passes
    limits.MAX_RECORDS_BYTES (a restore must not grow store.json without end).
    UnicodeEncodeError: a text no file can hold (a lone surrogate escaped in the JSON)."""
    origins = [row for row in map(_origin_row, _rows(meta, ORIGINS)) if row is not None]
    read = (unit_record(row) for row in _rows(meta, CONSOLIDATIONS))
    records = [record.to_dict() for record in read if record is not None]
    budget = limits.MAX_RECORDS_BYTES
    kept: tuple[list[Row], list[Row]] = ([], [])
    for rows, into in ((origins, kept[0]), (records, kept[1])):
        for row in rows:
            budget -= len(encode(row))
            if budget < 0:
                return kept
            into.append(row)
    return kept


def _rows(meta: dict[str, Any], name: str) -> list[Any]:
    """A TinyDB table's rows in a store.json's content: {"1": row, "2": row, …}."""
    table = meta.get(name)
    return list(table.values()) if isinstance(table, dict) else []


def _origin_row(row: Any) -> Row | None:
    """A row of the origins table as Store.set_origin writes it, or None."""
    if not isinstance(row, dict):
        return None
    draft_id, origin, base = row.get("id"), row.get("origin"), row.get("base", "")
    if not (isinstance(draft_id, str) and isinstance(origin, str) and isinstance(base, str)):
        return None
    if not draft_id:
        return None
    kept = {"id": draft_id[:64], "origin": origin[:300]}
    return {**kept, "base": base[:64]} if base else kept
