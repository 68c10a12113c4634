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
    "subbullet": "ý “+”",
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


def _looks_like_date(text: str, start: int) -> bool:
    """`14/4/2022`, `14-4-2022`, `tháng 4/2022`: the date of a document, not the report year."""
    return bool(re.search(r"\d\s*[/.-]\s*$", text[:start]))


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


def find(
    draft: Draft, old_year: int, new_year: int, settled: Sequence[str] = ()
) -> list[Replacement]:
    """Every occurrence of old_year as a whole number, in reading order; `settled`: phrases
    already written for the new period (its data range "từ 15/12/2024 đến 14/12/2025"),
    whose old year is right and never offered."""
    found: list[Replacement] = []
    pattern = _pattern(old_year)
    for slot in text_slots(draft):
        text = slot.get()
        right = [
            range(at.start(), at.end())
            for phrase in settled
            if phrase
            for at in re.finditer(re.escape(phrase), text)
        ]
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(start in span for span in right):
                continue
            head, tail = _context(text, start, end)
            found.append(
                Replacement(
                    path=slot.path,
                    label=slot.label,
                    start=start,
                    before=f"{head}{old_year}{tail}",
                    after=f"{head}{new_year}{tail}",
                    likely=not (slot.quoted or _looks_like_date(text, start)),
                    head=head,
                    tail=tail,
                )
            )
    return found


def apply(draft: Draft, chosen: list[Replacement], old_year: int, new_year: int) -> int:
    """Apply the chosen replacements; returns how many were made."""
    by_path: dict[str, list[int]] = {}
    for item in chosen:
        by_path.setdefault(item.path, []).append(item.start)
    old, new = str(old_year), str(new_year)
    done = 0
    for slot in text_slots(draft):
        text = slot.get()
        for start in sorted(by_path.get(slot.path, []), reverse=True):
            if text[start : start + len(old)] == old:
                text = text[:start] + new + text[start + len(old) :]
                done += 1
        slot.set(text)
    return done
