"""Tổng hợp's record of the units: for the report whose outline went down (the base), each
unit's state — chưa nhận, đã nhận (when, which file, its fingerprint), đã gộp, cần bổ
sung (with what the clerk asked for) — and the deadline the kits gave, kept for the
reminders. The store keeps one record per base (store/consolidations.py); the merged
report finds it through the base it was merged from."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any, Literal, cast

from .model import Period
from .periods import cutoff
from .text import fold

State = Literal["sent", "received", "merged", "incomplete"]
STATES: tuple[State, ...] = ("sent", "received", "merged", "incomplete")
STATE_LABELS: dict[State, str] = {
    "sent": "chưa nhận",
    "received": "đã nhận, chưa gộp",
    "merged": "đã gộp",
    "incomplete": "cần bổ sung",
}
DEFAULT_DAYS = 7  # a deadline with no period to go by: a week from today
KEPT_DAYS = 4  # the days before the cut-off the department keeps for itself
LEAST_DAYS = 3  # a deadline from the period is proposed only if the units get this long
NAME_LIMIT = 300
NOTE_LIMIT = 1000
ID_LIMIT = 64  # a draft id, a content fingerprint
UNITS_LIMIT = 500  # units of one record, as read (a hand-edited or hostile store.json)
RECEIVED_LIMIT = 100  # files received from one unit, as read


@dataclass(frozen=True)
class Received:
    """One reply file as it came in: where it was, when it was read, what it held."""

    file: str
    at: str  # ISO date and time, local
    fingerprint: str  # domain/consolidate.fingerprint of the reply's content

    @property
    def when(self) -> str:
        """`14:05 ngày 10/12/2026`, as the clerk reads it."""
        try:
            at = datetime.datetime.fromisoformat(self.at)
        except ValueError:
            return self.at
        return f"{at:%H:%M} ngày {at:%d/%m/%Y}"


@dataclass
class UnitRecord:
    name: str
    state: State = "sent"
    received: list[Received] = field(default_factory=list)
    note: str = ""  # what the unit was asked to complete ("cần bổ sung")
    merged_with: str = ""  # the fingerprint of the reply the merged report holds

    @property
    def label(self) -> str:
        return STATE_LABELS[self.state]


@dataclass
class Consolidation:
    base: str  # the id of the report whose outline the kits carried
    units: list[UnitRecord] = field(default_factory=list)
    deadline: datetime.date | None = None
    merged: str = ""  # the id of the report the replies were merged into

    def find(self, name: str) -> UnitRecord | None:
        key = fold(" ".join(name.split()))
        return next((u for u in self.units if fold(" ".join(u.name.split())) == key), None)

    def unit(self, name: str) -> UnitRecord:
        """The unit's record, added (chưa nhận) if the record did not list it."""
        found = self.find(name)
        if found is None:
            found = UnitRecord(" ".join(name.split())[:NAME_LIMIT])
            self.units.append(found)
        return found

    def expect(self, names: list[str]) -> None:
        """The units kits went to; a unit listed already keeps its state."""
        for name in names:
            self.unit(name)

    def seen(self, fingerprint: str) -> tuple[UnitRecord, Received] | None:
        """Which unit's reply had this content, if one was received before."""
        for unit in self.units:
            for received in unit.received:
                if received.fingerprint == fingerprint:
                    return unit, received
        return None

    def receive(self, name: str, file: str, fingerprint: str, at: datetime.datetime) -> None:
        """A reply read in: kept before it is merged, so a merge cut short loses no
        reply's record; a unit merged or asked to complete is received again (its new
        file not merged yet)."""
        unit = self.unit(name)
        stamp = at.replace(microsecond=0).isoformat()
        unit.received.append(Received(file, stamp, fingerprint))
        unit.state = "received"

    def merged_into(self, names: list[str], report_id: str) -> None:
        for name in names:
            unit = self.unit(name)
            unit.state, unit.note = "merged", ""
            if unit.received:
                unit.merged_with = unit.received[-1].fingerprint
        self.merged = report_id

    def holds(self, names: list[str]) -> None:
        """The units whose text the merged report holds, merged if the record had them as
        not received (a report merged before the record was kept); a unit received again
        (its supplement, not merged yet) or asked to complete keeps its state."""
        for name in names:
            unit = self.unit(name)
            if unit.state == "sent":
                unit.state = "merged"

    def ask_to_complete(self, name: str, note: str) -> None:
        unit = self.unit(name)
        unit.state, unit.note = "incomplete", " ".join(note.split())[:NOTE_LIMIT]

    def chased(self) -> list[UnitRecord]:
        """The units a reminder goes to: not received, or asked to complete."""
        return [u for u in self.units if u.state in ("sent", "incomplete")]

    def deadline_left(self, today: datetime.date) -> str:
        """`còn 6 ngày`, `hôm nay`, `quá hạn 2 ngày`; "" with no deadline."""
        if self.deadline is None:
            return ""
        days = (self.deadline - today).days
        if days == 0:
            return "hôm nay"
        return f"còn {days} ngày" if days > 0 else f"quá hạn {-days} ngày"

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.base,
            "deadline": self.deadline.isoformat() if self.deadline else "",
            "merged": self.merged,
            "units": [
                {
                    "name": u.name,
                    "state": u.state,
                    "note": u.note,
                    "merged_with": u.merged_with,
                    "received": [
                        {"file": r.file, "at": r.at, "fingerprint": r.fingerprint}
                        for r in u.received
                    ],
                }
                for u in self.units
            ],
        }


def from_dict(data: Any) -> Consolidation | None:
    """The record as stored; None if it is not one (a hand-edited or damaged store.json
    loses this record, never a draft)."""
    try:
        deadline = data.get("deadline") or ""
        record = Consolidation(
            str(data["id"])[:ID_LIMIT],
            deadline=datetime.date.fromisoformat(deadline) if deadline else None,
            merged=str(data.get("merged") or "")[:ID_LIMIT],
        )
        for unit in list(data.get("units") or [])[:UNITS_LIMIT]:
            state = unit.get("state", "sent")
            if state not in STATES:
                return None
            received = list(unit.get("received") or [])[-RECEIVED_LIMIT:]
            record.units.append(
                UnitRecord(
                    str(unit["name"])[:NAME_LIMIT],
                    cast(State, state),
                    [
                        Received(
                            str(r["file"])[:NAME_LIMIT],
                            str(r["at"])[:40],
                            str(r["fingerprint"])[:ID_LIMIT],
                        )
                        for r in received
                    ],
                    str(unit.get("note") or "")[:NOTE_LIMIT],
                    str(unit.get("merged_with") or "")[:ID_LIMIT],
                )
            )
    except (AttributeError, KeyError, TypeError, ValueError):
        return None
    return record


def proposed_deadline(period: Period | None, today: datetime.date) -> datetime.date:
    """The units' deadline proposed for a periodic report: four days before the period's
    figures close (its cut-off, Decree 09/2019), the last days estimated ("ước thực
    hiện"), so the department keeps those days to merge and send on time; a Saturday or
    Sunday moves back to the Friday. A week from today when the report has no period or
    that day leaves the units less than three days."""
    fallback = today + datetime.timedelta(days=DEFAULT_DAYS)
    if period is None:
        return fallback
    try:
        day = cutoff(period)[1] - datetime.timedelta(days=KEPT_DAYS)
    except (KeyError, ValueError):
        return fallback
    while day.weekday() >= 5:
        day -= datetime.timedelta(days=1)
    return day if (day - today).days >= LEAST_DAYS else fallback
