"""Spot text typed in an old encoding (TCVN3, VNI, VIQR) among pasted Unicode text.

Nothing here converts on its own: `detect` proposes a conversion and the clerk decides.
Each line is judged apart, so a paste that mixes Unicode lines with old ones only
changes the old ones; a line that already holds letters only Unicode has (ă, đ, ơ,
ư, ạ ...) is left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .legacy import ENCODING_LABELS, TCVN3, VNI_PAIRS, VNI_SINGLES, Encoding, convert

# Vietnamese letters outside Latin-1: text holding them is already Unicode.
_UNICODE_ONLY = re.compile("[ĂăĐđĨĩŨũƠơƯư\u1ea0-\u1ef9]")
_LATIN1_VIETNAMESE = set("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ")
# TCVN3 codes that are not Vietnamese letters themselves ("¸" in "B¸o").
_TCVN3_STRONG = "".join(code for code in TCVN3 if code not in _LATIN1_VIETNAMESE)
# ... counted only inside a word, so that "© 2022" or "5 × 3" stay what they are.
_TCVN3_STRONG_RE = re.compile(f"(?<=[A-Za-z])[{_TCVN3_STRONG}]|[{_TCVN3_STRONG}](?=[A-Za-z])")
# VNI pairs that real Vietnamese never writes ("aù"); hoà, hoá, hoã are left out.
_VNI_STRONG = (
    frozenset(
        code
        for pair in VNI_PAIRS
        for code in (pair, pair.upper())
        if code.lower() not in ("oà", "oá", "oã")
    )
    | frozenset(s for s in VNI_SINGLES if s not in _LATIN1_VIETNAMESE)
    | {"Ö", "Ñ", "Æ", "Î"}
)
_VNI_STRONG_RE = re.compile("|".join(sorted(map(re.escape, _VNI_STRONG), key=len, reverse=True)))
_VIQR_STRONG_RE = re.compile(
    r"[aeiouyAEIOUY][(^+]?[`'~][^\W\d_]|[aA]\(|[aeoAEO]\^|[oOuU]\+|\b[dD][dD][aeiouyAEIOUY]"
)
# Word's bullets as they come in plain text ("·\tItem", "§ Item") are not TCVN3.
_BULLET = re.compile(r"^\s*[·§•o\-–+\uf0b7\uf0a7\uf0d8]\s+")


@dataclass(frozen=True)
class Proposal:
    """What the clerk is asked: convert `original` from `encoding` into `converted`?"""

    encoding: Encoding
    original: str
    converted: str
    lines: int  # lines that change

    @property
    def label(self) -> str:
        return ENCODING_LABELS[self.encoding]


def _signals(line: str, encoding: Encoding) -> int:
    line = _BULLET.sub("", line)
    if encoding == "tcvn3":
        return len(_TCVN3_STRONG_RE.findall(line))
    if encoding == "vni":
        return len(_VNI_STRONG_RE.findall(line))
    return len(_VIQR_STRONG_RE.findall(line))


def is_old_line(line: str, encoding: Encoding) -> bool:
    if _UNICODE_ONLY.search(line):
        return False
    signals = _signals(line, encoding)
    if signals >= 2:
        return True
    return signals == 1 and bool(_UNICODE_ONLY.search(convert(line, encoding)))


def _convert_lines(text: str, encoding: Encoding) -> tuple[str, int]:
    out, changed = [], 0
    for line in text.splitlines(keepends=True):
        if is_old_line(line, encoding):
            bullet = _BULLET.match(line)
            keep = bullet.group() if bullet else ""
            new = keep + convert(line[len(keep) :], encoding)
            changed += new != line
            out.append(new)
        else:
            out.append(line)
    return "".join(out), changed


def old_lines(text: str, encoding: Encoding) -> list[bool]:
    """For each line of text, whether it reads as typed in encoding."""
    return [is_old_line(line, encoding) for line in text.splitlines()]


def detect(text: str) -> Proposal | None:
    """The most likely old encoding of (some lines of) text, or None if it is all Unicode."""
    best: Proposal | None = None
    best_signals = 0
    for encoding in ("tcvn3", "vni", "viqr"):
        converted, changed = _convert_lines(text, encoding)
        if not changed:
            continue
        signals = sum(_signals(line, encoding) for line in text.splitlines())
        if signals > best_signals:
            best = Proposal(encoding, text, converted, changed)
            best_signals = signals
    return best


def convert_lines(text: str, encoding: Encoding) -> str:
    """Convert the lines of text that read as typed in encoding; keep the others."""
    return _convert_lines(text, encoding)[0]
