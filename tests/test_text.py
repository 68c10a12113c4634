"""Decree 30 number and date formatting, Vietnamese text helpers, composed wording."""

from __future__ import annotations

import datetime

import drafts
import pytest

from lanson_report.domain import compose, text
from lanson_report.domain.model import Reference
from lanson_report.files import draftfile


@pytest.mark.parametrize(
    ("number", "printed"),
    [("5", "05"), ("9", "09"), ("10", "10"), ("123", "123"), ("05", "05"), ("", ""), (" 7 ", "07")],
)
def test_document_number_leading_zero(number: str, printed: str) -> None:
    assert text.document_number(number) == printed


@pytest.mark.parametrize(
    ("month", "printed"), [(1, "01"), (2, "02"), (3, "3"), (9, "9"), (12, "12")]
)
def test_only_months_one_and_two_get_a_leading_zero(month: int, printed: str) -> None:
    assert text.month_text(month) == printed


@pytest.mark.parametrize(("day", "printed"), [(1, "01"), (9, "09"), (10, "10"), (31, "31")])
def test_days_below_ten_get_a_leading_zero(day: int, printed: str) -> None:
    assert text.two_digits_below_10(day) == printed


def _draft(**changes: object) -> object:
    return draftfile.from_dict(drafts.minimal(**changes))


def test_date_line_full() -> None:
    draft = _draft(date={"year": 2025, "month": 1, "day": 5})
    assert compose.date_line(draft) == "Lạng Sơn, ngày 05 tháng 01 năm 2025"


def test_date_line_keeps_blanks_for_hand_filling() -> None:
    draft = _draft(date={"year": 2022, "month": 5, "day": None})
    line = compose.date_line(draft)
    assert line.startswith("Lạng Sơn, ngày \u00a0")
    assert line.endswith("\u00a0 tháng 5 năm 2022")
    blank = _draft(date={"year": 2022, "month": None, "day": None})
    assert compose.date_line(blank).count("\u00a0") >= 12


def test_number_line() -> None:
    assert compose.number_line(_draft(number="5")) == "Số: 05/BC-STP"
    blank = compose.number_line(_draft(number=""))
    assert blank.startswith("Số: \u00a0") and blank.endswith("\u00a0/BC-STP")
    assert compose.number_line(_draft(number="12", symbol="BC-UBND")) == "Số: 12/BC-UBND"


def test_reference_sentence_formats_the_date() -> None:
    ref = Reference(
        "Căn cứ",
        "Quyết định",
        "731/QĐ-BKHCN",
        datetime.date(2022, 5, 9),
        "Bộ KH&CN",
        "về việc tặng Kỷ niệm chương",
    )
    assert compose.reference_sentence(ref) == (
        "Căn cứ Quyết định số 731/QĐ-BKHCN ngày 09/5/2022 của Bộ KH&CN về việc tặng Kỷ niệm chương."
    )
    january = Reference("Thực hiện", "Kế hoạch", "1/KH", datetime.date(2024, 1, 28))
    assert compose.reference_sentence(january) == "Thực hiện Kế hoạch số 1/KH ngày 28/01/2024."


def test_basis_paragraph_of_the_example(example_path) -> None:  # type: ignore[no-untyped-def]
    draft = draftfile.load_path(example_path)
    assert compose.basis_text(draft) == (
        "Thực hiện Công văn số 1838/VP-KGVX ngày 28/4/2022 của Văn phòng UBND tỉnh về việc tổ "
        "chức Ngày KH&CN Việt Nam năm 2022. Căn cứ Công văn số 799/BKHCN-VP ngày 14/4/2022 của "
        "Bộ KH&CN về việc hướng dẫn tổ chức Ngày KH&CN Việt Nam năm 2022. Sở Khoa học và Công "
        "nghệ (KH&CN) báo cáo kết quả triển khai các hoạt động kỷ niệm Ngày khoa học và công "
        "nghệ Việt Nam năm 2022, như sau:"
    )


def test_recipient_lines_end_with_the_archive_line(example_path) -> None:  # type: ignore[no-untyped-def]
    lines = compose.recipient_lines(draftfile.load_path(example_path))
    assert lines == [
        "- Bộ KH&CN (b/c);",
        "- UBND tỉnh (b/c);",
        "- Lãnh đạo Sở;",
        "- Các phòng, đơn vị trực thuộc Sở;",
        "- Lưu: VP, VT.",
    ]


def test_roman_and_point_numbering() -> None:
    assert [text.roman(n) for n in (1, 4, 9, 14, 40)] == ["I", "IV", "IX", "XIV", "XL"]
    assert [text.point_letter(n) for n in range(6)] == ["a", "b", "c", "d", "đ", "e"]


def test_outline_numbering_skips_sections_without_heading() -> None:
    draft = draftfile.from_dict(drafts.roman_commune())
    draft.sections.insert(1, type(draft.sections[0])(heading="", blocks=[]))
    labels = [
        (n.level, n.label, n.heading) for n in compose.numbered_sections(draft.sections, "roman")
    ]
    assert labels[0] == (1, "I. ", "KẾT QUẢ ĐẠT ĐƯỢC")
    assert labels[2] == (3, "a) ", "Nông nghiệp")
    assert (1, "", "") in labels
    assert labels[-1] == (1, "II. ", "PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025")


def test_fold_for_accent_insensitive_search() -> None:
    assert text.fold("Báo cáo KH&CN Đổi mới") == "bao cao kh&cn doi moi"


@pytest.mark.parametrize(
    ("written", "in_a_sentence"),
    [
        ("SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Sở Khoa học và Công nghệ"),
        ("SỞ TƯ PHÁP", "Sở Tư pháp"),
        ("SỞ LAO ĐỘNG, THƯƠNG BINH VÀ XÃ HỘI", "Sở Lao động, Thương binh và Xã hội"),
        ("SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN", "Sở Nông nghiệp và Phát triển nông thôn"),
        ("SỞ GIAO THÔNG VẬN TẢI", "Sở Giao thông vận tải"),
        ("ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN", "Ủy ban nhân dân tỉnh Lạng Sơn"),
        ("ỦY BAN NHÂN DÂN THÀNH PHỐ LẠNG SƠN", "Ủy ban nhân dân thành phố Lạng Sơn"),
        ("UBND HUYỆN CAO LỘC", "UBND huyện Cao Lộc"),
        ("VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH", "Văn phòng Ủy ban nhân dân tỉnh"),
        ("TRUNG TÂM THÔNG TIN VÀ THỐNG KÊ KH&CN", "Trung tâm Thông tin và Thống kê KH&CN"),
        # Shapes it cannot be sure of stay as written: capitals are not wrong, guesses may be.
        ("CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", "CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG"),
        ("BAN QUẢN LÝ KHU KINH TẾ CỬA KHẨU ĐỒNG ĐĂNG - LẠNG SƠN", None),
        ("Sở Tư pháp", None),
        ("", None),
    ],
)
def test_an_agency_name_as_written_inside_a_sentence(
    written: str, in_a_sentence: str | None
) -> None:
    assert text.name_in_sentence(written) == (written if in_a_sentence is None else in_a_sentence)
