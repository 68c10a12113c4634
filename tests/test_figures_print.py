"""A computed table prints the same figures in the PDF and the DOCX, flush right."""

from __future__ import annotations

from typing import Any

import drafts
import figuresamples as samples
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docxutil import docx_bytes, open_docx
from pdfpages import tables
from pdfutil import open_pdf, render


def _draft() -> dict[str, Any]:
    raw = drafts.minimal(format_version=3)
    raw["sections"][0]["blocks"].append(samples.table_dict())
    return raw


def _docx_table(raw: dict[str, Any]) -> Any:
    """The indicator table (the header and signature are layout tables of their own)."""
    (table,) = [t for t in open_docx(docx_bytes(raw)).tables if len(t.columns) == 8]
    return table


def _docx_grid(raw: dict[str, Any]) -> list[list[str]]:
    table = _docx_table(raw)
    return [[" ".join(cell.text.split()) for cell in row.cells] for row in table.rows]


def test_the_pdf_and_the_docx_print_the_same_computed_figures() -> None:
    raw = _draft()
    pdf_grid = [
        row for page in open_pdf(render(raw)).pages for found in tables(page) for row in found
    ]
    docx_grid = _docx_grid(raw)
    assert ["\t".join(row) for row in pdf_grid] == ["\t".join(row) for row in docx_grid]
    body = [row[6:] for row in pdf_grid[1:]]
    assert body == samples.EXPECTED
    assert pdf_grid[-1][3:6] == samples.EXPECTED_TOTALS


def test_figures_print_flush_right_and_the_total_row_bold() -> None:
    raw = _draft()
    page = open_pdf(render(raw)).pages[0]
    (found,) = page.find_tables()
    for row, column in ((-1, 3), (1, 6), (3, 7)):  # a total, a ratio, a "-"
        x0, top, x1, bottom = found.rows[row].cells[column]
        chars = page.crop((x0, top, x1, bottom)).chars
        assert chars and 2 < x1 - max(char["x1"] for char in chars) < 4.5
    total = page.crop(found.rows[-1].cells[3]).chars
    assert {char["fontname"].split("+")[-1] for char in total} == {"LiberationSerif-Bold"}
    table = _docx_table(raw)
    row = table.rows[1]
    assert row.cells[6].paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.RIGHT
    assert row.cells[1].paragraphs[0].alignment != WD_ALIGN_PARAGRAPH.RIGHT
    label = table.rows[-1].cells[1].paragraphs[0].runs[0]
    assert label.bold and label.text == "Tổng cộng"


def test_a_figure_column_set_left_still_prints_right_when_the_table_computes() -> None:
    table = samples.table_dict()
    for column in table["columns"][3:]:
        column.pop("align")
    raw = drafts.minimal(format_version=3)
    raw["sections"][0]["blocks"].append(table)
    docx_table = _docx_table(raw)
    assert docx_table.rows[1].cells[3].paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.RIGHT
