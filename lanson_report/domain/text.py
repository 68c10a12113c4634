"""Vietnamese text rules: NFC normalisation, Decree 30 numbers and dates."""

import datetime
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
