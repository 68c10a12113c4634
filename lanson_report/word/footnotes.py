"""Real Word footnotes: a reference mark in the text, the note in footnotes.xml.

A mark is added where its run is written, carrying its note in an attribute of a
private namespace; `attach` then numbers the marks in document order (Word numbers
footnotes by their place, not their id), moves every note into the footnotes part and
removes the private attributes, so the saved file holds only WordprocessingML.

The numbers are raised by Word's own `footnote reference` character style, as Word
writes them: LibreOffice ignores a superscript set on the number's run alone and prints
the number before the note full size.
"""

from __future__ import annotations

import json
from typing import Any
from xml.sax.saxutils import escape

from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from lxml import etree  # python-docx's own XML library

from ..domain.model import Run
from ..printed.styles import FONT_FAMILY
from .xml import element

PENDING = "{urn:lanson-report:footnote}note"
NOTE_SIZE = 12  # pt, as the PDF prints them
REFERENCE_STYLE, TEXT_STYLE = "FootnoteReference", "FootnoteText"  # Word's built-in ids
_STYLES = (
    f'<w:style {nsdecls("w")} w:type="character" w:styleId="{REFERENCE_STYLE}">'
    '<w:name w:val="footnote reference"/><w:basedOn w:val="DefaultParagraphFont"/>'
    '<w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:vertAlign w:val="superscript"/>'
    "</w:rPr></w:style>",
    f'<w:style {nsdecls("w")} w:type="paragraph" w:styleId="{TEXT_STYLE}">'
    '<w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/>'
    '<w:unhideWhenUsed/><w:pPr><w:spacing w:before="0" w:after="0" w:line="240" '
    f'w:lineRule="auto"/><w:jc w:val="both"/></w:pPr><w:rPr><w:sz w:val="{NOTE_SIZE * 2}"/>'
    f'<w:szCs w:val="{NOTE_SIZE * 2}"/></w:rPr></w:style>',
)
_SEPARATORS = (
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" '
    'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
    'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p>'
    "</w:footnote>"
)


def mark(paragraph: Any, note: list[Run]) -> None:
    """A superscript footnote reference at the end of the paragraph written so far."""
    run = element("w:r")
    r_pr = element("w:rPr")
    r_pr.append(element("w:rStyle", val=REFERENCE_STYLE))
    r_pr.append(element("w:vertAlign", val="superscript"))
    run.append(r_pr)
    reference = element("w:footnoteReference")
    reference.set(PENDING, json.dumps([[r.text, r.bold, r.italic, r.underline] for r in note]))
    run.append(reference)
    paragraph._p.append(run)


def attach(document: Any) -> int:
    """Number the marks, write footnotes.xml; how many footnotes the document has."""
    body = document.element.body
    notes = []
    for number, reference in enumerate(body.iter(qn("w:footnoteReference")), start=1):
        notes.append(_note(number, reference.attrib.pop(PENDING, "")))
        reference.set(qn("w:id"), str(number))
    if not notes:
        return 0
    etree.cleanup_namespaces(body)
    styles = document.styles.element
    for style in _STYLES:
        styles.append(parse_xml(style))
    xml = f"<w:footnotes {nsdecls('w')}>{_SEPARATORS}{''.join(notes)}</w:footnotes>"
    part = Part(
        PackURI("/word/footnotes.xml"),
        CONTENT_TYPE.WML_FOOTNOTES,
        xml.encode("utf-8"),
        document.part.package,
    )
    document.part.relate_to(part, RELATIONSHIP_TYPE.FOOTNOTES)
    return len(notes)


_BOLD, _ITALIC, _UNDERLINE = "<w:b/><w:bCs/>", "<w:i/><w:iCs/>", '<w:u w:val="single"/>'


def _note(number: int, pending: str) -> str:
    """The footnote: its number, a space, then its runs, bold or italic as the note's."""
    size = NOTE_SIZE * 2
    fonts = f'<w:rFonts w:ascii="{FONT_FAMILY}" w:hAnsi="{FONT_FAMILY}" w:cs="{FONT_FAMILY}"/>'
    sizes = f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
    props = fonts + sizes
    runs = json.loads(pending) if pending else []
    text = "".join(
        f"<w:r><w:rPr>{fonts}{_BOLD if bold else ''}{_ITALIC if italic else ''}"
        f"{sizes}{_UNDERLINE if underline else ''}</w:rPr>"  # in the schema's order
        f'<w:t xml:space="preserve">{escape(run)}</w:t></w:r>'
        for run, bold, italic, underline in runs
    )
    return (
        f'<w:footnote w:id="{number}"><w:p><w:pPr><w:pStyle w:val="{TEXT_STYLE}"/>'
        '<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="both"/>'
        f'</w:pPr><w:r><w:rPr><w:rStyle w:val="{REFERENCE_STYLE}"/>{props}'
        '<w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:rPr>{props}</w:rPr><w:t xml:space="preserve"> </w:t></w:r>{text}'
        "</w:p></w:footnote>"
    )
