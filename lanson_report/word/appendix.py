"""Each Phụ lục as a Word section of its own: new page, its orientation and margins,
page numbers restarting with the first page unnumbered, as in the PDF."""

from __future__ import annotations

from typing import Any

from docx.enum.section import WD_ORIENT, WD_SECTION

from ..pdf.appendix import heading_lines
from ..printed import Line, Part
from ..printed.layout import PAGES
from . import tables
from .parts import add_paragraph
from .xml import element, mark_format, twips

ORIENT = {"portrait": WD_ORIENT.PORTRAIT, "landscape": WD_ORIENT.LANDSCAPE}


def _page_setup(section: Any, orientation: str) -> None:
    page = PAGES[orientation]
    section.orientation = ORIENT[orientation]
    section.page_width, section.page_height = twips(page.width), twips(page.height)
    section.left_margin, section.right_margin = twips(page.left), twips(page.right)
    section.top_margin, section.bottom_margin = twips(page.top), twips(page.bottom)
    section.different_first_page_header_footer = True  # the first page shows no number
    sect_pr = section._sectPr
    for old in sect_pr.findall(element("w:pgNumType").tag):
        sect_pr.remove(old)
    # schema order: pgNumType comes after pgMar (and pgBorders) and before cols
    sect_pr.insert_element_before(
        element("w:pgNumType", start=1),
        *("w:cols", "w:formProt", "w:vAlign", "w:noEndnote", "w:titlePg", "w:textDirection"),
        *("w:bidi", "w:rtlGutter", "w:docGrid", "w:printerSettings", "w:sectPrChange"),
    )


def _new_section(document: Any, orientation: str) -> None:
    """Start a page in a new section; the paragraph carrying the break is made tiny."""
    section = document.add_section(WD_SECTION.NEW_PAGE)
    breaker = document.paragraphs[-1]  # holds the previous section's properties
    form = breaker.paragraph_format
    form.space_before = form.space_after = twips(0)
    form.line_spacing = twips(1)
    mark_format(breaker, 1)
    _page_setup(section, orientation)


def _heading_line(document: Any, line: Line, width: float) -> Any:
    paragraph = add_paragraph(document, line, "\n".join(heading_lines(line, width)))
    paragraph.paragraph_format.keep_with_next = True
    return paragraph


def appendix(document: Any, opening: Part, blocks: list[Part], body_parts: dict[str, Any]) -> Any:
    """The appendix's section, heading and blocks; returns the last thing added."""
    _new_section(document, opening.orientation)
    page = PAGES[opening.orientation]
    width = page.text_width
    last = None
    for line in opening.lines:
        last = _heading_line(document, line, width)
    for part in blocks:
        if part.role == "table":
            last = tables.table(document, part, width, page.text_height)
        else:
            last = body_parts[part.role](document, part)
    return last
