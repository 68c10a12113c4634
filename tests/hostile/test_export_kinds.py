"""Hostile drafts through both exports: a file or a Vietnamese message, never a traceback.

No test here times anything (benchmarks/bench_caps_export.py does): the linear-time
fixes are checked by counting ReportLab's line breaking, which a quadratic layout
repeats on every page.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import export_kinds as kinds
import pytest
from docx import Document
from pdfutil import open_pdf
from reportlab.platypus import Paragraph

from lanson_report.cli import cli
from lanson_report.domain.errors import DraftFormatError, ExportError
from lanson_report.files import draftfile
from lanson_report.pdf import render_pdf_bytes
from lanson_report.word import render_docx_bytes

WRITERS = {"pdf": render_pdf_bytes, "docx": render_docx_bytes}


def _outcome(raw: dict[str, Any], fmt: str) -> str:
    """The word "written", or the refusal's message."""
    draft = draftfile.from_dict(raw)
    try:
        WRITERS[fmt](draft)
    except ExportError as exc:
        return str(exc)
    return "written"


@pytest.mark.parametrize("name", sorted(kinds.KINDS))
def test_both_formats_write_or_refuse_alike(name: str) -> None:
    raw = kinds.KINDS[name]()
    pdf, docx = _outcome(raw, "pdf"), _outcome(raw, "docx")
    assert pdf == docx
    if pdf != "written":
        assert pdf.startswith("sections[") or pdf.startswith("title"), pdf


def test_a_tt_cell_taller_than_a_page_prints_on_several_pages() -> None:
    pdf = open_pdf(render_pdf_bytes(draftfile.from_dict(kinds.tall_tt_row())))
    digits = sum(page.extract_text().count("1") for page in pdf.pages)
    assert len(pdf.pages) >= 2 and digits >= 300


def test_header_rows_taller_than_half_a_page_are_refused_by_both_by_place() -> None:
    draft = draftfile.from_dict(kinds.tall_header())
    for write in WRITERS.values():
        with pytest.raises(ExportError, match=r"^sections\[0\]\.blocks\[1\]: các hàng tiêu đề"):
            write(draft)


def test_rows_a_span_joins_taller_than_a_page_are_refused_by_both_by_the_cell() -> None:
    draft = draftfile.from_dict(kinds.tall_spanned_rows())
    for write in WRITERS.values():
        with pytest.raises(
            ExportError, match=r"^sections\[0\]\.blocks\[1\]\.rows\[2\]\[1\]: ô gộp"
        ):
            write(draft)


def test_word_properties_hold_a_long_title_cut_to_255_characters() -> None:
    raw = kinds.long_title(300)
    core = Document(io.BytesIO(render_docx_bytes(draftfile.from_dict(raw)))).core_properties
    assert 250 <= len(core.title) <= 255 and core.title.endswith("…")
    assert raw["title"].startswith(core.title[:-1])


def test_word_properties_drop_control_characters() -> None:
    core = Document(io.BytesIO(render_docx_bytes(draftfile.from_dict(kinds.control_title()))))
    properties = core.core_properties
    assert properties.title == "Tình hình thi hành pháp luật"
    assert properties.author == "SỞ TƯ PHÁP"


def test_a_title_of_combining_marks_prints() -> None:
    pdf = open_pdf(render_pdf_bytes(draftfile.from_dict(kinds.combining_title())))
    assert len(pdf.pages) == 1


def _count_line_breaking(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many lines ReportLab breaks a text into, one entry per call."""
    counts: list[int] = []
    original = Paragraph.breakLines

    def counting(self: Paragraph, width: Any) -> Any:
        broken = original(self, width)
        counts.append(len(broken.lines))
        return broken

    monkeypatch.setattr(Paragraph, "breakLines", counting)
    return counts


@pytest.mark.parametrize(
    "raw",
    [kinds.long_opening(6, 6_000), kinds.long_words(1, 19_999), kinds.long_bold_paragraph()],
    ids=["opening", "word", "bold and italic"],
)
def test_a_paragraph_over_many_pages_is_broken_into_lines_once(
    raw: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    counts = _count_line_breaking(monkeypatch)
    pages = len(open_pdf(render_pdf_bytes(draftfile.from_dict(raw))).pages)
    assert pages >= 8
    # the long paragraph is broken once for its first page, and its last lines once more
    # where the signature keeps them; breaking the rest again on every page, as ReportLab
    # does, would break about pages / 2 times its lines
    assert sum(counts) < 2.5 * max(counts)


def _loads(raw: dict[str, Any]) -> None:
    draftfile.loads(json.dumps(raw, ensure_ascii=False))


def test_tables_past_the_lowered_caps_are_refused_by_field() -> None:
    """Caps lowered so that the largest table exports in seconds (limits.py)."""
    with pytest.raises(DraftFormatError, match=r"rows: bảng có 2001 hàng, nhiều nhất 2000 hàng"):
        _loads(kinds.big_table(2_001, 1))
    with pytest.raises(DraftFormatError, match=r"rows: bảng có 20010 ô, nhiều nhất 20000 ô"):
        _loads(kinds.big_table(667, 30))
    two = kinds.big_table(1_001, 10)
    blocks = two["sections"][0]["blocks"]
    blocks.append(blocks[1])
    with pytest.raises(DraftFormatError, match=r"các bảng có quá nhiều ô \(tối đa 20\.000 ô"):
        _loads(two)


def test_the_command_line_names_the_draft_file_and_the_place(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "bang.json"
    source.write_text(json.dumps(kinds.tall_header(), ensure_ascii=False), encoding="utf-8")
    for suffix in (".pdf", ".docx"):
        assert cli.run(["export", str(source), "-o", str(tmp_path / f"o{suffix}")]) == 1
        err = capsys.readouterr().err
        assert err.startswith(f"lỗi: {source}: sections[0].blocks[1]: các hàng tiêu đề"), err
