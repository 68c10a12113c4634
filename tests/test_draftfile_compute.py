"""Format v3 computed figures in the draft file: `compute` and a cell's `estimate`."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import drafts
import figuresamples as samples
import pytest

from lanson_report.cli import cli
from lanson_report.domain.checks import missing
from lanson_report.domain.errors import DraftFormatError
from lanson_report.domain.model import Table
from lanson_report.files import draftfile


def v3(table: dict[str, Any] | None = None) -> dict[str, Any]:
    raw = drafts.minimal(format_version=3)
    raw["sections"][0]["blocks"].append(table or samples.table_dict())
    return raw


def _refused(raw: Any) -> str:
    with pytest.raises(DraftFormatError) as caught:
        draftfile.from_dict(raw)
    return str(caught.value)


def _table(raw: dict[str, Any]) -> Table:
    block = draftfile.from_dict(raw).sections[0].blocks[1]
    assert isinstance(block, Table)
    return block


def test_computed_cells_are_filled_on_load_and_written_as_version_3() -> None:
    table = _table(v3())
    assert samples.texts(table, [6, 7]) == samples.EXPECTED
    out = draftfile.to_dict(draftfile.from_dict(v3()))
    assert out["format_version"] == 3
    written = out["sections"][0]["blocks"][1]
    assert written["compute"] == samples.table_dict()["compute"]
    assert written["rows"][1][6:] == ["75,0", "50,0"]  # an older reader prints the same
    assert draftfile.to_dict(draftfile.from_dict(out)) == out


def test_a_draft_without_compute_stays_version_2() -> None:
    table = samples.table_dict()
    del table["compute"]
    assert draftfile.to_dict(draftfile.from_dict(v3(table)))["format_version"] == 2


def test_an_estimate_round_trips() -> None:
    table = samples.table_dict()
    del table["compute"]
    table["rows"][1][3] = {"text": "100", "estimate": True}
    out = draftfile.to_dict(draftfile.from_dict(v3(table)))
    assert out["format_version"] == 3
    assert out["sections"][0]["blocks"][1]["rows"][1][3] == {"text": "100", "estimate": True}


def test_a_typed_figure_that_disagrees_is_kept_and_listed_in_what_is_missing() -> None:
    table = samples.table_dict()
    table["rows"][1][6] = "80"
    draft = draftfile.from_dict(v3(table))
    written = draftfile.to_dict(draft)["sections"][0]["blocks"][1]
    assert written["rows"][1][6] == "80"
    problems = [p for p in missing(draft) if ".rows[" in p.field and "ghi 80" in p.message]
    assert [p.field for p in problems] == ["sections[0].blocks[1].rows[1][6]"]
    assert "“So với kế hoạch (%)” của hàng “Thu ngân sách” ghi 80" in problems[0].message
    assert "tính ra 75,0" in problems[0].message


def test_an_estimate_and_an_ambiguous_number_are_listed() -> None:
    table = samples.table_dict()
    table["rows"][1][3] = {"text": "100", "estimate": True}
    table["rows"][2][3] = "1.234"  # column 3 also holds 1.000,5
    messages = [p.message for p in missing(draftfile.from_dict(v3(table)))]
    assert any("(100) là số ước tính của kỳ trước: cần số chính thức" in m for m in messages)
    assert any("ghi “1.234”" in m and "hãy viết “1,234”" in m for m in messages)


@pytest.mark.parametrize(
    ("change", "path", "words"),
    [
        (lambda c: c.update(colums=[]), "compute.colums", "khóa không được hỗ trợ"),
        (lambda c: c["columns"][0].update(op="average"), "compute.columns[0].op", "average"),
        (lambda c: c["columns"][0].update(of=[5]), "compute.columns[0].of", "cần 2 cột"),
        (lambda c: c["columns"][0].update(of=[5, 8]), "compute.columns[0].of[1]", "cột 8"),
        (lambda c: c["columns"][0].update(of=[6, 4]), "compute.columns[0].of", "chính nó"),
        (lambda c: c["columns"][1].update(column=6), "compute.columns[1].column", "đã được"),
        (lambda c: c["columns"][0].update(decimals=9), "compute.columns[0].decimals", "9"),
        (lambda c: c["columns"][0].update(round=1), "compute.columns[0].round", "khóa"),
        (lambda c: c.update(total_rows=[0]), "compute.total_rows[0]", "hàng 0"),
        (lambda c: c.update(part_rows=[6]), "compute.part_rows", "vừa là hàng tổng"),
    ],
)
def test_a_wrong_compute_is_refused_naming_the_field(change: Any, path: str, words: str) -> None:
    table = copy.deepcopy(samples.table_dict())
    change(table["compute"])
    message = _refused(v3(table))
    assert message.startswith(f"sections[0].blocks[1].{path}: "), message
    assert words in message


def test_a_version_2_file_that_computes_is_refused_naming_the_key() -> None:
    assert _refused(v3() | {"format_version": 2}).startswith(
        'sections[0].blocks[1].compute: khóa này cần "format_version": 3 (tệp ghi 2)'
    )
    table = samples.table_dict()
    del table["compute"]
    table["rows"][1][3] = {"text": "100", "estimate": True}
    assert _refused(v3(table) | {"format_version": 2}).startswith(
        "sections[0].blocks[1].rows[1][3].estimate: khóa này cần"
    )


def test_an_outline_table_whose_only_figures_are_computed_is_still_unwritten() -> None:
    table = samples.table_dict([["", "", "", "", "", ""]])
    table["compute"]["total_rows"], table["compute"]["part_rows"] = [], []
    raw = drafts.minimal(format_version=3)
    raw["sections"][0]["blocks"] = [{"kind": "hint", "text": "Ghi các chỉ tiêu."}, table]
    draft = draftfile.from_dict(raw)
    assert draft.sections[0].blocks[1].rows[1][6].text == "-"  # type: ignore[union-attr]
    assert any("mới có gợi ý" in p.message for p in missing(draft))


def test_export_warns_of_a_typed_figure_that_disagrees(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    table = samples.table_dict()
    table["rows"][1][6] = "80"
    source = tmp_path / "chi-tieu.json"
    source.write_text(json.dumps(v3(table), ensure_ascii=False), encoding="utf-8")
    code = cli.run(["export", str(source), "-o", str(tmp_path / "chi-tieu.pdf")])
    assert code == 0
    assert "ghi 80, nhưng tính ra 75,0" in capsys.readouterr().err
