"""Numbers written the Vietnamese way: thousands dot, decimal comma (`1.234,5`, `62,5%`).

Reading is exact (Decimal) and says what it saw, so that a sum never takes a year, a
label or a dash for a figure. `1.234` is the one form that reads two ways: a thousands
dot (one thousand two hundred thirty-four) or a decimal point typed the English way
(one point two three four); in a column whose other cells write decimals with a comma
it is asked about (`ambiguous_rows`) instead of being silently taken as a thousand.
Writing rounds half up, as a clerk rounds by hand (`0,05` → `0,1`), never to even.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, localcontext
from typing import Literal

ReadingKind = Literal["blank", "dash", "number", "text"]

DASHES = ("-", "–", "—")  # "no figure": a computed cell with no base prints "-"
_GROUPED = re.compile(r"[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]+)?")
_PLAIN = re.compile(r"[0-9]+(?:,[0-9]+)?")
_POINT = re.compile(r"[0-9]+\.[0-9]+")  # 8.5: an English decimal point


@dataclass(frozen=True)
class Reading:
    """What one cell holds: a number (value, digits after the comma) or why not."""

    kind: ReadingKind
    value: Decimal | None = None
    decimals: int = 0
    percent: bool = False
    ambiguous: bool = False  # `1.234`: a thousands dot, or a decimal point typed by mistake
    hint: str = ""  # for text that looks like a number written the wrong way

    @property
    def is_number(self) -> bool:
        return self.value is not None


BLANK = Reading("blank")


@functools.lru_cache(maxsize=8192)  # a table's cells are read again at every edit
def read(text: str) -> Reading:
    """Read a cell's text: `1.234,5`, `1234,5`, `-12,3`, `62,5%`, `-`, blank, or text."""
    body = text.replace("\u00a0", " ").strip()
    if not body:
        return BLANK
    if body in DASHES:
        return Reading("dash")
    percent = body.endswith("%")
    if percent:
        body = body[:-1].rstrip()
    sign = 1
    if body[:1] in ("-", "−", "+"):  # U+2212, the minus sign, is typed too
        sign = -1 if body[0] != "+" else 1
        body = body[1:].lstrip()
    if _GROUPED.fullmatch(body) or _PLAIN.fullmatch(body):
        whole, _, fraction = body.partition(",")
        value = Decimal(whole.replace(".", "") + ("." + fraction if fraction else ""))
        ambiguous = not fraction and whole.count(".") == 1
        return Reading("number", sign * value, len(fraction), percent, ambiguous)
    if _POINT.fullmatch(body):
        comma = body.replace(".", ",")
        return Reading("text", hint=f'"{text.strip()}" viết dấu chấm thập phân; hãy viết {comma}')
    return Reading("text")


def ambiguous_rows(texts: Sequence[str]) -> list[int]:
    """Indices of `1.234`-like cells in a column whose other cells write a decimal comma."""
    readings = [read(text) for text in texts]
    uses_comma = any(reading.decimals for reading in readings)
    if not uses_comma:
        return []
    return [index for index, reading in enumerate(readings) if reading.ambiguous]


@functools.lru_cache(maxsize=8192)  # a table's figures are written again at every edit
def write(value: Decimal, decimals: int = 0) -> str:
    """`Decimal("1234.55")`, 1 → `1.234,6`: rounded half up, thousands dot, decimal comma."""
    digits = value.adjusted() + decimals + 2
    if digits <= 28:  # Decimal's default precision holds it: the usual case, and quick
        quantum = _QUANTA.get(decimals) or Decimal(1).scaleb(-decimals)
        return _grouped(value.quantize(quantum, rounding=ROUND_HALF_UP))
    with localcontext() as context:  # a figure of any length a cell can hold, never an error
        context.prec = digits
        return _grouped(value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP))


_QUANTA = {places: Decimal(1).scaleb(-places) for places in range(0, 10)}


def _grouped(rounded: Decimal) -> str:
    sign = "-" if rounded < 0 else ""  # never "-0,0"
    whole, _, fraction = f"{rounded.copy_abs():f}".partition(".")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    out = sign + ".".join(groups)
    return f"{out},{fraction}" if fraction else out


def value_of(text: str) -> Decimal | None:
    """The number a cell holds, or None (blank, dash, text)."""
    return read(text).value
