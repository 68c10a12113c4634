"""Indicator tables with computed figures (format v3 `compute`), as the model and as dicts."""

from __future__ import annotations

from typing import Any

from lanson_report.domain.model import Cell, Column, Compute, ComputedColumn, Run, Table

HEADER = [
    "TT",
    "Chỉ tiêu",
    "Đơn vị tính",
    "Thực hiện năm trước",
    "Kế hoạch năm",
    "Thực hiện",
    "So với kế hoạch (%)",
    "Tăng, giảm so với cùng kỳ (%)",
]
RULES = [
    {"column": 6, "op": "ratio", "of": [5, 4], "decimals": 1},
    {"column": 7, "op": "growth", "of": [5, 3], "decimals": 1},
]
# The golden table: a "Trong đó" row (2), a zero base (3), a missing plan and a negative
# growth (4), a ratio on the 0,05 boundary (5), and a total whose ratio of sums (79,2)
# is not the average of the rows' ratios.
BODY = [
    ["1", "Thu ngân sách", "Tỷ đồng", "100", "200", "150"],
    ["", "Trong đó: thu nội địa", "Tỷ đồng", "50", "80", "60"],
    ["2", "Thu khác", "Tỷ đồng", "0", "50", "10"],
    ["3", "Vốn đầu tư", "Tỷ đồng", "40", "", "38"],
    ["4", "Phí, lệ phí", "Tỷ đồng", "1.000,5", "2.000", "2.001"],
    ["", "Tổng cộng", "", "", "", ""],
]
TOTAL_ROW = 6
PART_ROW = 2
EXPECTED = [
    ["75,0", "50,0"],
    ["75,0", "20,0"],
    ["20,0", "-"],
    ["-", "-5,0"],
    ["100,1", "100,0"],
    ["97,7", "92,8"],
]
EXPECTED_TOTALS = ["1.140,5", "2.250", "2.199"]


def rows_dict(body: list[list[str]] | None = None) -> list[list[Any]]:
    return [list(HEADER), *[[*row, "", ""] for row in (body or BODY)]]


def table_dict(body: list[list[str]] | None = None, **changes: Any) -> dict[str, Any]:
    rows = rows_dict(body)
    out: dict[str, Any] = {
        "kind": "table",
        "caption": "Bảng 1. Kết quả thực hiện các chỉ tiêu",
        "columns": [
            {"width": 1, "align": "center"},
            {"width": 5},
            {"width": 2, "align": "center"},
            *[{"width": 2, "align": "right"} for _ in range(5)],
        ],
        "header_rows": 1,
        "rows": rows,
        "compute": {
            "columns": [dict(rule) for rule in RULES],
            "total_rows": [len(rows) - 1],
            "part_rows": [PART_ROW],
        },
    }
    out.update(changes)
    return out


def table(body: list[list[str]] | None = None) -> Table:
    rows = rows_dict(body)

    def cell(text: str) -> Cell:
        return Cell([Run(text)] if text else [])

    return Table(
        columns=[Column() for _ in HEADER],
        rows=[[cell(text) for text in row] for row in rows],
        compute=Compute(
            columns=[ComputedColumn(**rule) for rule in RULES],  # type: ignore[arg-type]
            total_rows=[len(rows) - 1],
            part_rows=[PART_ROW],
        ),
    )


def texts(table: Table, columns: list[int]) -> list[list[str]]:
    return [
        [(row[c].text if row[c] is not None else "") for c in columns]  # type: ignore[union-attr]
        for row in table.rows[table.header_rows :]
    ]
