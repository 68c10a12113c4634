"""Phụ lục pages: each appendix on a new page after the signature, numbered on its own.

A landscape appendix turns its pages to A4 landscape; the binding margin then lies on
the top edge, the long edge bound with the portrait pages.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
)

from .. import appendices
from ..model import Draft, Orientation
from . import fonts
from .body import block_flowables, markup
from .layout import (
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    PAGE_HEIGHT,
    PAGE_NUMBER_BASELINE,
    PAGE_WIDTH,
    SIZE_PAGE_NUMBER,
)
from .lines import balanced_split

SIZE_HEADING = 14
HEADING_LEADING = SIZE_HEADING * 1.2
SPACE_AFTER_HEADING = 18.0  # pt between the Kèm theo line and the appendix's first block
LANDSCAPE = (PAGE_HEIGHT, PAGE_WIDTH)
# (left, right, top, bottom) in points; landscape: binding on top (30–35), others 15–25 mm.
MARGINS: dict[Orientation, tuple[float, float, float, float]] = {
    "portrait": (MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM),
    "landscape": (20 * mm, 20 * mm, 30 * mm, 20 * mm),
}
PAGE_SIZES: dict[Orientation, tuple[float, float]] = {
    "portrait": (PAGE_WIDTH, PAGE_HEIGHT),
    "landscape": LANDSCAPE,
}
NUMBER_FROM_TOP = PAGE_HEIGHT - PAGE_NUMBER_BASELINE  # inside the top margin, as in the body
START = "_appendix_start_page"  # set on the doc template by an appendix's first page


def _style(name: str, font: str) -> ParagraphStyle:
    return ParagraphStyle(
        name, fontName=font, fontSize=SIZE_HEADING, leading=HEADING_LEADING, alignment=TA_CENTER
    )


LABEL = _style("appendix-label", fonts.BOLD)
TITLE = _style("appendix-title", fonts.BOLD)
ATTACHED = _style("appendix-attached", fonts.ITALIC)


def text_width(orientation: Orientation) -> float:
    left, right, _, _ = MARGINS[orientation]
    return PAGE_SIZES[orientation][0] - left - right


def text_height(orientation: Orientation) -> float:
    _, _, top, bottom = MARGINS[orientation]
    return PAGE_SIZES[orientation][1] - top - bottom


def _frame(orientation: Orientation) -> Frame:
    left, right, top, bottom = MARGINS[orientation]
    width, height = PAGE_SIZES[orientation]
    return Frame(
        left,
        bottom,
        width - left - right,
        height - top - bottom,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id=f"appendix-{orientation}",
    )


def _first_page(canvas: Any, doc: Any) -> None:
    setattr(doc, START, doc.page)  # this page shows no number; the next one shows 2


def _later_page(canvas: Any, doc: Any) -> None:
    width, height = canvas._pagesize
    orientation: Orientation = "portrait" if width < height else "landscape"
    left, right, _, _ = MARGINS[orientation]
    canvas.setFont(fonts.REGULAR, SIZE_PAGE_NUMBER)
    number = doc.page - getattr(doc, START) + 1
    centre = left + (width - left - right) / 2
    canvas.drawCentredString(centre, height - NUMBER_FROM_TOP, str(number))


def page_templates() -> list[PageTemplate]:
    """A first and a later page for each orientation; only the later ones are numbered."""
    templates = []
    for orientation in ("portrait", "landscape"):
        name = f"appendix-{orientation}"
        size = PAGE_SIZES[orientation]
        frame = _frame(orientation)
        templates.append(
            PageTemplate(
                f"{name}-first",
                [frame],
                onPage=_first_page,
                pagesize=size,
                autoNextPageTemplate=f"{name}-later",
            )
        )
        templates.append(PageTemplate(f"{name}-later", [frame], onPage=_later_page, pagesize=size))
    return templates


def _centred(text: str, style: ParagraphStyle, width: float) -> Paragraph:
    """Lines of even length, so a long title reads as a block, not a line and a stray word."""
    lines = balanced_split(text, style.fontName, style.fontSize, width)
    return Paragraph("<br/>".join(markup(line) for line in lines), style)


def _attached(text: str, width: float) -> Paragraph:
    """The Kèm theo line whole, or broken before `của`; its hand-fill blanks kept as they are."""
    size = ATTACHED.fontSize
    before, separator, issuer = text.rpartition(" của ")
    if fonts.width(text, ATTACHED.fontName, size) <= width or not separator:
        return Paragraph(markup(text), ATTACHED)
    return Paragraph(f"{markup(before)}<br/>{markup('của ' + issuer)}", ATTACHED)


def heading(draft: Draft, index: int) -> list[Flowable]:
    words = appendices.heading(draft, index)
    width = text_width(draft.appendices[index].orientation)
    story: list[Flowable] = [Paragraph(markup(words.label), LABEL)]
    if words.title:
        story.append(_centred(words.title, TITLE, width))
    story += [_attached(words.attached, width), Spacer(1, SPACE_AFTER_HEADING)]
    return story


def appendix_story(draft: Draft) -> list[Flowable]:
    """Every appendix, each opening a new page in its orientation."""
    story: list[Flowable] = []
    for index, appendix in enumerate(draft.appendices):
        story += [NextPageTemplate(f"appendix-{appendix.orientation}-first"), PageBreak()]
        story += heading(draft, index)
        story += block_flowables(
            appendix.blocks, text_width(appendix.orientation), text_height(appendix.orientation)
        )
    return story
