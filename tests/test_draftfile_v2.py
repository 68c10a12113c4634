"""Draft exchange format v2: tables, appendices, period, template, layout, hints."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import drafts
import pytest

from lanson_report.domain import yearswap
from lanson_report.domain.errors import DraftFormatError
from lanson_report.domain.model import Block, Cell, Run, Table
from lanson_report.files import draftfile

V2 = Path(__file__).resolve().parent / "fixtures" / "bao-cao-v2-bang-phu-luc.json"


def v2() -> dict[str, Any]:
    return json.loads(V2.read_text(encoding="utf-8"))


def _refused(raw: Any) -> str:
    with pytest.raises(DraftFormatError) as caught:
        draftfile.from_dict(raw)
    return str(caught.value)


def _table(rows: list[list[Any]], columns: int = 3, **extra: Any) -> dict[str, Any]:
    raw = drafts.minimal(format_version=2)
    table = {"kind": "table", "columns": [{"width": 1}] * columns, "rows": rows, **extra}
    raw["sections"][0]["blocks"].append(table)
    return raw


def test_v2_example_round_trips_byte_for_byte() -> None:
    text = V2.read_text(encoding="utf-8")
    draft = draftfile.loads(text)
    assert draftfile.dumps(draft) == text
    table = draft.sections[1].blocks[4]
    assert isinstance(table, Table)
    assert table.header_rows == 2
    first = table.rows[0][2]
    assert first is not None and first.colspan == 2 and first.text == "Số lượng"
    assert table.rows[0][3] is None and table.rows[1][0] is None
    assert table.rows[2][3] == Cell([Run("7.980")])  # numbers kept exactly as typed
    assert draft.appendices[0].orientation == "landscape"
    assert draft.agency.name_for_text == "Sở Khoa học và Công nghệ"
    assert draft.period is not None and draft.period.kind == "year"


def test_v1_file_stays_version_1(example_path: Path) -> None:
    raw = json.loads(example_path.read_text(encoding="utf-8"))
    out = draftfile.to_dict(draftfile.from_dict(raw))
    assert out["format_version"] == 1
    assert out == {**raw, "outline": raw.get("outline", "arabic")}


@pytest.mark.parametrize(
    ("change", "key"),
    [
        (lambda d: d["sections"][0]["blocks"].append({"kind": "hint", "text": "Nêu kết quả"}), 2),
        (lambda d: d.update(period={"kind": "quarter", "number": 2, "year": 2024}), 2),
        (lambda d: d.update(layout={"body_size": 13}), 2),
        (lambda d: d["agency"].update(name_in_text="Sở Tư pháp"), 2),
        (lambda d: d.update(appendices=[{"title": "A", "blocks": []}]), 2),
    ],
)
def test_a_version_2_feature_writes_version_2(change: Any, key: int) -> None:
    raw = drafts.minimal(format_version=2)
    change(raw)
    assert draftfile.to_dict(draftfile.from_dict(raw))["format_version"] == key
    raw["format_version"] = 1
    assert 'cần "format_version": 2' in _refused(raw)


def test_newer_version_says_so_never_unknown_key() -> None:
    raw = v2() | {"format_version": 4, "charts": []}
    message = _refused(raw)
    assert "tệp này được tạo bằng phiên bản mới hơn" in message and "4" in message
    assert "không được hỗ trợ" not in message


@pytest.mark.parametrize(
    ("rows", "path", "words"),
    [
        ([["a", "b", "c"], ["d", "e"]], "rows[1][2]", "hàng có 2 ô, cần đúng 3 ô"),
        ([["a", None, "c"]], "rows[0][1]", "ô null không nằm trong ô gộp nào"),
        ([[{"text": "a", "colspan": 2}, "b", "c"]], "rows[0][0]", "đè lên ô khác ở hàng 1, cột 2"),
        ([["a", "b", {"text": "c", "colspan": 2}]], "rows[0][2]", "vượt quá mép phải"),
        ([["a", {"text": "b", "rowspan": 3}, "c"], ["d", None, "f"]], "rows[0][1]", "hàng cuối"),
        ([[{"text": "a", "colspan": 0}, "b", "c"]], "rows[0][0].colspan", "cần từ 1 trở lên"),
        (
            [[{"text": "a", "rowspan": 2}, {"text": "b", "colspan": 2}, None], [None, None, "x"]],
            "rows[1][1]",
            "ô null không nằm trong ô gộp nào",
        ),
    ],
)
def test_malformed_grid_is_refused_with_the_cell_path(
    rows: list[list[Any]], path: str, words: str
) -> None:
    message = _refused(_table(rows))
    assert f"sections[0].blocks[1].{path}" in message
    assert words in message


def test_spans_cover_nulls_and_a_header_count_is_checked() -> None:
    ok = _table(
        [
            [{"text": "TT", "rowspan": 2}, {"text": "Số lượng", "colspan": 2}, None],
            [None, "KH", "TH"],
        ],
        header_rows=2,
    )
    table = draftfile.from_dict(ok).sections[0].blocks[1]
    assert isinstance(table, Table) and table.header_rows == 2
    assert "header_rows" in _refused(_table([["a", "b", "c"]], header_rows=2))
    assert "sections[0].blocks[1].size" in _refused(_table([["a", "b", "c"]], size=20))
    assert "columns[0].width" in _refused(_with_columns([{"width": 0}]))
    assert "columns[0].align" in _refused(_with_columns([{"width": 1, "align": "justify"}]))
    assert "bảng cần ít nhất một cột" in _refused(_with_columns([]))


def _with_columns(columns: list[Any]) -> dict[str, Any]:
    raw = _table([["a"]], columns=1)
    raw["sections"][0]["blocks"][1]["columns"] = columns
    return raw


@pytest.mark.parametrize(
    ("period", "words"),
    [
        ({"kind": "month", "year": 2024}, "period.number: thiếu"),
        ({"kind": "month", "number": 13, "year": 2024}, "tháng 13 không hợp lệ"),
        ({"kind": "quarter", "number": 5, "year": 2024}, "quý 5 không hợp lệ"),
        ({"kind": "year", "number": 1, "year": 2024}, "period.number"),
        ({"kind": "week", "year": 2024}, "period.kind"),
    ],
)
def test_period_is_checked(period: dict[str, Any], words: str) -> None:
    assert words in _refused(drafts.minimal(format_version=2, period=period))


@pytest.mark.parametrize(
    ("layout", "words"),
    [
        ({"body_size": 12}, "layout.body_size"),
        ({"line_spacing": 2}, "layout.line_spacing"),
        ({"paragraph_spacing": 3}, "layout.paragraph_spacing"),
        ({"margins": 1}, "layout.margins"),
    ],
)
def test_layout_stays_within_decree_30(layout: dict[str, Any], words: str) -> None:
    assert words in _refused(drafts.minimal(format_version=2, layout=layout))


def test_outline_file_may_leave_the_report_details_out() -> None:
    raw = drafts.minimal(format_version=2, template={"name": "Đề cương báo cáo năm"})
    for key in ("agency", "number", "date", "signature", "recipients", "archive"):
        del raw[key]
    raw["sections"][0]["blocks"] = [{"kind": "hint", "text": "Nêu kết quả nổi bật."}]
    draft = draftfile.from_dict(raw)
    assert draft.template is not None and draft.template.name == "Đề cương báo cáo năm"
    hint = draft.sections[0].blocks[0]
    assert isinstance(hint, Block) and hint.kind == "hint"
    again = draftfile.from_dict(draftfile.to_dict(draft))
    assert again.sections == draft.sections and again.template == draft.template


def test_appendix_is_checked() -> None:
    raw = v2()
    raw["appendices"][0]["orientation"] = "sideways"
    assert "appendices[0].orientation" in _refused(raw)
    raw = v2()
    raw["appendices"][0]["blocks"][0]["rows"][3].append("x")
    assert "appendices[0].blocks[0].rows[3][6]" in _refused(raw)


def test_year_swap_reaches_table_cells_and_appendix_titles() -> None:
    draft = draftfile.from_dict(v2())
    found = {item.path for item in yearswap.find(draft, 2022, 2023)}
    assert "appendices[0].title" in found
    assert any(path.startswith("appendices[0].blocks[0].rows[") for path in found)
    assert any(".caption" in path for path in found)
    chosen = [item for item in yearswap.find(draft, 2022, 2023) if "appendices" in item.path]
    yearswap.apply(draft, chosen, 2022, 2023)
    assert draft.appendices[0].title.endswith("năm 2023")
    copy.deepcopy(draft)  # still plain data


def test_invisible_reordering_and_control_characters_are_named_not_echoed() -> None:
    from lanson_report.pdf import coverage

    draft = draftfile.from_dict(v2())
    draft.title = "Báo cáo \u202efdp.exe\u202c \x07\x1b[31mRED"
    (problem,) = [p for p in coverage.unprintable(draft) if p.field == "title"]
    assert "ký tự đổi chiều chữ" in problem.message
    for code in ("U+202E", "U+202C", "U+0007", "U+001B"):
        assert code in problem.message
    assert not any(c in problem.message for c in "\u202e\u202c\x07\x1b")
    assert "chấm tròn" not in problem.message  # not the advice for Word's bullets
