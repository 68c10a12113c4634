"""Vietnamese text rules: NFC normalisation, Decree 30 numbers and dates."""

import datetime
import re
import unicodedata

# Points of a clause (điểm) follow the Vietnamese alphabet, as in legal texts.
VIETNAMESE_LETTERS = "abcdđeghiklmnopqrstuvxy"

_ROMAN = [
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
]


def nfc(text: str) -> str:
    """Return text in Unicode NFC, the only form the renderer can print correctly."""
    return unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """Lower-case text without diacritics, for accent-insensitive search."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.casefold()


def upper(text: str) -> str:
    """Upper-case Vietnamese text, keeping NFC."""
    return nfc(text.upper())


def two_digits_below_10(value: int) -> str:
    """Decree 30: numbers of days (and document numbers) below 10 get a leading zero."""
    return f"{value:02d}" if value < 10 else str(value)


def month_text(month: int) -> str:
    """Decree 30: months 1 and 2 get a leading zero, the others none."""
    return f"{month:02d}" if month <= 2 else str(month)


def document_number(number: str) -> str:
    """Print a document number: `5` -> `05`; blank stays blank."""
    number = number.strip()
    if not number:
        return ""
    return two_digits_below_10(int(number)) if number.isascii() and number.isdigit() else number


def short_date(value: datetime.date) -> str:
    """A date inside running text, as in `ngày 09/5/2022` or `ngày 28/01/2022`."""
    return f"{two_digits_below_10(value.day)}/{month_text(value.month)}/{value.year}"


def roman(value: int) -> str:
    """Roman numeral for the first outline level (I, II, ..., XL)."""
    out = []
    for amount, letters in _ROMAN:
        count, value = divmod(value, amount)
        out.append(letters * count)
    return "".join(out)


def point_letter(index: int) -> str:
    """Letter of the index-th point (0 -> a, 4 -> đ); past y, doubled letters."""
    count = len(VIETNAMESE_LETTERS)
    if index < count:
        return VIETNAMESE_LETTERS[index]
    return point_letter(index // count - 1) + VIETNAMESE_LETTERS[index % count]


# Decree 30, Phụ lục II (capitals in names of agencies): the words of the agency's kind and
# of each field it works in start with a capital; the name of a place after tỉnh, huyện…
# takes a capital on every word; the rest is lower case. Longest kinds first.
AGENCY_KINDS = (
    "ủy ban nhân dân",
    "hội đồng nhân dân",
    "kho bạc nhà nước",
    "bảo hiểm xã hội",
    "văn phòng",
    "tổng cục",
    "chi cục",
    "thanh tra",
    "trung tâm",
    "ủy ban",
    "sở",
    "bộ",
    "cục",
    "ban",
    "phòng",
    "viện",
)
PLACE_UNITS = ("thành phố", "thị xã", "thị trấn", "tỉnh", "huyện", "quận", "xã", "phường")
_SYLLABLE = re.compile(
    r"(ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdghklmnpqrstvx])?[aeiouy]+(ch|ng|nh|[cmnpt])?"
)
MAX_FIELD_WORDS = 4  # "Giao thông vận tải"; longer, and the name is left as written
MAX_PLACE_WORDS = 4


def _capital(word: str) -> str:
    return word[:1].upper() + word[1:]


def _is_acronym(word: str) -> bool:
    """`UBND`, `KH&CN`, `HĐND`: no Vietnamese syllable, so kept in capitals."""
    return _SYLLABLE.fullmatch(fold(word)) is None


def _starts_with(words: list[str], phrase: str) -> bool:
    wanted = phrase.split()
    return [w.lower() for w in words[: len(wanted)]] == wanted


def name_in_sentence(name: str) -> str:
    """`SỞ KHOA HỌC VÀ CÔNG NGHỆ` -> `Sở Khoa học và Công nghệ`, as written inside a sentence.

    Only names of the usual shapes are rewritten: kinds of agency, each followed by fields
    joined by `và` or commas (each of at most four words) or by a place unit and a place
    name. Any other name is returned as written: a wrong capital in an official line is
    worse than capitals.
    """
    if not name.strip() or name != name.upper():
        return name
    words = nfc(name).replace(",", " , ").split()
    out: list[str] = []
    field: list[str] = []  # words of the field or place name being read
    place = False  # reading the name of a place: every word capitalised
    after_kind = False  # a place unit may follow a kind (`ỦY BAN NHÂN DÂN TỈNH`) only
    i = 0
    while i < len(words):
        word, lower = words[i], words[i].lower()
        kind = next((k for k in AGENCY_KINDS if _starts_with(words[i:], k)), None)
        unit = next((u for u in PLACE_UNITS if _starts_with(words[i:], u)), None)
        step = 1
        if word != "," and _is_acronym(word):
            out.append(word)
            after_kind = True  # `UBND TỈNH …`
        elif kind is not None and not place:
            out.append(_capital(kind))
            step, field, after_kind = len(kind.split()), [], True
        elif unit is not None and after_kind:
            out.append(unit)
            step, field, place, after_kind = len(unit.split()), [], True, False
        elif lower in ("và", ","):
            if place:
                return name
            out.append(lower)
            field, after_kind = [], False
        else:
            out.append(_capital(lower) if place or not field else lower)
            field.append(lower)
            after_kind = False
            if len(field) > (MAX_PLACE_WORDS if place else MAX_FIELD_WORDS):
                return name
        i += step
    return " ".join(out).replace(" ,", ",")
