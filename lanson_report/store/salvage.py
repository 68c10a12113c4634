"""A damaged draft whose backups are all unusable: rebuilt from its newest readable version.

A draft saved a few times has its earlier states in `history/<id>/<n>.json`; when
the body and its rotating backups are gone, the newest of those is the clerk's best
remaining text, so the draft stays in the list instead of vanishing. The rebuilt
body lists no versions (reading every one to list them is not worth it here) but
numbers new ones after the highest found, so none is ever overwritten.
"""

from __future__ import annotations

from .backend import DAMAGE, Backend
from .bodies import Body, check_version, history_dir, new_body, version_name
from .records import parse_stamp


def body_from_history(backend: Backend, draft_id: str) -> tuple[Body, str] | None:
    """(a body made from the newest readable version, what to call it), or None."""
    stems = (
        name.rsplit("/", 1)[1].removesuffix(".json")
        for name in backend.names(history_dir(draft_id))
    )
    numbers = sorted((int(stem) for stem in stems if stem.isdigit()), reverse=True)
    for number in numbers:
        name = version_name(draft_id, number)
        try:
            raw = backend.read(name)
            if raw is None or check_version(raw, name, number).id != draft_id:
                continue
        except DAMAGE:
            continue
        body = new_body(raw["draft"], "draft", raw["saved"])
        body["next_version"] = numbers[0] + 1
        saved = parse_stamp(raw["saved"])
        return body, f"phiên bản số {number} trong lịch sử, lưu lúc {saved:%H:%M:%S ngày %d/%m/%Y}"
    return None
