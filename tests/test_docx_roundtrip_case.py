"""Our own DOCX read back: capitals come from formatting, rows never split."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import drafts
from docx.oxml.ns import qn

from lanson_report.domain.model import Draft
from lanson_report.files import draftfile
from lanson_report.word import render_docx_bytes
from lanson_report.wordimport import import_docx

V2 = Path(__file__).parent / "fixtures" / "bao-cao-v2-bang-phu-luc.json"


def _round_trip(draft: Draft, tmp_path: Path) -> Draft:
    path = tmp_path / "bc.docx"
    path.write_bytes(render_docx_bytes(draft))
    return import_docx(path).draft


def test_an_appendix_title_keeps_its_case_through_our_docx(tmp_path: Path) -> None:
    draft = draftfile.loads(V2.read_text(encoding="utf-8"))
    draft.appendices[0].title = "Danh mục nhiệm vụ KH&CN tại huyện Lạc Dương năm 2022"
    assert _round_trip(draft, tmp_path).appendices[0].title == draft.appendices[0].title


def test_roman_headings_keep_their_case(tmp_path: Path) -> None:
    draft = draftfile.from_dict(drafts.roman_commune())
    draft.sections[0].heading = "Kết quả công tác CCHC quý II tại xã Hồng Phong"
    assert _round_trip(draft, tmp_path).sections[0].heading == draft.sections[0].heading


def test_capitals_are_formatting_in_the_file() -> None:
    draft = draftfile.from_dict(drafts.roman_commune())
    draft.sections[0].heading = "Kết quả công tác"
    with zipfile.ZipFile(io.BytesIO(render_docx_bytes(draft))) as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
    assert "<w:caps/>" in xml and ">I. Kết quả công tác</w:t>" in xml


def test_every_table_row_is_kept_whole() -> None:
    document = docx.Document(io.BytesIO(render_docx_bytes(draftfile.loads(V2.read_text("utf-8")))))
    rows = [row for table in document.tables[1:-1] for row in table._tbl.tr_lst]
    assert rows and all(row.trPr.find(qn("w:cantSplit")) is not None for row in rows)
