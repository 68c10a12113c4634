"""Checks of the words a clerk types: Vietnamese spelling by syllable rules and the text
rules of Decree 30/2020/NĐ-CP, offline. `check_draft` gives every finding of a draft,
`check_text` those of one field; spans are in the field's NFC text."""

from __future__ import annotations

from collections.abc import Iterator, Set

from ..model import Draft
from ..text import nfc
from .decree import decree_text
from .ending import ending_findings, first_citations
from .findings import SEVERITY_LABELS, Finding, Severity, errors, ordered, quoted
from .places import checked
from .spelling import spelling, unmarked
from .tonestyle import mixed_styles
from .voice import unit_voice

__all__ = [
    "SEVERITY_LABELS",
    "Finding",
    "Severity",
    "check_draft",
    "check_text",
    "described",
    "errors",
    "fields",
]


def check_text(
    text: str,
    where: str = "",
    *,
    starts: bool = True,
    ignored: Set[str] = frozenset(),
    disabled: Set[str] = frozenset(),
) -> list[Finding]:
    """Findings of one field. `starts`: the field opens a paragraph, item or cell;
    `ignored`: the user dictionary (lower case); `disabled`: rules switched off."""
    text = nfc(text)
    found = unmarked(text) or spelling(text, ignored)
    found += decree_text(text, starts=starts)
    return ordered([f.at(where) for f in found if f.rule not in disabled])


def check_draft(
    draft: Draft, *, ignored: Set[str] = frozenset(), disabled: Set[str] = frozenset()
) -> list[Finding]:
    """Every finding of a draft, field by field in the order the wizard shows them."""
    found: list[Finding] = []
    texts: list[tuple[str, str]] = []
    for where, text, starts in fields(draft):
        texts.append((where, nfc(text)))
        found.extend(check_text(text, where, starts=starts, ignored=ignored, disabled=disabled))
    cited = {nfc(r.number) for r in draft.basis.references if r.subject.strip() and r.date}
    found.extend(first_citations(texts, cited))
    found.extend(ending_findings(draft))
    found.extend(mixed_styles(texts))
    found.extend(unit_voice(draft))
    rank = {where: i for i, (where, _) in enumerate(texts)}
    kept = ordered([f for f in found if f.rule not in disabled])
    return sorted(kept, key=lambda f: rank.get(f.where, len(rank)))


def described(draft: Draft, found: list[Finding]) -> list[str]:
    """Each finding as the clerk reads it in a list: where it is (Mục 1, đoạn 2), what is
    wrong, the words it is about when the message does not quote them, and the fixes."""
    from ..findtext import fields as places

    texts = {where: nfc(text) for where, text, _ in fields(draft)}
    names = {place.path: place.label for place in places(draft)}
    out = []
    for finding in found:
        line = quoted(finding, texts.get(finding.where, ""))
        shown = [f"“{s}”" for s in finding.suggestions if s.strip()]
        fixes = ", ".join(fix for fix in shown if fix not in line)  # "có lẽ là “được”"
        if fixes:
            line += f" → {fixes}"
        place = names.get(finding.where)
        out.append(f"{place}: {line}" if place else line)
    return out


Field = tuple[str, str, bool]  # path, text, whether it opens a paragraph


def fields(draft: Draft) -> Iterator[Field]:
    """The clerk's text, field by field, with draft-file paths, in the order it prints:
    the places Tìm và thay walks (places.checked), so every text typed is checked."""
    for place in checked(draft):
        text = place.read()
        if place.kind == "title":  # a công văn's trích yếu follows `V/v` in lower case
            starts = not draft.kind.title_prefix
        elif place.kind == "cell":  # a unit (triệu đồng) is lower case; a sentence is not
            starts = len(text.split()) > 3
        else:
            starts = place.kind == "paragraph"
        yield place.path, text, starts
