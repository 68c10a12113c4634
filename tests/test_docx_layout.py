"""Decree 30 layout of the DOCX, measured on the PDF LibreOffice prints from it.

The same measurements as test_pdf_layout.py; Times New Roman is not installed here, so
LibreOffice prints with Liberation Serif, its metric twin, as Word on a PC without it would.
"""

from __future__ import annotations

import itertools
from typing import Any

import drafts
import pytest
from docxutil import convert, docx_bytes
from pdfutil import MM, find, open_pdf, render, text_lines

from lanson_report.printed.styles import FIRST_LINE_INDENT

LEFT, RIGHT, TOP, BOTTOM = 30 * MM, (210 - 15) * MM, 20 * MM, (297 - 20) * MM
TOL = 0.8
LEVEL = 0.8  # pt: first lines of different sizes, levelled by spacing Word and LibreOffice round
ENDINGS = (22, 23, 24, 25, 26)  # paragraph counts that push the signature onto page 2
LONG_CLOSING = drafts.with_paragraphs(8) | {
    "closing": " ".join(f"từ{n}" for n in range(700)) + " kết thúc./."
}
DRAFTS = {
    "example": drafts.example(),
    "roman": drafts.roman_commune(),
    "long": drafts.long_names(),
    "pages": drafts.pages(3),
    "closing": LONG_CLOSING,
    **{f"ending{n}": drafts.with_paragraphs(n) for n in ENDINGS},
}


@pytest.fixture(scope="module")
def printed() -> dict[str, Any]:
    """Every draft's DOCX, converted by LibreOffice in one run."""
    pdfs = convert({name: docx_bytes(raw) for name, raw in DRAFTS.items()})
    return {name: open_pdf(data) for name, data in pdfs.items()}


def _rules(page: Any) -> list[tuple[float, float, float]]:
    return sorted({(round(r["top"], 1), round(r["x0"], 1), round(r["x1"], 1)) for r in page.lines})


def _rule_under(page: Any, line: Any) -> float:
    below = [
        x1 - x0
        for top, x0, x1 in _rules(page)
        if 0 < top - line.baseline < line.size and abs((x0 + x1) / 2 - line.centre) < 1
    ]
    assert len(below) == 1, f"no single rule under {line.text!r}: {_rules(page)}"
    return below[0]


def test_a4_and_text_inside_the_margins(printed: dict[str, Any]) -> None:
    for name, pdf in printed.items():
        for number, page in enumerate(pdf.pages, start=1):
            assert (page.width, page.height) == pytest.approx((210 * MM, 297 * MM), abs=0.5)
            for line in text_lines(page):
                if number > 1 and line.text == str(number):
                    continue
                assert line.x0 >= LEFT - TOL and line.x1 <= RIGHT + TOL, (name, line.text)
                assert line.baseline - line.size * 0.95 >= TOP - TOL, (name, line.text)
                assert line.baseline <= BOTTOM, (name, line.text)


def test_header_matches_the_pdf(printed: dict[str, Any]) -> None:
    """Every header line at the PDF's size and weight, centred where the PDF centres it."""
    ours = text_lines(open_pdf(render(drafts.example())).pages[0])
    word = text_lines(printed["example"].pages[0])
    for start in ("UBND TỈNH", "SỞ KHOA", "CỘNG HÒA", "Độc lập", "Số:", "Lạng Sơn, ngày"):
        pdf_line, docx_line = find(ours, start), find(word, start)
        assert docx_line.text.replace("\xa0", " ") == pdf_line.text.replace("\xa0", " ")
        assert docx_line.size == pdf_line.size
        assert docx_line.font.split("-")[-1] == pdf_line.font.split("-")[-1], start
        assert docx_line.centre == pytest.approx(pdf_line.centre, abs=1)
        assert docx_line.baseline == pytest.approx(pdf_line.baseline, abs=3)
    assert find(word, "Số:").baseline == pytest.approx(find(word, "Lạng Sơn").baseline, abs=LEVEL)
    assert find(word, "CỘNG HÒA").baseline == pytest.approx(find(word, "UBND").baseline, abs=0.5)


def test_rules_under_issuing_body_motto_and_abstract(printed: dict[str, Any]) -> None:
    page = printed["example"].pages[0]
    lines = text_lines(page)
    assert len(_rules(page)) == 3
    agency = find(lines, "SỞ KHOA")
    assert 1 / 3 <= _rule_under(page, agency) / (agency.x1 - agency.x0) <= 1 / 2
    motto = find(lines, "Độc lập")
    assert _rule_under(page, motto) == pytest.approx(motto.x1 - motto.x0, abs=1.5)
    abstract = [find(lines, "Kết quả tổ chức"), find(lines, "khoa học và công nghệ")]
    widest = max(line.x1 - line.x0 for line in abstract)
    assert 1 / 3 <= _rule_under(page, abstract[-1]) / widest <= 1 / 2


def test_long_issuing_body_wraps_inside_its_column_with_a_blank_number_and_date(
    printed: dict[str, Any],
) -> None:
    lines = text_lines(printed["long"].pages[0])
    agency = [ln for ln in lines if ln.font.endswith("Bold") and ln.size == 12]
    agency = [ln for ln in agency if ln.x1 < LEFT + 70 * MM + 1]
    assert len(agency) >= 2
    assert find(lines, "CỘNG HÒA").text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    number, date = find(lines, "Số:"), find(lines, "Lạng Sơn, ngày")
    assert number.text.replace("\u00a0", " ").split() == ["Số:", "/BC-TTUDPTKHCN"]
    assert number.x1 - number.x0 >= 40 * MM
    assert date.text.replace("\u00a0", " ").split() == [
        "Lạng",
        "Sơn,",
        "ngày",
        "tháng",
        "năm",
        "2023",
    ]
    assert number.baseline == pytest.approx(date.baseline, abs=LEVEL)


def test_type_name_abstract_and_body(printed: dict[str, Any]) -> None:
    first = text_lines(printed["example"].pages[0])
    type_name = find(first, "BÁO CÁO")
    assert (type_name.font, type_name.size) == ("LiberationSerif-Bold", 14)
    assert type_name.centre == pytest.approx((LEFT + RIGHT) / 2, abs=1)
    basis = find(first, "Thực hiện Công văn")
    assert basis.x0 == pytest.approx(LEFT + FIRST_LINE_INDENT, abs=0.5)
    assert (basis.font, basis.size) == ("LiberationSerif", 14)
    body = [line for line in first if line.baseline >= basis.baseline]
    assert all(line.x1 == pytest.approx(RIGHT, abs=0.8) for line in body[:3])  # justified
    gaps = [b.baseline - a.baseline for a, b in itertools.pairwise(body)]
    assert 14 <= min(gaps) <= 21  # single to 1.5 lines
    heading = find(first, "1. Công tác triển khai thực hiện")
    assert heading.font == "LiberationSerif-Bold"
    before = max(ln.baseline for ln in body if ln.baseline < heading.baseline)
    assert heading.baseline - before >= min(gaps) + 6 - 0.2


def test_roman_outline_kinh_gui_list_and_three_line_signer(printed: dict[str, Any]) -> None:
    pdf = printed["roman"]
    lines = text_lines(pdf.pages[0])
    assert find(lines, "I. KẾT QUẢ ĐẠT ĐƯỢC").font == "LiberationSerif-Bold"
    assert find(lines, "1. Lĩnh vực kinh tế").font == "LiberationSerif-Bold"
    assert find(lines, "a) Nông nghiệp").font == "LiberationSerif"
    label = find(lines, "Kính gửi:")
    assert label.text == "Kính gửi:"  # alone over several addressees
    first = find(lines, "- Ủy ban nhân dân tỉnh Lạng Sơn;")
    second = find(lines, "- Sở Kế hoạch và Đầu tư tỉnh Lạng Sơn.")
    ours = text_lines(open_pdf(render(drafts.roman_commune())).pages[0])
    assert label.x0 == pytest.approx(find(ours, "Kính gửi:").x0, abs=1)
    assert first.x0 == pytest.approx(find(ours, "- Ủy ban").x0, abs=1)
    assert second.x0 == pytest.approx(find(ours, "- Sở Kế hoạch").x0, abs=1)
    assert label.baseline < first.baseline < second.baseline
    last = text_lines(pdf.pages[-1])
    signer = [find(last, t) for t in ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")]
    assert [ln.baseline for ln in signer] == sorted(ln.baseline for ln in signer)
    assert find(last, "Nơi nhận:").baseline == pytest.approx(signer[0].baseline, abs=LEVEL)
    assert find(last, "Lương Văn Đức").baseline - signer[-1].baseline >= 20 * MM


def test_footer_columns(printed: dict[str, Any]) -> None:
    last = text_lines(printed["example"].pages[-1])
    label, signer = find(last, "Nơi nhận:"), find(last, "GIÁM ĐỐC")
    name = find(last, "Nguyễn Thị Hà")
    assert (label.font, label.size) == ("LiberationSerif-BoldItalic", 12)
    assert label.x0 == pytest.approx(LEFT, abs=0.5)
    assert (signer.font, signer.size) == ("LiberationSerif-Bold", 14)
    assert signer.centre == pytest.approx(LEFT + 70 * MM + 47.5 * MM, abs=1)
    assert name.centre == pytest.approx(signer.centre, abs=1)
    assert name.baseline - 14 * 0.9 - (signer.baseline + 14 * 0.25) >= 20 * MM
    recipients = [ln for ln in last if ln.baseline > label.baseline and ln.x0 < LEFT + 70 * MM]
    assert [r.text for r in recipients][-1] == "- Lưu: VP, VT."
    assert all(r.size == 11 for r in recipients)


def test_page_numbers_from_page_two_in_the_top_margin(printed: dict[str, Any]) -> None:
    pdf = printed["pages"]
    assert len(pdf.pages) >= 3
    assert not [ln for ln in text_lines(pdf.pages[0]) if ln.baseline < TOP]
    for number, page in enumerate(pdf.pages[1:], start=2):
        top = [ln for ln in text_lines(page) if ln.baseline < TOP]
        assert [ln.text for ln in top] == [str(number)]
        assert (top[0].size, top[0].font) == (13, "LiberationSerif")
        assert top[0].centre == pytest.approx((LEFT + RIGHT) / 2, abs=1)
        assert 8 * MM <= top[0].baseline <= TOP - 3 * MM  # in the top margin, clear of the text


@pytest.mark.parametrize("name", [f"ending{n}" for n in ENDINGS] + ["closing", "example"])
def test_signature_never_stands_alone(printed: dict[str, Any], name: str) -> None:
    pdf = printed[name]
    signed = [page for page in pdf.pages if "Nơi nhận:" in page.extract_text()]
    assert len(signed) == 1
    lines = text_lines(signed[0])
    label = find(lines, "Nơi nhận:")
    body = [ln for ln in lines if TOP < ln.baseline < label.baseline and ln.size == 14]
    assert body, f"{name}: the signed page carries no body text"
    assert body[-1].text.endswith("./.")
    assert max(ln.baseline for ln in lines) <= BOTTOM
