"""Word footnotes (footnotes.xml) read into the runs that carry their marks (format v3).

A footnote whose mark stands in text that becomes a field (a căn cứ, the title) has no
run to ride on: it is listed for the review, by the text it was in, and its words are
kept at the end of the content, never dropped.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml.ns import qn

from ..domain.model import Draft, all_runs
from ..domain.text import nfc

_SKIPPED = ("separator", "continuationSeparator", "continuationNotice")


def read_notes(document: Any) -> dict[str, str]:
    """Note key -> its text, paragraphs joined by a space; {} when the file has none.

    Footnotes are keyed by their id, endnotes by `e` and theirs: a draft has no
    endnotes, so an endnote comes in as a footnote (the review says so)."""
    notes = _notes(document, RELATIONSHIP_TYPE.FOOTNOTES, "w:footnote", "")
    return notes | _notes(document, RELATIONSHIP_TYPE.ENDNOTES, "w:endnote", "e")


def _notes(document: Any, relationship: str, tag: str, prefix: str) -> dict[str, str]:
    try:
        part = document.part.part_related_by(relationship)
    except KeyError:
        return {}
    from docx.oxml import parse_xml

    root = getattr(part, "element", None)
    if root is None:
        root = parse_xml(part.blob)
    notes = {}
    for note in root.iterchildren(qn(tag)):
        if note.get(qn("w:type")) in _SKIPPED:
            continue
        paragraphs = [_text(p) for p in note.iter(qn("w:p"))]
        notes[prefix + str(note.get(qn("w:id")))] = nfc(" ".join(" ".join(paragraphs).split()))
    return notes


def _text(paragraph: Any) -> str:
    parts = []
    for element in paragraph.iter(qn("w:t"), qn("w:tab"), qn("w:br")):
        parts.append(element.text or "" if element.tag == qn("w:t") else " ")
    return "".join(parts)


def note_of(run: Any, notes: dict[str, str]) -> str:
    """The footnote whose reference mark this run (a `w:r` element) holds, or ""."""
    if not notes:
        return ""
    ref = run.find(qn("w:footnoteReference"))
    if ref is not None:
        return notes.get(str(ref.get(qn("w:id"))), "")
    ref = run.find(qn("w:endnoteReference"))
    return notes.get("e" + str(ref.get(qn("w:id"))), "") if ref is not None else ""


def draft_notes(draft: Draft) -> Counter[str]:
    """Every footnote the draft carries, body, tables and appendices."""
    return Counter(run.footnote for run in all_runs(draft) if run.footnote)


def unplaced(marked: list[tuple[str, str]], draft: Draft) -> list[tuple[str, str]]:
    """The footnotes read (note, text of the line its mark was in) that no run carries."""
    left = draft_notes(draft)
    out = []
    for note, where in marked:
        if left[note] > 0:
            left[note] -= 1
        else:
            out.append((note, where))
    return out
