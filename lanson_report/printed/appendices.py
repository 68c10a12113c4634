"""The heading of each Phụ lục, worded once for every output (Decree 30, Phụ lục I)."""

from __future__ import annotations

from dataclasses import replace

from ..domain import compose
from ..domain.model import Draft
from ..domain.text import document_number, month_text, roman, two_digits_below_10, upper
from . import styles as s
from .line import Line
from .parts import Part, line


def label(index: int, count: int) -> str:
    """`Phụ lục`, or `Phụ lục I`, `Phụ lục II` when there are two or more."""
    return f"Phụ lục {roman(index + 1)}" if count > 1 else "Phụ lục"


def attached_line(draft: Draft) -> str:
    """`(Kèm theo Báo cáo số 12/BC-SKHCN ngày 15 tháng 12 năm 2022 của …)`, with the same
    hand-fill blanks as the number and date lines where those are blank."""
    number = document_number(draft.number) or compose.BLANK_NUMBER
    date = draft.date
    day = two_digits_below_10(date.day) if date.day else compose.BLANK_DAY
    month = month_text(date.month) if date.month else compose.BLANK_MONTH
    type_name = draft.kind.in_sentence  # `Báo cáo`, `Kế hoạch`, `Công văn`: as in a sentence
    issuer = draft.agency.name_for_text.strip()
    by = f" của {issuer}" if issuer else ""
    return (
        f"(Kèm theo {type_name} số {number}/{draft.full_symbol} "
        f"ngày {day} tháng {month} năm {date.year}{by})"
    )


def heading(draft: Draft, index: int) -> Part:
    """The part that opens an appendix on a new page: label, title, Kèm theo line."""
    appendix = draft.appendices[index]
    lines: list[Line] = [line(s.APPENDIX_LABEL, label(index, len(draft.appendices)))]
    if appendix.title.strip():
        title = appendix.title.strip()
        lines.append(replace(line(s.APPENDIX_TITLE, upper(title)), typed=title))
    lines.append(line(s.APPENDIX_ATTACHED, attached_line(draft)))
    return Part(
        "appendix",
        tuple(lines),
        orientation=appendix.orientation,
        source=f"appendices[{index}]",
    )
