"""A blank Word document set up for Decree 30: A4, margins, named styles, page numbers.

python-docx's default template carries styles, a theme and a font table that name
Calibri, Cambria, Arial and Asian fonts, plus a list-numbering part. They are
dropped, so that the file names no font but Times New Roman and Word has no
numbering definitions to attach to the typed `1.` and `a)`.
"""

from __future__ import annotations

import datetime
from typing import Any

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_LINE_SPACING, WD_PARAGRAPH_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from .. import APP_NAME, __version__
from ..domain import compose
from ..domain.model import Draft
from ..domain.text import fold
from ..pdf import fonts
from ..printed import Style, layout
from ..printed.styles import BODY, HEADING_1, HEADING_2, HEADING_3, PAGE_NUMBER, styles_for
from . import origin
from .xml import NOT_XML, page_field, run_format, twips

ALIGN = {
    "left": WD_PARAGRAPH_ALIGNMENT.LEFT,
    "center": WD_PARAGRAPH_ALIGNMENT.CENTER,
    "right": WD_PARAGRAPH_ALIGNMENT.RIGHT,
    "justify": WD_PARAGRAPH_ALIGNMENT.JUSTIFY,
}
OUTLINE_LEVELS = {HEADING_1.name: 0, HEADING_2.name: 1, HEADING_3.name: 2}
DROPPED_PARTS = ("stylesWithEffects", "numbering", "fontTable", "theme", "customXml")
MAX_PROPERTY = 255  # characters python-docx (and Word's own dialog) takes in a core property
KEPT_STYLES = {"Normal", "Default Paragraph Font", "Normal Table", "No List"}


def new_document(draft: Draft) -> Any:
    document = docx.Document()
    _drop_parts(document)
    styles = styles_for(draft.layout)
    _base_styles(document, styles[BODY.name].size)
    for style in styles.values():
        _add_style(document, style)
    _page(document)
    _letter_footer(document, draft)
    _properties(document, draft)
    origin.mark(document, draft)  # a "bản trình": which draft and text it came from
    return document


def _drop_parts(document: Any) -> None:
    part = document.part
    for rid, rel in list(part.rels.items()):
        if rel.reltype.rsplit("/", 1)[-1] in DROPPED_PARTS:
            part.drop_rel(rid)
    package_rels = part.package.rels
    for rid, rel in list(package_rels.items()):
        if rel.reltype.endswith("/thumbnail"):
            del package_rels[rid]


def _base_styles(document: Any, body_size: float) -> None:
    """Only the built-in styles Word needs; document defaults in Times New Roman, Vietnamese."""
    styles = document.styles.element
    for style in styles.findall(qn("w:style")):
        name = style.find(qn("w:name"))
        if name is None or name.get(qn("w:val")) not in KEPT_STYLES:
            styles.remove(style)
    defaults = styles.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    run_format(rpr, size=body_size)
    normal = document.styles["Normal"]
    run_format(normal.element.get_or_add_rPr())
    normal.paragraph_format.widow_control = True
    normal.paragraph_format.space_after = twips(0)  # the template's 10 pt: none in the decree
    normal.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE


def style_id(name: str) -> str:
    """`Nội dung` → `NoiDung`: ASCII ids, as Word itself writes them."""
    return "".join(word.capitalize() for word in fold(name).split())


def _add_style(document: Any, style: Style) -> None:
    added = document.styles.add_style(style.name, WD_STYLE_TYPE.PARAGRAPH)
    added.style_id = style_id(style.name)
    added.base_style = document.styles["Normal"]
    added.quick_style = True
    run_format(added.element.get_or_add_rPr(), style.size, style.bold, style.italic)
    paragraph_format(added.paragraph_format, style)
    if style.name in OUTLINE_LEVELS:
        added.element.get_or_add_pPr().get_or_add_outlineLvl().val = OUTLINE_LEVELS[style.name]


def paragraph_format(form: Any, style: Style) -> None:
    form.alignment = ALIGN[style.align]
    form.first_line_indent = twips(style.first_indent)
    form.space_before = twips(0)
    form.space_after = twips(style.space_after)
    form.keep_with_next = style.keep_with_next
    form.widow_control = True
    if style.line_spacing:
        # "at least" the decree's leading: the same lines as the PDF, marks never clipped
        form.line_spacing_rule = WD_LINE_SPACING.AT_LEAST
        form.line_spacing = twips(style.leading)
    else:
        form.line_spacing_rule = WD_LINE_SPACING.SINGLE


def _page(document: Any) -> None:
    """A4 portrait, the decree's margins, the page number from page 2 in the top margin."""
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = twips(layout.PAGE_WIDTH), twips(layout.PAGE_HEIGHT)
    section.top_margin, section.bottom_margin = (
        twips(layout.MARGIN_TOP),
        twips(layout.MARGIN_BOTTOM),
    )
    section.left_margin, section.right_margin = (
        twips(layout.MARGIN_LEFT),
        twips(layout.MARGIN_RIGHT),
    )
    section.gutter = twips(0)
    # the header's first line sits where the PDF puts the page number's baseline
    face = fonts.face(PAGE_NUMBER.bold, PAGE_NUMBER.italic)
    baseline_from_top = layout.PAGE_HEIGHT - layout.PAGE_NUMBER_BASELINE
    section.header_distance = twips(baseline_from_top - fonts.ascent(face, PAGE_NUMBER.size))
    section.footer_distance = twips(10 * layout.MM)
    section.different_first_page_header_footer = True
    section.first_page_header.is_linked_to_previous = False
    number = section.header.paragraphs[0]
    number.style = document.styles[PAGE_NUMBER.name]
    page_field(number)


def _letter_footer(document: Any, draft: Draft) -> None:
    """A công văn's page-1 address footer (Mẫu 1.5): 11 pt under a full-width rule."""
    lines = compose.letter_footer_lines(draft)
    if not lines:
        return
    footer = document.sections[0].first_page_footer
    footer.is_linked_to_previous = False
    for index, text in enumerate(lines):
        paragraph = footer.paragraphs[0] if index == 0 else footer.add_paragraph()
        paragraph.paragraph_format.space_before = paragraph.paragraph_format.space_after = 0
        run = paragraph.add_run(text)
        run.font.size = Pt(layout.LETTER_FOOTER_SIZE)
        run.font.name = "Times New Roman"
        if index == 0:  # the rule over the footer: the first line's top border
            borders = OxmlElement("w:pBdr")
            top = OxmlElement("w:top")
            for key, value in (
                ("w:val", "single"),
                ("w:sz", "4"),
                ("w:space", "1"),
                ("w:color", "000000"),
            ):
                top.set(qn(key), value)
            borders.append(top)
            paragraph._p.get_or_add_pPr().append(borders)


def property_text(text: str) -> str:
    """Text a core property can hold: no character XML refuses, at most 255 characters
    (a longer trích yếu is cut, with `…`; the document itself prints it whole)."""
    text = NOT_XML.sub("", text).strip()
    if len(text) > MAX_PROPERTY:
        text = text[: MAX_PROPERTY - 1].rstrip() + "…"
    return text


def _properties(document: Any, draft: Draft) -> None:
    core = document.core_properties
    core.title = property_text(draft.title)
    core.author = property_text(draft.agency.name)
    core.subject = property_text(draft.type_name)
    core.keywords = property_text(f"{draft.full_symbol}, {draft.date.year}")
    core.language = "vi-VN"
    core.comments = f"{APP_NAME} {__version__}"
    core.last_modified_by = property_text(draft.agency.name)
    core.revision = 1
    now = datetime.datetime.now(datetime.UTC).replace(microsecond=0)
    core.created = core.modified = now
