"""Word's wrappers around blocks, rows and cells: a content control (`w:sdt`, the text in
its `w:sdtContent`) and a custom XML element (`w:customXml`) may hold paragraphs and
tables in the body, rows in a table and cells in a row. Reading only the direct children
lost their text silently; `children` reads through them, in document order."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from docx.oxml.ns import qn

_SDT, _SDT_CONTENT, _CUSTOM = qn("w:sdt"), qn("w:sdtContent"), qn("w:customXml")


def children(element: Any, *tags: str) -> Iterator[Any]:
    """The children of `element` tagged one of `tags`, and those wrapped (at any depth) in
    content controls and custom XML; an explicit stack, so nesting costs no recursion."""
    wanted = set(tags)
    stack = [iter(element)]
    while stack:
        for child in stack[-1]:
            tag = child.tag
            if tag in wanted:
                yield child
            elif tag == _SDT:
                content = child.find(_SDT_CONTENT)
                if content is not None:
                    stack.append(iter(content))
                    break
            elif tag == _CUSTOM:
                stack.append(iter(child))
                break
        else:
            stack.pop()
