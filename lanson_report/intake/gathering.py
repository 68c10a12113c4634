"""Tổng hợp's steps that write to the store, in the order that keeps it whole after a
crash at any moment: each reply is kept in the store as it was read and written into the
units' record (received: when, which file, its fingerprint) before anything is merged;
the merged report is stored; then the record says which units it holds. A crash between
leaves units "đã nhận, chưa gộp", which the next merge takes, and a merged report the
record had not caught up with is read back by `Consolidation.holds`
(ui/wizard/consolidation.record_of)."""

from __future__ import annotations

import datetime
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.consolidate import Guess, Merged, Reply, fingerprint, merge
from ..domain.model import Draft
from ..domain.unitrecord import Consolidation

if TYPE_CHECKING:
    from ..store import Store

# The clerk's answer on close-heading placements: (unit, heading) refused, None to stop.
Confirm = Callable[[list[Guess]], frozenset[tuple[str, str]] | None]


def take_in(
    store: Store, record: Consolidation, replies: list[Reply], now: datetime.datetime
) -> tuple[list[Reply], list[str]]:
    """The replies to merge, each kept in the record first; a reply whose content was
    merged before (in this session or an earlier one) is left out, named in the lines."""
    fresh, known = [], []
    for reply in replies:
        mark = fingerprint(reply.draft)
        seen = record.seen(mark)
        if seen is not None and seen[0].state != "received":
            unit, received = seen
            known.append(
                f"- {Path(reply.file).name}: cùng nội dung bản của {unit.name} đã nhận lúc "
                f"{received.when} ({Path(received.file).name}), không gộp lần nữa"
            )
            continue
        if seen is None:
            store.keep_reply(mark, reply.draft)
            record.receive(reply.unit, reply.file, mark, now)
        fresh.append(reply)
    store.save_consolidation(record)
    return fresh, known


def merge_new(
    store: Store,
    report: Draft,
    record: Consolidation,
    replies: list[Reply],
    confirm: Confirm | None = None,
) -> tuple[Merged, str] | None:
    """The replies merged into the report as a new stored report (the report itself
    unchanged), and its id; the record then names it and its units as merged.

    `confirm` hears the sections placed under a close heading and answers those it
    refuses (their text goes to "Chưa xếp được"), or None to merge nothing."""
    expected = [unit.name for unit in record.units]
    merged = merge(report, replies, expected)
    if merged.guesses and confirm is not None:
        refused = confirm(merged.guesses)
        if refused is None:
            return None
        if refused:
            merged = merge(report, replies, expected, refused)
    merged.draft.id = str(uuid.uuid4())
    stored = store.create(merged.draft)
    units = ", ".join(dict.fromkeys(reply.unit for reply in replies))
    store.set_origin(stored.draft.id, f"Tổng hợp từ bản gửi của: {units}", base=report.id)
    record.merged_into(taken(merged), stored.draft.id)
    store.save_consolidation(record)
    return merged, stored.draft.id


def taken(merged: Merged) -> list[str]:
    """The units whose reply a merge took (not the second copy of a reply)."""
    return [placement.unit for placement in merged.replies if not placement.duplicate]
