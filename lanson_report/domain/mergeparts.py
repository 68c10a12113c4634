"""The merge view's model: a consolidated report seen per section, each unit's blocks under
the unit's name (their `source`), and the clerk's moves on them — to another section, up or
down, dropped, its words edited or reworded into the department's voice. Blocks are known
by identity; every change is made on the draft given (the view works on a copy)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .compose import numbered_sections
from .findtext import splice_runs
from .model import UNPLACED_HEADING, Block, BodyBlock, Draft, Section, Table
from .textcheck.voice import OWN_VOICE

PREVIEW = 110  # characters of a block shown in the list


@dataclass
class Place:
    """A section of the report, with what each unit brought into it."""

    label: str  # "I. KẾT QUẢ THỰC HIỆN", "1. Công tác quản lý khoa học"
    level: int
    section: Section
    # each unit's blocks that stand together, in the order they print: a unit whose
    # blocks are apart (moved up past another's) shows once per run of them
    units: list[tuple[str, list[BodyBlock]]] = field(default_factory=list)

    @property
    def unplaced(self) -> bool:
        return self.section.heading == UNPLACED_HEADING


def places(draft: Draft) -> list[Place]:
    """Every section in reading order (each a place to move to), with its units' blocks;
    the "Chưa xếp được" section last, as printed."""
    out = []
    for numbered in numbered_sections(draft.sections, draft.outline):
        heading = numbered.section.heading
        label = heading if heading == UNPLACED_HEADING else f"{numbered.label}{numbered.heading}"
        label = " ".join(label.split()) or "(mục không tên)"
        place = Place(label, numbered.level, numbered.section)
        previous: BodyBlock | None = None
        for block in numbered.section.blocks:
            if block.source:
                if previous is None or previous.source != block.source or not place.units:
                    place.units.append((block.source, []))
                place.units[-1][1].append(block)
            previous = block
        out.append(place)
    return out


def preview(block: BodyBlock) -> str:
    if isinstance(block, Table):
        rows = sum(1 for row in block.rows if any(c is not None and c.text for c in row))
        name = block.caption.strip() or "Bảng"
        return f"[Bảng] {name} ({rows} hàng có chữ)"
    text = " ".join(block.text.split())
    return text if len(text) <= PREVIEW else text[: PREVIEW - 1].rstrip() + "…"


def section_of(draft: Draft, block: BodyBlock) -> Section | None:
    for place in places(draft):
        if any(b is block for b in place.section.blocks):
            return place.section
    return None


def _index(section: Section, block: BodyBlock) -> int:
    return next(i for i, b in enumerate(section.blocks) if b is block)


def move(draft: Draft, block: BodyBlock, target: Section) -> None:
    """The block into `target`, after the last block its unit has there (else at the end);
    a "Chưa xếp được" section left empty goes."""
    source = section_of(draft, block)
    if source is None or source is target:
        return
    del source.blocks[_index(source, block)]
    same = [i for i, b in enumerate(target.blocks) if b.source == block.source]
    target.blocks.insert(same[-1] + 1 if same else len(target.blocks), block)
    _drop_empty_unplaced(draft)


def shift(draft: Draft, block: BodyBlock, step: int) -> bool:
    """The block one place up (-1) or down (+1) among the section's blocks; False at an end."""
    section = section_of(draft, block)
    if section is None:
        return False
    here = _index(section, block)
    there = here + step
    if not 0 <= there < len(section.blocks):
        return False
    section.blocks[here], section.blocks[there] = section.blocks[there], section.blocks[here]
    return True


def drop(draft: Draft, block: BodyBlock) -> None:
    section = section_of(draft, block)
    if section is not None:
        del section.blocks[_index(section, block)]
        _drop_empty_unplaced(draft)


def _drop_empty_unplaced(draft: Draft) -> None:
    draft.sections = [
        s for s in draft.sections if s.heading != UNPLACED_HEADING or s.blocks or s.sections
    ]


def edit(block: Block, text: str) -> None:
    """The block's words as the clerk retyped them: only the span that changed is replaced,
    so bold, italics and footnotes elsewhere in the paragraph stay."""
    old = block.text
    if text == old:
        return
    start = 0
    while start < min(len(old), len(text)) and old[start] == text[start]:
        start += 1
    end_old, end_new = len(old), len(text)
    while end_old > start and end_new > start and old[end_old - 1] == text[end_new - 1]:
        end_old, end_new = end_old - 1, end_new - 1
    splice_runs(block.runs, start, end_old, text[start:end_new])


def own_voice(block: BodyBlock) -> list[re.Match[str]]:
    """Where the block speaks in its unit's voice ("Phòng đã …")."""
    if not isinstance(block, Block) or block.kind == "hint":
        return []
    return list(OWN_VOICE.finditer(block.text))


def reword(block: Block, subject: str) -> int:
    """Each "Phòng đã …" of the block said by `subject` ("Sở", the unit's name); how many."""
    found = own_voice(block)
    for match in reversed(found):
        splice_runs(block.runs, match.start("unit"), match.end("unit"), subject)
    return len(found)
