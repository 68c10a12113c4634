"""A Word run's and paragraph's formatting, as Word resolves it, junk values ignored.

python-docx turns attribute values into enums and lengths as it reads them and raises
on a value it does not know (`w:jc="banana"`, `w:sz="big"`, `w:b="maybe"`). Word
ignores such values; so does the import: each lookup that fails counts as unset.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.exceptions import InvalidXmlError
from docx.oxml.exceptions import InvalidXmlError as SchemaError
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from ..domain.text import roman
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


@dataclass(frozen=True)
class Level:
    format: str  # "decimal", "lowerLetter", "upperRoman", "bullet", ...
    text: str  # Word's lvlText: `%1.`, `%1.%2.`, `%3)`
    start: int


class Numbering:
    """numId -> level -> number format, read once from numbering.xml; and the numbers
    Word shows, counted as the paragraphs come (a list's levels share one counter set,
    nums of one abstract list continue each other, as in Word)."""

    def __init__(self, element: Any) -> None:
        self._levels: dict[str, dict[int, Level]] = {}
        self._lists: dict[str, str] = {}  # numId -> the counters it shares
        self._counts: dict[str, list[int]] = {}
        if element is None:
            return
        abstracts: dict[str | None, dict[int, Level]] = {}
        for abstract in element.iterchildren(qn("w:abstractNum")):
            levels = abstracts.setdefault(abstract.get(qn("w:abstractNumId")), {})
            for lvl in abstract.iterchildren(qn("w:lvl")):
                fmt = lvl.find(qn("w:numFmt"))
                if fmt is not None and fmt.get(qn("w:val")):
                    levels.setdefault(whole_number(lvl.get(qn("w:ilvl")), -1), _level(lvl, fmt))
        for num in element.iterchildren(qn("w:num")):
            abstract_id = num.find(qn("w:abstractNumId"))
            if abstract_id is not None:
                key = abstract_id.get(qn("w:val")) or ""
                num_id = num.get(qn("w:numId")) or ""
                levels = _overridden(num, abstracts.get(key, {}))
                self._levels.setdefault(num_id, levels)
                restarts = num.find(qn("w:lvlOverride")) is not None
                self._lists.setdefault(num_id, f"num {num_id}" if restarts else key)

    def format(self, num_id: str, level: int) -> str:
        found = self._levels.get(num_id, {}).get(level)
        return found.format if found is not None else "bullet"

    def label(self, num_id: str, level: int) -> str:
        """The number Word shows before this paragraph (`1.2.`, `a)`), counted on; "" for
        a bullet."""
        levels = self._levels.get(num_id, {})
        here = levels.get(level)
        if here is None or here.format not in _COUNTED:
            return ""
        counts = self._counts.setdefault(self._lists.get(num_id, num_id), [])
        while len(counts) <= level:
            known = levels.get(len(counts))
            counts.append((known.start if known else 1) - 1)
        counts[level] += 1
        for deeper in range(level + 1, len(counts)):
            known = levels.get(deeper)
            counts[deeper] = (known.start if known else 1) - 1
        return _LABEL.sub(lambda m: _shown(m, counts, levels), here.text).strip()


_COUNTED = {"decimal", "lowerLetter", "upperLetter", "lowerRoman", "upperRoman"}
_LABEL = re.compile(r"%([1-9])")


def _overridden(num: Any, levels: dict[int, Level]) -> dict[int, Level]:
    """A num's levels with its `w:startOverride`s: the list restarts at that number."""
    out = dict(levels)
    for override in num.iterchildren(qn("w:lvlOverride")):
        level = whole_number(override.get(qn("w:ilvl")), -1)
        start = override.find(qn("w:startOverride"))
        if level in out and start is not None:
            value = whole_number(start.get(qn("w:val")), 1)
            out[level] = Level(out[level].format, out[level].text, min(max(value, 0), _MOST))
    return out


_MOST = 9999  # a start beyond any real list's: junk, kept from growing the number's text


def _level(lvl: Any, fmt: Any) -> Level:
    text = lvl.find(qn("w:lvlText"))
    start = lvl.find(qn("w:start"))
    return Level(
        fmt.get(qn("w:val")),
        text.get(qn("w:val"), "") if text is not None else "",
        min(max(whole_number(start.get(qn("w:val")), 1), 0), _MOST) if start is not None else 1,
    )


def _shown(match: re.Match[str], counts: list[int], levels: dict[int, Level]) -> str:
    level = int(match.group(1)) - 1
    value = max(counts[level], 1) if level < len(counts) else 1
    known = levels.get(level)
    return number_text(value, known.format if known else "decimal")


def number_text(value: int, fmt: str) -> str:
    """A list number as Word shows it in the format."""
    if fmt in ("lowerLetter", "upperLetter"):
        letters = ""
        while value > 0:
            value, rest = divmod(value - 1, 26)
            letters = chr(ord("a") + rest) + letters
        return letters.upper() if fmt == "upperLetter" else letters
    if fmt in ("lowerRoman", "upperRoman"):
        text = roman(value)
        return text.lower() if fmt == "lowerRoman" else text
    return str(value)


def numbering_of(document: Any) -> Numbering:
    try:
        return Numbering(document.part.numbering_part.element)
    except (KeyError, NotImplementedError, AttributeError):
        return Numbering(None)


def list_info(
    paragraph: Paragraph, styles: Styles, style: str, numbering: Numbering
) -> tuple[int | None, str, str]:
    """The Word list level, number format and the number Word shows (`1.1.`, counted on:
    call once per paragraph, in order) of a list paragraph, or (None, "", "")."""
    num_pr = _num_pr(paragraph, styles, style)
    if num_pr is None:
        return None, "", ""
    num_id_element, ilvl = num_pr.find(qn("w:numId")), num_pr.find(qn("w:ilvl"))
    num_id = num_id_element.get(qn("w:val")) if num_id_element is not None else None
    if num_id is None or whole_number(num_id) == 0:
        return None, "", ""
    level = min(max(whole_number(ilvl.get(qn("w:val"))) if ilvl is not None else 0, 0), 8)
    name = styles.name(style)
    if ilvl is None and name and name[-1].isdigit():
        level = int(name[-1]) - 1  # "List Bullet 2" has its own list at level 0
    return level, numbering.format(num_id, level), numbering.label(num_id, level)


def _num_pr(paragraph: Paragraph, styles: Styles, style: str) -> Any:
    p_pr = paragraph._p.pPr
    if p_pr is not None and p_pr.numPr is not None:
        return p_pr.numPr
    return styles.lookup(style, "numPr", _style_num_pr)


def _style_num_pr(style: Any) -> Any:
    p_pr = style.element.pPr
    return p_pr.numPr if p_pr is not None else None
