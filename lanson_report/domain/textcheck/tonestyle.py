"""The two correct tone placements of open oa, oe, uy (hòa and hoà, thúy and thuý): both
pass the spelling check, but a report that mixes them reads careless. One grouped hint
says so, and `unify` writes the whole draft in the style the clerk confirms."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Literal

from ..model import Draft
from .findings import Finding
from .places import checked
from .syllable import parse, split_tone, tone_places, with_tone

Style = Literal["old", "new"]  # old: hòa, thúy (tone on the first vowel); new: hoà, thuý
STYLE_NAMES: dict[Style, str] = {"old": "hòa", "new": "hoà"}
WORD = re.compile(r"[^\W\d_]+")
# Only words with o+a, o+e or u+y (toned either way) can have two placements.
CANDIDATE = re.compile(
    r"(?<![^\W\d_])[^\W\d_]*?(?:[oòóỏõọ][aàáảãạeèéẻẽẹ]|[uùúủũụ][yỳýỷỹỵ])[^\W\d_]*", re.IGNORECASE
)


@lru_cache(maxsize=65536)
def style_of(word: str) -> Style | None:
    """Which placement a word uses, when it is one of the syllables that have two."""
    letters = split_tone(word.lower())
    if letters is None or not letters.tone:
        return None
    parts = parse(letters.base)
    if parts is None:
        return None
    places = tone_places(parts)
    if len(places) != 2:
        return None
    at = letters.tone_at - len(parts.onset)
    if at not in places:
        return None
    return "old" if at == places[0] else "new"


def restyle(word: str, style: Style) -> str:
    """The word with its tone where `style` puts it (unchanged when it has one place)."""
    now = style_of(word)
    letters = split_tone(word.lower())
    parts = parse(letters.base) if letters else None
    if now is None or now == style or letters is None or parts is None:
        return word
    first, second = (len(parts.onset) + p for p in tone_places(parts))
    lower = with_tone(letters.base, letters.tone, first if style == "old" else second)
    return "".join(c.upper() if o.isupper() else c for c, o in zip(lower, word, strict=True))


def restyle_text(text: str, style: Style) -> str:
    return WORD.sub(lambda m: restyle(m.group(), style), text)


def mixed_styles(fields: Iterable[tuple[str, str]]) -> list[Finding]:
    """One hint when the draft uses both placements, at the first word of the rarer one."""
    fields = list(fields)
    common = common_words(text for _, text in fields)
    seen: dict[Style, list[tuple[str, re.Match[str]]]] = {"old": [], "new": []}
    for where, text in fields:
        for match in CANDIDATE.finditer(text):
            style = style_of(match.group()) if unifiable(match, common) else None
            if style is not None:
                seen[style].append((where, match))
    if not seen["old"] or not seen["new"]:
        return []
    rare: Style = "old" if len(seen["old"]) < len(seen["new"]) else "new"
    where, match = seen[rare][0]
    old, new = (f"như “{seen[s][0][1].group()}” ({len(seen[s])} chữ)" for s in ("old", "new"))
    message = (
        f"Báo cáo dùng lẫn hai kiểu đặt dấu, cả hai đều đúng: dấu ở nguyên âm đầu {old} và "
        f"ở nguyên âm sau {new} — bấm để viết cả báo cáo theo một kiểu"
    )
    # No fix of its own: unify() writes every word (the list's one line offers it), and a
    # fix of this one word would read as if it were the slip.
    return [Finding(where, match.start(), match.end(), "tone-style", "info", message)]


def unify(draft: Draft, style: Style) -> None:
    """Write every text of the draft in one tone style, each word where it stands (its
    formatting kept); a name inside a sentence is left as its owner writes it."""
    places = list(checked(draft))
    common = common_words(place.read() for place in places)
    for place in places:
        text = place.read()
        for match in reversed(list(CANDIDATE.finditer(text))):
            if unifiable(match, common):
                word = restyle(match.group(), style)
                if word != match.group():
                    place.splice(match.start(), match.end(), word)


def common_words(texts: Iterable[str]) -> frozenset[tuple[str, int]]:
    """The two-placement words the draft writes in lower case somewhere, as letters and
    tone whichever the placement: the common words, as against names."""
    found = set()
    for text in texts:
        for match in CANDIDATE.finditer(text):
            word = match.group()
            if word.islower() and (letters := split_tone(word)) is not None:
                found.add((letters.base, letters.tone))
    return frozenset(found)


def unifiable(match: re.Match[str], common: frozenset[tuple[str, int]]) -> bool:
    """A word the style may be changed in: one in lower case, or a capitalised one the
    draft also writes in lower case (Hoà bình … hoà bình). A capitalised word written
    nowhere in lower case is a name, a person's or a place's (Thuý, even at a sentence's
    start): written as its owner writes it, and not counted as a mix."""
    word = match.group()
    if word.islower():
        return True
    letters = split_tone(word.lower())
    return letters is not None and (letters.base, letters.tone) in common
