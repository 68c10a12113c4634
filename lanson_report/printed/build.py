"""A Draft turned into the printed report: order, labels, numbering and casing, once."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace

from ..domain import compose
from ..domain.model import Block, BodyBlock, Draft, Run, Table
from ..domain.text import upper
from . import appendices
from . import styles as s
from .layout import FULL_RULE, SHORT_RULE_RATIO
from .line import Line
from .parts import Column, Part, line, with_layout
from .tables import printed_table

# Heading styles by outline and level: named after the decree's full I. / 1. / a) outline.
HEADING_STYLES = {
    "roman": {1: s.HEADING_1, 2: s.HEADING_2, 3: s.HEADING_3},
    "arabic": {1: s.HEADING_2, 2: s.HEADING_3},
}


def printed_report(draft: Draft) -> list[Part]:
    """Everything that prints, in reading order."""
    parts = [header(draft), number_date(draft), title(draft)]
    kinh_gui = addressees(draft)
    if kinh_gui is not None:
        parts.append(kinh_gui)
    parts += body(draft)
    parts.append(ending(draft))
    for index, appendix in enumerate(draft.appendices):
        parts.append(appendices.heading(draft, index))
        parts += block_parts(appendix.blocks, f"appendices[{index}]")
    return with_layout(parts, s.metrics(draft.layout))


def header(draft: Draft) -> Part:
    bodies = []
    if draft.agency.parent.strip():
        bodies.append(line(s.PARENT, upper(draft.agency.parent.strip())))
    name = draft.agency.name.strip()
    bodies.append(line(s.AGENCY, upper(name), SHORT_RULE_RATIO if name else 0.0))
    nation = (line(s.NATION, compose.NATION), line(s.MOTTO, compose.MOTTO, FULL_RULE))
    return Part("header", left=Column("bodies", tuple(bodies)), right=Column("nation", nation))


def number_date(draft: Draft) -> Part:
    number = Column("number", (line(s.NUMBER, compose.number_line(draft)),))
    date = Column("date", (line(s.DATE, compose.date_line(draft)),))
    return Part("number_date", left=number, right=date, source="number")


def title(draft: Draft) -> Part:
    lines = [line(s.DOC_TYPE, upper(draft.type_name))]
    if draft.title.strip():
        lines.append(line(s.ABSTRACT, draft.title.strip(), SHORT_RULE_RATIO))
    return Part("title", tuple(lines), source="title")


def addressees(draft: Draft) -> Part | None:
    names = compose.addressee_lines(draft)
    if not names:
        return None
    lines = tuple(line(s.ADDRESSEES, name) for name in names)
    return Part("addressees", lines, label=compose.ADDRESSEES_LABEL, source="addressees")


def body(draft: Draft) -> list[Part]:
    """The basis paragraph, the numbered sections with their blocks, the closing."""
    parts = []
    basis = compose.basis_text(draft)
    if basis:
        parts.append(Part("opening", (line(s.BODY, basis),), source="basis"))
    for path, numbered in _sections(draft):
        if numbered.heading:
            style = HEADING_STYLES[draft.outline][numbered.level]
            text = numbered.label + numbered.heading
            typed = numbered.label + numbered.section.heading.strip()
            printed = line(style, text)
            if typed != text:  # in capitals: Word keeps the typed text under w:caps
                printed = replace(printed, typed=typed)
            heading = Part("heading", (printed,), level=numbered.level, source=path)
            parts.append(heading)
        parts += block_parts(numbered.section.blocks, path)
    if draft.closing.strip():
        parts.append(Part("closing", (line(s.BODY, draft.closing.strip()),), source="closing"))
    return parts


def _sections(draft: Draft) -> Iterator[tuple[str, compose.NumberedSection]]:
    """Numbered sections with their draft-file paths (`sections[0].sections[1]`)."""
    paths: list[str] = []
    counters: list[int] = []
    for numbered in compose.numbered_sections(draft.sections, draft.outline):
        del paths[numbered.level - 1 :], counters[numbered.level :]
        if len(counters) < numbered.level:
            counters.append(-1)
        counters[numbered.level - 1] += 1
        prefix = f"{paths[-1]}.sections" if paths else "sections"
        paths.append(f"{prefix}[{counters[numbered.level - 1]}]")
        yield paths[-1], numbered


def _paragraph(block: Block, source: str) -> Part:
    return Part("paragraph", (Line(s.BODY.name, tuple(block.runs)),), source=source)


def _item(block: Block, source: str) -> Part:
    mark = Run(compose.BULLET_MARKS[block.kind])
    return Part("item", (Line(s.ITEM.name, (mark, *block.runs)),), source=source)


# One builder per block kind; a "hint" is guidance for the clerk and prints nothing.
BLOCK_PARTS: dict[str, Callable[[Block, str], Part]] = {
    "paragraph": _paragraph,
    "bullet": _item,
    "subbullet": _item,
}


def block_part(block: BodyBlock, source: str) -> Part | None:
    if isinstance(block, Table):
        return Part("table", table=printed_table(block), source=source)
    if block.kind == "hint":
        return None
    try:
        build = BLOCK_PARTS[block.kind]
    except KeyError:
        raise NotImplementedError(f"{source}: no printed form for a {block.kind!r} block") from None
    return build(block, source)


def block_parts(blocks: list[BodyBlock], path: str) -> list[Part]:
    """The printed parts of a section's or an appendix's blocks, hints left out."""
    found = (block_part(block, f"{path}.blocks[{index}]") for index, block in enumerate(blocks))
    return [part for part in found if part is not None]


def ending(draft: Draft) -> Part:
    """Nơi nhận and its list on the left, the signer on the right."""
    recipients = [line(s.RECIPIENTS_LABEL, compose.RECIPIENTS_LABEL)]
    recipients += [line(s.RECIPIENTS, text) for text in compose.recipient_lines(draft)]
    signer = [line(s.SIGNER, upper(text.strip())) for text in draft.signature.lines]
    signer.append(line(s.SIGNER_NAME, draft.signature.name.strip()))
    left, right = Column("recipients", tuple(recipients)), Column("signature", tuple(signer))
    return Part("ending", left=left, right=right, source="signature")
