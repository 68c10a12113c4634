"""The running text: one ReportLab Paragraph per body part of the printed report."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from ..domain.model import Run
from ..printed import Part
from ..printed.parts import PARAGRAPH_ROLES
from ..printed.styles import STYLES, Style
from . import fonts, footnotes
from .paragraphs import KeptLinesParagraph

ALIGNMENTS = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT, "justify": TA_JUSTIFY}


def paragraph_style(name: str) -> ParagraphStyle:
    """The ReportLab form of a named style of the printed report, standard layout."""
    return style_of(STYLES[name])


@cache
def style_of(style: Style) -> ParagraphStyle:
    """The ReportLab form of a style of the printed report, under the draft's layout."""
    return ParagraphStyle(
        style.name,
        fontName=fonts.face(style.bold, style.italic),
        fontSize=style.size,
        leading=style.leading,
        alignment=ALIGNMENTS[style.align],
        firstLineIndent=style.first_indent,
        spaceAfter=style.space_after,
        keepWithNext=int(style.keep_with_next),
        allowWidows=0,
        allowOrphans=0,
    )


def markup(text: str) -> str:
    """The one place where the clerk's text becomes Paragraph markup: escaped, never obeyed."""
    return escape(text).replace("\n", "<br/>")


def runs_markup(runs: tuple[Run, ...]) -> str:
    parts = []
    for run in runs:
        text = markup(run.text)
        if run.underline:
            text = f"<u>{text}</u>"
        if run.italic:
            text = f"<i>{text}</i>"
        if run.bold:
            text = f"<b>{text}</b>"
        note = runs_markup(tuple(run.note_runs)) if run.footnote else ""
        parts.append(text + (footnotes.mark(note) if note else ""))
    return "".join(parts)


def paragraph(part: Part) -> Paragraph:
    (line,) = part.lines
    return KeptLinesParagraph(runs_markup(line.runs), style_of(line.style))


# The body roles drawn as one Paragraph; a table is several flowables (see flowables()).
FLOWABLES: dict[str, Callable[[Part], Flowable]] = {role: paragraph for role in PARAGRAPH_ROLES}


def flowable(part: Part) -> Flowable:
    try:
        draw = FLOWABLES[part.role]
    except KeyError:
        raise NotImplementedError(f"{part.source}: the PDF cannot draw a {part.role!r}") from None
    return draw(part)
