"""What the store hands out: a stored draft, a line of the list, a saved version.

Timestamps are kept in the files as UTC ISO 8601 and handed out as timezone-aware
datetimes in the computer's local time zone.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from typing import Any

from ..domain import doctypes
from ..domain.model import Draft
from ..domain.text import fold


@dataclass
class StoredDraft:
    draft: Draft
    status: str
    created: datetime.datetime
    modified: datetime.datetime


@dataclass
class Summary:
    id: str
    year: int
    title: str
    number: str
    symbol: str
    status: str
    created: datetime.datetime
    modified: datetime.datetime
    trashed: datetime.datetime | None = None
    doc_type: str = doctypes.DEFAULT  # indexes written before other types hold reports only
    origin: str = ""  # where it came from: "Nhân bản từ …", "Nhập từ Word: …"
    in_body: str = ""  # a search found it in the text, not the title: the words around it


@dataclass
class Version:
    number: int
    saved: datetime.datetime
    title: str


def now_stamp() -> str:
    """Now, as stored: UTC with microseconds, so that stamps sort as text."""
    return datetime.datetime.now(datetime.UTC).isoformat(timespec="microseconds")


def parse_stamp(text: str) -> datetime.datetime:
    return datetime.datetime.fromisoformat(text).astimezone()


def summary(entry: dict[str, Any]) -> Summary:
    """A line of the list, from an index entry."""
    trashed = entry.get("trashed")
    return Summary(
        id=entry["id"],
        year=entry["year"],
        title=entry["title"],
        number=entry["number"],
        symbol=entry["symbol"],
        status=entry["status"],
        created=parse_stamp(entry["created"]),
        modified=parse_stamp(entry["modified"]),
        trashed=parse_stamp(trashed) if trashed else None,
        doc_type=entry.get("doc_type", doctypes.DEFAULT),
    )


def index_entry(body: dict[str, Any], draft: Draft) -> dict[str, Any]:
    """The small summary of a draft kept in its year's index: listing reads only these."""
    return {
        "id": draft.id,
        "year": draft.date.year,
        "title": draft.title,
        "number": draft.number,
        "symbol": draft.full_symbol,
        "doc_type": draft.doc_type,
        "status": body["status"],
        "created": body["created"],
        "modified": body["modified"],
        "trashed": body.get("trashed"),
    }


_NOT_WORD = re.compile(r"[^\w]+")


def _tokens(text: str) -> list[str]:
    """Folded words; `KH&CN` gives `khcn`, `1838/VP-KGVX` gives `1838vpkgvx`, `vp`, `kgvx`."""
    tokens = []
    for word in fold(text).split():
        tokens.append(_NOT_WORD.sub("", word))
        tokens.extend(part for part in _NOT_WORD.split(word) if part)
    return [token for token in tokens if token]


def search_words(query: str) -> list[str]:
    return [_NOT_WORD.sub("", word) for word in fold(query).split() if _NOT_WORD.sub("", word)]


def matches(words: list[str], entry: dict[str, Any]) -> bool:
    """Every word of the query appears in the draft's type, title, number, symbol or year."""
    kind = doctypes.doc_type(entry.get("doc_type", doctypes.DEFAULT))
    fields = (kind.label, entry["title"], entry["number"], entry["symbol"], str(entry["year"]))
    haystack = " ".join(_tokens(" ".join(fields)))
    return all(word in haystack for word in words)
