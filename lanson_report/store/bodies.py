"""A draft's body file: the draft-format dict plus status, timestamps and history.

`drafts/<id>.json` holds the current state; each earlier state lives in its own file
`history/<id>/<number>.json`, so a save writes one small new file instead of
rewriting the whole history.

Autosave makes a version at every pause in typing, so the history is thinned the way
backups are rotated: the RECENT_KEPT newest versions are all kept; older ones keep the
last state of each quarter of an hour during the last day and of each day before
that; at most HISTORY_LIMIT in all. Yesterday's and last month's states survive a
morning of typing.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from ..domain.model import Draft
from .envelope import (
    CHECKSUM,
    check_body,
    check_version,
    checksum,
    is_draft_id,
    read_draft,
    require_id,
)
from .records import StoredDraft, Version, parse_stamp
from .schema import SCHEMA_VERSION

HISTORY_LIMIT = 100
RECENT_KEPT = 10
QUARTER_HOUR = 15 * 60
JOURNAL = "journal.json"
META = "store.json"  # the store's schema version and the settings
REPLIES = "replies"  # the units' replies as read, by fingerprint (Tổng hợp)
ORIGINS = "origins"  # store.json's table of where drafts came from
CONSOLIDATIONS = "consolidations"  # store.json's table of the units' records
# Decided work a crash may cut short, finished by the next writer before anything else.
RESTORING = "restoring.zip"  # a decided restore being merged (restoring.py)
IMPORTING = "importing.json"  # a decided batch of draft files being imported (batch.py)

Body = dict[str, Any]


__all__ = ["check_body", "check_version", "read_draft"]  # one check for all (envelope.py)


@dataclass
class Change:
    """One draft of a batch commit: its new body, its draft, its year before, its version."""

    body: Body
    draft: Draft
    old_year: int | None
    version: tuple[int, Body, list[int]] | None = None


def body_name(draft_id: str) -> str:
    return f"drafts/{require_id(draft_id)}.json"


def history_dir(draft_id: str) -> str:
    return f"history/{require_id(draft_id)}"


def version_name(draft_id: str, number: int) -> str:
    return f"{history_dir(draft_id)}/{number}.json"


def new_body(data: dict[str, Any], status: str, stamp: str) -> Body:
    return {
        "schema": SCHEMA_VERSION,
        "id": data["id"],
        "status": status,
        "created": stamp,
        "modified": stamp,
        "trashed": None,
        "next_version": 1,
        "versions": [],
        "draft": data,
    }


def seal(body: Body) -> Body:
    """Give the body the checksum of what it holds now; just before it is written."""
    body[CHECKSUM] = checksum(body)
    return body


def stored(body: Body, draft: Draft) -> StoredDraft:
    return StoredDraft(
        draft=draft,
        status=body["status"],
        created=parse_stamp(body["created"]),
        modified=parse_stamp(body["modified"]),
    )


def add_version(
    body: Body, data: dict[str, Any], saved: str, limit: int = HISTORY_LIMIT
) -> tuple[int, Body, list[int]]:
    """Record data as the body's next version: (its number, its file, numbers to prune)."""
    number = int(body["next_version"])
    body["next_version"] = number + 1
    body["versions"].append({"number": number, "saved": saved, "title": data.get("title", "")})
    kept = thin(body["versions"], datetime.datetime.now(datetime.UTC), limit)
    pruned = [int(v["number"]) for v in body["versions"] if v not in kept]
    body["versions"] = kept
    version = {"schema": SCHEMA_VERSION, "number": number, "saved": saved, "draft": data}
    return number, version, pruned


def thin(
    entries: list[dict[str, Any]], now: datetime.datetime, limit: int = HISTORY_LIMIT
) -> list[dict[str, Any]]:
    """The version entries (oldest first) worth keeping; see the module's docstring."""
    recent = entries[-RECENT_KEPT:]
    older: list[dict[str, Any]] = []
    last_bucket: object = None
    for entry in reversed(entries[:-RECENT_KEPT]):  # newest first: each bucket keeps its last
        bucket = _bucket(parse_stamp(entry["saved"]), now)
        if bucket != last_bucket:
            older.insert(0, entry)
            last_bucket = bucket
    return (older + recent)[-limit:]


def _bucket(saved: datetime.datetime, now: datetime.datetime) -> object:
    if now - saved < datetime.timedelta(days=1):
        return int(saved.timestamp()) // QUARTER_HOUR
    return saved.date()


def versions(body: Body) -> list[Version]:
    """Saved versions, newest first."""
    return [
        Version(number=int(v["number"]), saved=parse_stamp(v["saved"]), title=v["title"])
        for v in reversed(body["versions"])
    ]


def check_journal(raw: Any) -> None:
    """A journal lists the ids of the drafts being changed, nothing else."""
    ids = raw["ids"]
    if not isinstance(ids, list) or not all(isinstance(i, str) and is_draft_id(i) for i in ids):
        raise ValueError("ids is not a list of draft ids")
