"""Tables in the PDF, measured: cells read back, headers repeat, nothing crosses a margin."""

from __future__ import annotations

import itertools
from typing import Any

import pytest
import tablesamples as ts
from docxutil import docx_bytes
from pdfpages import line_containing, line_starting, outside_margins, tables
from pdfutil import MM, open_pdf, render, text_lines

from lanson_report.domain.errors import ExportError

TEXT_LEFT, TEXT_RIGHT = 30 * MM, (210 - 15) * MM


def _all_tables(pdf: Any) -> list[list[list[str]]]:
    return [found for page in pdf.pages for found in tables(page)]


def test_every_table_of_the_example_reads_back_cell_for_cell() -> None:
    raw = ts.example()
    body_table = raw["sections"][1]["blocks"][4]
    appendix_table = raw["appendices"][0]["blocks"][0]
    found = _all_tables(open_pdf(render(raw)))
    assert found == [ts.expected_grid(body_table), ts.expected_grid(appendix_table)]


def test_header_rows_open_every_page_a_long_table_continues_on() -> None:
    table = ts.two_header_table(120)
    pdf = open_pdf(render(ts.with_tables([table])))
    expected = ts.expected_grid(table)
    header, body = expected[:2], expected[2:]
    pieces = _all_tables(pdf)
    assert len(pieces) >= 3, "120 rows should run over at least three pages"
    for piece in pieces:
        assert piece[:2] == header
    assert [row for piece in pieces for row in piece[2:]] == body  # none lost, none twice


def test_header_bold_and_centred_numbers_aligned_right() -> None:
    table = ts.two_header_table(3)
    page = open_pdf(render(ts.with_tables([table]))).pages[0]
    (found,) = page.find_tables()
    header = line_starting(page, "Số lượng")
    assert header.font == "LiberationSerif-Bold"
    cell = found.rows[0].cells[2]  # spans the two Số lượng columns
    left, right = cell[0], found.rows[1].cells[3][2]
    assert abs(header.centre - (left + right) / 2) < 1
    number = line_starting(page, "3.025")
    assert number.font == "LiberationSerif"
    number_cell = found.rows[-1].cells[3]
    assert 2 < number_cell[2] - number.x1 < 4.5  # flush right, inside the padding


def test_caption_above_centred_unit_right_note_below_in_italic_12() -> None:
    table = ts.two_header_table(3, size=11)
    page = open_pdf(render(ts.with_tables([table]))).pages[0]
    (found,) = page.find_tables()
    top, bottom = found.bbox[1], found.bbox[3]
    caption = line_starting(page, "Bảng 1. Kết quả kiểm định")
    unit = line_starting(page, "Đơn vị tính: chiếc")
    note = line_starting(page, "Nguồn:")
    assert caption.font == "LiberationSerif-Bold"
    assert abs(caption.centre - (TEXT_LEFT + TEXT_RIGHT) / 2) < 1
    assert caption.baseline < unit.baseline < top
    assert unit.font == "LiberationSerif-Italic"
    assert abs(unit.x1 - TEXT_RIGHT) < 1
    assert note.font == "LiberationSerif-Italic" and note.size == 12
    assert note.baseline > bottom
    assert line_containing(page, "Phương tiện đo số 2").size == 11


def test_grid_fills_the_text_width_by_relative_widths() -> None:
    table = ts.two_header_table(3)
    page = open_pdf(render(ts.with_tables([table]))).pages[0]
    (found,) = page.find_tables()
    xs = sorted(
        {round(cell[0], 1) for row in found.rows for cell in row.cells if cell}
        | {round(found.bbox[2], 1)}
    )
    assert xs[0] == pytest.approx(TEXT_LEFT, abs=0.5)
    assert xs[-1] == pytest.approx(TEXT_RIGHT, abs=0.5)
    widths = [b - a for a, b in itertools.pairwise(xs)]
    unit = (TEXT_RIGHT - TEXT_LEFT) / 11
    assert widths == pytest.approx([unit, 6 * unit, 2 * unit, 2 * unit], abs=0.5)


def _unbreakable(rows: int = 4) -> dict[str, Any]:
    return {
        "kind": "table",
        "columns": [{"width": 2}, {"width": 2}, {"width": 6}],
        "header_rows": 1,
        "rows": [["TT", "Địa chỉ", "Nội dung"]]
        + [[ts.LONG_WORD, ts.URL, f"Dòng {n} {ts.LONG_WORD}"] for n in range(rows)],
    }


@pytest.mark.parametrize("orientation", ["portrait", "landscape"])
def test_nothing_crosses_a_margin_even_a_300_letter_word(orientation: str) -> None:
    table = _unbreakable()
    raw = ts.with_tables([table], [ts.appendix([_unbreakable()], orientation)])
    pdf = open_pdf(render(raw))
    assert any(page.width > page.height for page in pdf.pages) == (orientation == "landscape")
    for page in pdf.pages:
        assert outside_margins(page) == [], f"page {page.page_number}"
    cells = ["".join(cell.split()) for found in _all_tables(pdf) for row in found for cell in row]
    assert sum(cell.count(ts.LONG_WORD) for cell in cells) == 2 * 4 * 2  # cut, never lost
    assert cells.count(ts.URL) == 2 * 4


def test_a_row_taller_than_a_page_is_split_inside() -> None:
    long_text = " ".join(f"câu{n} dài của ô rất cao" for n in range(750))
    table = {
        "kind": "table",
        "columns": [{"width": 1}, {"width": 5}],
        "header_rows": 1,
        "rows": [["TT", "Nội dung"], ["1", long_text], ["2", "hàng sau"]],
    }
    pdf = open_pdf(render(ts.with_tables([table])))
    pieces = _all_tables(pdf)
    assert len(pieces) >= 2
    assert all(piece[0] == ["TT", "Nội dung"] for piece in pieces)
    printed = " ".join(cell for piece in pieces for row in piece[1:] for cell in row)
    assert "câu0 " in printed and "câu749 dài của ô rất cao" in printed
    assert pieces[-1][-1] == ["2", "hàng sau"]
    for page in pdf.pages:
        assert outside_margins(page) == [], f"page {page.page_number}"


def test_tables_print_only_the_bundled_fonts() -> None:
    raw = ts.with_tables(
        [ts.two_header_table(3), {"kind": "table", "columns": [{"width": 1}], "rows": [[""]]}]
    )
    pdf = open_pdf(render(raw))
    fonts = {c["fontname"].split("+")[-1] for page in pdf.pages for c in page.chars}
    assert fonts <= {
        "LiberationSerif",
        "LiberationSerif-Bold",
        "LiberationSerif-Italic",
        "LiberationSerif-BoldItalic",
    }
    assert all("Helvetica" not in str(page.page_obj.resources) for page in pdf.pages)


def test_markup_in_a_cell_prints_as_typed() -> None:
    typed = "a<b> & <i>c</i>"
    table = {
        "kind": "table",
        "columns": [{"width": 1}] * 2,
        "header_rows": 0,
        "rows": [[typed, "&amp;"]],
    }
    page = open_pdf(render(ts.with_tables([table]))).pages[0]
    assert tables(page) == [[[typed, "&amp;"]]]
    assert any(line.text == typed for line in text_lines(page))


def test_a_table_without_rows_prints_its_caption_and_no_grid() -> None:
    table = {
        "kind": "table",
        "caption": "Bảng 2. Chưa có số liệu",
        "columns": [{"width": 1}],
        "rows": [],
    }
    page = open_pdf(render(ts.with_tables([table]))).pages[0]
    assert line_starting(page, "Bảng 2. Chưa có số liệu")
    assert tables(page) == [] and page.rects == []


def test_a_column_too_narrow_for_a_letter_is_refused_with_its_place() -> None:
    table = {"kind": "table", "columns": [{"width": 1}] * 30, "rows": [["x"] * 30]}
    with pytest.raises(ExportError, match=r"sections\[0\]\.blocks\[1\]: cột 1 của bảng chỉ rộng"):
        render(ts.with_tables([table]))
    with pytest.raises(ExportError, match=r"sections\[0\]\.blocks\[1\]"):
        docx_bytes(ts.with_tables([table]))
    wide = ts.with_tables([], [ts.appendix([table], "landscape")])
    assert open_pdf(render(wide)).pages[-1].width > 800  # 30 columns fit on a landscape page


def test_header_rows_taller_than_half_a_page_are_refused() -> None:
    tall = " ".join(["tiêu đề rất dài"] * 200)
    table = {"kind": "table", "columns": [{"width": 1}], "header_rows": 1, "rows": [[tall], ["1"]]}
    with pytest.raises(ExportError, match=r"sections\[0\]\.blocks\[1\]: các hàng tiêu đề"):
        render(ts.with_tables([table]))


@pytest.mark.parametrize("rows", [20, 22, 24])
def test_a_body_ending_with_a_table_keeps_its_last_row_with_the_signature(rows: int) -> None:
    table = ts.two_header_table(rows) | {"note": ""}
    pdf = open_pdf(render(ts.with_tables([table], closing="")))
    signed = [page for page in pdf.pages if "Hoàng Văn Minh" in page.extract_text()]
    (found,) = tables(signed[0])
    assert len(found) >= 3  # the header rows and at least the last row
    expected = ts.expected_grid(table)
    pieces = _all_tables(pdf)
    assert [row for piece in pieces for row in piece[2:]] == expected[2:]


def test_tables_back_to_back_stay_two_ruled_tables() -> None:
    bare = {
        "kind": "table",
        "columns": [{"width": 1}, {"width": 3}],
        "rows": [["a", "b"], ["c", "d"]],
    }
    second = bare | {"rows": [["x", "y"], ["1", "2"]]}
    pdf = open_pdf(render(ts.with_tables([bare, second])))
    assert _all_tables(pdf) == [[["a", "b"], ["c", "d"]], [["x", "y"], ["1", "2"]]]
