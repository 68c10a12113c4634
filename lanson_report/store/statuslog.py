"""When a report was printed for signing or issued, what it said then, and why a clerk
took an issue back — so the app can say "Đã sửa sau khi in" instead of letting a signed
paper and a changed file drift apart unseen.

Kept in the store's own file (`store.json`, table `status_log`), one document per
draft: a list of events, newest last, each with the fingerprint of the draft's text
at that moment. Older programs ignore the table; a backup carries it along with the
settings file. Losing it costs only the banner, never a word of a draft.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from ..files import draftfile
from .records import now_stamp, parse_stamp

TABLE = "status_log"
MAX_EVENTS = 50  # per draft; the oldest go first
MAX_REASON = 500


def fingerprint(data: dict[str, Any]) -> str:
    """The draft's text as saved (its file object), key order aside."""
    return draftfile.fingerprint_data(data)


@dataclass(frozen=True)
class StatusEvent:
    at: datetime.datetime
    status: str  # the status set
    previous: str  # the status before
    fingerprint: str  # of the draft's text when it was set
    reason: str = ""  # why an issue was taken back

    @property
    def unissued(self) -> bool:
        return self.previous == "issued" and self.status != "issued"


def event_dict(event: StatusEvent, stamp: str | None = None) -> dict[str, Any]:
    return {
        "at": stamp or now_stamp(),
        "status": event.status,
        "previous": event.previous,
        "fingerprint": event.fingerprint,
        "reason": event.reason[:MAX_REASON],
    }


def events_from(doc: Any) -> list[StatusEvent]:
    """The events of a stored document; anything unreadable is skipped, never fatal."""
    out: list[StatusEvent] = []
    items = doc.get("events") if isinstance(doc, dict) else None
    for item in items if isinstance(items, list) else []:
        try:
            out.append(
                StatusEvent(
                    at=parse_stamp(item["at"]),
                    status=str(item["status"]),
                    previous=str(item.get("previous", "")),
                    fingerprint=str(item["fingerprint"]),
                    reason=str(item.get("reason", "")),
                )
            )
        except (KeyError, TypeError, ValueError, AttributeError):
            continue
    return out


@dataclass(frozen=True)
class Mismatch:
    """The draft no longer says what was printed or issued."""

    kind: str  # "printed" or "issued"
    event: StatusEvent


def mismatch(status: str, data: dict[str, Any], events: list[StatusEvent]) -> Mismatch | None:
    """Whether the text now differs from the paper that matters: the copy printed for
    signing while the report is "Đã in để ký"; the issued document after its issue was
    taken back (it exists in the world). "Trở lại Nháp" after a print voids the paper."""
    events = [e for e in events if e.status != e.previous]  # a review leaves the status
    if not events:
        return None
    last = events[-1]
    now = fingerprint(data)
    if status == "printed" and last.status == "printed" and last.fingerprint != now:
        return Mismatch("printed", last)
    if status != "issued" and last.unissued:
        issued = next((e for e in reversed(events) if e.status == "issued"), None)
        if issued is not None and issued.fingerprint != now:
            return Mismatch("issued", last)
    return None
