"""Appendices in the PDF: a new page each, their heading, their own page numbers, landscape."""

from __future__ import annotations

from typing import Any

import tablesamples as ts
from pdfpages import LANDSCAPE_MARGINS, line_starting, outside_margins, page_number
from pdfutil import MM, open_pdf, render, text_lines

A4 = (595.28, 841.89)


def _pages_from(pdf: Any, text: str) -> list[Any]:
    """The pages from the one whose first line starts with text."""
    for index, page in enumerate(pdf.pages):
        lines = [line for line in text_lines(page) if line.baseline > 20 * MM]
        if lines and lines[0].text.startswith(text):
            return list(pdf.pages[index:])
    raise AssertionError(f"no page opens with {text!r}")


def _paragraphs(count: int) -> list[dict[str, Any]]:
    return [{"kind": "paragraph", "text": f"Đoạn {n} của phụ lục. " * 12} for n in range(count)]


def test_the_example_appendix_opens_a_landscape_page_with_its_heading() -> None:
    pdf = open_pdf(render(ts.example()))
    (page,) = _pages_from(pdf, "Phụ lục")
    assert (round(page.width, 2), round(page.height, 2)) == (A4[1], A4[0])
    label = line_starting(page, "Phụ lục")
    title = line_starting(page, "DANH MỤC NHIỆM VỤ KHOA HỌC")
    attached = line_starting(page, "(Kèm theo")
    assert label.text == "Phụ lục"
    assert title.text == "DANH MỤC NHIỆM VỤ KHOA HỌC VÀ CÔNG NGHỆ CẤP TỈNH NĂM 2022"
    assert attached.text == (
        "(Kèm theo Báo cáo số 12/BC-SKHCN ngày 15 tháng 12 năm 2022 của Sở Khoa học và Công nghệ)"
    )
    assert (label.font, label.size) == ("LiberationSerif-Bold", 14)
    assert (title.font, title.size) == ("LiberationSerif-Bold", 14)
    assert (attached.font, attached.size) == ("LiberationSerif-Italic", 14)
    left, right, top, _ = LANDSCAPE_MARGINS
    centre = left + (page.width - left - right) / 2
    for line in (label, title, attached):
        assert abs(line.centre - centre) < 1
    assert label.baseline - 14 >= top - 1  # the binding margin is on the top edge
    assert page_number(page) == ""
    assert outside_margins(page) == []


def test_the_signature_page_stays_portrait_and_keeps_its_number() -> None:
    pdf = open_pdf(render(ts.example()))
    signed = pdf.pages[-2]
    assert (round(signed.width, 2), round(signed.height, 2)) == A4
    assert page_number(signed) == str(len(pdf.pages) - 1)
    assert any(line.text == "Nguyễn Thị Hà" for line in text_lines(signed))


def test_two_appendices_are_numbered_in_roman_each_on_a_new_page() -> None:
    raw = ts.with_tables(
        [],
        [
            ts.appendix(_paragraphs(1), title="Biểu tổng hợp"),
            ts.appendix(_paragraphs(1), "landscape", "Danh sách"),
        ],
    )
    pdf = open_pdf(render(raw))
    first = _pages_from(pdf, "Phụ lục I")
    second = _pages_from(pdf, "Phụ lục II")
    assert len(first) == 2 and len(second) == 1
    assert line_starting(first[0], "Phụ lục").text == "Phụ lục I"
    assert line_starting(first[0], "BIỂU TỔNG HỢP")
    assert first[0].width < first[0].height
    assert second[0].width > second[0].height
    assert line_starting(second[0], "DANH SÁCH")


def test_the_attached_line_keeps_the_blanks_of_an_unnumbered_undated_report() -> None:
    raw = ts.with_tables(
        [],
        [ts.appendix(_paragraphs(1))],
        number="",
        date={"year": 2025, "month": None, "day": None},
    )
    raw["agency"]["name_in_text"] = "Sở Tư pháp"
    (page,) = _pages_from(open_pdf(render(raw)), "Phụ lục")
    lines = [line.text for line in text_lines(page) if line.font == "LiberationSerif-Italic"]
    expected = "(Kèm theo Báo cáo số /BC-STP ngày tháng năm 2025 của Sở Tư pháp)"
    assert " ".join(lines).replace("\u00a0", " ").split() == expected.split()
    assert outside_margins(page) == []
    at = {word["text"]: word for word in page.extract_words()}
    assert at["/BC-STP"]["x0"] - at["số"]["x1"] >= 10 * MM  # room for the hand-written number
    assert at["tháng"]["x0"] - at["ngày"]["x1"] >= 8 * MM
    assert at["năm"]["x0"] - at["tháng"]["x1"] >= 8 * MM


def test_appendix_pages_are_numbered_on_their_own_first_unnumbered() -> None:
    raw = ts.with_tables(
        [],
        [ts.appendix(_paragraphs(45)), ts.appendix([ts.two_header_table(60)], "landscape")],
    )
    pdf = open_pdf(render(raw))
    report_pages = len(pdf.pages) - len(_pages_from(pdf, "Phụ lục I"))
    assert [page_number(p) for p in pdf.pages[:report_pages]] == [""] + [
        str(n) for n in range(2, report_pages + 1)
    ]
    first = _pages_from(pdf, "Phụ lục I")[: -len(_pages_from(pdf, "Phụ lục II"))]
    second = _pages_from(pdf, "Phụ lục II")
    assert len(first) >= 3 and len(second) >= 3
    for pages in (first, second):
        assert [page_number(p) for p in pages] == [""] + [str(n) for n in range(2, len(pages) + 1)]
    for page in pdf.pages:
        assert outside_margins(page) == [], f"page {page.page_number}"
    assert all(page.width > page.height for page in second)
