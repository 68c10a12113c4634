"""Which numbered lines are headings, and at which level of the draft's outline.

Offices number `I.`/`1.`/`1.1.`/`a)` in any combination, typed or by Word. The numbers
other than `a)` rank in a fixed order (`I.` above `1.` above `1.1.` above `1.1.1.`); the
ones a report uses take the levels from the top, and a point `a)` sits one level under
the heading it follows, so `a)` under `1.1.` is deeper than `a)` under `1.`. The draft's
outline (`1.`/`a)`, or `I.`/`1.`/`a)`) is the one that holds them. A file deeper than
that keeps its last level and everything under it as paragraphs with their numbers as
text, as typed (renumbering `1.1.` as `a)` beside the file's own `a)` would print two
`a)` in a row), and the review says so.

A numbered line is no heading when it reads as a sentence: it ends with `./.`, or, not
bold in the file, it ends with a full stop or a semicolon, runs its text in after a
colon, is longer than a heading, or is plain where the file has bold headings of its
kind and has no text of its own (the next line is one of them, a heading above them,
or the end).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.model import OUTLINE_DEPTH, Outline
from . import headings
from .reader import Item, Line

_POINT_LEVEL: dict[Outline, int] = {"arabic": 2, "roman": 3}  # where `a)` prints
_SENTENCE_END = (".", ";", "!", "?")
HEADING_CHARS = 120  # a numbered line longer than this, not bold, is a paragraph


@dataclass
class Planned:
    kind: str  # "roman", "arabic", "decimal2", "decimal3" …, or "letter"
    text: str  # the heading without its number
    level: int  # in the draft's outline; deeper than the outline: kept as text


@dataclass
class Plan:
    outline: Outline
    headings: dict[int, Planned]  # item index -> the heading it is
    numbered: list[int]  # numbered lines that read as sentences: paragraphs

    def fits(self, index: int) -> bool:
        return self.headings[index].level <= OUTLINE_DEPTH[self.outline]


def plan(items: list[Item], kinds: dict[int, tuple[str, str]]) -> Plan:
    """`kinds`: item index -> (kind, heading text) of every line numbered like a heading;
    part lines (`Phần thứ nhất`) are given as ("part", text)."""
    numbered = [i for i, kind in kinds.items() if kind[0] != "part" and _sentence(items, i, kinds)]
    found = {i: kind for i, kind in kinds.items() if i not in numbered}
    ranked = sorted({k[0] for k in found.values()} - {"letter", "part"}, key=_rank)
    levels = _source_levels(found, ranked)
    deepest = max(levels.values(), default=1)
    outline: Outline = "roman" if "roman" in ranked or deepest >= 3 else "arabic"
    out: dict[int, Planned] = {}
    for index, (kind, text) in found.items():
        if kind == "part":
            continue
        level = levels[index]
        if kind == "letter":
            level = max(level, _POINT_LEVEL[outline])
        out[index] = Planned(kind, text, level)
    depth = OUTLINE_DEPTH[outline]
    if any(heading.level > depth for heading in out.values()):
        for heading in out.values():  # the last level and all below it print as typed
            heading.level = (
                max(heading.level, depth + 1) if heading.level >= depth else heading.level
            )
    return Plan(outline, out, numbered)


def _rank(kind: str) -> int:
    """`I.` above `1.` above `1.1.` (decimal2) above `1.1.1.` (decimal3) …"""
    fixed = {"roman": 0, "arabic": 1}
    return fixed[kind] if kind in fixed else int(kind.removeprefix("decimal"))


def _source_levels(found: dict[int, tuple[str, str]], ranked: list[str]) -> dict[int, int]:
    """Each heading's depth as the file nests it: a point one under the heading before."""
    levels: dict[int, int] = {}
    above = 0  # the level of the last heading that is no point
    for index in sorted(found):
        kind = found[index][0]
        if kind == "part":
            above = 0
        elif kind == "letter":
            levels[index] = above + 1
        else:
            above = levels[index] = ranked.index(kind) + 1
    return levels


def _sentence(items: list[Item], index: int, kinds: dict[int, tuple[str, str]]) -> bool:
    line = items[index]
    assert isinstance(line, Line)
    kind, text = kinds[index]
    if text.endswith("./."):
        return kind != "letter" or not headings.run_in(text)[1]
    if line.bold:
        return False
    if kind == "letter":  # a point's heading prints regular: only its words tell
        return not headings.run_in(text)[1] and text.endswith(_SENTENCE_END)
    if text.endswith(_SENTENCE_END) or len(text) > HEADING_CHARS:
        return True
    if headings.run_in(text)[1]:
        return True  # `1. Cải cách thể chế: rà soát …`
    return _odd_one_out(items, index, kinds)


def _odd_one_out(items: list[Item], index: int, kinds: dict[int, tuple[str, str]]) -> bool:
    """Not bold among bold headings of its kind, and followed by no text of its own: by
    the next of them, a heading above them, or the end."""
    kind = kinds[index][0]
    if kind == "part":
        return False
    if not any(k[0] == kind and _bold(items[i]) for i, k in kinds.items()):
        return False  # the file's headings of this kind are plain: a plain one is no odd one
    following = next((i for i in range(index + 1, len(items)) if _text(items[i])), None)
    if following is None:
        return True
    after = kinds.get(following, ("", ""))[0]
    return after == "part" or (after not in ("", "letter") and _rank(after) <= _rank(kind))


def _bold(item: Item) -> bool:
    return isinstance(item, Line) and item.bold


def _text(item: Item) -> str:
    return item.text if isinstance(item, Line) else "table"
