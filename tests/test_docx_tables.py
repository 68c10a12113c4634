"""Tables and appendices in the DOCX, measured on the PDF LibreOffice prints from it, with
the same measures as the PDF's own tests, and in the Word XML where a rule lives there."""

from __future__ import annotations

import re
from typing import Any

import pytest
import tablesamples as ts
from docxutil import convert, docx_bytes, xml_parts
from pdfpages import line_starting, outside_margins, page_number, tables
from pdfutil import MM, open_pdf, text_lines
from test_footnotes import NOTES, noted
from test_pdf_tables import _unbreakable

from lanson_report.files import draftfile

LONG = ts.two_header_table(120)
APPENDICES = [
    ts.appendix([{"kind": "paragraph", "text": "Đoạn dài. " * 1000}]),
    ts.appendix([LONG], "landscape"),
]
BARE = {"kind": "table", "columns": [{"width": 1}, {"width": 3}], "rows": [["a", "b"], ["c", "d"]]}
DRAFTS: dict[str, dict[str, Any]] = {
    "example": ts.example(),
    "long": ts.with_tables([LONG]),
    "unbreakable": ts.with_tables([_unbreakable()], [ts.appendix([_unbreakable()], "landscape")]),
    "back to back": ts.with_tables([BARE, BARE | {"rows": [["x", "y"], ["1", "2"]]}]),
    "ends with a table": ts.with_tables([ts.two_header_table(22) | {"note": ""}], closing=""),
    "appendices": ts.with_tables(
        [], APPENDICES, number="", date={"year": 2025, "month": None, "day": None}
    ),
    "footnotes": draftfile.to_dict(noted()),  # converted in the same LibreOffice run
}


@pytest.fixture(scope="module")
def printed() -> dict[str, Any]:
    """Every draft's DOCX, converted by LibreOffice in one run."""
    pdfs = convert({name: docx_bytes(raw) for name, raw in DRAFTS.items()})
    return {name: open_pdf(data) for name, data in pdfs.items()}


def _all_tables(pdf: Any) -> list[list[list[str]]]:
    return [found for page in pdf.pages for found in tables(page)]


def test_every_table_of_the_example_reads_back_cell_for_cell(printed: dict[str, Any]) -> None:
    raw = DRAFTS["example"]
    expected = [
        ts.expected_grid(raw["sections"][1]["blocks"][4]),
        ts.expected_grid(raw["appendices"][0]["blocks"][0]),
    ]
    assert _all_tables(printed["example"]) == expected


def test_header_rows_open_every_page_a_long_table_continues_on(printed: dict[str, Any]) -> None:
    expected = ts.expected_grid(LONG)
    pieces = _all_tables(printed["long"])
    assert len(pieces) >= 3
    for piece in pieces:
        assert piece[:2] == expected[:2]
    assert [row for piece in pieces for row in piece[2:]] == expected[2:]


def test_nothing_crosses_a_margin_even_a_300_letter_word(printed: dict[str, Any]) -> None:
    pdf = printed["unbreakable"]
    assert any(page.width > page.height for page in pdf.pages)
    for page in pdf.pages:
        assert outside_margins(page) == [], f"page {page.page_number}"
    # a row may break across pages in Word, cutting a cell's text in two: count letters
    header = ["TT", "Địa chỉ", "Nội dung"]
    rows = [row for found in _all_tables(pdf) for row in found if row != header]
    letters = sum(len("".join(cell.split())) for row in rows for cell in row)
    expected = sum(len(f"{ts.LONG_WORD}{ts.URL}Dòng{n}{ts.LONG_WORD}") for n in range(4))
    assert letters == 2 * expected


def _appendix_pages(pdf: Any, label: str) -> list[Any]:
    starts = [
        index
        for index, page in enumerate(pdf.pages)
        if any(line.text == label for line in text_lines(page))
    ]
    assert len(starts) == 1, f"{label!r} opens {len(starts)} pages"
    return list(pdf.pages[starts[0] :])


def test_appendices_open_their_own_numbered_pages(printed: dict[str, Any]) -> None:
    pdf = printed["appendices"]
    first = _appendix_pages(pdf, "Phụ lục I")
    second = _appendix_pages(pdf, "Phụ lục II")
    first = first[: len(first) - len(second)]
    assert len(first) >= 3 and len(second) >= 3
    for pages in (first, second):
        assert [page_number(p) for p in pages] == [""] + [str(n) for n in range(2, len(pages) + 1)]
    assert all(page.width < page.height for page in first)
    assert all(page.width > page.height for page in second)
    for page in pdf.pages:
        assert outside_margins(page) == [], f"page {page.page_number}"
    label = line_starting(second[0], "Phụ lục II")
    assert (label.font, label.size) == ("LiberationSerif-Bold", 14)
    attached = line_starting(second[0], "(Kèm theo")
    assert attached.font == "LiberationSerif-Italic"
    heading = [
        line.text
        for line in text_lines(second[0])
        if line.font == attached.font and line.baseline - attached.baseline < 2 * 14 * 1.2
    ]
    words = " ".join(heading)
    expected = "(Kèm theo Báo cáo số /BC-STP ngày tháng năm 2025 của Sở Tư pháp)"
    assert words.replace("\u00a0", " ").split() == expected.split()
    at = {word["text"]: word for word in second[0].extract_words()}
    assert at["/BC-STP"]["x0"] - at["số"]["x1"] >= 10 * MM  # room for the hand-written number


def test_the_word_table_repeats_its_header_merges_and_keeps_rows_whole() -> None:
    document = xml_parts(docx_bytes(ts.with_tables([ts.two_header_table(3)])))["word/document.xml"]
    ruled = document[document.index("Kế hoạch") - 3000 :]
    assert ruled.count("<w:tblHeader/>") == 2
    assert '<w:gridSpan w:val="2"/>' in ruled
    assert '<w:vMerge w:val="restart"/>' in ruled
    assert '<w:tblLayout w:type="fixed"/>' in ruled
    table = ruled[: ruled.index("</w:tbl>")]
    assert table.count("<w:cantSplit/>") == table.count("<w:tr>") + table.count("<w:tr ")


def test_a_row_taller_than_half_a_page_may_break_as_the_pdf_cuts_it() -> None:
    tall = ts.two_header_table(3)
    tall["rows"][-1][1] = "Nội dung rất dài. " * 400
    document = xml_parts(docx_bytes(ts.with_tables([tall])))["word/document.xml"]
    ruled = document[document.index("Kế hoạch") - 3000 :]
    table = ruled[: ruled.index("</w:tbl>")]
    rows = re.split(r"<w:tr[ >]", table)[1:]
    assert "cantSplit" not in rows[-1] and all("cantSplit" in row for row in rows[:-1])


def test_each_appendix_is_a_section_numbered_from_one() -> None:
    document = xml_parts(docx_bytes(DRAFTS["appendices"]))["word/document.xml"]
    assert document.count("<w:sectPr") == 3  # the report, Phụ lục I, Phụ lục II
    assert document.count('<w:pgNumType w:start="1"/>') == 2
    assert document.count("<w:titlePg/>") == 3
    assert document.count('w:orient="landscape"') == 1


def test_a_table_without_rows_writes_its_caption_and_no_empty_word_table() -> None:
    table = {"kind": "table", "caption": "Bảng 2. Chưa có", "columns": [{"width": 1}], "rows": []}
    document = xml_parts(docx_bytes(ts.with_tables([table])))["word/document.xml"]
    assert "Bảng 2. Chưa có" in document
    assert document.count("<w:tbl>") == 2  # the header and the signature: no empty grid


def test_a_body_ending_with_a_table_keeps_its_last_row_with_the_signature(
    printed: dict[str, Any],
) -> None:
    pdf = printed["ends with a table"]
    signed = [page for page in pdf.pages if "Hoàng Văn Minh" in page.extract_text()]
    (found,) = tables(signed[0])
    assert len(found) >= 3  # the header rows and at least the last row


def test_tables_back_to_back_stay_two_ruled_tables(printed: dict[str, Any]) -> None:
    assert _all_tables(printed["back to back"]) == [
        [["a", "b"], ["c", "d"]],
        [["x", "y"], ["1", "2"]],
    ]


def test_word_prints_each_footnote_at_the_foot_of_its_marks_page(printed: dict[str, Any]) -> None:
    pdf = printed["footnotes"]
    for number, note in enumerate(NOTES, start=1):
        page = next(p for p in pdf.pages if note[:25] in (p.extract_text() or ""))
        lines = text_lines(page)
        note_line = next(line for line in lines if note[:25] in line.text)
        marks = [  # numbered through the document, the number raised before the note
            line
            for line in lines
            if line.text == str(number)
            and 0 <= note_line.x0 - line.x1 < 12
            and 1 < note_line.baseline - line.baseline < 8
        ]
        assert len(marks) == 1 and marks[0].size < note_line.size
        assert note_line.baseline > page.height * 0.75  # at the foot of the page
        anchor = ("55/KH-UBND", "công tơ nước", "Danh mục")[number - 1]
        assert f"{anchor}{number}" in (page.extract_text() or "")  # its mark on the same page


def test_word_prints_a_cell_of_two_lines_on_two_lines(printed: dict[str, Any]) -> None:
    pdf = printed["footnotes"]
    lines = [line for page in pdf.pages for line in text_lines(page)]
    first = next(line for line in lines if "Công tơ điện" in line.text)
    second = next(line for line in lines if "công tơ nước" in line.text)
    assert 0 < second.baseline - first.baseline < 25 and abs(second.x0 - first.x0) < 2
