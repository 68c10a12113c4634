"""Mutations of correct words, as a clerk's slips make them: one-letter typos, a tone on
the wrong vowel, a stop syllable without its tone, keystrokes of Telex left in the text.
Seeded, so the rates measured are the same at every run."""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from lanson_report.domain.textcheck.syllable import VOWELS, is_valid, split_tone, with_tone

CORPUS = Path(__file__).resolve().parent / "fixtures" / "corpus" / "bao-cao.txt"
KEYS = "abcdefghijklmnopqrstuvwxyzđ"  # a Vietnamese keyboard's letters, Telex keys included
TELEX = {"đ": "dd", "â": "aa", "ê": "ee", "ô": "oo", "ă": "aw", "ơ": "ow", "ư": "uw"}
TONE_KEYS = " sfrxj"


def corpus_lines() -> list[str]:
    return CORPUS.read_text(encoding="utf-8").splitlines()


def corpus_words() -> list[str]:
    """The distinct lower-case syllables of the corpus, in a stable order."""
    words = {w.strip('.,;:()“”"%').lower() for line in corpus_lines() for w in line.split()}
    return sorted(w for w in words if len(w) > 1 and w.isalpha() and is_valid(w))


def typos(words: list[str], kind: str, count: int, seed: int = 26) -> Iterator[tuple[str, str]]:
    """(word, typo) pairs: `substitute`, `insert` or `delete` one letter."""
    rng = random.Random(f"{seed}-{kind}")
    made = 0
    while made < count:
        word = rng.choice(words)
        typo = _slip(rng, word, kind)
        if typo and typo != word:
            made += 1
            yield word, typo


def _slip(rng: random.Random, word: str, kind: str) -> str:
    at = rng.randrange(len(word))
    if kind == "substitute":
        return word[:at] + rng.choice(KEYS) + word[at + 1 :]
    if kind == "insert":
        return word[:at] + rng.choice(KEYS) + word[at:]
    return word[:at] + word[at + 1 :]


@dataclass(frozen=True)
class Slip:
    """A one-letter typo in its sentence: the line as typed and where the typo stands."""

    line: str
    start: int
    end: int
    word: str
    typo: str


def typos_in_lines(kind: str, count: int, seed: int = 26) -> Iterator[Slip]:
    """One-letter typos of the corpus's words where they stand, capitalised ones too."""
    rng = random.Random(f"{seed}-{kind}-in-lines")
    known = set(corpus_words())
    lines = [line for line in corpus_lines() if line.strip()]
    made = 0
    while made < count:
        line = rng.choice(lines)
        spots = [m for m in re.finditer(r"\w+", line) if m.group().lower() in known]
        if not spots:
            continue
        spot = rng.choice(spots)
        word = spot.group()
        typo = _slip(rng, word, kind)
        if typo and typo.lower() != word.lower():
            made += 1
            typed = line[: spot.start()] + typo + line[spot.end() :]
            yield Slip(typed, spot.start(), spot.start() + len(typo), word, typo)


def syllable_key(word: str) -> tuple[str, int] | None:
    """A syllable as its letters and tone, whichever vowel carries the mark (hoà = hòa)."""
    letters = split_tone(word.lower())
    return None if letters is None else (letters.base, letters.tone)


def moved_tones(words: list[str]) -> Iterator[tuple[str, str]]:
    """The tone moved to each other vowel, the other valid style (hoà for hòa) left out."""
    for word in words:
        letters = split_tone(word)
        if letters is None or not letters.tone:
            continue
        for at, char in enumerate(letters.base):
            if char in VOWELS and at != letters.tone_at:
                moved = with_tone(letters.base, letters.tone, at)
                if not is_valid(moved):
                    yield word, moved


def stop_tones(words: list[str]) -> Iterator[tuple[str, str]]:
    """A stop-final syllable (p, t, c, ch) with no tone, or huyền, hỏi, ngã instead."""
    for word in words:
        letters = split_tone(word)
        if letters is None or not letters.base.endswith(("p", "t", "c", "ch")):
            continue
        at = letters.tone_at
        for tone in (0, 2, 3, 4):
            yield word, with_tone(letters.base, tone, at) if tone else letters.base


def telex(words: list[str]) -> Iterator[tuple[str, str]]:
    """As typed in Telex with the typing tool off, the tone key last (`dduowcj`)."""
    for word in words:
        letters = split_tone(word)
        if letters is None:
            continue
        typed = "".join(TELEX.get(c, c) for c in letters.base) + TONE_KEYS[letters.tone].strip()
        if typed != word:
            yield word, typed
