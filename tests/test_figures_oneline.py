"""A number never breaks inside itself: `125.400` prints on one line, never `125.4` / `00`,
in the PDF and in the DOCX as LibreOffice lays it out."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import drafts
import pytest
from docxutil import convert, docx_bytes
from pdfutil import open_pdf, render

from lanson_report.domain.errors import ExportError
from lanson_report.domain.tables import numbers
from lanson_report.files import draftfile
from lanson_report.pdf import render_pdf_bytes

HEADER = ["TT", "Chỉ tiêu", "Đơn vị tính", "Cùng kỳ năm trước", "Kế hoạch năm", "Thực hiện",
          "So với kế hoạch (%)", "So với cùng kỳ (%)"]  # fmt: skip
# The built-in outlines' indicator table: 1 : 6 : 2 : 2 … across the portrait text width
BODY = [
    ["1", "Tổng vốn đầu tư phát triển", "Triệu đồng", "1.125.400", "1.250.000", "1.305.250,5"],
    ["2", "Số doanh nghiệp khoa học và công nghệ", "Doanh nghiệp", "12", "15", "125.400"],
    ["3", "Kinh phí sự nghiệp", "Triệu đồng", "-12.345,5", "200", "62,5 %"],
    ["200", "Phương tiện đo được kiểm định", "Chiếc", "7.500", "8.000", "7.980"],
]


def indicator_table(size: int = 13, label_width: float = 6) -> dict[str, Any]:
    rows = [HEADER, *[[*row, "", ""] for row in BODY], ["", "Tổng cộng", "", "", "", "", "", ""]]
    return {
        "kind": "table",
        "caption": "Bảng 1. Kết quả thực hiện các chỉ tiêu chủ yếu",
        "columns": [
            {"width": 1, "align": "center"},
            {"width": label_width},
            {"width": 2, "align": "center"},
            *[{"width": 2, "align": "right"} for _ in range(5)],
        ],
        "rows": rows,
        "size": size,
        "compute": {
            "columns": [
                {"column": 6, "op": "ratio", "of": [5, 4]},
                {"column": 7, "op": "ratio", "of": [5, 3]},
            ],
            "total_rows": [len(rows) - 1],
        },
    }


def _draft(table: dict[str, Any]) -> dict[str, Any]:
    raw = drafts.minimal(format_version=3)
    raw["sections"][0]["blocks"].append(table)
    return raw


def _cell_lines(page: Any) -> list[tuple[str, int, float]]:
    """(text, lines, size) of every body cell of the 8-column table on a page."""
    (found,) = [t for t in page.find_tables() if len(t.rows[0].cells) == 8]
    out = []
    for row in found.rows[1:]:
        for box in row.cells:
            chars = page.crop(box).chars if box else []
            lines: dict[int, list[dict[str, Any]]] = defaultdict(list)
            for char in chars:
                lines[round(char["top"])].append(char)
            text = " ".join(
                "".join(c["text"] for c in sorted(line, key=lambda c: c["x0"])).strip()
                for _, line in sorted(lines.items())
            )
            size = max((c["size"] for c in chars), default=0.0)
            out.append((" ".join(text.split()), len(lines), size))
    return out


def _numbers_on_one_line(pdf: bytes) -> list[tuple[str, int, float]]:
    cells = [cell for page in open_pdf(pdf).pages for cell in _cell_lines(page)]
    # a number cut in two reads "125.4 00": its characters, spaces aside, are still a number
    figures = [cell for cell in cells if numbers.read(cell[0].replace(" ", "")).is_number]
    assert len(figures) >= 29  # every figure of the table was found, totals included
    return figures


def test_the_numbers_of_a_narrow_indicator_table_print_on_one_line_in_the_pdf() -> None:
    figures = _numbers_on_one_line(render(_draft(indicator_table())))
    broken = [text for text, lines, _ in figures if lines != 1]
    assert broken == []
    assert {"1.305.250,5", "125.400", "200", "-12.345,5", "62,5 %"} <= {t for t, _, _ in figures}
    assert {round(size) for _, _, size in figures} == {13}  # room came from "Chỉ tiêu"


def test_a_table_whose_text_columns_cannot_give_enough_prints_smaller() -> None:
    figures = _numbers_on_one_line(render(_draft(indicator_table(label_width=2))))
    assert [text for text, lines, _ in figures if lines != 1] == []
    sizes = {round(size) for _, _, size in figures}
    assert len(sizes) == 1 and 11 <= sizes.pop() < 13


def test_a_table_that_cannot_hold_its_numbers_even_at_11_pt_is_refused_with_its_place() -> None:
    table = indicator_table()
    table["columns"] = [{"width": 1} for _ in range(20)]
    table["rows"] = [[f"{n}.{n:03d}.{n:03d}" for n in range(100, 120)] for _ in range(3)]
    table.pop("compute")
    with pytest.raises(ExportError, match=r"sections\[0\]\.blocks\[1\]: cột \d+ của bảng không "):
        render_pdf_bytes(draftfile.from_dict(_draft(table)))


def test_the_docx_as_libreoffice_prints_it_keeps_every_number_on_one_line() -> None:
    pdf = convert({"narrow": docx_bytes(_draft(indicator_table()))})["narrow"]
    figures = _numbers_on_one_line(pdf)
    assert [text for text, lines, _ in figures if lines != 1] == []


def test_a_run_of_hundreds_of_digits_is_no_figure_and_wraps_as_text() -> None:
    table = indicator_table()
    table["rows"][1][5] = "1" * 400  # pasted by mistake: printed, wrapped, never refused
    pdf = render(_draft(table))
    assert sum(page.extract_text().count("1") for page in open_pdf(pdf).pages) >= 400
