""" "Còn thiếu" lists the sections of an outline that still hold only its hints."""

from __future__ import annotations

from lanson_report.domain import checks
from lanson_report.domain.model import Block, Cell, Column, Period, Run, Section, Settings, Table
from lanson_report.intake import outlines
from lanson_report.intake.newdraft import start_draft


def _hint(text: str) -> Block:
    return Block("hint", [Run(text)])


def test_sections_with_only_hints_are_listed_with_their_number() -> None:
    draft = start_draft(
        outlines.load(outlines.builtin_for("month")), Settings(), Period("month", 2024, 6)
    )
    problems = checks.unwritten_sections(draft)
    messages = [p.message for p in problems]
    assert "mục “1. Công tác chỉ đạo, điều hành” mới có gợi ý của đề cương, chưa có nội dung" in (
        messages
    )
    assert problems[0].field == "sections[0].sections[0]"
    # A parent section is written in its sub-sections; it is not listed itself.
    assert not any(
        "KẾT QUẢ THỰC HIỆN" in m or "Kết quả thực hiện nhiệm vụ tháng" in m for m in messages
    )
    assert any(m.startswith("mục “IV. ĐỀ XUẤT, KIẾN NGHỊ”") for m in messages)
    assert set(problems) <= set(checks.missing(draft))


def test_a_written_section_leaves_the_list_and_its_hint_may_stay() -> None:
    section = Section("Ưu điểm", [_hint("Những kết quả nổi bật")])
    draft = start_draft(None, Settings())
    draft.sections = [section]
    assert [p.field for p in checks.unwritten_sections(draft)] == ["sections[0]"]
    section.blocks.append(Block("bullet", [Run("   ")]))
    assert checks.unwritten_sections(draft)  # blank text is not content
    section.blocks.append(Block("paragraph", [Run("Hoàn thành 12/12 chỉ tiêu.")]))
    assert checks.unwritten_sections(draft) == []


def test_an_empty_outline_table_is_not_content_a_filled_one_is() -> None:
    table = Table([Column(), Column()], [[Cell([Run("Chỉ tiêu")]), Cell([Run("Kết quả")])]])
    draft = start_draft(None, Settings())
    draft.sections = [Section("Chỉ tiêu", [_hint("Ghi vào bảng"), table])]
    assert len(checks.unwritten_sections(draft)) == 1
    table.rows.append([Cell([Run("Số đề tài")]), Cell([Run("12")])])
    assert checks.unwritten_sections(draft) == []


def test_sections_without_hints_are_not_this_check() -> None:
    draft = start_draft(None, Settings())
    draft.sections = [Section("Kết quả", []), Section("", [_hint("Ghi chú")])]
    assert [p.message for p in checks.unwritten_sections(draft)] == [
        "mục “không tiêu đề” mới có gợi ý của đề cương, chưa có nội dung"
    ]


def test_a_heading_left_as_the_outline_wrote_it_is_listed_once_written() -> None:
    draft = start_draft(None, Settings())
    field = Section("Lĩnh vực …", [_hint("Đổi tiêu đề thành tên lĩnh vực")])
    token = Section("Kết quả [kỳ báo cáo]", [Block("paragraph", [Run("Có nội dung")])])
    draft.sections = [field, token]
    messages = [p.message for p in checks.unwritten_sections(draft)]
    assert messages == [
        "mục “1. Lĩnh vực …” mới có gợi ý của đề cương, chưa có nội dung",
        "tiêu đề mục “2. Kết quả [kỳ báo cáo]” còn chỗ để trống của đề cương cần điền",
    ]
    field.blocks.append(Block("paragraph", [Run("Cấp 120 giấy phép.")]))
    assert [p.field for p in checks.unwritten_sections(draft)] == ["sections[0]", "sections[1]"]
    field.heading, token.heading = "Lĩnh vực an toàn bức xạ", "Kết quả quý II"
    assert checks.unwritten_sections(draft) == []
