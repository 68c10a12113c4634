"""The printed wording built from the draft: labels, number line, date line, basis, numbering.

Shared by the printed report (printed/) and the wizard's previews, so both say the same thing.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from .model import Draft, Reference, Section
from .text import (
    document_number,
    month_text,
    point_letter,
    roman,
    short_date,
    two_digits_below_10,
    upper,
)

NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
ADDRESSEES_LABEL = "Kính gửi: "
RECIPIENTS_LABEL = "Nơi nhận:"
# Blanks left for the records office to fill in by hand.
BLANK_NUMBER = "\u00a0" * 9
BLANK_DAY = "\u00a0" * 7
BLANK_MONTH = "\u00a0" * 7
BULLET_MARKS = {"paragraph": "", "bullet": "- ", "subbullet": "+ "}


def number_line(draft: Draft) -> str:
    """`Số: 05/BC-SKHCN`, or `Số:` with room for a hand-written number."""
    number = document_number(draft.number) or BLANK_NUMBER
    return f"Số: {number}/{draft.full_symbol}"


def date_line(draft: Draft) -> str:
    """`Lạng Sơn, ngày 05 tháng 01 năm 2025`, blanks kept for a missing day or month."""
    date = draft.date
    day = two_digits_below_10(date.day) if date.day else BLANK_DAY
    month = month_text(date.month) if date.month else BLANK_MONTH
    place = f"{draft.place}, " if draft.place.strip() else ""
    return f"{place}ngày {day} tháng {month} năm {date.year}"


def reference_sentence(ref: Reference) -> str:
    """`Thực hiện Công văn số 1838/VP-KGVX ngày 28/4/2022 của ... về việc ....`"""
    parts = [ref.lead.strip(), ref.kind.strip()]
    if ref.number.strip():
        parts.append(f"số {ref.number.strip()}")
    if ref.date:
        parts.append(f"ngày {short_date(ref.date)}")
    if ref.issuer.strip():
        parts.append(f"của {ref.issuer.strip()}")
    if ref.subject.strip():
        parts.append(ref.subject.strip())
    sentence = " ".join(part for part in parts if part)
    return sentence if sentence.endswith((".", ";", ":")) else f"{sentence}."


def basis_text(draft: Draft) -> str:
    """The opening paragraph: every reference as a sentence, then the closing sentence."""
    sentences = [reference_sentence(ref) for ref in draft.basis.references]
    if draft.basis.closing.strip():
        sentences.append(draft.basis.closing.strip())
    return " ".join(sentences)


def recipient_lines(draft: Draft) -> list[str]:
    """`- Bộ KH&CN (b/c);` one per recipient, the last `- Lưu: VP, VT.`"""
    lines = []
    for recipient in draft.recipients:
        name = recipient.name.strip().rstrip(";.")
        note = f" ({recipient.note.strip()})" if recipient.note.strip() else ""
        lines.append(f"- {name}{note};")
    archive = draft.archive.strip().rstrip(".") or "VT"
    lines.append(f"- Lưu: {archive}.")
    return lines


def addressee_lines(draft: Draft) -> list[str]:
    """Several addressees: one per line with `-`, `;` between and `.` after the last; one
    addressee on the label's line, as typed (with or without its full stop)."""
    typed = [name.strip() for name in draft.addressees if name.strip()]
    if len(typed) <= 1:
        return typed
    names = [name.rstrip(";.") for name in typed]
    return [f"- {name};" for name in names[:-1]] + [f"- {names[-1]}."]


@dataclass
class NumberedSection:
    level: int
    label: str  # "I. ", "1. ", "a) " or "" for a section without a heading
    heading: str  # as printed (upper case where the outline says so)
    section: Section


def heading_label(outline: str, level: int, index: int) -> str:
    if outline == "roman":
        level -= 1
        if level == 0:
            return f"{roman(index + 1)}. "
    return f"{index + 1}. " if level == 1 else f"{point_letter(index)}) "


def numbered_sections(
    sections: list[Section], outline: str, level: int = 1
) -> Iterator[NumberedSection]:
    """Walk the outline depth first, numbering only sections that have a heading."""
    index = 0
    for section in sections:
        heading = section.heading.strip()
        if heading:
            label = heading_label(outline, level, index)
            index += 1
            if outline == "roman" and level == 1:
                heading = upper(heading)
        else:
            label = ""
        yield NumberedSection(level, label, heading, section)
        yield from numbered_sections(section.sections, outline, level + 1)
