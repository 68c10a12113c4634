"""Vietnamese text typed in the pre-Unicode encodings: TCVN3 (ABC), VNI and VIQR.

Old reports were typed in `.VnTime` (TCVN 5712:1993, VN3) or `VNI-Times` fonts: the
bytes are ordinary Latin-1 characters that those fonts draw as Vietnamese letters, so
the text turns to "B¸o c¸o" (TCVN3) or "Baùo caùo" (VNI) outside its font. These
tables turn such text back into Unicode NFC, by font on import and, after asking the
clerk, for text pasted into a field.
"""

from __future__ import annotations

import re
from typing import Literal

from .text import nfc

Encoding = Literal["tcvn3", "tcvn3-upper", "vni", "viqr"]

ENCODING_LABELS: dict[Encoding, str] = {
    "tcvn3": "TCVN3 (ABC, phông .VnTime)",
    "tcvn3-upper": "TCVN3 chữ hoa (phông .VnTimeH)",
    "vni": "VNI (phông VNI-Times)",
    "viqr": "VIQR (gõ dấu bằng ký tự: Vie^.t)",
}

# Tones in the order of each code string below: none, huyền, sắc, hỏi, ngã, nặng.
_MARKS = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
_BASES = "aăâeêioôơuưy"

# TCVN3 (VN3) codes of each lower-case base with its tones, in _MARKS order.
_TCVN3_CODES = {
    "a": "aµ¸¶·¹",
    "ă": "¨»¾¼½Æ",
    "â": "©ÇÊÈÉË",
    "e": "eÌÐÎÏÑ",
    "ê": "ªÒÕÓÔÖ",
    "i": "i×ÝØÜÞ",
    "o": "oßãáâä",
    "ô": "«åèæçé",
    "ơ": "¬êíëìî",
    "u": "uïóñòô",
    "ư": "\u00adõøö÷ù",
    "y": "yúýûüþ",
}
# The only capitals VN3 has; `.VnTimeH` fonts draw every other code as a capital.
_TCVN3_CAPITALS = {"¡": "Ă", "¢": "Â", "£": "Ê", "¤": "Ô", "¥": "Ơ", "¦": "Ư", "§": "Đ", "®": "đ"}

# VNI: a base letter followed by one mark character (tone, or modifier and tone).
_VNI_TONES = "øùûõï"  # huyền, sắc, hỏi, ngã, nặng
_VNI_CIRCUMFLEX = "âàáåãä"  # ^ alone, then ^ with each tone
_VNI_BREVE = "êèéúüë"
# Single characters standing for a whole letter (lower case; capitals are the upper()).
VNI_SINGLES = {"ô": "ơ", "ö": "ư", "ñ": "đ", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ"}


def _letter(base: str, tone: int) -> str:
    return nfc(base + _MARKS[tone])


def _tcvn3_table() -> dict[str, str]:
    table = dict(_TCVN3_CAPITALS)
    for base, codes in _TCVN3_CODES.items():
        for tone, code in enumerate(codes):
            if not code.isascii():
                table[code] = _letter(base, tone)
    return table


def _vni_pairs() -> dict[str, str]:
    """Lower-case VNI sequences (base + mark) -> letter."""
    pairs: dict[str, str] = {}
    for base, plain, modifiers in (
        ("a", "a", ((_VNI_CIRCUMFLEX, "â"), (_VNI_BREVE, "ă"))),
        ("e", "e", ((_VNI_CIRCUMFLEX, "ê"),)),
        ("o", "o", ((_VNI_CIRCUMFLEX, "ô"),)),
        ("u", "u", ()),
        ("y", "y", ()),
        ("ô", "ơ", ()),
        ("ö", "ư", ()),
    ):
        for tone, mark in enumerate(_VNI_TONES, start=1):
            pairs[base + mark] = _letter(plain, tone)
        for marks, modified in modifiers:
            for tone, mark in enumerate(marks):
                pairs[base + mark] = _letter(modified, tone)
    return pairs


TCVN3 = _tcvn3_table()
VNI_PAIRS = _vni_pairs()
_VNI_CODES = [*VNI_PAIRS, *(pair.upper() for pair in VNI_PAIRS), *VNI_SINGLES]
_VNI_CODES += [single.upper() for single in VNI_SINGLES]
_VNI_RE = re.compile(
    "|".join(re.escape(code) for code in sorted(_VNI_CODES, key=len, reverse=True))
)


def from_tcvn3(text: str, *, upper: bool = False) -> str:
    """Text typed in a `.Vn…` font; upper for the capitals-only `.Vn…H` fonts."""
    converted = nfc("".join(TCVN3.get(char, char) for char in text))
    return nfc(converted.upper()) if upper else converted


def _vni_match(match: re.Match[str]) -> str:
    code = match.group()
    lower = code.lower()
    letter = VNI_PAIRS.get(lower) or VNI_SINGLES.get(lower, code)
    return nfc(letter.upper()) if code[0].isupper() else letter


def from_vni(text: str) -> str:
    """Text typed in a `VNI-…` font."""
    return nfc(_VNI_RE.sub(_vni_match, text))


_VIQR_MODIFIERS = {("a", "("): "ă", ("a", "^"): "â", ("e", "^"): "ê", ("o", "^"): "ô"}
_VIQR_MODIFIERS |= {("o", "+"): "ơ", ("u", "+"): "ư"}
_VIQR_TONES = {"`": 1, "'": 2, "?": 3, "~": 4, ".": 5}
# A vowel, an optional modifier, an optional tone; ? and . are tones inside a word, or
# before another word when the vowel before them is lower case or modified (otherwise
# they end a sentence).
_VIQR_RE = re.compile(
    r"(?<!\\)([aeiouyAEIOUY])([(^+]?)"
    r"(?:([`'~])|([?.])(?=[^\W\d_]|\s+[a-zđ])|(?<=[(^+])([?.])(?=\s+[^\W\d_]))?"
    r"|(?<![^\W\d_])([dD][dD])"
)


def _viqr_match(match: re.Match[str]) -> str:
    if match.group(6):
        return "Đ" if match.group(6)[0] == "D" else "đ"
    vowel, modifier = match.group(1), match.group(2)
    tone_mark = match.group(3) or match.group(4) or match.group(5) or ""
    base = _VIQR_MODIFIERS.get((vowel.lower(), modifier))
    if modifier and base is None:
        return match.group()  # `i^` and the like are not Vietnamese: leave as typed
    letter = _letter(base or vowel.lower(), _VIQR_TONES.get(tone_mark, 0))
    return nfc(letter.upper()) if vowel.isupper() else letter


def from_viqr(text: str) -> str:
    """Text typed in VIQR (`Vie^.t Nam`), as in old e-mails and forums."""
    return nfc(_VIQR_RE.sub(_viqr_match, text))


def convert(text: str, encoding: Encoding) -> str:
    if encoding == "vni":
        return from_vni(text)
    if encoding == "viqr":
        return from_viqr(text)
    return from_tcvn3(text, upper=encoding == "tcvn3-upper")


def font_encoding(font: str | None) -> Encoding | None:
    """The old encoding a Word font name implies (`.VnTime`, `.VnTimeH`, `VNI-Times`)."""
    name = (font or "").strip()
    if name.lower().startswith(".vn"):
        return "tcvn3-upper" if name.endswith("H") else "tcvn3"
    if name.lower().startswith(("vni-", "vni ")):
        return "vni"
    return None
