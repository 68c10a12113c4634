"""Word's style inheritance, each style looked up once.

python-docx searches the styles part with XPath on every `run.style` or `base_style`;
a report has a few styles and thousands of runs, so each (style, property) is
resolved once here, following `basedOn` down to the document default.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.exceptions import InvalidXmlError
from docx.oxml.exceptions import InvalidXmlError as SchemaError
from docx.styles.style import BaseStyle, StyleFactory
from docx.text.paragraph import Paragraph

# What python-docx raises on a style whose XML is outside its schema.
_JUNK = (
    ValueError,
    TypeError,
    KeyError,
    AttributeError,
    OverflowError,
    InvalidXmlError,
    SchemaError,
)


class Styles:
    def __init__(self, document: Document) -> None:
        self._by_id: dict[str, BaseStyle] = {}
        default = ""
        for style in _styles(document):
            if style.style_id:
                self._by_id.setdefault(style.style_id, style)
            if not default and _safely(_default_paragraph, style):
                default = style.style_id
        self.default_paragraph = default
        self._cache: dict[tuple[str, str], Any] = {}

    def paragraph_style(self, paragraph: Paragraph) -> str:
        p_pr = paragraph._p.pPr
        style_id = p_pr.style if p_pr is not None else None
        return style_id or self.default_paragraph

    def name(self, style_id: str) -> str:
        style = self._by_id.get(style_id)
        return (style.name or "") if style is not None else ""

    def lookup(self, style_id: str | None, key: str, get: Callable[[Any], Any]) -> Any:
        """The first value that `get` finds on the style or the styles it is based on."""
        if not style_id:
            return None
        if (style_id, key) not in self._cache:
            value, style, seen = None, self._by_id.get(style_id), set()
            while value is None and style is not None and style.style_id not in seen:
                seen.add(style.style_id)
                value = _safely(get, style)
                based_on = style.element.basedOn_val
                style = self._by_id.get(based_on) if based_on else None
            self._cache[(style_id, key)] = value
        return self._cache[(style_id, key)]


def _styles(document: Document) -> list[BaseStyle]:
    """The document's styles; a style of an unknown type, or a broken styles part, is
    left out (its text keeps its direct formatting)."""
    try:
        elements = list(document.styles.element.style_lst)
    except _JUNK:
        return []
    out = []
    for element in elements:
        try:
            style = StyleFactory(element)
            style.type  # noqa: B018  # raises on a type python-docx does not know
        except _JUNK:
            continue
        out.append(style)
    return out


def _safely(get: Callable[[Any], Any], style: BaseStyle) -> Any:
    try:
        return get(style)
    except _JUNK:
        return None


def _default_paragraph(style: BaseStyle) -> bool:
    return bool(style.type == WD_STYLE_TYPE.PARAGRAPH and style.element.default)
