"""Decree 30 layout, measured on the rendered PDF."""

from __future__ import annotations

import itertools
from typing import Any

import drafts
import pytest
from pdfutil import MM, find, open_pdf, reading_text, render, text_lines
from reportlab.pdfbase.pdfmetrics import stringWidth

from lanson_report.domain.errors import ExportError

A4 = (210 * MM, 297 * MM)
LEFT, RIGHT, TOP, BOTTOM = 30 * MM, (210 - 15) * MM, 20 * MM, (297 - 20) * MM
TOL = 0.6


@pytest.fixture(scope="module")
def example_pdf() -> Any:
    return open_pdf(render(drafts.example()))


@pytest.fixture(scope="module")
def roman_pdf() -> Any:
    return open_pdf(render(drafts.roman_commune()))


@pytest.fixture(scope="module")
def first(example_pdf: Any) -> list[Any]:
    return text_lines(example_pdf.pages[0])


def test_every_page_is_a4_portrait(example_pdf: Any) -> None:
    for page in example_pdf.pages:
        assert (page.width, page.height) == pytest.approx(A4, abs=0.1)


def test_text_stays_inside_the_margins(example_pdf: Any) -> None:
    for number, page in enumerate(example_pdf.pages, start=1):
        for line in text_lines(page):
            if number > 1 and line.text == str(number):
                continue  # the page number lives in the top margin
            assert line.x0 >= LEFT - TOL and line.x1 <= RIGHT + TOL, line.text
            assert line.baseline - line.size * 0.95 >= TOP - TOL, line.text
            assert line.baseline <= BOTTOM, line.text


def test_every_glyph_is_embedded_liberation_serif(example_pdf: Any) -> None:
    fonts = {char["fontname"].split("+")[-1] for page in example_pdf.pages for char in page.chars}
    assert fonts <= {
        "LiberationSerif",
        "LiberationSerif-Bold",
        "LiberationSerif-Italic",
        "LiberationSerif-BoldItalic",
    }
    assert all("+" in char["fontname"] for page in example_pdf.pages for char in page.chars)


def test_header_left_column(first: list[Any]) -> None:
    parent = find(first, "UBND TỈNH LẠNG SƠN")
    agency = find(first, "SỞ KHOA HỌC VÀ CÔNG NGHỆ")
    assert (parent.font, parent.size) == ("LiberationSerif", 12)
    assert (agency.font, agency.size) == ("LiberationSerif-Bold", 12)
    column_centre = LEFT + 35 * MM
    assert parent.centre == pytest.approx(column_centre, abs=1)
    assert agency.centre == pytest.approx(column_centre, abs=1)
    assert agency.baseline > parent.baseline


def test_header_right_column_national_title_on_one_line(first: list[Any]) -> None:
    nation = find(first, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    motto = find(first, "Độc lập - Tự do - Hạnh phúc")
    assert (nation.font, nation.size) == ("LiberationSerif-Bold", 12)
    assert (motto.font, motto.size) == ("LiberationSerif-Bold", 13)
    right_centre = LEFT + 70 * MM + (165 - 70) * MM / 2
    assert nation.centre == pytest.approx(right_centre, abs=1)
    assert motto.centre == pytest.approx(right_centre, abs=1)
    assert nation.baseline == pytest.approx(find(first, "UBND").baseline, abs=0.1)


def test_number_and_date_share_one_line(first: list[Any]) -> None:
    number = find(first, "Số:")
    date = find(first, "Lạng Sơn, ngày")
    assert number.baseline == date.baseline
    assert (number.font, number.size) == ("LiberationSerif", 13)
    assert (date.font, date.size) == ("LiberationSerif-Italic", 14)
    assert number.centre == pytest.approx(LEFT + 35 * MM, abs=1)
    assert date.centre == pytest.approx(LEFT + 70 * MM + 47.5 * MM, abs=1)


def test_blank_number_and_day_keep_room_for_handwriting(first: list[Any]) -> None:
    number = find(first, "Số:")
    assert number.text.replace("\u00a0", " ").split() == ["Số:", "/BC-SKHCN"]
    assert number.x1 - number.x0 >= 40 * MM  # "Số:" + ~10 mm blank + symbol
    date = find(first, "Lạng Sơn, ngày")
    assert date.text.replace("\u00a0", " ").split() == [
        "Lạng",
        "Sơn,",
        "ngày",
        "tháng",
        "5",
        "năm",
        "2022",
    ]


def _rules(page: Any) -> list[tuple[float, float, float]]:
    return sorted((r["top"], r["x0"], r["x1"]) for r in page.lines)


def _rule_under(rules: list[tuple[float, float, float]], line: Any) -> tuple[float, float]:
    """The rule centred under a line, within a line's height below it: (length, gap)."""
    below = [
        (top - line.baseline, x0, x1)
        for top, x0, x1 in rules
        if 0 < top - line.baseline < line.size and abs((x0 + x1) / 2 - line.centre) < 1
    ]
    assert len(below) == 1, f"no single rule under {line.text!r}: {rules}"
    gap, x0, x1 = below[0]
    return x1 - x0, gap


def test_rules_under_issuing_body_motto_and_abstract(example_pdf: Any, first: list[Any]) -> None:
    rules = _rules(example_pdf.pages[0])
    assert len(rules) == 3
    agency = find(first, "SỞ KHOA")
    length, _ = _rule_under(rules, agency)
    assert 1 / 3 <= length / (agency.x1 - agency.x0) <= 1 / 2
    motto = find(first, "Độc lập")
    length, _ = _rule_under(rules, motto)
    assert length == pytest.approx(motto.x1 - motto.x0, abs=1.5)
    abstract = [find(first, "Kết quả tổ chức"), find(first, "khoa học và công nghệ")]
    length, _ = _rule_under(rules, abstract[-1])
    assert 1 / 3 <= length / max(line.x1 - line.x0 for line in abstract) <= 1 / 2


def test_type_name_and_abstract_are_bold_and_centred(first: list[Any]) -> None:
    type_name = find(first, "BÁO CÁO")
    assert (type_name.font, type_name.size) == ("LiberationSerif-Bold", 14)
    assert type_name.centre == pytest.approx((LEFT + RIGHT) / 2, abs=1)
    abstract = find(first, "Kết quả tổ chức")
    assert (abstract.font, abstract.size) == ("LiberationSerif-Bold", 14)
    assert abstract.centre == pytest.approx((LEFT + RIGHT) / 2, abs=1)


def test_body_paragraphs_indent_and_spacing(first: list[Any]) -> None:
    basis = find(first, "Thực hiện Công văn")
    heading = find(first, "1. Công tác triển khai thực hiện")
    assert basis.x0 == pytest.approx(LEFT + 12.7 * MM, abs=0.5)
    assert (basis.font, basis.size) == ("LiberationSerif", 14)
    assert (heading.font, heading.size) == ("LiberationSerif-Bold", 14)
    body = [line for line in first if line.baseline > basis.baseline]
    gaps = [b.baseline - a.baseline for a, b in itertools.pairwise(body)]
    leading = min(gaps)
    assert 14 <= leading <= 21  # single to 1.5 lines
    # between paragraphs at least 6 pt more than within them
    before = max(ln.baseline for ln in body if ln.baseline < heading.baseline)
    assert heading.baseline - before >= leading + 6 - 0.1


def test_body_lines_are_justified(first: list[Any]) -> None:
    basis = find(first, "Thực hiện Công văn")
    body = [ln for ln in first if ln.baseline > basis.baseline][:3]
    assert all(line.x1 == pytest.approx(RIGHT, abs=0.6) for line in body[:2])


def test_bullets_print_with_their_marks(example_pdf: Any) -> None:
    lines = [ln.text for p in example_pdf.pages for ln in text_lines(p)]
    assert any(t.startswith("- Tổ chức Hội thảo Khoa học") for t in lines)
    assert any(t.startswith("+ Tại Hội thảo đã trao") for t in lines)


def test_italic_runs_print_italic(first: list[Any], example_pdf: Any) -> None:
    chars = [c for c in example_pdf.pages[0].chars if c["fontname"].endswith("-Italic")]
    italic = "".join(c["text"] for c in chars)
    assert "Khoa học, công nghệ và đổi mới sáng tạo" in italic


def test_footer_columns(example_pdf: Any) -> None:
    last = text_lines(example_pdf.pages[-1])
    label = find(last, "Nơi nhận:")
    signer = find(last, "GIÁM ĐỐC")
    name = find(last, "Nguyễn Thị Hà")
    assert (label.font, label.size) == ("LiberationSerif-BoldItalic", 12)
    assert label.baseline == pytest.approx(signer.baseline, abs=0.1)
    assert label.x0 == pytest.approx(LEFT, abs=0.5)
    assert (signer.font, signer.size) == ("LiberationSerif-Bold", 14)
    assert (name.font, name.size) == ("LiberationSerif-Bold", 14)
    right_centre = LEFT + 70 * MM + 47.5 * MM
    assert signer.centre == pytest.approx(right_centre, abs=1)
    assert name.centre == pytest.approx(right_centre, abs=1)
    assert name.baseline - 14 * 0.9 - (signer.baseline + 14 * 0.25) >= 20 * MM
    recipients = [ln for ln in last if ln.baseline > label.baseline and ln.x0 < LEFT + 70 * MM]
    assert [r.text for r in recipients] == [
        "- Bộ KH&CN (b/c);",
        "- UBND tỉnh (b/c);",
        "- Lãnh đạo Sở;",
        "- Các phòng, đơn vị trực thuộc Sở;",
        "- Lưu: VP, VT.",
    ]
    assert all((r.font, r.size) == ("LiberationSerif", 11) for r in recipients)


def test_three_line_signature_block(roman_pdf: Any) -> None:
    last = text_lines(roman_pdf.pages[-1])
    lines = [find(last, t) for t in ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")]
    assert [ln.baseline for ln in lines] == sorted(ln.baseline for ln in lines)
    assert find(last, "Nơi nhận:").baseline == pytest.approx(lines[0].baseline, abs=0.1)
    assert find(last, "Lương Văn Đức").baseline - lines[-1].baseline >= 20 * MM


def test_roman_outline_three_levels(roman_pdf: Any) -> None:
    lines = text_lines(roman_pdf.pages[0])
    level1 = find(lines, "I. KẾT QUẢ ĐẠT ĐƯỢC")
    level2 = find(lines, "1. Lĩnh vực kinh tế")
    level3 = find(lines, "a) Nông nghiệp")
    assert level1.font == "LiberationSerif-Bold" and level2.font == "LiberationSerif-Bold"
    assert level3.font == "LiberationSerif"
    assert find(lines, "b) Công nghiệp").font == "LiberationSerif"
    assert find(lines, "2. Lĩnh vực văn hóa - xã hội")
    assert find(lines, "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025")


def test_addressee_list(roman_pdf: Any) -> None:
    """Several addressees: `Kính gửi:` alone, then one `- X;` per line, dashes at one x
    just past the colon, the last ending `.` (PL I II.9)."""
    lines = text_lines(roman_pdf.pages[0])
    label = find(lines, "Kính gửi:")
    assert label.text == "Kính gửi:"
    first = find(lines, "- Ủy ban nhân dân tỉnh Lạng Sơn;")
    second = find(lines, "- Sở Kế hoạch và Đầu tư tỉnh Lạng Sơn.")
    assert label.baseline < first.baseline < second.baseline
    past_colon = label.x0 + stringWidth("Kính gửi: ", "LiberationSerif", 14)
    assert first.x0 == pytest.approx(past_colon, abs=0.5)
    assert second.x0 == pytest.approx(first.x0, abs=0.1)
    for line in (label, first, second):
        assert (line.font, line.size) == ("LiberationSerif", 14)


def test_single_addressee_on_one_line() -> None:
    pdf = open_pdf(render(drafts.long_names()))
    line = find(text_lines(pdf.pages[0]), "Kính gửi:")
    assert line.text == "Kính gửi: Sở Khoa học và Công nghệ tỉnh Lạng Sơn."


def test_long_issuing_body_wraps_inside_its_column() -> None:
    pdf = open_pdf(render(drafts.long_names()))
    lines = text_lines(pdf.pages[0])
    agency = [
        ln
        for ln in lines
        if ln.font == "LiberationSerif-Bold" and ln.size == 12 and ln.x1 < LEFT + 70 * MM + 1
    ]
    assert len(agency) >= 2
    assert " ".join(ln.text for ln in agency).startswith("TRUNG TÂM ỨNG DỤNG")
    nation = find(lines, "CỘNG HÒA")
    assert nation.text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"


def test_page_numbers_from_page_two_in_the_top_margin() -> None:
    pdf = open_pdf(render(drafts.pages(3)))
    assert len(pdf.pages) >= 3
    assert not [ln for ln in text_lines(pdf.pages[0]) if ln.baseline < TOP]
    for number, page in enumerate(pdf.pages[1:], start=2):
        top = [ln for ln in text_lines(page) if ln.baseline < TOP]
        assert [ln.text for ln in top] == [str(number)]
        assert top[0].size == 13 and top[0].font == "LiberationSerif"
        assert top[0].centre == pytest.approx((LEFT + RIGHT) / 2, abs=1)


@pytest.mark.parametrize("count", range(18, 62))
def test_signature_never_stands_alone(count: int) -> None:
    pdf = open_pdf(render(drafts.with_paragraphs(count)))
    for page in pdf.pages:
        lines = text_lines(page)
        label = [ln for ln in lines if ln.text == "Nơi nhận:"]
        if not label:
            continue
        body = [
            ln
            for ln in lines
            if ln.baseline < label[0].baseline and ln.size == 14 and not ln.text.isdigit()
        ]
        assert body, f"page with the signature has no body text ({count} paragraphs)"
        assert find(lines, "Trên đây là báo cáo")
        assert find(lines, "Hoàng Văn Minh").baseline <= BOTTOM
    assert sum("Nơi nhận:" in p.extract_text() for p in pdf.pages) == 1


@pytest.mark.parametrize("words", range(40, 1300, 45))
def test_long_last_paragraph_keeps_its_end_with_the_signature(words: int) -> None:
    closing = " ".join(f"từ{n}" for n in range(words)) + " kết thúc./."
    raw = drafts.with_paragraphs(8) | {"closing": closing}
    pdf = open_pdf(render(raw))
    signed = [p for p in pdf.pages if "Nơi nhận:" in p.extract_text()]
    assert len(signed) == 1
    lines = text_lines(signed[0])
    label = find(lines, "Nơi nhận:")
    body = [ln for ln in lines if ln.baseline < label.baseline and ln.baseline > TOP]
    assert len(body) >= 2  # at least the last two lines of the text share the signature's page
    assert body[-1].text.endswith("./.")
    assert find(lines, "Hoàng Văn Minh").baseline <= BOTTOM
    assert reading_text(pdf).count("kết thúc./.") == 1
    assert f"từ{words - 1} kết thúc./." in reading_text(pdf)


@pytest.mark.parametrize(
    ("place", "day", "month"),
    [
        ("Thành phố Hồ Chí Minh", 25, 12),
        ("Thành phố Lạng Sơn, tỉnh Lạng Sơn", 25, 12),
        ("Thị xã Phú Mỹ, tỉnh Bà Rịa - Vũng Tàu, Việt Nam", None, None),
    ],
)
def test_a_long_place_name_keeps_the_date_line_inside_the_margins(
    place: str, day: int | None, month: int | None
) -> None:
    raw = drafts.minimal(place=place, date={"year": 2025, "month": month, "day": day})
    lines = text_lines(open_pdf(render(raw)).pages[0])
    number = find(lines, "Số:")
    date = [ln for ln in lines if ln.fonts == {"AAAAAA+LiberationSerif-Italic"}]
    assert date[0].baseline == number.baseline
    assert date[0].text.startswith(place.split(",")[0])
    assert " ".join(ln.text for ln in date).replace("\u00a0", " ").split()[-2:] == ["năm", "2025"]
    motto = find(lines, "Độc lập")
    for line in date:
        assert line.size in (13, 14)
        assert line.x0 >= LEFT - TOL and line.x1 <= RIGHT + TOL
        assert line.centre == pytest.approx(motto.centre, abs=1)
    assert number.x1 < date[0].x0  # the two halves of the row never run into each other


def test_an_ordinary_date_line_keeps_14_pt() -> None:
    lines = text_lines(open_pdf(render(drafts.minimal())).pages[0])
    assert find(lines, "Lạng Sơn, ngày 05 tháng 01 năm 2025").size == 14


def test_words_wider_than_their_column_are_cut_inside_the_page() -> None:
    url = "https://" + "khcn.langson.gov.vn/" * 12
    raw = drafts.minimal(
        title="Báo cáo " + "x" * 300,
        addressees=["Cục " + "y" * 200, "Sở Tư pháp"],
        recipients=[{"name": "Cổng thông tin", "note": url}],
        symbol="BC-" + "Z" * 60,
    )
    pdf = open_pdf(render(raw))
    for page in pdf.pages:
        for ln in text_lines(page):
            assert ln.x0 >= LEFT - TOL and ln.x1 <= RIGHT + TOL, ln.text
    text = reading_text(pdf).replace(" ", "")
    recipients = "".join(ln.text for ln in text_lines(pdf.pages[-1]) if ln.size == 11)
    assert url in recipients
    assert "x" * 300 in text and "y" * 200 in text
    first = text_lines(pdf.pages[0])
    number = [ln for ln in first if "ZZZ" in ln.text or ln.text.startswith("Số:")]
    date = find(first, "Lạng Sơn, ngày")
    assert all(ln.x1 < date.x0 for ln in number if ln.baseline == date.baseline)


@pytest.mark.parametrize(
    ("changes", "part"),
    [
        ({"recipients": [{"name": f"Đơn vị {n}"} for n in range(80)]}, "phần Nơi nhận và chữ ký"),
        ({"signature": {"lines": ["PHÓ GIÁM ĐỐC"] * 60, "name": "A"}}, "phần Nơi nhận và chữ ký"),
        ({"addressees": [f"Sở số {n}" for n in range(70)]}, "danh sách Kính gửi"),
        ({"title": "Báo cáo dài " * 600}, "phần đầu và trích yếu"),
    ],
)
def test_a_part_longer_than_a_page_is_refused_by_name(changes: dict[str, Any], part: str) -> None:
    with pytest.raises(ExportError, match=f"^{part} dài hơn một trang A4"):
        render(drafts.minimal(**changes))
