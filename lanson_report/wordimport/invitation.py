"""A Giấy mời (Mẫu 1.7): its lines read into the invitation's fields.

    Sở Khoa học và Công nghệ trân trọng kính mời: <invitees>
    Tới dự <the event>
    Chủ trì: <who chairs>
    Thời gian: <time>
    Địa điểm: <place>

Invitees written on the lines after a bare `… trân trọng kính mời:` are joined. What
follows the fields (notes: documents, dress, who to call) stays the body.
"""

from __future__ import annotations

import re

from ..domain.model import Draft, Invitation
from ..domain.text import fold
from .fields import is_rule
from .reader import Item, Line
from .review import Review

_INVITES = re.compile(r"^(?P<who>.*?)\s*trân trọng kính mời\s*:?\s*(?P<rest>.*)$", re.IGNORECASE)
_EVENT = re.compile(r"^(?:Tới|Đến)\s+dự\s*:?\s*(?P<rest>\S.*)$", re.IGNORECASE)
_LABELS = {"chu tri": "chair", "thoi gian": "time", "dia diem": "place"}
LABELS = {
    "invitees": "Thành phần mời",
    "event": "Tới dự",
    "chair": "Chủ trì",
    "time": "Thời gian",
    "place": "Địa điểm",
}
_SCAN = 16  # the fields stand right under the title


def read(items: list[Item], draft: Draft, review: Review) -> list[Item]:
    found: dict[str, str] = {}
    kept: list[Item] = []
    inviting = False  # after a bare `… kính mời:`, the lines that name the invitees
    for index, item in enumerate(items):
        text = item.text if isinstance(item, Line) else ""
        if index >= _SCAN or not text or is_rule(text):
            kept.append(item)
            continue
        key, value = _field(text, found, draft)
        if key == "invitees" and not value:
            inviting = True
        elif key:
            inviting = False
            found[key] = value
        elif inviting:
            found["invitees"] = " ".join(filter(None, (found.get("invitees"), text)))
        else:
            kept.append(item)
    if found:
        draft.invitation = Invitation(**{key: found.get(key, "") for key in LABELS})
    for key, label in LABELS.items():
        review.add(label, found.get(key, ""), bool(found.get(key)))
    return kept


def _field(text: str, found: dict[str, str], draft: Draft) -> tuple[str, str]:
    """(field, value) when the line is one of the invitation's, else ("", "")."""
    if "invitees" not in found and (match := _INVITES.match(text)):
        who = match.group("who").strip()
        if who and who != draft.agency.name_for_text:
            draft.agency.name_in_text = who
        return "invitees", match.group("rest").strip()
    if "event" not in found and (match := _EVENT.match(text)):
        return "event", match.group("rest").strip()
    label, colon, value = text.partition(":")
    key = _LABELS.get(" ".join(fold(label).split()))
    if colon and key and key not in found:
        return key, value.strip()
    return "", ""
