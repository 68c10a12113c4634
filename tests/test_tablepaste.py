"""Pasting a range from Excel or LibreOffice Calc, both clipboard flavours, new or old table."""

from __future__ import annotations

import pytest

from lanson_report.domain.model import Cell, Run, Table
from lanson_report.domain.tables import tablegrid
from lanson_report.domain.tables.tablelimits import MAX_COLUMNS, TableLimitError
from lanson_report.domain.tables.tableops import merge
from lanson_report.domain.tables.tablepaste import (
    PasteError,
    new_table,
    parse_clipboard,
    parse_html,
    parse_tsv,
    paste_into,
)

# What Excel puts on the clipboard for a 3x3 range whose B2 holds two lines (Alt+Enter).
EXCEL_TSV = 'TT\tXã\tDiện tích\r\n1\t"Tân\r\nThanh"\t1.025\r\n2\tHoàng Đồng\t103,9%\r\n'
EXCEL_HTML = """<html xmlns:o="urn:schemas-microsoft-com:office:office">
<head><meta charset=utf-8><style><!--table {mso-displayed-decimal-separator:"\\,";}
.xl65 {mso-number-format:"\\#\\,\\#\\#0";}--></style></head><body link="#0563C1">
<!--StartFragment-->
<table border=0 cellpadding=0 cellspacing=0 width=256 style='border-collapse: collapse'>
 <col width=64 span=4 style='width:48pt'>
 <tr height=20 style='height:15.0pt'>
  <td rowspan=2 height=40 class=xl66 width=64>TT</td>
  <td colspan=2 class=xl67 width=128 style='border-left:none'>Số&nbsp;lượng</td>
  <td rowspan=2 class=xl66>Tỷ lệ</td>
 </tr>
 <tr height=20 style='height:15.0pt'>
  <td class=xl65>Kế
  hoạch</td>
  <td class=xl65>Thực hiện</td>
 </tr>
 <tr height=40 style='height:30.0pt'>
  <td height=40 class=xl65 align=right>1</td>
  <td class=xl68 align=right style='mso-data-placement:same-cell'>7.500<br>(dự kiến)</td>
  <td class=xl65 align=right>1.025</td>
  <td class=xl69 align=right>103,9%</td>
 </tr>
<!--EndFragment-->
</table></body></html>"""


def texts(grid: list[list[Cell | None]]) -> list[list[str | None]]:
    return [[None if cell is None else cell.text for cell in row] for row in grid]


def test_excel_text_keeps_numbers_and_quoted_line_breaks() -> None:
    assert texts(parse_tsv(EXCEL_TSV)) == [
        ["TT", "Xã", "Diện tích"],
        ["1", "Tân\nThanh", "1.025"],
        ["2", "Hoàng Đồng", "103,9%"],
    ]


def test_text_with_quotes_tabs_empty_cells_and_ragged_rows() -> None:
    text = '"a ""b""\tc"\t\t"x"y\nlast\n'
    assert texts(parse_tsv(text)) == [['a "b"\tc', "", '"x"y'], ["last", "", ""]]


def test_libreoffice_text_ends_with_line_feed_only() -> None:
    assert texts(parse_tsv("1\t2\n3\t4\n")) == [["1", "2"], ["3", "4"]]
    assert parse_tsv("") == [] and parse_tsv("\n") == []


def test_excel_html_keeps_spans_line_breaks_and_ignores_styles() -> None:
    grid = parse_html(EXCEL_HTML)
    assert texts(grid) == [
        ["TT", "Số lượng", None, "Tỷ lệ"],
        [None, "Kế hoạch", "Thực hiện", None],
        ["1", "7.500\n(dự kiến)", "1.025", "103,9%"],
    ]
    first, amount = grid[0][0], grid[0][1]
    assert first is not None and first.rowspan == 2 and first.colspan == 1
    assert amount is not None and amount.colspan == 2
    assert tablegrid.problems(grid, 4) == []


def test_libreoffice_html_with_th_and_nbsp() -> None:
    html = (
        "<table><tbody><tr><th>Tên</th><th>Số</th></tr>"
        "<tr><td>A&nbsp;&amp;&nbsp;B</td><td sdval='1025'>1.025</td></tr></tbody></table>"
    )
    assert texts(parse_html(html)) == [["Tên", "Số"], ["A & B", "1.025"]]


def test_clipboard_prefers_html_but_falls_back_to_text() -> None:
    assert texts(parse_clipboard(EXCEL_TSV, EXCEL_HTML))[0][1] == "Số lượng"
    assert texts(parse_clipboard("a\tb", "<p>not a table</p>")) == [["a", "b"]]
    assert texts(parse_clipboard("a\tb", "<table></table>")) == [["a", "b"]]


def test_new_table_from_a_range() -> None:
    table = new_table(parse_html(EXCEL_HTML), header_rows=2)
    assert len(table.columns) == 4 and table.header_rows == 2
    assert tablegrid.problems(table.rows, 4) == []


def test_paste_into_an_existing_table_grows_it() -> None:
    table = Table(rows=[[Cell([Run("x")])]])
    out = paste_into(table, parse_tsv("1\t2\n3\t4\n"), 1, 1)
    assert texts(out.rows) == [["x", "", ""], ["", "1", "2"], ["", "3", "4"]]
    assert len(out.columns) == 3 and tablegrid.problems(out.rows, 3) == []
    assert texts(table.rows) == [["x"]]  # the original is left alone


def test_paste_keeps_spans_of_the_range() -> None:
    table = Table(rows=[[Cell(), Cell()]])
    out = paste_into(table, parse_html(EXCEL_HTML), 0, 1)
    assert len(out.columns) == 5 and tablegrid.problems(out.rows, 5) == []


def test_paste_refuses_to_cut_a_merged_cell() -> None:
    table = merge(new_table(parse_tsv("a\tb\tc\nd\te\tf\n")), 0, 0, 1, 1)
    with pytest.raises(PasteError, match="hàng 1, cột 1"):
        paste_into(table, parse_tsv("1\n"), 1, 1)
    whole = paste_into(table, parse_tsv("1\t2\n3\t4\n"), 0, 0)  # covers it whole: replaced
    assert texts(whole.rows) == [["1", "2", "c"], ["3", "4", "f"]]


def test_paste_past_the_column_limit_is_refused() -> None:
    with pytest.raises(TableLimitError, match=f"nhiều nhất {MAX_COLUMNS} cột"):
        paste_into(Table(rows=[[Cell()]]), parse_tsv("a\tb\n"), 0, MAX_COLUMNS - 1)
    with pytest.raises(PasteError, match="không có vùng ô"):
        new_table([])
