"""A draft's text for the list's search: every text a clerk typed, folded (no accents,
lower case) beside the plain text, so a hit can be shown with the words around it."""

from __future__ import annotations

import unicodedata

from ..domain import findtext
from ..domain.model import Draft
from ..domain.text import fold

AROUND = 30  # characters shown on each side of a hit
ANY_ACCENTS = findtext.Options(ignore_accents=True)  # as find and replace compares


def body_text(draft: Draft) -> tuple[str, str]:
    """(folded, plain): the same length, so an offset in one is an offset in the other;
    runs of spaces and line breaks are one space, so a phrase is found across them."""
    plain = " ".join(field.read() for field in findtext.fields(draft) if field.read())
    plain = " ".join(unicodedata.normalize("NFC", plain).split())
    return findtext.folded(plain, ANY_ACCENTS), plain


def snippet(folded: str, plain: str, query: str) -> str:
    """The words around the query, when the text holds it as a phrase; else "". A query
    typed without accents finds any accents ("phat song" finds "phát sóng"); one typed
    with them finds only those ("đường" does not find "dương"). Words scattered over a
    long report are no match."""
    words = unicodedata.normalize("NFC", query).lower().split()
    phrase = " ".join(words)
    if not phrase:
        return ""
    no_accents = fold(phrase) == phrase
    at = folded.find(phrase) if no_accents else plain.lower().find(phrase)
    if at < 0:
        return ""
    start, end = max(0, at - AROUND), min(len(plain), at + len(phrase) + AROUND)
    text = " ".join(plain[start:end].split())
    return ("…" if start else "") + text + ("…" if end < len(plain) else "")
