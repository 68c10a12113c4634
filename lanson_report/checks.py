"""What a draft still lacks before it can be printed for signing."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .compose import heading_label
from .model import PRINTED_KINDS, Block, Draft, Section, Table
from .text import upper


@dataclass(frozen=True)
class Problem:
    field: str  # where to jump to, a draft-file path such as `signature.name`
    message: str  # what is missing, in words a clerk understands


def missing(draft: Draft) -> list[Problem]:
    """Each missing item, in the order the wizard asks for them."""
    problems: list[Problem] = []

    def need(ok: bool, field: str, message: str) -> None:
        if not ok:
            problems.append(Problem(field, message))

    need(bool(draft.agency.name.strip()), "agency.name", "chưa có tên cơ quan ban hành")
    need(
        bool(draft.agency.abbreviation.strip()),
        "agency.abbreviation",
        "chưa có chữ viết tắt tên cơ quan (dùng trong ký hiệu văn bản)",
    )
    need(bool(draft.place.strip()), "place", "chưa có địa danh ở dòng ngày tháng")
    need(bool(draft.title.strip()), "title", "chưa có trích yếu nội dung báo cáo")
    has_body = any(s.blocks or s.sections for s in draft.sections) or bool(draft.basis.references)
    need(has_body, "sections", "báo cáo chưa có nội dung")
    need(bool(draft.signature.lines), "signature.lines", "chưa có chức vụ người ký")
    need(bool(draft.signature.name.strip()), "signature.name", "chưa có họ tên người ký")
    need(bool(draft.recipients), "recipients", "chưa có nơi nhận")
    return problems + unwritten_sections(draft)


# What an outline's heading leaves to fill in: "Lĩnh vực …", "[kỳ báo cáo]".
PLACEHOLDER = re.compile(r"…|\.\.\.|\[[^\]]*\]")


def unwritten_sections(draft: Draft) -> list[Problem]:
    """Sections of an outline that still hold only its hints: nothing of them would print."""
    return list(_unwritten(draft.sections, draft.outline, 1, "sections"))


def _unwritten(sections: list[Section], outline: str, level: int, path: str) -> Iterator[Problem]:
    index = 0
    for number, section in enumerate(sections):
        here = f"{path}[{number}]"
        heading = section.heading.strip()
        label = ""
        if heading:
            label = heading_label(outline, level, index)
            index += 1
            heading = upper(heading) if outline == "roman" and level == 1 else heading
        name = f"{label}{heading}".strip() or "không tiêu đề"
        if _only_hints(section):
            yield Problem(here, f"mục “{name}” mới có gợi ý của đề cương, chưa có nội dung")
        elif PLACEHOLDER.search(section.heading):
            yield Problem(here, f"tiêu đề mục “{name}” còn chỗ để trống của đề cương cần điền")
        yield from _unwritten(section.sections, outline, level + 1, f"{here}.sections")


def _only_hints(section: Section) -> bool:
    """Hints and nothing printed under them (an outline's empty table does not count)."""
    if section.sections:
        return False  # the clerk writes in its sub-sections
    hints = [b for b in section.blocks if isinstance(b, Block) and b.kind == "hint"]
    return bool(hints) and not any(_has_content(b) for b in section.blocks)


def _has_content(block: Block | Table) -> bool:
    if isinstance(block, Table):
        body = block.rows[block.header_rows :]
        return any(cell is not None and cell.text.strip() for row in body for cell in row)
    return block.kind in PRINTED_KINDS and bool(block.text.strip())
