"""The running text: basis paragraph, numbered sections, blocks and the closing."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from .. import compose
from ..model import PRINTED_KINDS, Block, BodyBlock, Draft, Run, Table
from .fonts import BOLD, REGULAR
from .layout import (
    BODY_LEADING,
    FIRST_LINE_INDENT,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    PAGE_HEIGHT,
    PARAGRAPH_SPACE,
    SIZE_BODY,
    TEXT_WIDTH,
)

BODY = ParagraphStyle(
    "body",
    fontName=REGULAR,
    fontSize=SIZE_BODY,
    leading=BODY_LEADING,
    alignment=TA_JUSTIFY,
    firstLineIndent=FIRST_LINE_INDENT,
    spaceAfter=PARAGRAPH_SPACE,
    allowWidows=0,
    allowOrphans=0,
)
FRAME_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
HEADING = {
    "bold": ParagraphStyle("heading-bold", parent=BODY, fontName=BOLD, keepWithNext=1),
    "regular": ParagraphStyle("heading", parent=BODY, keepWithNext=1),
}


def markup(text: str) -> str:
    """The one place where the clerk's text becomes Paragraph markup: escaped, never obeyed."""
    return escape(text).replace("\n", "<br/>")


def runs_markup(runs: list[Run]) -> str:
    parts = []
    for run in runs:
        text = markup(run.text)
        if run.underline:
            text = f"<u>{text}</u>"
        if run.italic:
            text = f"<i>{text}</i>"
        if run.bold:
            text = f"<b>{text}</b>"
        parts.append(text)
    return "".join(parts)


def block_paragraph(block: Block) -> Paragraph:
    mark = markup(compose.BULLET_MARKS[block.kind])
    return Paragraph(mark + runs_markup(block.runs), BODY)


def block_flowables(
    blocks: list[BodyBlock], width: float, page_height: float = FRAME_HEIGHT
) -> list[Flowable]:
    """Paragraphs, items and tables of a section or an appendix; hints never print."""
    from . import tables  # tables draws its cells with this module's markup

    story: list[Flowable] = []
    for block in blocks:
        if isinstance(block, Table):
            story += tables.table_flowables(block, width, page_height)
        elif block.kind in PRINTED_KINDS:
            story.append(block_paragraph(block))
    return story


def body_story(draft: Draft) -> list[Flowable]:
    """Everything between the title and the signature, in reading order."""
    story: list[Flowable] = []
    basis = compose.basis_text(draft)
    if basis:
        story.append(Paragraph(markup(basis), BODY))
    for numbered in compose.numbered_sections(draft.sections, draft.outline):
        if numbered.heading:
            style = HEADING[compose.heading_style(draft.outline, numbered.level)]
            story.append(Paragraph(markup(numbered.label + numbered.heading), style))
        story.extend(block_flowables(numbered.section.blocks, TEXT_WIDTH))
    if draft.closing.strip():
        story.append(Paragraph(markup(draft.closing.strip()), BODY))
    return story
