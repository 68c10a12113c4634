"""Phụ lục pages: each appendix on a new page after the signature, numbered on its own.

A landscape appendix turns its pages to A4 landscape; the binding margin then lies on
the top edge, the long edge bound with the portrait pages (printed/layout.py, PAGES).
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, PageTemplate, Paragraph

from ..printed import Line, Part
from ..printed.layout import PAGE_HEIGHT, PAGE_NUMBER_BASELINE, PAGES
from ..printed.styles import APPENDIX_ATTACHED, PAGE_NUMBER
from . import fonts, places
from .body import markup, style_of
from .lines import balanced_split
from .tables import flowables

NUMBER_FROM_TOP = PAGE_HEIGHT - PAGE_NUMBER_BASELINE  # in the top margin, as in the report
START = "_appendix_start_page"  # set on the doc template by each appendix's first page


def _frame(orientation: str) -> places.PlacingFrame:
    page = PAGES[orientation]
    return places.PlacingFrame(
        page.left,
        page.bottom,
        page.text_width,
        page.text_height,
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
    page = PAGES["portrait" if width < height else "landscape"]
    canvas.setFont(fonts.face(PAGE_NUMBER.bold, PAGE_NUMBER.italic), PAGE_NUMBER.size)
    number = doc.page - getattr(doc, START) + 1
    centre = page.left + page.text_width / 2
    canvas.drawCentredString(centre, height - NUMBER_FROM_TOP, str(number))


def page_templates() -> list[PageTemplate]:
    """A first and a later page for each orientation; only the later ones are numbered."""
    templates = []
    for orientation, page in PAGES.items():
        name, size, frame = (
            f"appendix-{orientation}",
            (page.width, page.height),
            _frame(orientation),
        )
        first = PageTemplate(
            f"{name}-first",
            [frame],
            onPage=_first_page,
            pagesize=size,
            autoNextPageTemplate=f"{name}-later",
        )
        later = PageTemplate(f"{name}-later", [frame], onPage=_later_page, pagesize=size)
        templates += [first, later]
    return templates


def heading_lines(line: Line, width: float) -> list[str]:
    """Where a heading line breaks, for the PDF and Word alike: a title in lines of even
    length (a block, not a line and a stray word); the Kèm theo line whole or before `của`,
    its hand-fill blanks kept (a general line breaker would take them for spaces)."""
    style = line.style
    face = fonts.face(style.bold, style.italic)
    if line.style_name != APPENDIX_ATTACHED.name:
        return balanced_split(line.text, face, style.size, width)
    before, separator, issuer = line.text.rpartition(" của ")
    if fonts.width(line.text, face, style.size) <= width or not separator:
        return [line.text]
    return [before, f"của {issuer}"]


def heading(part: Part) -> list[Flowable]:
    """`Phụ lục` (I, II, …), the title in capitals, the Kèm theo line."""
    width = PAGES[part.orientation].text_width
    return [
        Paragraph(
            "<br/>".join(markup(text) for text in heading_lines(line, width)),
            style_of(line.style),
        )
        for line in part.lines
    ]


def appendix_story(appended: list[list[Part]]) -> list[Flowable]:
    """Every appendix, each opening a new page in its orientation."""
    story: list[Flowable] = []
    for opening, *blocks in appended:
        page = PAGES[opening.orientation]
        story += [NextPageTemplate(f"appendix-{opening.orientation}-first"), PageBreak()]
        titles = heading(opening)
        places.tag(titles[0], opening.source)
        story += titles
        frame = (page.text_width, page.text_height)
        for part in blocks:
            drawn = flowables(part, *frame)
            if drawn:
                places.tag(drawn[0], part.source)
            story += drawn
    return story
