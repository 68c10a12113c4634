"""What changed between two saved states of a draft, in a clerk's words.

The history lists one entry per save; "sửa mục 2, thêm 1 nơi nhận" tells two
look-alike saves apart where a time alone does not.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Hashable, Iterator, Sequence
from typing import Any

from .model import Draft, Section

MAX_NAMED = 3  # beyond this, "sửa 5 mục" rather than a list of numbers

FIELDS: tuple[tuple[str, Callable[[Draft], Any]], ...] = (
    ("cơ quan", lambda d: (d.agency.parent, d.agency.name, d.agency.abbreviation)),
    ("số, ký hiệu", lambda d: (d.number, d.symbol)),
    ("địa danh", lambda d: d.place),
    ("ngày", lambda d: (d.date.year, d.date.month, d.date.day)),
    ("trích yếu", lambda d: d.title),
    ("dàn ý", lambda d: d.outline),
    ("Kính gửi", lambda d: d.addressees),
    ("câu dẫn sau căn cứ", lambda d: d.basis.closing),
    ("câu kết", lambda d: d.closing),
    ("người ký", lambda d: (d.signature.lines, d.signature.name)),
    ("nơi lưu", lambda d: d.archive),
    ("kỳ báo cáo", lambda d: repr(d.period)),
    ("mẫu", lambda d: repr(d.template)),
    ("cách dàn trang", lambda d: repr(d.layout)),
)


def _flat(sections: list[Section], prefix: str = "") -> Iterator[tuple[str, Hashable]]:
    """Each section in reading order: its number (`2.1`) and what it holds, children apart."""
    for index, section in enumerate(sections, start=1):
        label = f"{prefix}{index}"
        blocks = tuple(repr(block) for block in section.blocks)  # paragraphs and tables alike
        yield label, (label.count("."), section.heading, blocks)
        yield from _flat(section.sections, f"{label}.")


def _list_changes(
    noun: str, old: Sequence[Hashable], new: Sequence[Hashable], names: Sequence[str] = ()
) -> list[str]:
    """`thêm 1 nơi nhận`, `sửa mục 2`: insertions, removals and edits of one list."""
    added = removed = 0
    edited: list[str] = []
    matcher = difflib.SequenceMatcher(a=list(old), b=list(new), autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        common = min(i2 - i1, j2 - j1) if tag == "replace" else 0
        edited += [names[j] if names else str(j + 1) for j in range(j1, j1 + common)]
        added += (j2 - j1 - common) if tag in ("insert", "replace") else 0
        removed += (i2 - i1 - common) if tag in ("delete", "replace") else 0
    words = []
    if edited:
        named = len(edited) <= MAX_NAMED and names
        words.append(f"sửa {noun} {', '.join(edited)}" if named else f"sửa {len(edited)} {noun}")
    if added:
        words.append(f"thêm {added} {noun}")
    if removed:
        words.append(f"xóa {removed} {noun}")
    return words


def describe(old: Draft | None, new: Draft) -> str:
    """`sửa trích yếu, sửa mục 2, thêm 1 nơi nhận`; `tạo mới` when there is nothing before."""
    if old is None:
        return "bản đầu tiên"
    words = [f"sửa {name}" for name, get in FIELDS if get(old) != get(new)]
    refs = [tuple(vars(ref).values()) for ref in old.basis.references]
    new_refs = [tuple(vars(ref).values()) for ref in new.basis.references]
    words += _list_changes("căn cứ", refs, new_refs, [str(i + 1) for i in range(len(new_refs))])
    old_sections, new_sections = list(_flat(old.sections)), list(_flat(new.sections))
    words += _list_changes(
        "mục",
        [content for _, content in old_sections],
        [content for _, content in new_sections],
        [label for label, _ in new_sections],
    )
    words += _list_changes(
        "nơi nhận",
        [(r.name, r.note) for r in old.recipients],
        [(r.name, r.note) for r in new.recipients],
    )
    words += _list_changes(
        "phụ lục",
        [repr(appendix) for appendix in old.appendices],
        [repr(appendix) for appendix in new.appendices],
        [str(i + 1) for i in range(len(new.appendices))],
    )
    return ", ".join(words) or "không đổi nội dung"
