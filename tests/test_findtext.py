"""Find and replace across the whole document: every text, across runs, as one change."""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

import drafts
import pytest
from typesamples import SAMPLES, sample

from lanson_report.domain import findtext
from lanson_report.domain.findtext import Options
from lanson_report.domain.model import Block, Run, Table
from lanson_report.files import draftfile

# Keys whose values are codes, numbers or choices, not text a clerk would search.
NOT_TEXT = {
    "format",
    "id",
    "doc_type",
    "number",
    "symbol",
    "outline",
    "date",
    "align",
    "orientation",
    "kind",
    "abbreviation",
    "unit",
    "lead",
    "archive_unit",
}


def _texts(value: Any, key: str = "") -> list[str]:
    if key in NOT_TEXT:
        return []
    if isinstance(value, str):
        return [value] if value.strip() else []
    if isinstance(value, dict):
        if "text" in value and isinstance(value["text"], str) and "footnote" in value:
            return _texts(value["text"]) + _texts(value["footnote"])
        return [t for k, v in value.items() for t in _texts(v, k)]
    if isinstance(value, list):
        return [t for item in value for t in _texts(item, key)]
    return []


@pytest.mark.parametrize("name", ["example", "tables", "footnotes", *SAMPLES])
def test_every_text_of_the_document_is_searched(name: str) -> None:
    if name == "example":
        raw = drafts.example()
    elif name == "tables":
        raw = draftfile.to_dict(
            draftfile.load_path(drafts.FIXTURES / "bao-cao-v2-bang-phu-luc.json")
        )
    elif name == "footnotes":
        raw = sample("KH")
        raw["sections"][1]["blocks"][0]["text"] = [
            "Số hóa hồ sơ",
            {"text": "", "footnote": "Theo Kế hoạch số 55/KH-UBND của UBND tỉnh."},
        ]
    else:
        raw = sample(name)
    draft = draftfile.from_dict(raw)
    searched = "\n".join(field.read() for field in findtext.fields(draft))
    for text in _texts(draftfile.to_dict(draft)):
        assert text in searched, text


def _draft() -> Any:
    return draftfile.from_dict(drafts.example())


def test_options_case_whole_word_and_accents() -> None:
    draft = _draft()
    plain = findtext.find(draft, "khoa học")
    assert plain and all(h.found.lower() == "khoa học" for h in plain)
    cased = findtext.find(draft, "Khoa học", Options(match_case=True))
    assert 0 < len(cased) < len(plain)
    assert all(h.found == "Khoa học" for h in cased)
    assert len(findtext.find(draft, "khoa hoc")) == 0
    loose = findtext.find(draft, "khoa hoc", Options(ignore_accents=True))
    assert len(loose) >= len(plain)
    assert findtext.find(draft, "KH&C")  # part of "KH&CN"
    assert not findtext.find(draft, "KH&C", Options(whole_word=True))
    assert findtext.find(draft, "KH&CN", Options(whole_word=True))


def test_a_decomposed_query_finds_composed_text() -> None:
    draft = _draft()
    nfd = unicodedata.normalize("NFD", "Việt Nam")
    assert len(findtext.find(draft, nfd)) == len(findtext.find(draft, "Việt Nam")) > 0


def test_a_word_half_in_bold_is_found_and_replaced_keeping_its_marks() -> None:
    draft = _draft()
    block = Block(
        "paragraph",
        [Run("Năm 20"), Run("22", bold=True), Run("", footnote="Số liệu năm 2022."), Run(" xong.")],
    )
    draft.sections[0].blocks.insert(0, block)
    hits = [h for h in findtext.find(draft, "2022") if h.path == "sections[0].blocks[0]"]
    assert len(hits) == 1
    assert findtext.replace(draft, hits, "2023") == 1
    assert block.text == "Năm 2023 xong."
    assert block.runs[0] == Run("Năm 2023")
    assert [run.footnote for run in block.runs] == ["", "Số liệu năm 2022.", ""]
    footnote = [h for h in findtext.find(draft, "2022") if h.path.endswith(".footnote")]
    assert footnote and footnote[0].label.endswith("chú thích")


def test_replace_all_is_one_change_and_leaves_nothing_behind() -> None:
    draft = _draft()
    count = len(findtext.find(draft, "2022"))
    assert count > 3
    assert findtext.replace_all(draft, "2022", "2023") == count
    assert findtext.find(draft, "2022") == []
    assert len(findtext.find(draft, "2023")) >= count


def test_replacing_several_hits_in_one_field() -> None:
    draft = _draft()
    draft.title = "năm 2022 và năm 2022"
    hits = [h for h in findtext.find(draft, "2022") if h.path == "title"]
    assert findtext.replace(draft, hits, "2023") == 2
    assert draft.title == "năm 2023 và năm 2023"


def test_a_hit_in_a_field_changed_since_is_skipped() -> None:
    draft = _draft()
    hits = [h for h in findtext.find(draft, "2022") if h.path == "title"]
    draft.title = "Đổi rồi 2022 khác"
    assert findtext.replace(draft, hits, "2023") == 0
    assert draft.title == "Đổi rồi 2022 khác"


def test_table_cells_and_appendices_are_found_by_place() -> None:
    draft = draftfile.load_path(drafts.FIXTURES / "bao-cao-v2-bang-phu-luc.json")
    tables = [b for s in draft.sections for b in s.blocks if isinstance(b, Table)]
    cell = next(c for c in tables[0].rows[-1] if c is not None and len(c.text) > 3)
    hits = findtext.find(draft, cell.text, Options(match_case=True))
    assert any(".rows[" in h.path and "hàng" in h.label for h in hits)


def test_context_is_cut_with_an_ellipsis() -> None:
    hit = findtext.Hit("title", "Trích yếu", 40, 44, "x" * 40 + "2022" + "y" * 40)
    assert hit.head == "…" + "x" * findtext.CONTEXT
    assert hit.tail == "y" * findtext.CONTEXT + "…"


def test_places_are_named_by_the_numbers_the_page_prints(example_path: Path) -> None:
    """A clerk trial: Kiểm tra said "Mục 2, mục con 1" where the page prints II.1."""
    from lanson_report.domain.findtext import fields
    from lanson_report.domain.model import Block, Run, Section

    draft = draftfile.load_path(example_path)
    draft.outline = "roman"
    draft.sections[1].sections.append(Section("Tiểu mục", [Block("subbullet", [Run("x")])]))
    names = {f.path: f.label for f in fields(draft)}
    assert names["sections[1].sections[0].heading"] == "Tiêu đề mục II.1"
    assert names["sections[1].sections[0].blocks[0]"] == "Mục II.1, ý nhỏ 1"
