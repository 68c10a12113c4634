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
from docx.styles.style import BaseStyle
from docx.text.paragraph import Paragraph


class Styles:
    def __init__(self, document: Document) -> None:
        self._by_id: dict[str, BaseStyle] = {}
        default = ""
        for style in document.styles:
            if style.style_id:
                self._by_id[style.style_id] = style
            if style.type == WD_STYLE_TYPE.PARAGRAPH and style.element.default:
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
                value = get(style)
                based_on = style.element.basedOn_val
                style = self._by_id.get(based_on) if based_on else None
            self._cache[(style_id, key)] = value
        return self._cache[(style_id, key)]
