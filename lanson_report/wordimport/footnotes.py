"""Word footnotes (footnotes.xml) read into the runs that carry their marks (format v3).

A footnote whose mark stands in text that becomes a field (a căn cứ, the title) has no
run to ride on: it is listed for the review, by the text it was in, and its words are
kept at the end of the content, never dropped.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml.ns import qn

from ..domain.model import Draft, Run, all_runs
from ..domain.text import nfc

_SKIPPED = ("separator", "continuationSeparator", "continuationNotice")


@dataclass(frozen=True)
class Note:
    text: str  # paragraphs joined by a space, spaces collapsed
    runs: list[Run]  # the same text in runs, when some of it is bold, italic or underlined


def read_notes(document: Any) -> dict[str, Note]:
    """Note key -> the note; {} when the file has none.

    Footnotes are keyed by their id, endnotes by `e` and theirs: a draft has no
    endnotes, so an endnote comes in as a footnote (the review says so)."""
    notes = _notes(document, RELATIONSHIP_TYPE.FOOTNOTES, "w:footnote", "")
    return notes | _notes(document, RELATIONSHIP_TYPE.ENDNOTES, "w:endnote", "e")


def _notes(document: Any, relationship: str, tag: str, prefix: str) -> dict[str, Note]:
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
        runs: list[Run] = []
        for paragraph in note.iter(qn("w:p")):
            runs += [Run(" "), *_runs(paragraph)]
        runs = _collapsed(runs)
        text = "".join(run.text for run in runs)
        formatted = any(not run.plain for run in runs)
        notes[prefix + str(note.get(qn("w:id")))] = Note(text, runs if formatted else [])
    return notes


_T, _TAB, _BR, _RPR = qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:rPr")


def _runs(paragraph: Any) -> list[Run]:
    """A note paragraph's runs with their own bold, italic and underline."""
    out = []
    for run in paragraph.iter(qn("w:r")):
        text = "".join(
            (element.text or "") if element.tag == _T else " "
            for element in run.iter(_T, _TAB, _BR)
        )
        if text:
            r_pr = run.find(_RPR)
            out.append(Run(nfc(text), _on(r_pr, "w:b"), _on(r_pr, "w:i"), _on(r_pr, "w:u")))
    return out


def _on(r_pr: Any, flag: str) -> bool:
    element = r_pr.find(qn(flag)) if r_pr is not None else None
    if element is None:
        return False
    return element.get(qn("w:val"), "on") not in ("0", "false", "off", "none")


def _collapsed(runs: list[Run]) -> list[Run]:
    """Spaces collapsed across runs as in the note's plain text, neighbours of one format
    merged, the ends trimmed."""
    out: list[Run] = []
    for run in runs:
        text = re.sub(r"\s+", " ", run.text)
        if out and out[-1].text.endswith(" ") and text.startswith(" "):
            text = text[1:]
        if not out and text.startswith(" "):
            text = text[1:]
        if not text:
            continue
        if out and (out[-1].bold, out[-1].italic, out[-1].underline) == (
            run.bold,
            run.italic,
            run.underline,
        ):
            out[-1].text += text
        else:
            out.append(Run(text, run.bold, run.italic, run.underline))
    if out:
        out[-1].text = out[-1].text.rstrip()
    return [run for run in out if run.text]


def note_of(run: Any, notes: dict[str, Note]) -> Note | None:
    """The footnote whose reference mark this run (a `w:r` element) holds, or None."""
    if not notes:
        return None
    ref = run.find(qn("w:footnoteReference"))
    if ref is not None:
        return notes.get(str(ref.get(qn("w:id"))))
    ref = run.find(qn("w:endnoteReference"))
    return notes.get("e" + str(ref.get(qn("w:id")))) if ref is not None else None


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
