"""A Word run's and paragraph's formatting, as Word resolves it, junk values ignored.

python-docx turns attribute values into enums and lengths as it reads them and raises
on a value it does not know (`w:jc="banana"`, `w:sz="big"`, `w:b="maybe"`). Word
ignores such values; so does the import: each lookup that fails counts as unset.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.exceptions import InvalidXmlError
from docx.oxml.exceptions import InvalidXmlError as SchemaError
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from .errors import whole_number
from .styles import Styles

# What python-docx raises on an attribute value outside its schema.
JUNK = (
    ValueError,
    TypeError,
    KeyError,
    AttributeError,
    OverflowError,
    InvalidXmlError,
    SchemaError,
)


def safely(get: Callable[[], Any]) -> Any:
    try:
        return get()
    except JUNK:
        return None


ALIGNS = {
    WD_ALIGN_PARAGRAPH.CENTER: "center",
    WD_ALIGN_PARAGRAPH.RIGHT: "right",
    WD_ALIGN_PARAGRAPH.LEFT: "left",
}
FLAGS = ("bold", "italic", "underline")


def run_style(run: Any) -> str | None:
    r_pr = run._r.rPr
    return r_pr.style if r_pr is not None else None


def size(run: Any, styles: Styles, style: str) -> float | None:
    value = safely(lambda: run.font.size)
    for style_id in (run_style(run), style):
        if value is None:
            value = styles.lookup(style_id, "size", lambda s: s.font.size)
    return safely(lambda: float(value.pt)) if value is not None else None


def alignment(paragraph: Paragraph, styles: Styles, style: str) -> str:
    value = safely(lambda: paragraph.alignment)
    if value is None:
        value = styles.lookup(style, "align", lambda s: s.paragraph_format.alignment)
    return ALIGNS.get(value, "")


def flag(run: Any, styles: Styles, style: str, name: str) -> bool:
    value = safely(lambda: getattr(run.font, name))
    for style_id in (run_style(run), style):
        if value is None:
            value = styles.lookup(style_id, name, lambda s: getattr(s.font, name))
    return bool(value)


def font(run: Any, styles: Styles, style: str) -> str | None:
    fonts = run._r.rPr.rFonts if run._r.rPr is not None else None
    if fonts is not None:
        name = fonts.get(qn("w:hAnsi")) or fonts.get(qn("w:ascii"))
        if name:
            return str(name)
    for style_id in (run_style(run), style):
        found = styles.lookup(style_id, "font", lambda s: s.font.name)
        if found:
            return str(found)
    return None


class Numbering:
    """numId -> level -> number format, read once from numbering.xml."""

    def __init__(self, element: Any) -> None:
        self._formats: dict[str, dict[int, str]] = {}
        if element is None:
            return
        abstracts: dict[str | None, dict[int, str]] = {}
        for abstract in element.iterchildren(qn("w:abstractNum")):
            levels = abstracts.setdefault(abstract.get(qn("w:abstractNumId")), {})
            for lvl in abstract.iterchildren(qn("w:lvl")):
                fmt = lvl.find(qn("w:numFmt"))
                if fmt is not None and fmt.get(qn("w:val")):
                    levels.setdefault(whole_number(lvl.get(qn("w:ilvl")), -1), fmt.get(qn("w:val")))
        for num in element.iterchildren(qn("w:num")):
            abstract_id = num.find(qn("w:abstractNumId"))
            if abstract_id is not None:
                found = abstracts.get(abstract_id.get(qn("w:val")), {})
                self._formats.setdefault(num.get(qn("w:numId")) or "", found)

    def format(self, num_id: str, level: int) -> str:
        return self._formats.get(num_id, {}).get(level, "bullet")


def numbering_of(document: Any) -> Numbering:
    try:
        return Numbering(document.part.numbering_part.element)
    except (KeyError, NotImplementedError, AttributeError):
        return Numbering(None)


def list_info(
    paragraph: Paragraph, styles: Styles, style: str, numbering: Numbering
) -> tuple[int | None, str]:
    """The Word list level and number format of a list paragraph, or (None, "")."""
    num_pr = _num_pr(paragraph, styles, style)
    if num_pr is None:
        return None, ""
    num_id_element, ilvl = num_pr.find(qn("w:numId")), num_pr.find(qn("w:ilvl"))
    num_id = num_id_element.get(qn("w:val")) if num_id_element is not None else None
    if num_id is None or whole_number(num_id) == 0:
        return None, ""
    level = min(max(whole_number(ilvl.get(qn("w:val"))) if ilvl is not None else 0, 0), 8)
    name = styles.name(style)
    if ilvl is None and name and name[-1].isdigit():
        level = int(name[-1]) - 1  # "List Bullet 2" has its own list at level 0
    return level, numbering.format(num_id, level)


def _num_pr(paragraph: Paragraph, styles: Styles, style: str) -> Any:
    p_pr = paragraph._p.pPr
    if p_pr is not None and p_pr.numPr is not None:
        return p_pr.numPr
    return styles.lookup(style, "numPr", _style_num_pr)


def _style_num_pr(style: Any) -> Any:
    p_pr = style.element.pPr
    return p_pr.numPr if p_pr is not None else None
