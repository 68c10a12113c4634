"""What a draft still lacks before it can be printed for signing."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .compose import heading_label
from .model import PRINTED_KINDS, Block, BodyBlock, Draft, Section, Table
from .tables import figures
from .text import nfc, roman, upper


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
    problems.extend(unmentioned_appendices(draft))
    problems.extend(unwritten_sections(draft))
    problems.extend(figure_problems(draft))
    return problems


def figure_problems(draft: Draft) -> list[Problem]:
    """Computed figures that disagree, estimates to confirm, numbers written ambiguously."""
    return [
        Problem(f"{path}.rows[{row}][{column}]", f"{_table_name(table)}: {message}")
        for path, table in tables_with_paths(draft)
        for row, column, message in figures.notes(table)
    ]


def _table_name(table: Table) -> str:
    caption = table.caption.strip()
    return f"bảng “{caption}”" if caption else "bảng số liệu"


def tables_with_paths(draft: Draft) -> Iterator[tuple[str, Table]]:
    """Every table of the draft with its draft-file path, appendices included."""
    yield from _section_tables(draft.sections, "sections")
    for index, item in enumerate(draft.appendices):
        for number, block in enumerate(item.blocks):
            if isinstance(block, Table):
                yield f"appendices[{index}].blocks[{number}]", block


def _section_tables(sections: list[Section], path: str) -> Iterator[tuple[str, Table]]:
    for index, section in enumerate(sections):
        here = f"{path}[{index}]"
        for number, block in enumerate(section.blocks):
            if isinstance(block, Table):
                yield f"{here}.blocks[{number}]", block
        yield from _section_tables(section.sections, f"{here}.sections")


def unmentioned_appendices(draft: Draft) -> list[Problem]:
    """Decree 30 asks the text to refer to each appendix: `Phụ lục`, or `Phụ lục II` of several."""
    count = len(draft.appendices)
    if not count:
        return []
    text = nfc(body_text(draft)).lower()
    if count == 1:
        if "phụ lục" in text:
            return []
        return [Problem("sections", "nội dung báo cáo chưa nhắc đến Phụ lục kèm theo")]
    return [
        Problem("sections", f"nội dung báo cáo chưa nhắc đến Phụ lục {roman(number)}")
        for number in range(1, count + 1)
        if not re.search(rf"phụ lục\s+(?:{roman(number).lower()}|{number})(?![\w])", text)
    ]


def body_text(draft: Draft) -> str:
    """What the report says before its appendices: basis, headings, blocks, tables, closing."""
    parts = [draft.basis.closing, draft.closing]
    parts.extend(_section_texts(draft.sections))
    return "\n".join(parts)


def _section_texts(sections: list[Section]) -> list[str]:
    out: list[str] = []
    for section in sections:
        out.append(section.heading)
        out.extend(_block_text(block) for block in section.blocks)
        out.extend(_section_texts(section.sections))
    return out


def _block_text(block: BodyBlock) -> str:
    if isinstance(block, Table):
        cells = [cell.text for row in block.rows for cell in row if cell is not None]
        return "\n".join([block.caption, *cells, "".join(run.text for run in block.note)])
    return block.text if isinstance(block, Block) and block.kind != "hint" else ""


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
    if isinstance(block, Table):  # an outline's computed "-" is not the clerk's content
        computed = figures.expected(block)
        return any(
            cell is not None and cell.text.strip() and (r, c) not in computed
            for r, row in enumerate(block.rows)
            if r >= block.header_rows
            for c, cell in enumerate(row)
        )
    return block.kind in PRINTED_KINDS and bool(block.text.strip())
