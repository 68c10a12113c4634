"""WordprocessingML details python-docx leaves out: fonts for every script, borders, fields.

Element order inside w:rPr and w:pPr follows the schema, since Word refuses (or
"repairs") a file whose children are out of order, where LibreOffice would not mind.
"""

from __future__ import annotations

import re
from copy import deepcopy
from functools import cache
from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Twips

from ..printed.layout import RULE_WIDTH
from ..printed.styles import FONT_FAMILY

LANGUAGE = "vi-VN"
# Characters XML 1.0 cannot hold; they print as nothing and are reported as unprintable.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
# w:pPr children that come after w:pBdr, in schema order.
AFTER_BORDER: tuple[str, ...] = (
    *("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:spacing", "w:ind", "w:jc"),
    *("w:textDirection", "w:textAlignment", "w:outlineLvl", "w:rPr", "w:sectPr"),
)
TABLE_PROPERTIES: tuple[str, ...] = (
    *("w:tblW", "w:jc", "w:tblCellSpacing", "w:tblInd", "w:tblBorders", "w:shd"),
    *("w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption"),
)


def _after(tag: str) -> tuple[str, ...]:
    return TABLE_PROPERTIES[TABLE_PROPERTIES.index(tag) + 1 :]


def element(tag: str, **attributes: str | int) -> Any:
    made = OxmlElement(tag)
    for name, value in attributes.items():
        made.set(qn(f"w:{name}"), str(value))
    return made


def twips(points: float) -> Twips:
    return Twips(round(points * 20))


def run_format(
    rpr: Any,
    size: float | None = None,
    bold: bool | None = None,
    italic: bool | None = None,
    underline: bool = False,
) -> None:
    """Rewrite a w:rPr: Times New Roman for every script, then weight, size, language.

    None leaves weight or size to the paragraph's style.
    """
    for child in list(rpr):
        rpr.remove(child)
    rpr.extend(deepcopy(child) for child in _run_properties(size, bold, italic, underline))


@cache
def _run_properties(
    size: float | None, bold: bool | None, italic: bool | None, underline: bool
) -> tuple[Any, ...]:
    """The children of a w:rPr, made once per combination and copied (a report has hundreds)."""
    fonts = {key: FONT_FAMILY for key in ("ascii", "hAnsi", "cs", "eastAsia")}
    children = [element("w:rFonts", **fonts)]
    for flag, tags in ((bold, ("w:b", "w:bCs")), (italic, ("w:i", "w:iCs"))):
        if flag is not None:
            children.extend(element(tag, val=int(flag)) for tag in tags)
    if size is not None:
        children.extend(element(tag, val=round(size * 2)) for tag in ("w:sz", "w:szCs"))
    if underline:
        children.append(element("w:u", val="single"))
    children.append(element("w:lang", val=LANGUAGE, eastAsia=LANGUAGE, bidi=LANGUAGE))
    return tuple(children)


def caps(rpr: Any) -> None:
    """Show the run in capitals by formatting (w:caps), its text kept as typed."""
    after = ("w:smallCaps", "w:strike", "w:color", "w:spacing", "w:sz", "w:szCs", "w:u")
    rpr.insert_element_before(element("w:caps"), *after, "w:vertAlign", "w:lang")


def mark_format(paragraph: Any, size: float) -> None:
    """Size the paragraph mark: an empty paragraph is as tall as its mark."""
    rpr = element("w:rPr")
    run_format(rpr, size=size)
    paragraph._p.get_or_add_pPr().insert_element_before(rpr, "w:sectPr", "w:pPrChange")


def top_border(ppr: Any) -> None:
    """A solid rule along the top of the paragraph, between its indents."""
    borders = element("w:pBdr")
    borders.append(
        element("w:top", val="single", sz=max(2, round(RULE_WIDTH * 8)), space=0, color="000000")
    )
    ppr.insert_element_before(borders, *AFTER_BORDER)


def page_field(paragraph: Any) -> None:
    """A PAGE field: Word and LibreOffice print each page's own number there."""
    parts = [
        element("w:fldChar", fldCharType="begin"),
        element("w:instrText"),
        element("w:fldChar", fldCharType="separate"),
        element("w:t"),
        element("w:fldChar", fldCharType="end"),
    ]
    parts[1].set(qn("xml:space"), "preserve")
    parts[1].text = " PAGE "
    parts[3].text = "2"
    for part in parts:
        run = paragraph.add_run()
        run_format(run._r.get_or_add_rPr())
        run._r.append(part)


def no_borders(tbl_pr: Any) -> None:
    borders = element("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        borders.append(element(f"w:{side}", val="nil"))
    tbl_pr.insert_element_before(borders, *_after("w:tblBorders"))


def fixed_layout(table: Any, widths: list[float]) -> None:
    """A borderless table of fixed column widths (points), no cell padding, flush left."""
    table.autofit = False
    tbl_pr = table._tbl.tblPr
    for old in tbl_pr.findall(qn("w:tblW")):
        tbl_pr.remove(old)
    width = element("w:tblW", w=round(sum(widths) * 20), type="dxa")
    tbl_pr.insert_element_before(width, *_after("w:tblW"))
    tbl_pr.insert_element_before(element("w:tblInd", w=0, type="dxa"), *_after("w:tblInd"))
    no_borders(tbl_pr)
    margins = element("w:tblCellMar")
    for side in ("top", "left", "bottom", "right"):
        margins.append(element(f"w:{side}", w=0, type="dxa"))
    tbl_pr.insert_element_before(margins, *_after("w:tblCellMar"))
    for column, width in zip(table.columns, widths, strict=True):
        column.width = twips(width)
        for cell in column.cells:
            cell.width = twips(width)
    for row in table.rows:
        row._tr.get_or_add_trPr().append(element("w:cantSplit"))
