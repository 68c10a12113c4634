"""Table limits: the draft file refuses what the editor could not make, naming the path."""

from __future__ import annotations

import re
from typing import Any

import drafts
import pytest

from lanson_report.domain.errors import DraftFormatError
from lanson_report.domain.tables.tablelimits import (
    MAX_CELL_TEXT,
    MAX_COLUMNS,
    MAX_ROWS,
    size_problem,
)
from lanson_report.files import draftfile


def _with_table(rows: list[list[Any]], columns: int) -> dict[str, Any]:
    raw = drafts.minimal(format_version=2)
    table = {"kind": "table", "columns": [{"width": 1}] * columns, "rows": rows}
    raw["sections"][0]["blocks"].append(table)
    return raw


@pytest.mark.parametrize(
    ("rows", "columns", "message"),
    [
        ([[""]] * (MAX_ROWS + 1), 1, f"nhiều nhất {MAX_ROWS} hàng"),
        ([[""] * (MAX_COLUMNS + 1)], MAX_COLUMNS + 1, f"nhiều nhất {MAX_COLUMNS} cột"),
        ([["x" * (MAX_CELL_TEXT + 1)]], 1, "rows[0][0]: ô có"),
        ([[{"text": "x" * (MAX_CELL_TEXT + 1)}]], 1, "rows[0][0].text: ô có"),
    ],
)
def test_a_table_past_the_limits_is_refused(rows: list[Any], columns: int, message: str) -> None:
    with pytest.raises(DraftFormatError, match=re.escape(message)):
        draftfile.from_dict(_with_table(rows, columns))


def test_a_table_at_the_limits_loads() -> None:
    raw = _with_table([["x" * MAX_CELL_TEXT] + [""] * (MAX_COLUMNS - 1)] * 3, MAX_COLUMNS)
    assert draftfile.from_dict(raw).sections[0].blocks[-1].rows[0][0] is not None  # type: ignore[union-attr]


def test_a_wide_and_long_table_is_counted_by_its_cells() -> None:
    assert size_problem(MAX_ROWS, MAX_COLUMNS) == "bảng có 60.000 ô, nhiều nhất 20.000 ô"
    assert size_problem(600, MAX_COLUMNS) == ""
