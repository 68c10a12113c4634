"""The heading of each Phụ lục, worded once for every output (Decree 30, Phụ lục I)."""

from __future__ import annotations

from dataclasses import dataclass

from . import compose
from .model import Appendix, Draft
from .text import document_number, month_text, roman, two_digits_below_10, upper


@dataclass(frozen=True)
class AppendixHeading:
    label: str  # `Phụ lục`, or `Phụ lục I` when there are two or more
    title: str  # upper case
    attached: str  # `(Kèm theo Báo cáo số 12/BC-SKHCN ngày 15 tháng 12 năm 2022 của …)`


def label(index: int, count: int) -> str:
    return f"Phụ lục {roman(index + 1)}" if count > 1 else "Phụ lục"


def attached_line(draft: Draft) -> str:
    """The line tying an appendix to the report, blanks kept where the number or date are."""
    number = document_number(draft.number) or compose.BLANK_NUMBER
    date = draft.date
    day = two_digits_below_10(date.day) if date.day else compose.BLANK_DAY
    month = month_text(date.month) if date.month else compose.BLANK_MONTH
    type_name = draft.type_name.capitalize()  # `BÁO CÁO` -> `Báo cáo`, as in a sentence
    issuer = draft.agency.name_for_text.strip()
    by = f" của {issuer}" if issuer else ""
    return (
        f"(Kèm theo {type_name} số {number}/{draft.full_symbol} "
        f"ngày {day} tháng {month} năm {date.year}{by})"
    )


def heading(draft: Draft, index: int) -> AppendixHeading:
    appendix: Appendix = draft.appendices[index]
    return AppendixHeading(
        label(index, len(draft.appendices)), upper(appendix.title.strip()), attached_line(draft)
    )
