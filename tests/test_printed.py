"""The printed report: one description of what prints, read by every output."""

from __future__ import annotations

import re
from pathlib import Path

import drafts
import pytest

from lanson_report.files import draftfile
from lanson_report.printed import STYLES, printed_report
from lanson_report.printed.layout import MM, TEXT_WIDTH

PACKAGE = Path(__file__).resolve().parent.parent / "lanson_report"


def test_parts_of_the_roman_report_in_order() -> None:
    report = printed_report(draftfile.from_dict(drafts.roman_commune()))
    assert [p.role for p in report] == [
        "header",
        "number_date",
        "title",
        "addressees",
        "opening",
        "heading",
        "paragraph",
        "heading",
        "paragraph",
        "heading",
        "paragraph",
        "item",
        "heading",
        "item",
        "heading",
        "paragraph",
        "heading",
        "paragraph",
        "closing",
        "ending",
    ]
    headings = [(p.level, p.lines[0].style_name, p.texts()[0]) for p in report if p.level]
    assert headings[:3] == [
        (1, "Đề mục cấp 1", "I. KẾT QUẢ ĐẠT ĐƯỢC"),
        (2, "Đề mục cấp 2", "1. Lĩnh vực kinh tế"),
        (3, "Đề mục cấp 3", "a) Nông nghiệp"),
    ]
    assert [p.source for p in report if p.role in ("heading", "item")][2:5] == [
        "sections[0].sections[0].sections[0]",
        "sections[0].sections[0].sections[0].blocks[1]",
        "sections[0].sections[0].sections[1]",
    ]


def test_arabic_outline_uses_the_lower_heading_styles() -> None:
    nested = [
        {"heading": "Kết quả", "blocks": [], "sections": [{"heading": "Chi tiết", "blocks": []}]}
    ]
    report = printed_report(draftfile.from_dict(drafts.minimal(sections=nested)))
    styles = [(p.texts()[0], p.lines[0].style_name) for p in report if p.role == "heading"]
    assert styles == [("1. Kết quả", "Đề mục cấp 2"), ("a) Chi tiết", "Đề mục cấp 3")]
    assert STYLES["Đề mục cấp 2"].bold and not STYLES["Đề mục cấp 3"].bold


def test_labels_casing_and_rules() -> None:
    report = printed_report(draftfile.from_dict(drafts.roman_commune()))
    by_role = {p.role: p for p in report}
    assert by_role["addressees"].texts() == [  # several: the label alone (PL I II.9)
        "Kính gửi:",
        "- Ủy ban nhân dân tỉnh Lạng Sơn;",
        "- Sở Kế hoạch và Đầu tư tỉnh Lạng Sơn.",
    ]
    bodies, nation = by_role["header"].columns
    assert [(ln.text, ln.rule) for ln in bodies.lines] == [("ỦY BAN NHÂN DÂN HUYỆN CAO LỘC", 0.4)]
    assert [(ln.text, ln.rule) for ln in nation.lines] == [
        ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 0),
        ("Độc lập - Tự do - Hạnh phúc", 1.0),
    ]
    recipients, signer = by_role["ending"].columns
    assert recipients.lines[0].text == "Nơi nhận:"
    assert recipients.lines[-1].text == "- Lưu: VT, VP."
    assert [ln.text for ln in signer.lines][-1] == "Lương Văn Đức"
    assert by_role["title"].lines[-1].rule == 0.4


def test_items_carry_their_mark_as_a_plain_run_and_keep_the_clerks_runs() -> None:
    report = printed_report(draftfile.from_dict(drafts.pages(1)))
    item = next(p for p in report if p.role == "item")
    mark, *runs = item.lines[0].runs
    assert mark.text == "- " and mark.plain
    assert any(run.bold and run.text == "đạt kết quả tốt" for run in runs)


@pytest.mark.parametrize(
    ("name", "low", "high"),
    [
        ("Cơ quan chủ quản", 12, 13),
        ("Cơ quan ban hành", 12, 13),
        ("Số, ký hiệu", 13, 13),
        ("Quốc hiệu", 12, 13),
        ("Tiêu ngữ", 13, 14),
        ("Địa danh, ngày tháng", 13, 14),
        ("Tên loại văn bản", 13, 14),
        ("Trích yếu", 13, 14),
        ("Nội dung", 13, 14),
        ("Đề mục cấp 1", 13, 14),
        ("Nơi nhận", 12, 12),
        ("Danh sách nơi nhận", 11, 11),
        ("Chức vụ người ký", 13, 14),
        ("Họ tên người ký", 13, 14),
        ("Số trang", 13, 14),
    ],
)
def test_style_sizes_are_inside_the_decrees_ranges(name: str, low: float, high: float) -> None:
    assert low <= STYLES[name].size <= high


def test_body_style_follows_the_decree() -> None:
    body = STYLES["Nội dung"]
    assert body.align == "justify" and body.space_after >= 6
    assert 1.0 <= body.line_spacing <= 1.5
    assert body.first_indent in (pytest.approx(10 * MM), pytest.approx(12.7 * MM))
    assert abs(TEXT_WIDTH - 165 * MM) < 1e-9


@pytest.mark.parametrize(
    "literal",
    ['"Nơi nhận:"', '"Kính gửi: "', '"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"', "30 * MM", "1.27 *"],
)
def test_labels_and_layout_numbers_are_written_once(literal: str) -> None:
    found = [
        path.relative_to(PACKAGE).as_posix()
        for path in PACKAGE.rglob("*.py")
        if literal in path.read_text(encoding="utf-8")
    ]
    assert len(found) == 1, f"{literal} written in {found}"


def test_no_output_re_derives_numbering_or_order() -> None:
    """pdf/, docx/ and the text preview read the printed report, not the draft's outline."""
    for folder in ("pdf", "word"):
        for path in (PACKAGE / folder).glob("*.py"):
            text = path.read_text(encoding="utf-8")
            assert not re.search(r"numbered_sections|basis_text|recipient_lines", text), path
    plain = (PACKAGE / "ui" / "common" / "plaintext.py").read_text(encoding="utf-8")
    assert "compose" not in plain
