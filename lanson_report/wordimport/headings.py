"""Headings as offices type them: decimal outlines, run-in points, capitals.

A report numbered `1.`, `1.1.`, `1.1.1.` has three levels; the draft's outlines have
`1.`/`a)` (two) or `I.`/`1.`/`a)` (three), so the decimal levels map onto the one that
holds them all (`nesting.py`). A point `d) Công tác kiểm tra: đã kiểm tra …` runs its
text in after a colon: the words before the colon are its heading, the rest its first
paragraph.
Headings typed in capitals are edited in sentence case, except acronyms (`CCHC`,
`UBND`) and Roman numerals (`quý II`).
"""

from __future__ import annotations

import re
from typing import Any

from docx.oxml.ns import qn

from ..domain.text import fold

DECIMAL = re.compile(r"^(?P<n>\d{1,2}(?:\.\d{1,2}){1,2})\.?\s+(?P<text>\S.*)$")
_RUN_IN = re.compile(r"^(?P<head>[^:]{3,80}?)\s*:\s+(?P<rest>\S.*)$")


def decimal_kind(text: str) -> tuple[str, str] | None:
    """("decimal2" | "decimal3", heading text) for `1.1. …` and `1.1.1. …`."""
    match = DECIMAL.match(text)
    if match is None:
        return None
    depth = match.group("n").count(".") + 1
    return f"decimal{depth}", match.group("text").strip()


def run_in(text: str) -> tuple[str, str]:
    """A point's heading, its colon kept, and the text run in after it ("" if none)."""
    match = _RUN_IN.match(text)
    if match is None:
        return text, ""
    return match.group("head") + ":", match.group("rest")


_PART = re.compile(r"^phan\s+(thu\s+\w+|[ivxl]+)\b", re.IGNORECASE)


def is_part(text: str) -> bool:
    """`Phần thứ nhất`, `PHẦN THỨ HAI`, `Phần I`: a level above the outline's first."""
    if text[:1] not in "Pp" or len(text) > 200:
        return False  # nearly every line: no folding
    return bool(_PART.match(fold(text[:24]).lower()))


# -- capitals ------------------------------------------------------------------------
_ROMAN = re.compile(r"^(XL|L?X{0,3})(IX|IV|V?I{0,3})$")
# words after which a Roman numeral counts something: quý II, Phần I, khóa XV, Đại hội XIII
_COUNTED = {"quy", "phan", "khoa", "muc", "chuong", "luc", "doan", "hoi", "lan", "ky", "dot"}
_INITIALS = (
    "ngh", "ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr",
    "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x",
)  # fmt: skip
_FINALS = ("ch", "ng", "nh", "c", "m", "n", "p", "t", "")
_VOWELS = set("aeiouy")


def _syllable(word: str) -> bool:
    """Whether a word reads as one Vietnamese syllable (else it is an acronym)."""
    folded = fold(word).lower().replace("đ", "d")
    initial = next((i for i in _INITIALS if folded.startswith(fold(i))), "")
    if initial == "gi" and folded[2:3] not in _VOWELS:
        initial = "g"  # `GÌ`, `GÌN`: the i is the vowel
    rest = folded[len(fold(initial)) :]
    vowels = len(rest) - len(rest.lstrip("aeiouy"))
    core, final = rest[:vowels], rest[vowels:]
    if not core or final not in _FINALS:
        return False
    return not (len(core) > 1 and set(core) == {"i"})  # `II`, `III` are numerals


def _kept(word: str, before: str) -> bool:
    letters = word.strip(".,;:()\"'–-")
    if not letters or not any(c.isalpha() for c in letters):
        return False
    if any(c.isdigit() or c in "&/" for c in letters) or "-" in letters:
        return True
    if _ROMAN.match(letters):
        return fold(before).lower().strip(".,:;") in _COUNTED or not _syllable(letters)
    return not all(_syllable(part) for part in letters.split("-"))


def sentence_case(text: str) -> str:
    """`KẾT QUẢ CÔNG TÁC CCHC QUÝ II` → `Kết quả công tác CCHC quý II`; text not in
    capitals is kept as typed."""
    if not text.isupper():
        return text
    words = text.split(" ")
    out = []
    for index, word in enumerate(words):
        before = words[index - 1] if index else ""
        if _kept(word, before):
            out.append(word)
        elif index == 0:
            out.append(word[:1] + word[1:].lower())
        else:
            out.append(word.lower())
    return " ".join(out)


def in_capitals(paragraph: Any) -> bool:
    """Every run with text carries w:caps: Word shows capitals, the text is as typed."""
    if next(paragraph._p.iter(qn("w:caps")), None) is None:
        return False  # nearly every paragraph: one walk, no list
    runs = [run for run in paragraph._p.iter(qn("w:r")) if "".join(run.itertext()).strip()]
    if not runs:
        return False
    for run in runs:
        flag = run.find(f"{qn('w:rPr')}/{qn('w:caps')}")
        if flag is None or flag.get(qn("w:val")) in ("0", "false", "off"):
            return False
    return True
