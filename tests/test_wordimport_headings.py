"""Headings typed in capitals read back in sentence case, acronyms and numerals kept."""

from __future__ import annotations

import pytest

from lanson_report.domain.model import Run
from lanson_report.wordimport.body import plan_of
from lanson_report.wordimport.headings import decimal_kind, run_in, sentence_case
from lanson_report.wordimport.reader import Line


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("KẾT QUẢ CÔNG TÁC CCHC QUÝ II", "Kết quả công tác CCHC quý II"),
        ("KẾT QUẢ HOẠT ĐỘNG KH&CN CỦA UBND TỈNH", "Kết quả hoạt động KH&CN của UBND tỉnh"),
        ("NGHỊ QUYẾT ĐẠI HỘI XIII", "Nghị quyết đại hội XIII"),
        ("XI MĂNG VÀ VẬT LIỆU XÂY DỰNG", "Xi măng và vật liệu xây dựng"),
        ("CÔNG TÁC NGHIÊN CỨU, GÌN GIỮ", "Công tác nghiên cứu, gìn giữ"),
        ("THỰC HIỆN KẾ HOẠCH SỐ 12/KH-UBND", "Thực hiện kế hoạch số 12/KH-UBND"),
        ("Kết quả của UBND", "Kết quả của UBND"),
    ],
)
def test_sentence_case_keeps_acronyms_and_roman_numerals(typed: str, read: str) -> None:
    assert sentence_case(typed) == read


def test_decimal_headings_and_their_levels() -> None:
    assert decimal_kind("1.1. Cải cách thể chế") == ("decimal2", "Cải cách thể chế")
    assert decimal_kind("2.3.1 Rà soát") == ("decimal3", "Rà soát")
    assert decimal_kind("2.000 lượt người tham dự") is None


def test_a_run_in_point_keeps_its_colon_in_the_heading() -> None:
    assert run_in("Công tác kiểm tra: đã kiểm tra 15 cơ quan.") == (
        "Công tác kiểm tra:",
        "đã kiểm tra 15 cơ quan.",
    )
    assert run_in("Công tác kiểm tra") == ("Công tác kiểm tra", "")


def _line(text: str, bold: bool = False) -> Line:
    return Line([Run(text, bold=bold)])


def test_plain_points_among_bold_headings_with_no_text_of_their_own_are_paragraphs() -> None:
    items = [
        _line("I. KẾT QUẢ", bold=True),
        _line("1. Cải cách thể chế", bold=True),
        _line("Đã rà soát 45 văn bản."),
        _line("2. Cải cách thủ tục hành chính", bold=True),
        _line("Đã công bố 120 thủ tục."),
        _line("II. NHIỆM VỤ", bold=True),
        _line("1. Tiếp tục rà soát văn bản"),
        _line("2. Đẩy mạnh chuyển đổi số"),
        _line("III. KIẾN NGHỊ", bold=True),
        _line("1. Bổ sung biên chế"),
        _line("Cần thêm 2 biên chế cho bộ phận một cửa."),
    ]
    plan = plan_of(items)
    assert sorted(plan.headings) == [0, 1, 3, 5, 8, 9]
    assert plan.numbered == [6, 7]  # no text of their own: the next point, then III.
