"""Computed figures: totals leave out "Trong đó" rows, a total's ratio is a ratio of sums,
a zero or missing base prints "-", and a typed figure that disagrees is kept and listed."""

from __future__ import annotations

from decimal import Decimal

import figuresamples as samples
from hypothesis import given, settings
from hypothesis import strategies as st

from lanson_report.domain.model import Run
from lanson_report.domain.tables import figureedit, figures, numbers, tableops


def test_the_golden_table() -> None:
    table = samples.table()
    assert figures.recompute(table) == []
    assert samples.texts(table, [6, 7]) == samples.EXPECTED
    total = table.rows[samples.TOTAL_ROW]
    assert [total[c].text for c in (3, 4, 5)] == samples.EXPECTED_TOTALS  # type: ignore[union-attr]


def test_a_total_is_a_ratio_of_sums_not_an_average_of_ratios() -> None:
    table = samples.table()
    figures.recompute(table)
    ratios = [numbers.value_of(row[0]) for row in samples.EXPECTED[:5]]
    items = [r for i, r in enumerate(ratios) if i != 1 and r is not None]  # not "Trong đó"
    average = numbers.write(sum(items, Decimal(0)) / len(items), 1)
    total_ratio = table.rows[samples.TOTAL_ROW][6].text  # type: ignore[union-attr]
    assert total_ratio == "97,7" != average


def test_a_part_row_is_never_added() -> None:
    """Marked or only labelled "Trong đó …" (a clerk forgets the marking): never added."""
    table = samples.table()
    figures.recompute(table)
    marked = table.rows[samples.TOTAL_ROW][3].text  # type: ignore[union-attr]
    table.compute.part_rows = []  # type: ignore[union-attr]
    figures.recompute(table)
    assert table.rows[samples.TOTAL_ROW][3].text == marked == "1.140,5"  # type: ignore[union-attr]


def test_serial_numbers_are_never_added_whatever_their_header() -> None:
    for header in ("Thứ tự", ""):
        table = samples.table()
        table.rows[0][0].runs = [Run(header)] if header else []  # type: ignore[union-attr]
        figures.recompute(table)
        assert table.rows[samples.TOTAL_ROW][0].text == ""  # type: ignore[union-attr]
        assert 0 not in figures.summed_columns(table)


def test_an_edit_recomputes_the_cells_the_program_wrote() -> None:
    table = samples.table()
    figures.recompute(table)
    table.rows[1][5].runs = [Run("210")]  # type: ignore[union-attr]
    assert figures.recompute(table) == []
    assert table.rows[1][6].text == "105,0"  # type: ignore[union-attr]
    assert table.rows[samples.TOTAL_ROW][5].text == "2.259"  # type: ignore[union-attr]


def test_a_typed_figure_that_disagrees_is_kept_and_listed() -> None:
    body = [list(row) for row in samples.BODY]
    table = samples.table(body)
    table.rows[1][6].runs = [Run("80")]  # type: ignore[union-attr]
    found = figures.recompute(table)
    assert found == [figures.Mismatch(1, 6, "80", "75,0")]
    assert table.rows[1][6].text == "80"  # type: ignore[union-attr]
    assert figures.mismatches(table) == found
    figures.accept(table)
    assert table.rows[1][6].text == "75,0"  # type: ignore[union-attr]
    assert figures.mismatches(table) == []


def test_a_missing_or_dash_figure_is_left_out_of_a_sum() -> None:
    body = [list(row) for row in samples.BODY]
    body[0][5] = "-"
    table = samples.table(body)
    figures.recompute(table)
    assert table.rows[1][6].text == "-"  # type: ignore[union-attr]
    assert table.rows[samples.TOTAL_ROW][5].text == "2.049"  # type: ignore[union-attr]


def test_which_cells_are_computed() -> None:
    table = samples.table()
    assert figures.is_computed(table, 1, 6)
    assert figures.is_computed(table, samples.TOTAL_ROW, 3)
    assert not figures.is_computed(table, samples.TOTAL_ROW, 1)  # the label "Tổng cộng"
    assert not figures.is_computed(table, samples.TOTAL_ROW, 0)  # TT is no figure
    assert not figures.is_computed(table, 1, 5)
    assert not figures.is_computed(table, 0, 6)  # the header
    assert figures.label_column(table) == 1
    assert figures.header_text(table, 6) == "So với kế hoạch (%)"


figure = st.decimals(min_value=-(10**9), max_value=10**9, places=2, allow_nan=False)


@settings(max_examples=60, deadline=None, database=None, derandomize=True)
@given(st.lists(st.tuples(figure, figure, st.booleans()), min_size=1, max_size=12))
def test_a_total_equals_the_sum_of_its_items(items: list[tuple[Decimal, Decimal, bool]]) -> None:
    body = [
        [
            "",
            "Trong đó" if part else f"Chỉ tiêu {n}",
            "",
            "",
            numbers.write(a, 2),
            numbers.write(b, 2),
        ]
        for n, (a, b, part) in enumerate(items)
    ]
    body.append(["", "Tổng cộng", "", "", "", ""])
    table = samples.table(body)
    table.compute.part_rows = [n + 1 for n, item in enumerate(items) if item[2]]  # type: ignore[union-attr]
    figures.recompute(table)
    kept = [item for item in items if not item[2]]
    total = table.rows[-1]
    for column, index in ((4, 0), (5, 1)):
        want = numbers.write(sum((item[index] for item in kept), Decimal(0)), 2) if kept else ""
        assert total[column].text == want  # type: ignore[union-attr]
    plan, done = (sum((item[i] for item in kept), Decimal(0)) for i in (0, 1))
    ratio = "-" if not kept or plan == 0 else numbers.write(done / plan * 100, 1)
    assert total[6].text == ratio  # type: ignore[union-attr]


def test_marking_a_row_total_makes_its_figures_sums() -> None:
    table = samples.table()
    figureedit.set_row_kind(table, samples.TOTAL_ROW, "item")
    table.rows[samples.TOTAL_ROW][5].runs = [Run("9")]  # type: ignore[union-attr]
    figureedit.set_row_kind(table, samples.TOTAL_ROW, "total")
    assert table.rows[samples.TOTAL_ROW][5].text == "2.199"  # type: ignore[union-attr]
    figureedit.set_row_kind(table, 4, "part")
    assert table.compute.part_rows == [2, 4]  # type: ignore[union-attr]
    assert table.rows[samples.TOTAL_ROW][5].text == "2.161"  # type: ignore[union-attr]


def test_marking_a_column_computed_and_back() -> None:
    table = samples.table()
    figures.recompute(table)
    figureedit.set_column_rule(table, 7, "difference", [5, 3])
    assert table.rows[1][7].text == "50"  # type: ignore[union-attr]
    figureedit.set_column_rule(table, 7, None, [])
    assert not figures.is_computed(table, 1, 7)
    # typed again: the computed figures go, never left behind as if the clerk had typed them
    assert [row[7].text for row in table.rows[1:]] == [""] * 6  # type: ignore[union-attr]
    assert figures.mismatches(table) == []


def test_a_sum_or_difference_keeps_the_decimals_of_what_it_adds() -> None:
    table = samples.table()
    table.rows[1][3].runs = [Run("1,5")]  # type: ignore[union-attr]
    table.rows[1][4].runs = [Run("2,25")]  # type: ignore[union-attr]
    figureedit.set_column_rule(table, 7, "sum", [3, 4])
    assert table.rows[1][7].text == "3,75"  # type: ignore[union-attr]  # never 4
    figureedit.set_column_rule(table, 7, "difference", [4, 3])
    assert table.rows[1][7].text == "0,75"  # type: ignore[union-attr]
    figureedit.set_column_rule(table, 7, "sum", [3, 4], decimals=0)  # asked for: rounded
    assert table.rows[1][7].text == "4"  # type: ignore[union-attr]
    table.rows[2][3].runs = [Run("100")]  # type: ignore[union-attr]
    table.rows[2][4].runs = [Run("20")]  # type: ignore[union-attr]
    figureedit.set_column_rule(table, 7, "sum", [3, 4])
    assert table.rows[2][7].text == "120", "whole numbers add up to a whole number"


def test_a_total_row_made_a_normal_row_again_loses_its_sums_keeps_what_was_typed() -> None:
    table = samples.table()
    figures.recompute(table)
    total = table.rows[samples.TOTAL_ROW]
    total[7].runs = [Run("93")]  # type: ignore[union-attr]  # typed over a computed cell: kept
    figures.recompute(table)
    figureedit.set_row_kind(table, samples.TOTAL_ROW, "item")
    assert [total[c].text for c in range(8)] == ["", "Tổng cộng", "", "", "", "", "-", "93"]  # type: ignore[union-attr]
    assert figures.mismatches(table) == [figures.Mismatch(samples.TOTAL_ROW, 7, "93", "-")]


def test_changing_a_computed_columns_operands_or_op_leaves_no_stale_figures() -> None:
    table = samples.table()
    figures.recompute(table)
    figureedit.set_column_rule(table, 7, "previous", [5])  # filled when carried, not computed
    assert [row[7].text for row in table.rows[1:]] == [""] * 6  # type: ignore[union-attr]
    figureedit.set_column_rule(table, 6, "difference", [5, 4])
    assert table.rows[1][6].text == "-50"  # type: ignore[union-attr]
    figureedit.set_column_rule(table, 6, "sum", [3, 4, 5])
    assert table.rows[1][6].text == "450"  # type: ignore[union-attr]
    assert figures.mismatches(table) == []


def test_fewer_header_rows_or_more_leave_no_stale_figures() -> None:
    table = samples.table()
    figures.recompute(table)
    table.header_rows = 2  # the first item row becomes a header: its ratios are not computed
    figures.recompute(table)
    assert [table.rows[1][c].text for c in (6, 7)] == ["", ""]  # type: ignore[union-attr]


def test_rows_and_columns_inserted_removed_or_moved_keep_the_rules() -> None:
    table = figures_table = samples.table()
    figures.recompute(figures_table)
    table = tableops.insert_row(table, 1)
    assert table.compute.total_rows == [samples.TOTAL_ROW + 1]  # type: ignore[union-attr]
    assert table.compute.part_rows == [samples.PART_ROW + 1]  # type: ignore[union-attr]
    table = tableops.insert_column(table, 3)
    assert [(r.column, r.of) for r in table.compute.columns] == [(7, [6, 5]), (8, [6, 4])]  # type: ignore[union-attr]
    table = tableops.remove_column(table, 5)  # "Kế hoạch năm": the ratio to the plan goes
    assert [(r.column, r.of) for r in table.compute.columns] == [(7, [5, 4])]  # type: ignore[union-attr]
    table = tableops.move_row(table, 3, -1)
    assert table.compute.part_rows == [2]  # type: ignore[union-attr]
    assert figures.recompute(table) == []  # what the program wrote still follows


def test_a_total_row_never_adds_up_a_column_of_rates() -> None:
    table = samples.table()
    figures.recompute(table)
    figureedit.set_column_rule(table, 7, None, [])  # typed again: "Tăng, giảm … (%)"
    for row, text in ((1, "5,0"), (3, "2,0"), (4, "1,0"), (5, "3,0")):
        table.rows[row][7].runs = [Run(text)]  # type: ignore[union-attr]
    figures.recompute(table)
    assert not figures.is_computed(table, samples.TOTAL_ROW, 7)
    assert table.rows[samples.TOTAL_ROW][7].text == ""  # never 11,0; the old growth gone too


texts = st.one_of(
    st.sampled_from(["", "-", "0", "1.234", "8.5", "62,5%", "1.000,25", "x", "−3"]),
    st.text(alphabet="0123456789.,-% ", max_size=12),
)


@settings(max_examples=60, deadline=None, database=None, derandomize=True)
@given(st.lists(st.lists(texts, min_size=6, max_size=6), min_size=1, max_size=8), st.data())
def test_any_cells_compute_without_error_and_agree_or_are_listed(
    body: list[list[str]], data: st.DataObject
) -> None:
    table = samples.table(body)
    rows = len(table.rows)
    drawn = data.draw(st.lists(st.integers(1, rows - 1), max_size=2, unique=True))
    table.compute.part_rows = [row for row in drawn if row != rows - 1]  # type: ignore[union-attr]
    found = figures.recompute(table)
    listed = {(m.row, m.column) for m in found}
    for (row, column), text in figures.expected(table).items():
        cell = table.rows[row][column]
        assert cell is not None and (cell.text == text or (row, column) in listed)
    figures.notes(table)  # every note can be worded


def test_a_totals_percentage_over_unlike_sums_is_pointed_out() -> None:
    """The sample's "Vốn đầu tư" has a result but no plan: the total's "So với kế hoạch"
    divides a sum that holds it by one that does not; said once, naming the row."""
    table = samples.table()
    figures.recompute(table)
    notes = [m for r, c, m in figures.notes(table) if (r, c) == (samples.TOTAL_ROW, 6)]
    assert len(notes) == 1
    assert "so hai tổng không gồm cùng các hàng: hàng “Vốn đầu tư”" in notes[0]
    table.rows[4][4].runs = [Run("40")]  # type: ignore[union-attr]  # its plan written
    figures.recompute(table)
    assert not [m for r, c, m in figures.notes(table) if (r, c) == (samples.TOTAL_ROW, 6)]
