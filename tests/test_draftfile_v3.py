"""Format version 3: footnotes and cells of several lines, written only when used."""

from __future__ import annotations

from typing import Any

import pytest
from test_draftfile_v2 import v2

from lanson_report.domain.errors import DraftFormatError
from lanson_report.domain.model import Block, Table
from lanson_report.files import draftfile

NOTE = "Kế hoạch thực hiện Đề án 06 trên địa bàn tỉnh năm 2025."


def _with_footnote(raw: dict[str, Any]) -> dict[str, Any]:
    raw["sections"][0]["blocks"][0] = {
        "kind": "paragraph",
        "text": ["Thực hiện Kế hoạch số 55/KH-UBND", {"text": "", "footnote": NOTE}, " của UBND."],
    }
    return raw


def test_a_footnote_reads_into_its_run_and_writes_back_as_version_3() -> None:
    raw = _with_footnote(v2() | {"format_version": 3})
    draft = draftfile.from_dict(raw)
    block = draft.sections[0].blocks[0]
    assert isinstance(block, Block)
    assert [run.footnote for run in block.runs] == ["", NOTE, ""]
    out = draftfile.to_dict(draft)
    assert out["format_version"] == 3
    assert out["sections"][0]["blocks"][0] == raw["sections"][0]["blocks"][0]


def test_a_draft_without_version_3_keys_stays_version_2() -> None:
    assert draftfile.to_dict(draftfile.from_dict(v2()))["format_version"] == 2


def test_a_cell_of_several_lines_is_version_3() -> None:
    draft = draftfile.from_dict(v2())
    table = next(b for s in draft.sections for b in s.blocks if isinstance(b, Table))
    cell = table.rows[-1][0]
    assert cell is not None
    cell.runs[0].text += "\ndòng hai"
    out = draftfile.to_dict(draft)
    assert out["format_version"] == 3
    assert draftfile.from_dict(out) == draft


def test_a_footnote_in_a_version_2_file_is_named() -> None:
    with pytest.raises(DraftFormatError) as caught:
        draftfile.from_dict(_with_footnote(v2()))
    assert str(caught.value).startswith("sections[0].blocks[0].text[1].footnote: khóa này cần")


@pytest.mark.parametrize("note", ["", "  ", [{"text": "a", "footnote": "b"}]])
def test_an_empty_or_nested_footnote_is_refused(note: Any) -> None:
    raw = _with_footnote(v2() | {"format_version": 3})
    raw["sections"][0]["blocks"][0]["text"][1]["footnote"] = note
    with pytest.raises(DraftFormatError, match=r"text\[1\]\.footnote"):
        draftfile.from_dict(raw)
