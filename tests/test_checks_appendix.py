"""The missing-items list asks the body to mention each appendix (Decree 30)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lanson_report.domain import checks
from lanson_report.domain.model import Appendix, Block, Cell, Draft, Run, Table
from lanson_report.files import draftfile

V2 = Path(__file__).resolve().parent / "fixtures" / "bao-cao-v2-bang-phu-luc.json"


def messages(draft: Draft) -> list[str]:
    return [p.message for p in checks.missing(draft) if "Phụ lục" in p.message]


def example() -> Draft:
    return draftfile.from_dict(json.loads(V2.read_text(encoding="utf-8")))


def test_the_example_mentions_its_appendix() -> None:
    assert messages(example()) == []


def test_a_body_without_the_word_is_warned_and_jumps_to_the_body() -> None:
    draft = example()
    draft.sections[1].blocks[3] = Block("paragraph", [Run("Chi tiết xem bảng dưới.")])
    (problem,) = [p for p in checks.missing(draft) if "Phụ lục" in p.message]
    assert problem.field == "sections"
    assert problem.message == "nội dung báo cáo chưa nhắc đến Phụ lục kèm theo"


@pytest.mark.parametrize(
    "where",
    ["heading", "closing", "table", "lower"],
)
def test_a_mention_anywhere_in_the_body_counts(where: str) -> None:
    draft = example()
    draft.sections[1].blocks[3] = Block("paragraph", [Run("Chi tiết xem bảng dưới.")])
    if where == "heading":
        draft.sections[0].heading = "Kết quả (chi tiết tại Phụ lục)"
    elif where == "closing":
        draft.closing = "Danh mục nhiệm vụ tại Phụ lục kèm theo./."
    elif where == "table":
        draft.sections[0].blocks.append(Table(rows=[[Cell([Run("Xem phụ lục")])]]))
    else:
        draft.sections[0].blocks.append(Block("paragraph", [Run("chi tiết tại phụ lục")]))
    assert messages(draft) == []


def test_a_hint_or_the_appendix_itself_does_not_count() -> None:
    draft = example()
    draft.sections[1].blocks[3] = Block("hint", [Run("Nêu Phụ lục ở đây")])
    draft.appendices[0].blocks.append(Block("paragraph", [Run("Phụ lục này gồm …")]))
    assert messages(draft) == ["nội dung báo cáo chưa nhắc đến Phụ lục kèm theo"]


def test_several_appendices_are_each_named() -> None:
    draft = example()
    draft.appendices = [Appendix("A"), Appendix("B", "landscape"), Appendix("C")]
    draft.sections[0].blocks = [Block("paragraph", [Run("Xem Phụ lục II và phụ lục 3.")])]
    draft.sections[1].blocks = []
    assert messages(draft) == ["nội dung báo cáo chưa nhắc đến Phụ lục I"]


def test_no_appendix_no_warning() -> None:
    draft = example()
    draft.appendices = []
    draft.sections[1].blocks = []
    assert messages(draft) == []
