"""An outline (đề cương) made in Word: numbered headings become sections, guidance hints.

Built on the Word import (lanson_report.wordimport): it reads the numbered headings
(I., 1., a)) into sections. What an upper agency writes above the first heading, the
outline's name and the document it came with, names the outline; the paragraphs in
italics or in brackets under the headings are what to write there, and become hints.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..domain.errors import OutlineError
from ..domain.model import Block, Draft, Run, Section, Template
from ..domain.text import fold

_OUTLINE_WORDS = re.compile(r"^(đề cương|de cuong)(\s+báo cáo|\s+bao cao)?\s*[:.-]?\s*", re.I)


def from_docx(path: Path) -> Draft:
    """The outline of a .docx đề cương; WordImportError or OutlineError when it is not one."""
    from ..wordimport import import_docx

    draft = import_docx(path).draft
    name, source = _preamble(draft)
    if not any(section.heading.strip() for section in draft.sections):
        raise OutlineError(
            f"{path}: không thấy đề mục đánh số nào (I., 1., a)…); đề cương cần các đề mục "
            "đánh số để thành các mục của báo cáo."
        )
    guidance_to_hints(draft)
    draft.template = Template(name or path.stem, source or path.name)
    draft.title = draft.title or name  # the report answers with the outline's own subject
    return draft


def _preamble(draft: Draft) -> tuple[str, str]:
    """Take the lines above the first heading off the body: (name, source) they give."""
    if not draft.sections or draft.sections[0].heading.strip():
        return "", ""
    first = draft.sections.pop(0)
    draft.sections[0:0] = first.sections  # headings below an unnamed one, if any
    name = source = ""
    for block in first.blocks:
        if not isinstance(block, Block) or not block.text.strip():
            continue
        text = " ".join(block.text.split())
        if text.startswith(("(", "[")) or all(r.italic for r in block.runs if r.text.strip()):
            source = source or text.strip("()[] ")
            continue
        rest = _OUTLINE_WORDS.sub("", text)
        if rest and not name and fold(rest) not in ("bao cao", ""):
            name = rest[:1].upper() + rest[1:]
    return name, source


_BRACKETS = (("(", ")"), ("[", "]"))


def guidance_to_hints(draft: Draft) -> int:
    """Turn an outline's guidance paragraphs into hints; returns how many.

    In a đề cương made in Word the guidance for a section is written in italics or in
    brackets: "(Nêu kết quả đạt được, so sánh với cùng kỳ)". Such a paragraph becomes
    a hint; its brackets are dropped.
    """
    count = 0
    for section in _all_sections(draft.sections):
        for index, block in enumerate(section.blocks):
            if isinstance(block, Block) and block.kind != "hint" and _is_guidance(block):
                section.blocks[index] = Block("hint", [Run(_unbracketed(block.text))])
                count += 1
    return count


def _all_sections(sections: list[Section]) -> list[Section]:
    out: list[Section] = []
    for section in sections:
        out.append(section)
        out.extend(_all_sections(section.sections))
    return out


def _is_guidance(block: Block) -> bool:
    text = block.text.strip()
    if not text:
        return False
    written = [run for run in block.runs if run.text.strip()]
    if all(run.italic for run in written):
        return True
    return any(text.startswith(a) and text.endswith(b) for a, b in _BRACKETS)


def _unbracketed(text: str) -> str:
    text = " ".join(text.split())
    for opening, closing in _BRACKETS:
        if text.startswith(opening) and text.endswith(closing):
            return text[1:-1].strip()
    return text
