"""A Draft turned into the printed report: order, labels, numbering and casing, once."""

from __future__ import annotations

from collections.abc import Callable
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
    "articles": {1: s.ARTICLE, 2: s.CLAUSE, 3: s.HEADING_3},  # Điều bold, khoản, điểm regular
}
LETTER_MARK = "V/v"  # a công văn's trích yếu, written without a colon


def printed_report(draft: Draft) -> list[Part]:
    """Everything that prints, in reading order."""
    parts = [header(draft), number_date(draft)]
    for part in (title(draft), addressees(draft)):
        if part is not None:
            parts.append(part)
    parts += preamble(draft)
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
    """`Số: …` | place and date; a công văn's `V/v …` under `Số:` in the left column."""
    numbers = [line(s.NUMBER, compose.number_line(draft))]
    if draft.kind.abstract_in_header and draft.title.strip():
        numbers.append(line(s.LETTER_ABSTRACT, letter_abstract(draft.title)))
    date = Column("date", (line(s.DATE, compose.date_line(draft)),))
    return Part("number_date", left=Column("number", tuple(numbers)), right=date, source="number")


def letter_abstract(title: str) -> str:
    """`V/v triển khai …`: the mark once, without a colon, whatever the clerk typed."""
    text = title.strip()
    if text[: len(LETTER_MARK)].lower() == LETTER_MARK.lower():
        text = text[len(LETTER_MARK) :].lstrip(" :")
    return f"{LETTER_MARK} {text}"


def title(draft: Draft) -> Part | None:
    """The type name and the abstract under it; a công văn has neither (Mẫu 1.5)."""
    if draft.kind.abstract_in_header:
        return None
    lines = [line(s.DOC_TYPE, upper(draft.type_name))]
    if draft.title.strip():
        lines.append(line(s.ABSTRACT, draft.title.strip(), SHORT_RULE_RATIO))
    return Part("title", tuple(lines), source="title")


def addressees(draft: Draft) -> Part | None:
    names = compose.addressee_lines(draft)
    if not names or not draft.kind.takes_addressees:
        return None  # a type without Kính gửi keeps a changed report's list, never prints it
    lines = tuple(line(s.ADDRESSEES, name) for name in names)
    return Part("addressees", lines, label=compose.ADDRESSEES_LABEL, source="addressees")


def preamble(draft: Draft) -> list[Part]:
    """What opens the body by the type's form: a decision's authority, căn cứ lines and
    `QUYẾT ĐỊNH:` (Mẫu 1.2); an invitation's lines (Mẫu 1.7); else the basis paragraph."""
    kind = draft.kind
    parts = []
    if kind.basis_per_line:
        if draft.authority.strip():
            authority = line(s.AUTHORITY, upper(draft.authority.strip()))
            parts.append(Part("authority", (authority,), source="authority"))
        parts += [
            Part("basis", (line(s.BASIS_LINE, text),), source="basis")
            for text in compose.basis_lines(draft)
        ]
        parts.append(Part("enacting", (line(s.ENACTING, kind.enacting),), source="sections"))
        return parts
    basis = compose.basis_text(draft)
    if basis:
        parts.append(Part("opening", (line(s.BODY, basis),), source="basis"))
    if kind.invites:
        parts += [
            Part("invitation", (line(s.INVITATION, text),), source="invitation")
            for text in compose.invitation_lines(draft)
        ]
    return parts


def body(draft: Draft) -> list[Part]:
    """The numbered sections with their blocks, and the closing."""
    parts = []
    for numbered in compose.numbered_sections(draft.sections, draft.outline):
        if numbered.is_part:
            parts += _part(numbered)
            continue
        blocks = block_parts(numbered.section.blocks, numbered.path)
        if numbered.heading:
            parts.append(_heading(draft, numbered))
        elif numbered.label:  # an article or clause without a title: its label runs on
            parts += _run_on(draft, numbered, blocks)
            continue
        parts += blocks
    if draft.closing.strip():
        parts.append(Part("closing", (line(s.BODY, draft.closing.strip()),), source="closing"))
    if draft.kind.invites:  # the notes of Mẫu 1.7 are set as its other lines
        return [_restyled(part, s.BODY, s.INVITATION) for part in parts]
    return parts


def _restyled(part: Part, old: s.Style, new: s.Style) -> Part:
    lines = tuple(
        replace(ln, style_name=new.name) if ln.style_name == old.name else ln for ln in part.lines
    )
    return replace(part, lines=lines)


def _heading(draft: Draft, numbered: compose.NumberedSection) -> Part:
    style = HEADING_STYLES[draft.outline][numbered.level]
    text = numbered.label + numbered.heading
    typed = numbered.label + numbered.section.heading.strip()
    printed = line(style, text)
    if typed != text:  # in capitals: Word keeps the typed text under w:caps
        printed = replace(printed, typed=typed)
    return Part("heading", (printed,), level=numbered.level, source=numbered.path)


def _part(numbered: compose.NumberedSection) -> list[Part]:
    """`Phần I` on its own line, its title in capitals under it, both centred and bold."""
    parts = [Part("part", (line(s.PART_LABEL, numbered.label),), source=numbered.path)]
    if numbered.heading:
        title = replace(line(s.PART_TITLE, numbered.heading), typed=numbered.section.heading)
        parts.append(Part("part", (title,), level=1, source=numbered.path))
    return parts


def _run_on(draft: Draft, numbered: compose.NumberedSection, blocks: list[Part]) -> list[Part]:
    """`**Điều 1.** Text …`: the first paragraph follows the label on its line; with no
    paragraph to follow, the label stands alone."""
    label = Run(numbered.label, bold=numbered.level == 1)  # khoản and điểm are regular
    if blocks and blocks[0].role == "paragraph":
        first = blocks[0].lines[0]
        merged = replace(first, runs=(label, *first.runs))
        return [replace(blocks[0], lines=(merged,)), *blocks[1:]]
    style = HEADING_STYLES[draft.outline][numbered.level]
    alone = Line(style.name, (replace(label, text=numbered.label.strip()),))
    return [Part("heading", (alone,), level=numbered.level, source=numbered.path), *blocks]


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
