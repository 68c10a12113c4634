"""A review print: the report with its paragraphs numbered, so that a leader's marks in
ink on paper can be located ("đoạn [12]: bổ sung số liệu") and found again in the app.

Every printed paragraph, item and table of the body and the appendices gets its number
in brackets, in reading order; the numbers print, the draft itself is never changed.
`numbered()` makes the copy that prints; `located()` says where paragraph n is.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from .model import Block, BodyBlock, Draft, Run, Section, Table, clone

MARK = "[{n}] "


@dataclass(frozen=True)
class Place:
    number: int
    path: str  # as the draft file names it: `sections[1].blocks[2]`


def _blocks(draft: Draft) -> Iterator[tuple[str, BodyBlock]]:
    def walk(sections: list[Section], prefix: str) -> Iterator[tuple[str, BodyBlock]]:
        for index, section in enumerate(sections):
            here = f"{prefix}[{index}]"
            for number, block in enumerate(section.blocks):
                yield f"{here}.blocks[{number}]", block
            yield from walk(section.sections, f"{here}.sections")

    yield from walk(draft.sections, "sections")
    for index, appendix in enumerate(draft.appendices):
        for number, block in enumerate(appendix.blocks):
            yield f"appendices[{index}].blocks[{number}]", block


def _printed(block: BodyBlock) -> bool:
    if isinstance(block, Table):
        return True
    return block.kind != "hint" and bool(block.text.strip())


def located(draft: Draft) -> list[Place]:
    """Paragraph n of the review print, and the draft field it is."""
    places = [path for path, block in _blocks(draft) if _printed(block)]
    return [Place(number, path) for number, path in enumerate(places, start=1)]


def numbered(draft: Draft) -> Draft:
    """A copy to print for review: each paragraph and item starts with `[n] `, each table's
    caption (or a line above it) says its number."""
    copy = clone(draft)
    number = 0
    for _path, block in _blocks(copy):
        if not _printed(block):
            continue
        number += 1
        mark = MARK.format(n=number)
        if isinstance(block, Table):
            block.caption = f"{mark}{block.caption}".strip()
        else:
            assert isinstance(block, Block)
            block.runs = [Run(mark, bold=True), *block.runs]
    return copy
