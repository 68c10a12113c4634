"""What a draft still lacks before it can be printed for signing."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from . import doctypes
from .compose import heading_label
from .model import PRINTED_KINDS, UNPLACED_HEADING, Block, BodyBlock, Draft, Section, Table
from .tables import figures
from .tables.carry import is_stale_note
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
    kind = draft.kind.label.lower()  # `báo cáo`, `công văn`: as in a sentence
    need(bool(draft.title.strip()), "title", f"chưa có trích yếu nội dung {kind}")
    has_body = any(s.blocks or s.sections for s in draft.sections) or bool(draft.basis.references)
    has_body = has_body or draft.invitation is not None
    need(has_body, "sections", f"{kind} chưa có nội dung")
    problems.extend(type_problems(draft))
    need(bool(draft.signature.lines), "signature.lines", "chưa có chức vụ người ký")
    need(bool(draft.signature.name.strip()), "signature.name", "chưa có họ tên người ký")
    need(bool(draft.recipients), "recipients", "chưa có nơi nhận")
    problems.extend(unmentioned_appendices(draft))
    problems.extend(unwritten_sections(draft))
    problems.extend(figure_problems(draft))
    return problems


AGENCY_PLACEHOLDER = "[tên cơ quan]"  # intake.typed writes it where the agency was unknown


def type_problems(draft: Draft) -> list[Problem]:
    """What the document's type asks for (domain/doctypes.py): Kính gửi where required and
    none where the type has none, the first line of Nơi nhận, its own fields."""
    kind = draft.kind
    problems: list[Problem] = []
    has_addressees = any(name.strip() for name in draft.addressees)
    if kind.addressees == "required" and not has_addressees:
        problems.append(Problem("addressees", f"{kind.label} cần có dòng Kính gửi"))
    if kind.addressees == "none" and has_addressees:
        problems.append(
            Problem(
                "addressees",
                f"{kind.label} không có dòng Kính gửi: hãy chuyển các nơi gửi sang Nơi nhận",
            )
        )
    problems += _first_recipient(draft, has_addressees and kind.takes_addressees)
    if AGENCY_PLACEHOLDER in draft.closing:  # a usual closing made before the agency was known
        problems.append(
            Problem("closing", f"câu kết còn chữ “{AGENCY_PLACEHOLDER}”: hãy ghi tên cơ quan")
        )
    for check in TYPE_CHECKS.get(kind.form, ()):
        problems += check(draft)
    return problems


def executing_article(draft: Draft) -> int:
    """The Điều that names who carries the decision out (`… chịu trách nhiệm thi hành …`):
    the last that says so, else the last one (Mẫu 1.2)."""
    articles = [section for section in draft.sections if not section.part]
    for number in range(len(articles), 0, -1):
        text = nfc("\n".join(_section_texts([articles[number - 1]]))).lower()
        if "thi hành" in text or "chịu trách nhiệm" in text:
            return number
    return max(1, len(articles))


def _first_recipient(draft: Draft, after_addressees: bool) -> list[Problem]:
    """`- Như trên;` first whenever there is a Kính gửi; else the line the type expects."""
    kind = draft.kind
    if after_addressees:
        expected = doctypes.AFTER_ADDRESSEES
    elif kind.first_recipient and kind.first_recipient != doctypes.AFTER_ADDRESSEES:
        expected = doctypes.first_recipient(kind, executing_article(draft))
    else:
        return []
    first = draft.recipients[0].name.strip().rstrip(";.") if draft.recipients else ""
    if nfc(first).lower() == nfc(expected).lower():
        return []
    found = f" (đang là “{first}”)" if first else ""
    return [
        Problem(
            "recipients",
            f"dòng đầu của Nơi nhận của {kind.label.lower()} phải là “- {expected};”{found}",
        )
    ]


def _letter(draft: Draft) -> list[Problem]:
    if draft.unit.strip():
        return []
    return [
        Problem(
            "unit",
            "công văn chưa có ký hiệu đơn vị soạn thảo (như VP trong số 12/SKHCN-VP)",
        )
    ]


def _decision(draft: Draft) -> list[Problem]:
    problems = []
    if not draft.authority.strip():
        problems.append(
            Problem(
                "authority",
                "quyết định chưa có dòng thẩm quyền ban hành (như GIÁM ĐỐC SỞ KHOA HỌC VÀ "
                "CÔNG NGHỆ)",
            )
        )
    elif len(draft.authority.split()) <= 3:  # "GIÁM ĐỐC": the title without its agency
        problems.append(
            Problem(
                "authority",
                f"dòng thẩm quyền “{draft.authority.strip()}” chưa có tên cơ quan (như GIÁM "
                "ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ)",
            )
        )
    if not draft.basis.references and not draft.basis.closing.strip():
        problems.append(Problem("basis", "quyết định chưa có căn cứ ban hành"))
    if draft.outline != "articles":
        problems.append(
            Problem("outline", "nội dung quyết định phải chia thành các Điều (Điều 1., Điều 2.)")
        )
    if not any(s.blocks or s.sections for s in draft.sections):
        problems.append(Problem("sections", "quyết định chưa có Điều nào sau “QUYẾT ĐỊNH:”"))
    return problems


INVITATION_FIELDS = (
    ("invitees", "thành phần mời"),
    ("event", "tên cuộc họp, hội nghị"),
    ("time", "thời gian"),
    ("place", "địa điểm"),
)


def _invitation(draft: Draft) -> list[Problem]:
    invitation = draft.invitation
    if invitation is None:
        return [Problem("invitation", "giấy mời chưa có nội dung mời")]
    return [
        Problem(f"invitation.{key}", f"giấy mời chưa ghi {label}")
        for key, label in INVITATION_FIELDS
        if not getattr(invitation, key).strip()
    ]


# The checks of each model form's own fields (Decree 30 Phụ lục III).
TYPE_CHECKS: dict[str, tuple[Callable[[Draft], list[Problem]], ...]] = {
    "1.5": (_letter,),
    "1.2": (_decision,),
    "1.7": (_invitation,),
}


def figure_problems(draft: Draft) -> list[Problem]:
    """Computed figures that disagree, estimates to confirm, numbers written ambiguously,
    and a consolidated table that still lacks some units' figures."""
    problems = [
        Problem(f"{path}.rows[{row}][{column}]", f"{_table_name(table)}: {message}")
        for path, table in tables_with_paths(draft)
        for row, column, message in figures.notes(table)
    ]
    for path, table in tables_with_paths(draft):
        lacking = LACKING.search("".join(run.text for run in table.note))
        if lacking:
            problems.append(
                Problem(
                    f"{path}.note",
                    f"{_table_name(table)} chưa bao gồm số liệu của: {lacking['units']} "
                    "(đơn vị chưa gửi báo cáo)",
                )
            )
    return problems


# Tổng hợp's note under a table summed before every unit had replied (domain/consolidate
# writes it, and takes it away with the line it opened when the late units come)
LACKING = re.compile(r"\s*\([cC]hưa bao gồm số liệu của:\s*(?P<units>[^()]*)\)")


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
    kind = draft.kind.label.lower()
    text = nfc(body_text(draft)).lower()
    if count == 1:
        if "phụ lục" in text:
            return []
        return [Problem("sections", f"nội dung {kind} chưa nhắc đến Phụ lục kèm theo")]
    return [
        Problem("sections", f"nội dung {kind} chưa nhắc đến Phụ lục {roman(number)}")
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
        what = f"mục “{name}”"
        if outline == "articles" and level == 1:  # a decision's articles are numbered all
            what = f"Điều {number + 1}" + (f" “{heading}”" if heading else "")
        if section.heading == UNPLACED_HEADING and level == 1:
            yield Problem(
                here,
                "mục CHƯA XẾP ĐƯỢC còn phần các đơn vị gửi chưa xếp vào mục nào: chuyển vào "
                "đúng mục (Báo cáo › Sắp xếp phần các đơn vị gửi…); mục này tự mất khi hết",
            )
        elif _only_hints(section):
            yield Problem(here, f"{what} mới có gợi ý của đề cương, chưa có nội dung")
        elif PLACEHOLDER.search(section.heading):
            yield Problem(here, f"tiêu đề mục “{name}” còn chỗ để trống của đề cương cần điền")
        for at, block in enumerate(section.blocks):  # carried: last period's figures
            if isinstance(block, Block) and block.kind == "hint" and is_stale_note(block.text):
                yield Problem(
                    f"{here}.blocks[{at + 1}]",
                    f"{what}: đoạn nêu số liệu của kỳ trước chưa cập nhật (xóa dòng nhắc "
                    "“Cập nhật số liệu…” khi đã sửa)",
                )
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
