"""Keystrokes a Vietnamese input method left in the text: Telex ("dduowcj") and VNI
("vie65t"), when the typing tool was off or lost the word. Decoded back to the syllable
the clerk meant; a decoding that is no valid syllable is no leftover."""

from __future__ import annotations

from .syllable import VOWELS, is_valid, parse, tone_places, with_tone

# Foreign words a report writes on purpose that Telex would read as a syllable ("test"
# as tét, "gas" as gá, "virus" as víu): at most "từ nước ngoài?", never a leftover.
FOREIGN = frozenset(
    {
        "test",
        "post",
        "best",
        "cost",
        "list",
        "host",
        "mix",
        "max",
        "box",
        "tax",
        "taxi",
        "gas",
        "visa",
        "bus",
        "virus",
        "bar",
        "car",
        "pass",
        "boss",
        "reset",
        "mass",
        "days",
        "is",
        "as",
        "us",
        "or",
        "was",
        "has",
    }
)
TELEX_TONES = {"s": 1, "f": 2, "r": 3, "x": 4, "j": 5}
VNI_TONES = {"1": 1, "2": 2, "3": 3, "4": 4, "5": 5}
HAT = {"a": "â", "e": "ê", "o": "ô"}
HORN = {"u": "ư", "o": "ơ", "a": "ă"}


class _Typed:
    """Letters typed so far, without tone, and the tone."""

    def __init__(self) -> None:
        self.letters: list[str] = []
        self.tone = 0

    def last_vowel(self, choices: str) -> int:
        for index in range(len(self.letters) - 1, -1, -1):
            if self.letters[index] in choices:
                return index
            if self.letters[index] in VOWELS:
                return -1
        return -1

    def hat(self, letter: str) -> bool:
        at = self.last_vowel(letter)
        if at < 0:
            return False
        self.letters[at] = HAT[letter]
        return True

    def horn(self) -> bool:
        text = "".join(self.letters)
        at = text.rfind("uo")
        if at >= 0 and all(c not in VOWELS for c in text[at + 2 :]):
            self.letters[at : at + 2] = ["ư", "ơ"]
            return True
        at = self.last_vowel("uoa")
        if at < 0:
            return False
        self.letters[at] = HORN[self.letters[at]]
        return True

    def has_vowel(self) -> bool:
        return any(c in VOWELS for c in self.letters)

    def result(self) -> str | None:
        base = "".join(self.letters)
        if not self.tone:
            return base
        parts = parse(base)
        if parts is None:
            return None
        return with_tone(base, self.tone, len(parts.onset) + tone_places(parts)[-1])


def telex(word: str) -> str | None:
    """The syllable a lower-case word typed in Telex spells, or None."""
    typed = _Typed()
    for key in word:
        if not _telex_key(typed, key):
            typed.letters.append(key)
    return typed.result()


def _telex_key(typed: _Typed, key: str) -> bool:
    if key == "d" and typed.letters[-1:] == ["d"]:
        typed.letters[-1] = "đ"
        return True
    if key in HAT and typed.letters[-1:] == [key]:
        return typed.hat(key)
    if key == "w":
        if typed.horn():
            return True
        typed.letters.append("ư")
        return True
    if key in TELEX_TONES and typed.has_vowel() and len(typed.letters) > 0:
        typed.tone = TELEX_TONES[key]
        return True
    if key == "z" and typed.tone:
        typed.tone = 0
        return True
    return False


def vni(word: str) -> str | None:
    """The syllable a lower-case word typed in VNI spells, or None."""
    typed = _Typed()
    for key in word:
        if not _vni_key(typed, key):
            if key.isdigit():
                return None
            typed.letters.append(key)
    return typed.result()


def _vni_key(typed: _Typed, key: str) -> bool:
    if key == "9":
        at = len(typed.letters) - 1 - typed.letters[::-1].index("d") if "d" in typed.letters else -1
        if at < 0:
            return False
        typed.letters[at] = "đ"
        return True
    if key == "6":
        return any(typed.hat(v) for v in "aeo")
    if key == "7":
        return typed.horn()
    if key == "8":
        at = typed.last_vowel("a")
        if at >= 0:
            typed.letters[at] = "ă"
        return at >= 0
    if key in VNI_TONES and typed.has_vowel():
        typed.tone = VNI_TONES[key]
        return True
    return False


def decode(word: str) -> str | None:
    """What a lower-case word left by Telex or VNI was meant to be, when that is a valid
    syllable different from the word."""
    if word in FOREIGN:
        return None
    decoder = vni if any(c.isdigit() for c in word) else telex
    meant = decoder(word)
    if meant is None or meant == word or not is_valid(meant):
        return None
    return meant
