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


PROPOSAL = "Theo đề nghị của"


def proposal_line(draft: Draft) -> str:
    """`Theo đề nghị của Chánh Văn phòng Sở.`: the clerk may type the whole line or only
    who proposes (the field is labelled "Theo đề nghị của"); both print the whole line."""
    text = draft.proposal.strip()
    if not text or text.lower().startswith(("theo đề nghị", "xét đề nghị", "theo ý kiến")):
        return text
    return f"{PROPOSAL} {text}"


def basis_lines(draft: Draft) -> list[str]:
    """A decision's căn cứ (Mẫu 1.2): one line per reference ending `;`, then the
    closing and `Theo đề nghị của …`; the last line ends `.`."""
    lines = [reference_sentence(ref) for ref in draft.basis.references]
    lines += [text.strip() for text in (draft.basis.closing, proposal_line(draft)) if text]
    lines = [line.rstrip(".;:, ") for line in lines]
    return [f"{line};" for line in lines[:-1]] + [f"{line}." for line in lines[-1:]]


def invitation_lines(draft: Draft) -> list[str]:
    """A Giấy mời's lines (Mẫu 1.7): who invites whom, to what, chaired by whom, when, where."""
    invitation = draft.invitation
    if invitation is None:
        return []
    inviter = draft.agency.name_for_text.strip()
    lines = [
        f"{inviter} trân trọng kính mời: {invitation.invitees.strip()}".strip(),
        f"Tới dự {invitation.event.strip()}",
    ]
    labelled = (("Chủ trì", invitation.chair), ("Thời gian", invitation.time))
    lines += [f"{label}: {value.strip()}" for label, value in labelled if value.strip()]
    lines.append(f"Địa điểm: {invitation.place.strip()}")
    return lines


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
    """One addressee: printed after `Kính gửi: `, as typed, with the customary `.` added
    when it has no full stop. Several (PL I II.9): one per line with `-`, `;` between and
    `.` after the last, under `Kính gửi:` on its own line."""
    typed = [name.strip() for name in draft.addressees if name.strip()]
    if len(typed) <= 1:
        return [
            name if name.endswith((".", "!", "?", "…")) else f"{name.rstrip(';')}."
            for name in typed
        ]
    names = [name.rstrip(";.") for name in typed]
    return [f"- {name};" for name in names[:-1]] + [f"- {names[-1]}."]


@dataclass
class NumberedSection:
    level: int  # 1–3 in the outline; 0 for a part above I. (`Phần I`)
    label: str  # "I. ", "1. ", "a) ", "Điều 1. ", "Phần I" or "" for a section without one
    heading: str  # as printed (upper case where the outline says so)
    section: Section
    path: str = ""  # in the draft file: `sections[1].sections[0]`

    @property
    def is_part(self) -> bool:
        return self.level == 0


def heading_label(outline: str, level: int, index: int) -> str:
    if outline in ("roman", "articles"):  # I. or Điều 1., then 1. and a)
        level -= 1
        if level == 0:
            return f"Điều {index + 1}. " if outline == "articles" else f"{roman(index + 1)}. "
    return f"{index + 1}. " if level == 1 else f"{point_letter(index)}) "


def part_label(index: int) -> str:
    """`Phần I`, `Phần II`: the word in small letters, the number in Roman (PL I II.6)."""
    return f"Phần {roman(index + 1)}"


def numbered_sections(
    sections: list[Section], outline: str, level: int = 1, path: str = "sections"
) -> Iterator[NumberedSection]:
    """Walk the outline depth first, one item per section, numbering the sections that
    have a heading (every Điều and khoản of an articles outline). A part above I. opens
    its own I., II., as each part of a Đề án is numbered on its own."""
    index = parts = 0
    for number, section in enumerate(sections):
        here = f"{path}[{number}]"
        heading = section.heading.strip()
        if section.part and level == 1:
            yield NumberedSection(0, part_label(parts), upper(heading), section, here)
            parts, index = parts + 1, 0
            yield from numbered_sections(section.sections, outline, 1, f"{here}.sections")
            continue
        label = ""
        if heading or outline == "articles":
            label = heading_label(outline, level, index)
            index += 1
            if outline == "roman" and level == 1:
                heading = upper(heading)
        yield NumberedSection(level, label, heading, section, here)
        yield from numbered_sections(section.sections, outline, level + 1, f"{here}.sections")


MAX_FOOTER_LINES = 3


def letter_footer_lines(draft: Draft) -> list[str]:
    """A công văn's page-1 address footer (Mẫu 1.5), from the agency settings: its lines
    as typed, at most three (the bottom margin holds no more); none for other types."""
    if draft.kind.form != "1.5":
        return []
    lines = [" ".join(line.split()) for line in draft.letter_footer.splitlines()]
    return [line for line in lines if line][:MAX_FOOTER_LINES]
