"""A unit's words in a consolidated report: a paragraph merged from a division's reply
(`source` on its block) still says "Phòng đã …", "Trung tâm đã …" in the unit's own
voice; the department's report names who did it. Pointed out as a hint, with the two
usual rewordings: the unit by its name, or the department itself."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Block, BodyBlock, Draft, Section
from .findings import Finding

# A sentence whose subject is the unit itself, by its kind alone, doing something.
OWN_VOICE = re.compile(  # at a sentence's start, or after its opening words and a comma
    r"(?:^|(?<=[.;:!?]\s)|(?<=,\s))(?P<unit>Phòng|Trung tâm|Chi cục|Ban|Đơn vị|Văn phòng)"
    r"(?=\s+(?:đã|đang|sẽ|tiếp tục|chủ động|phối hợp|tổ chức|thực hiện|triển khai|hoàn thành)\b)"
)


def unit_voice(draft: Draft) -> list[Finding]:
    """Each "Phòng đã …" in a block a unit's reply brought in."""
    agency = agency_word(draft)
    found = []
    for where, block in _sourced(draft.sections, "sections"):
        for match in OWN_VOICE.finditer(block.text):
            suggestions = tuple(dict.fromkeys((block.source, agency)))
            found.append(
                Finding(
                    where,
                    match.start("unit"),
                    match.end("unit"),
                    "unit-voice",
                    "info",
                    f"Đoạn của {block.source} viết theo giọng đơn vị (“{match['unit']} "
                    f"đã …”): trong báo cáo của {agency} hãy nêu rõ ai làm",
                    suggestions,
                )
            )
    return found


def agency_word(draft: Draft) -> str:
    """`Sở` for a Sở, `UBND huyện` … as the report speaks of itself: its name's first word."""
    name = " ".join(draft.agency.name_for_text.split())
    first = name.split(" ")[0] if name else ""
    return first.capitalize() if first else "cơ quan"


def _sourced(sections: list[Section], path: str) -> Iterator[tuple[str, Block]]:
    for index, section in enumerate(sections):
        here = f"{path}[{index}]"
        yield from _blocks(section.blocks, f"{here}.blocks")
        yield from _sourced(section.sections, f"{here}.sections")


def _blocks(blocks: list[BodyBlock], path: str) -> Iterator[tuple[str, Block]]:
    for index, block in enumerate(blocks):
        if isinstance(block, Block) and block.source and block.kind != "hint":
            yield f"{path}[{index}]", block
