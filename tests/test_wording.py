"""The sentence about a row, from its computed figures."""

from __future__ import annotations

import figuresamples as samples
import pytest

from lanson_report.domain.tables import figureedit, figures, wording


@pytest.mark.parametrize(
    ("row", "text"),
    [
        (1, "Thu ngân sách thực hiện 150 tỷ đồng, đạt 75,0 % kế hoạch, "
            "tăng 50,0 % so với cùng kỳ."),
        (2, "Trong đó, thu nội địa thực hiện 60 tỷ đồng, đạt 75,0 % kế hoạch, "
            "tăng 20,0 % so với cùng kỳ."),
        (3, "Thu khác thực hiện 10 tỷ đồng, đạt 20,0 % kế hoạch."),  # no base: no growth
        (4, "Vốn đầu tư thực hiện 38 tỷ đồng, giảm 5,0 % so với cùng kỳ."),
        (6, "Tổng cộng thực hiện 2.199 tỷ đồng, đạt 97,7 % kế hoạch, "  # the rows' one unit
            "tăng 92,8 % so với cùng kỳ."),
    ],
)  # fmt: skip
def test_the_sentence_of_a_row(row: int, text: str) -> None:
    table = samples.table()
    figures.recompute(table)
    assert wording.sentence(table, row) == text


def test_the_index_style_says_bang_and_a_row_without_figures_says_nothing() -> None:
    table = samples.table()
    figureedit.set_column_rule(table, 7, "ratio", [5, 3], 1)
    assert wording.sentence(table, 1).endswith("đạt 75,0 % kế hoạch, bằng 150,0 % so với cùng kỳ.")
    figureedit.set_column_rule(table, 6, None, [])
    figureedit.set_column_rule(table, 7, None, [])
    assert wording.sentence(table, 1) == ""
