"""Last year's figures carried forward into "cùng kỳ", by the app's intake and `new --from`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import drafts
import pdfutil
import pytest

from lanson_report.cli import cli
from lanson_report.domain.checks import missing
from lanson_report.domain.model import Draft, Period, Run, Table
from lanson_report.domain.tables.figures import recompute
from lanson_report.files import draftfile
from lanson_report.intake.newdraft import carry_figures, in_store, next_copy
from lanson_report.store import Store

HEADER = ["TT", "Chỉ tiêu", "Đơn vị tính", "Cùng kỳ năm trước", "Kế hoạch năm", "Thực hiện",
          "So với kế hoạch (%)", "So với cùng kỳ (%)"]  # fmt: skip
COMPUTE = {
    "columns": [
        {"column": 3, "op": "previous", "of": [5]},
        {"column": 6, "op": "ratio", "of": [5, 4]},
        {"column": 7, "op": "ratio", "of": [5, 3]},
    ],
}


def report(
    period: dict[str, Any], rows: list[list[str]], done: str = "Thực hiện"
) -> dict[str, Any]:
    header = [*HEADER[:5], done, *HEADER[6:]]
    body = [[*row, "", ""] for row in rows] + [["", "Tổng cộng", "", "", "", "", "", ""]]
    table = {
        "kind": "table",
        "caption": f"Bảng 1. Chỉ tiêu năm {period['year']}",
        "columns": [{"width": 1}] * 8,
        "rows": [header, *body],
        "compute": COMPUTE | {"total_rows": [len(body)]},
    }
    raw = drafts.minimal(format_version=3, period=period)
    raw["date"]["year"] = period["year"]
    raw["sections"][0]["blocks"].append(table)
    return raw


Q2_2024 = report({"kind": "quarter", "number": 2, "year": 2024}, [
    ["1", "Thu ngân sách", "Tỷ đồng", "90", "200", "150"],
    ["2", "Thu khác", "Tỷ đồng", "8", "50", "10"],
], done="Ước thực hiện quý")  # fmt: skip
Q1_2025 = report({"kind": "quarter", "number": 1, "year": 2025}, [
    ["1", "Thu ngân sách", "Tỷ đồng", "70", "220", "60"],
    ["2", "Thu khác (phí, lệ phí)", "Tỷ đồng", "5", "50", "7"],
])  # fmt: skip


def table_of(draft: Draft) -> Table:
    table = draft.sections[0].blocks[1]
    assert isinstance(table, Table)
    return table


def column(draft: Draft, index: int) -> list[str]:
    return [row[index].text for row in table_of(draft).rows[1:]]  # type: ignore[union-attr]


def test_a_year_carried_to_the_next_fills_cung_ky_exactly() -> None:
    old = draftfile.from_dict(report({"kind": "year", "year": 2024}, [
        ["1", "Thu ngân sách", "Tỷ đồng", "90", "200", "1.150,5"],
        ["2", "Thu khác", "Tỷ đồng", "8", "50", "-"],
    ]))  # fmt: skip
    new = next_copy(old, Period("year", 2025))
    carried = carry_figures(new, old, lambda _period: None)
    assert column(new, 3) == ["1.150,5", "-", "1.150,5"]
    # 2024's plan and result are not 2025's: kept, every "so với cùng kỳ" read 100,0
    assert column(new, 4) == column(new, 5) == ["", "", ""]
    assert column(new, 7) == ["-", "-", "-"]
    assert carried.filled == 2  # the rows; the total adds them up
    assert carried.lines() == [
        "Bảng “Bảng 1. Chỉ tiêu năm 2024”: đã xóa số liệu của báo cáo năm 2024 ở cột "
        "“Kế hoạch năm”, “Thực hiện”; hãy nhập số liệu kỳ này."
    ]
    stale = [p.message for p in missing(new) if "chưa có số liệu kỳ này" in p.message]
    assert [m.split("cột “")[1].split("”")[0] for m in stale] == ["Kế hoạch năm", "Thực hiện"]
    assert new.date.year == 2025 and new.number == "" and new.id != old.id


def test_q2_takes_q2_of_last_year_lists_a_renamed_row_and_marks_estimates() -> None:
    q1 = draftfile.from_dict(Q1_2025)
    q2 = draftfile.from_dict(Q2_2024)
    new = next_copy(q1, Period("quarter", 2025, 2))
    carried = carry_figures(new, q1, lambda period: q2 if period == q2.period else None)
    # Q2-2024's figures, never Q1-2025's "70"; the total adds up this year's rows, and the
    # renamed row is listed both ways until the clerk places last year's "10"
    assert column(new, 3) == ["150", "", "150"]
    assert column(new, 4) == ["220", "50", "270"]  # the plan for 2025 holds all year
    assert column(new, 5) == ["", "", ""]  # Q1's result is not Q2's
    assert carried.unmatched == [
        "Bảng “Bảng 1. Chỉ tiêu năm 2025”: hàng “Thu khác (phí, lệ phí)” không có trong "
        "báo cáo quý II năm 2024.",
        "Bảng “Bảng 1. Chỉ tiêu năm 2025”: hàng “Thu khác” của báo cáo quý II năm 2024 "
        "không có trong bảng này; tổng cùng kỳ chưa gồm số của hàng đó.",
    ]
    assert (
        "1 số cùng kỳ lấy từ cột ước thực hiện của kỳ trước (tô vàng): cần thay bằng số chính "
        "thức." in carried.lines()
    ), "said when carried, not only marked"
    # and the row without its "cùng kỳ" stays in Còn thiếu, not only said once
    unplaced = "ô “Cùng kỳ năm trước” của hàng “Thu khác (phí, lệ phí)” chưa có số cùng kỳ"
    assert sum(unplaced in p.message for p in missing(new)) == 1
    row = table_of(new).rows[2]
    row[3].runs = [Run("10")]  # type: ignore[union-attr]  # the clerk places it
    recompute(table_of(new))
    assert column(new, 3) == ["150", "10", "160"]  # the total follows its rows
    assert not any("chưa có số cùng kỳ" in p.message for p in missing(new))
    cell = table_of(new).rows[1][3]
    assert cell is not None and cell.estimate
    assert any("(150) là số ước tính của kỳ trước" in p.message for p in missing(new))
    written = draftfile.to_dict(new)["sections"][0]["blocks"][1]["rows"][1][3]
    assert written == {"text": "150", "estimate": True}


def test_with_no_earlier_draft_the_cells_stay_empty_with_a_note() -> None:
    q1 = draftfile.from_dict(Q1_2025)
    new = next_copy(q1, Period("quarter", 2025, 2))
    carried = carry_figures(new, q1, lambda _period: None)
    assert column(new, 3) == ["", "", ""]
    assert carried.lines() == [
        "Bảng “Bảng 1. Chỉ tiêu năm 2025”: đã xóa số liệu của báo cáo quý I năm 2025 ở cột "
        "“Thực hiện”; hãy nhập số liệu kỳ này.",
        "Bảng “Bảng 1. Chỉ tiêu năm 2025”: không có báo cáo quý II năm 2024 trong máy; "
        "cột cùng kỳ để trống, hãy nhập tay.",
    ]
    empty = [p.message for p in missing(new) if "cùng kỳ năm trước" in p.message]
    assert empty == [
        "bảng “Bảng 1. Chỉ tiêu năm 2025”: cột “Cùng kỳ năm trước” chưa có số cùng kỳ năm "
        "trước: nhập số, hoặc “-” nếu không có"
    ]  # one line for the column, not one per row
    for row in table_of(new).rows[1:3]:
        row[3].runs = [Run("-")]  # type: ignore[union-attr]  # none last year: said so
    recompute(table_of(new))
    assert not any("cùng kỳ năm trước" in p.message for p in missing(new))


def test_the_store_finds_the_draft_of_the_period(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "data")
    try:
        store.create(draftfile.from_dict(Q1_2025))
        store.create(draftfile.from_dict(Q2_2024))
        found = in_store(store)(Period("quarter", 2024, 2))
        assert found is not None and found.period == Period("quarter", 2024, 2)
        assert in_store(store)(Period("quarter", 2023, 2)) is None
    finally:
        store.close()


def test_new_from_fills_cung_ky_from_the_store(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    store = Store.open(data)
    store.create(draftfile.from_dict(Q2_2024))
    store.close()
    last, out = tmp_path / "Q1-2025.json", tmp_path / "Q2-2025.json"
    last.write_text(json.dumps(Q1_2025, ensure_ascii=False), encoding="utf-8")
    code = cli.run(["--data-dir", str(data), "new", "--from", str(last), "--period", "2025-Q2",
                    "-o", str(out)])  # fmt: skip
    printed, errors = capsys.readouterr()
    assert code == 0, errors
    new = draftfile.load_path(out)
    assert new.period == Period("quarter", 2025, 2)
    assert column(new, 3) == ["150", "", "150"]
    assert "Đã lấy 1 số cùng kỳ năm trước, 1 số ước tính cần số chính thức." in printed
    assert "lưu ý: Bảng “Bảng 1. Chỉ tiêu năm 2025”: hàng “Thu khác (phí, lệ phí)”" in errors


def test_new_from_a_draft_without_a_period_says_so(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    last = tmp_path / "dot-xuat.json"
    last.write_text(json.dumps(drafts.minimal()), encoding="utf-8")
    code = cli.run(["--data-dir", str(tmp_path / "none"), "new", "--from", str(last), "-o",
                    str(tmp_path / "out.json")])  # fmt: skip
    assert code != 0
    assert "--from:" in capsys.readouterr().err


def test_new_from_says_when_the_store_has_a_report_of_that_period(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    store = Store.open(data)
    written = draftfile.from_dict(Q1_2025)
    written.period = Period("quarter", 2025, 2)
    store.create(written)
    store.close()
    last, out = tmp_path / "Q1-2025.json", tmp_path / "Q2-2025.json"
    last.write_text(json.dumps(Q1_2025, ensure_ascii=False), encoding="utf-8")
    code = cli.run(["--data-dir", str(data), "new", "--from", str(last), "-o", str(out)])
    assert code == 0
    assert "lưu ý: máy này đã có báo cáo quý II năm 2025" in capsys.readouterr().err


def test_a_table_that_computes_nothing_keeps_its_figures_and_says_so() -> None:
    raw = report(
        {"kind": "year", "year": 2024}, [["1", "Thu ngân sách", "Tỷ đồng", "90", "200", "150"]]
    )
    raw["sections"][0]["blocks"][1].pop("compute")
    old = draftfile.from_dict(raw)
    new = next_copy(old, Period("year", 2025))
    carried = carry_figures(new, old, lambda _period: None)
    assert column(new, 5)[0] == "150"  # which of them are this year's, no rule says
    assert carried.lines() == [
        "Bảng “Bảng 1. Chỉ tiêu năm 2024”: số liệu vẫn là của báo cáo năm 2024; hãy cập nhật."
    ]


def test_a_total_takes_the_sum_of_last_years_rows_when_last_year_had_no_total() -> None:
    raw = report({"kind": "year", "year": 2024}, [
        ["1", "Thu ngân sách", "Tỷ đồng", "90", "200", "150"],
        ["", "Trong đó: thu nội địa", "Tỷ đồng", "50", "80", "60"],
        ["2", "Thu khác", "Tỷ đồng", "8", "50", "10,5"],
    ])  # fmt: skip
    table = raw["sections"][0]["blocks"][1]
    table["rows"].pop()  # no "Tổng cộng" row last year
    table["compute"] = COMPUTE | {"part_rows": [2]}
    old = draftfile.from_dict(raw)
    new = next_copy(old, Period("year", 2025))
    new_table = table_of(new)
    new_table.rows.append([type(c)([]) for c in new_table.rows[-1]])  # type: ignore[misc]
    new_table.rows[-1][1].runs = [type(new_table.rows[0][0].runs[0])("Tổng cộng")]  # type: ignore[union-attr]
    new_table.compute.total_rows = [len(new_table.rows) - 1]  # type: ignore[union-attr]
    carry_figures(new, old, lambda _period: None)
    assert column(new, 3) == ["150", "60", "10,5", "160,5"]  # "Trong đó" left out


def test_a_paragraph_of_last_years_figures_in_words_is_marked_for_update() -> None:
    from lanson_report.domain.model import Block
    from lanson_report.domain.tables.carry import STALE_NOTE
    from lanson_report.pdf import render_pdf_bytes

    raw = report(
        {"kind": "year", "year": 2024}, [["1", "Thu ngân sách", "Tỷ đồng", "90", "200", "150"]]
    )
    old = draftfile.from_dict(raw)
    stated = "Thu ngân sách thực hiện 150 tỷ đồng, đạt 75,0 % kế hoạch, tăng 66,7% so với cùng kỳ."
    old.sections[0].blocks.append(Block("paragraph", [Run(stated)]))
    old.sections[0].blocks.append(Block("bullet", [Run("Tổ chức 3 hội thảo chuyên đề.")]))
    new = next_copy(old, Period("year", 2025))
    carried = carry_figures(new, old, lambda _period: None)
    kinds = [(b.kind, b.text) for b in new.sections[0].blocks if isinstance(b, Block)]
    at = kinds.index(("paragraph", stated))
    assert kinds[at - 1] == ("hint", STALE_NOTE), "a to-do right before it"
    assert [k for k, _ in kinds].count("hint") == 1, "a paragraph without figures is left alone"
    assert any("1 đoạn nêu số liệu của báo cáo năm 2024" in line for line in carried.lines())
    blocks = new.sections[0].blocks
    here = next(i for i, b in enumerate(blocks) if isinstance(b, Block) and b.text == stated)
    stale = [p for p in missing(new) if "số liệu của kỳ trước chưa cập nhật" in p.message]
    assert [p.field for p in stale] == [f"sections[0].blocks[{here}]"], "until the to-do goes"
    again = next_copy(new, Period("year", 2026))
    carry_figures(again, new, lambda _period: None)
    assert sum(isinstance(b, Block) and b.kind == "hint" for b in again.sections[0].blocks) == 1
    printed = " ".join(p.extract_text() for p in pdfutil.open_pdf(render_pdf_bytes(new)).pages)
    del new.sections[0].blocks[here - 1]  # updated: the clerk deletes the to-do
    assert not [p for p in missing(new) if "số liệu của kỳ trước" in p.message]
    assert "75,0 % kế hoạch" in printed and "Cập nhật số liệu" not in printed, "never printed"
