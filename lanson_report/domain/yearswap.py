"""Replacing last year's number with the new year in a duplicated draft.

A report copied from last year mentions last year everywhere ("Ngày KH&CN Việt Nam
năm 2022"), but also the dates of documents that really were issued that year
("Công văn số 799/BKHCN-VP ngày 14/4/2022"). So every occurrence is offered on its
own, with its context, and those that look like a date are proposed unticked, as is
every one inside the basis references: they quote documents that already exist
("về việc tổ chức Ngày KH&CN năm 2022"), and changing them would misquote them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from .model import BodyBlock, Draft, Run, Section, Table
from .tables import wording
from .text import roman

CONTEXT = 28  # characters of context shown on each side of an occurrence


@dataclass
class Slot:
    """One editable text of the draft, with a clerk-readable name of where it is."""

    path: str
    label: str
    get: Callable[[], str]
    set: Callable[[str], None]
    quoted: bool = False  # quotes an existing document: its years are that document's


@dataclass
class Replacement:
    """One occurrence of the old year, shown to the clerk before it is applied."""

    path: str
    label: str
    start: int  # offset of the year in the slot's text
    before: str  # the text around it, as it is now
    after: str  # the same text with the new year
    likely: bool  # False when it quotes or dates an earlier document
    head: str = ""  # the context before the year (with a leading … when cut)
    tail: str = ""  # the context after it
    old: str = ""  # the text replaced: the old year, or an ordinal tied to it ("14")
    new: str = ""  # what replaces it: the new year, or the ordinal moved on ("15")
    reason: str = ""  # why it is proposed unticked, for the clerk


def _attr_slot(obj: object, attr: str, path: str, label: str, quoted: bool = False) -> Slot:
    return Slot(
        path, label, lambda: getattr(obj, attr), lambda value: setattr(obj, attr, value), quoted
    )


REFERENCE_FIELDS = (  # in printed order; the date is a date, never text
    ("lead", "mở đầu"),
    ("kind", "loại văn bản"),
    ("number", "số, ký hiệu"),
    ("issuer", "cơ quan ban hành"),
    ("subject", "nội dung"),
)


def _run_slots(runs: list[Run], path: str, label: str) -> Iterator[Slot]:
    for index, run in enumerate(runs):
        yield _attr_slot(run, "text", f"{path}.runs[{index}]", label)


BLOCK_NAMES = {
    "paragraph": "đoạn",
    "bullet": "gạch đầu dòng",
    "subbullet": "ý nhỏ",  # as the toolbar's "Ý nhỏ (in +)" names it
    "table": "bảng",
    "hint": "gợi ý",  # an outline's guidance: never printed, but it may name the year
}


def _section_slots(sections: list[Section], path: str, label: str) -> Iterator[Slot]:
    for index, section in enumerate(sections):
        here = f"{path}[{index}]"
        name = f"{label} {index + 1}"
        yield _attr_slot(section, "heading", f"{here}.heading", f"Tiêu đề {name.lower()}")
        yield from _blocks_slots(section.blocks, f"{here}.blocks", name)
        yield from _section_slots(section.sections, f"{here}.sections", f"{name}, mục con")


def _blocks_slots(blocks: list[BodyBlock], path: str, name: str) -> Iterator[Slot]:
    counted: dict[str, int] = {}  # a "-" item is not a paragraph: each kind counts alone
    for number, block in enumerate(blocks):
        here = f"{path}[{number}]"
        kind = "table" if isinstance(block, Table) else block.kind
        counted[kind] = counted.get(kind, 0) + 1
        label = f"{name}, {BLOCK_NAMES[kind]} {counted[kind]}"
        if isinstance(block, Table):
            yield from _table_slots(block, here, label)
        else:
            yield from _run_slots(block.runs, here, label)


def _table_slots(table: Table, path: str, label: str) -> Iterator[Slot]:
    yield _attr_slot(table, "caption", f"{path}.caption", f"{label}, tên bảng")
    yield _attr_slot(table, "unit", f"{path}.unit", f"{label}, đơn vị tính")
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row):
            if cell is not None:
                where = f"{label}, hàng {r + 1}, cột {c + 1}"
                yield from _run_slots(cell.runs, f"{path}.rows[{r}][{c}]", where)
    yield from _run_slots(table.note, f"{path}.note", f"{label}, ghi chú")


def _appendix_slots(draft: Draft) -> Iterator[Slot]:
    for index, appendix in enumerate(draft.appendices):
        here = f"appendices[{index}]"
        name = f"Phụ lục {index + 1}"
        yield _attr_slot(appendix, "title", f"{here}.title", f"Tên {name.lower()}")
        yield from _blocks_slots(appendix.blocks, f"{here}.blocks", name)


def text_slots(draft: Draft) -> list[Slot]:
    """Every free text of the draft a year could appear in, in reading order."""
    slots = [_attr_slot(draft, "title", "title", "Trích yếu")]
    for index, ref in enumerate(draft.basis.references):
        for attr, name in REFERENCE_FIELDS:
            slots.append(
                _attr_slot(
                    ref,
                    attr,
                    f"basis.references[{index}].{attr}",
                    f"Căn cứ {index + 1}, {name}",
                    quoted=True,
                )
            )
    slots.append(_attr_slot(draft.basis, "closing", "basis.closing", "Câu dẫn sau căn cứ"))
    slots.extend(_section_slots(draft.sections, "sections", "Mục"))
    slots.append(_attr_slot(draft, "closing", "closing", "Câu kết"))
    slots.extend(_appendix_slots(draft))
    return slots


def _pattern(year: int) -> re.Pattern[str]:
    return re.compile(rf"(?<!\d){year}(?!\d)")


# The day and month before a year: `14/4/`, `14-4-`, `tháng 4/`.
_DATE_BEFORE = re.compile(r"(?:\d{1,2}\s*[/.-]\s*)?\d{1,2}\s*[/.-]\s*$")
# What names a document just before its date: `Công văn số 799/BKHCN-VP ngày`,
# `văn bản ngày`, `ban hành ngày`. A date without it is an event's ("phát sóng ngày
# 18/5/2022"), and the event recurs in the new year.
_CITED_BEFORE = re.compile(
    r"(?:\bsố\s+\S+|\b(?:văn bản|công văn|quyết định|kế hoạch|thông tư|nghị định|nghị quyết"
    r"|chỉ thị|báo cáo|tờ trình|thông báo|hướng dẫn|giấy mời|luật|ban hành|ký))"
    r"\s*,?\s*(?:ngày\s*)?$",
    re.IGNORECASE,
)
# A year inside a document's number: `19/2022/QĐ-UBND`, `05/2022/TT-BKHCN`.
_SYMBOL_AFTER = re.compile(r"/[A-ZĐ]")
# An ordinal that counts with the years: "Cuộc thi … lần thứ 14, năm 2022".
_ORDINAL = re.compile(r"\blần\s+thứ\s+(\d{1,3}|[IVXLC]{1,7})\b")
ORDINAL_REACH = 80  # characters between the ordinal and the year it goes with
_SENTENCE_END = re.compile(r"[.;!?](?=\s|$)")


# In running text, the subject of a document cited earlier in the same sentence:
# "… Công văn số 799/BKHCN-VP ngày 14/4/2022 của Bộ KH&CN về việc hướng dẫn tổ chức
# Ngày KH&CN Việt Nam năm 2022" quotes that document's title.
_SUBJECT_BEFORE = re.compile(r"\bsố\s+\S+[^.;!?]*\bvề\s+việc\b[^.;!?]*$", re.IGNORECASE)


def _sentence(text: str, start: int) -> str:
    """The sentence the offset is in (a decimal comma or a date's dot ends none)."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text) if m.end() <= start]
    after = _SENTENCE_END.search(text, start)
    return text[ends[-1] if ends else 0 : after.end() if after else len(text)]


def _unticked_because(text: str, start: int, end: int) -> str:
    """Why an occurrence of the year is proposed unticked, or "" when it should change."""
    if _SYMBOL_AFTER.match(text, end):
        return "năm trong số, ký hiệu của văn bản đã ban hành"
    if _SUBJECT_BEFORE.search(text[:start]):
        return "trích yếu của văn bản đã ban hành được nhắc đến"
    if wording.compares_figures(_sentence(text, start)):
        return "câu nêu số liệu của năm cũ: cập nhật số liệu rồi mới đổi năm"
    date = _DATE_BEFORE.search(text[:start])
    if date is None:
        return ""
    if _CITED_BEFORE.search(text[: date.start()]):
        return "ngày của văn bản đã ban hành"
    return ""


def _looks_like_date(text: str, start: int) -> bool:
    """`14/4/2022`, `14-4-2022`, `tháng 4/2022` (kept for callers that only ask this)."""
    return bool(_DATE_BEFORE.search(text[:start]))


def _roman_value(text: str) -> int | None:
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    total = 0
    for index, char in enumerate(text):
        value = values[char]
        following = values[text[index + 1]] if index + 1 < len(text) else 0
        total += -value if value < following else value
    return total if roman(total) == text else None


def _moved_ordinal(text: str, years: int) -> str | None:
    if text.isdigit():
        return str(int(text) + years) if int(text) + years > 0 else None
    value = _roman_value(text)
    return roman(value + years) if value is not None and value + years > 0 else None


def _context(text: str, start: int, end: int) -> tuple[str, str]:
    """Up to CONTEXT characters each side, cut between words ("…c và công nghệ" misleads)."""
    head = text[max(0, start - CONTEXT) : start]
    tail = text[end : end + CONTEXT]
    prefix = "…" if start > CONTEXT else ""
    suffix = "…" if end + CONTEXT < len(text) else ""
    if prefix and not text[start - CONTEXT - 1].isspace() and " " in head.strip():
        head = head[head.index(" ") :].lstrip()
    if suffix and not text[end + CONTEXT].isspace() and " " in tail.strip():
        tail = tail[: tail.rindex(" ")].rstrip()
    return f"{prefix}{head}", f"{tail}{suffix}"


def _item(
    slot: Slot, text: str, span: tuple[int, int], change: tuple[str, str], reason: str
) -> Replacement:
    start, end = span
    head, tail = _context(text, start, end)
    old, new = change
    return Replacement(
        path=slot.path,
        label=slot.label,
        start=start,
        before=f"{head}{old}{tail}",
        after=f"{head}{new}{tail}",
        likely=not reason,
        head=head,
        tail=tail,
        old=old,
        new=new,
        reason=reason,
    )


def find(
    draft: Draft, old_year: int, new_year: int, settled: Sequence[str] = ()
) -> list[Replacement]:
    """Every occurrence of old_year as a whole number, in reading order, ticked unless it
    dates or numbers a document already issued or sits in a căn cứ; each ordinal that
    counts with the years ("lần thứ 14, năm 2022"), offered unticked for review.
    `settled`: phrases already written for the new period (its data range "từ 15/12/2024
    đến 14/12/2025"), whose old year is right and never offered."""
    found: list[Replacement] = []
    pattern = _pattern(old_year)
    change = (str(old_year), str(new_year))
    for slot in text_slots(draft):
        text = slot.get()
        right = [
            range(at.start(), at.end())
            for phrase in settled
            if phrase
            for at in re.finditer(re.escape(phrase), text)
        ]
        here: list[Replacement] = []
        years = [m.span() for m in pattern.finditer(text) if not any(m.start() in r for r in right)]
        for start, end in years:
            reason = "trích văn bản đã ban hành (căn cứ)" if slot.quoted else ""
            reason = reason or _unticked_because(text, start, end)
            here.append(_item(slot, text, (start, end), change, reason))
        for match in _ORDINAL.finditer(text):
            near = any(abs(start - match.end()) <= ORDINAL_REACH for start, _ in years)
            moved = _moved_ordinal(match[1], new_year - old_year)
            if near and moved is not None and not slot.quoted:
                reason = "số thứ tự (lần thứ) đi theo năm: xem lại"
                here.append(_item(slot, text, match.span(1), (match[1], moved), reason))
        found += sorted(here, key=lambda item: item.start)
    return found


def apply(draft: Draft, chosen: list[Replacement], old_year: int, new_year: int) -> int:
    """Apply the chosen replacements; returns how many were made."""
    by_path: dict[str, list[Replacement]] = {}
    for item in chosen:
        by_path.setdefault(item.path, []).append(item)
    done = 0
    for slot in text_slots(draft):
        text = slot.get()
        for item in sorted(by_path.get(slot.path, []), key=lambda i: i.start, reverse=True):
            old = item.old or str(old_year)
            new = item.new or str(new_year)
            if text[item.start : item.start + len(old)] == old:
                text = text[: item.start] + new + text[item.start + len(old) :]
                done += 1
        slot.set(text)
    return done
