"""Footnotes (format v3) in the PDF and the DOCX; cells of several lines in both."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

import pdfutil
import pytest
from test_draftfile_v2 import v2

from lanson_report.domain.model import Block, Cell, Column, Draft, Run, Table
from lanson_report.files import draftfile
from lanson_report.pdf import render_pdf_bytes
from lanson_report.word import render_docx_bytes
from lanson_report.wordimport import import_docx

NOTES = [
    'Kế hoạch thực hiện Đề án 06 trên địa bàn tỉnh năm 2025 & <các văn bản> "kèm theo".',
    "Số liệu của Chi cục Tiêu chuẩn Đo lường Chất lượng.",
    "Danh mục nhiệm vụ đã nghiệm thu.",
]


def noted() -> Draft:
    """The v2 example with a note in the text, one in a table cell of two lines, and one in
    the appendix."""
    draft = draftfile.from_dict(v2())
    draft.sections[0].blocks[0] = Block(
        "paragraph",
        [Run("Thực hiện Kế hoạch số 55/KH-UBND", footnote=NOTES[0]), Run(" của UBND tỉnh.")],
    )
    table = next(b for b in draft.sections[1].blocks if isinstance(b, Table))
    cell = table.rows[2][1]
    assert cell is not None
    cell.runs = [Run("Công tơ điện\ncông tơ nước"), Run("", footnote=NOTES[1])]
    draft.appendices[0].blocks.insert(0, Block("paragraph", [Run("Danh mục", footnote=NOTES[2])]))
    return draft


@pytest.fixture(scope="module")
def pdf() -> Any:
    return pdfutil.open_pdf(render_pdf_bytes(noted(), invariant=True))


@pytest.fixture(scope="module")
def docx_file() -> bytes:
    return render_docx_bytes(noted())


def _page_of(pdf: Any, text: str) -> int:
    return next(i for i, page in enumerate(pdf.pages) if text in (page.extract_text() or ""))


@pytest.mark.parametrize("number", [1, 2, 3])
def test_each_note_prints_at_the_foot_of_its_marks_page(pdf: Any, number: int) -> None:
    note = NOTES[number - 1]
    page = pdf.pages[_page_of(pdf, note[:30])]
    lines = pdfutil.text_lines(page)
    note_line = next(line for line in lines if note[:20] in line.text)
    assert note_line.text.startswith(f"{number} ")  # numbered through the document
    assert 12 in note_line.sizes  # 10–12 pt
    text_above = [line for line in lines if line.baseline < note_line.baseline - 1]
    body = [line for line in text_above if 13 in line.sizes or 14 in line.sizes]
    assert body and max(line.baseline for line in body) < note_line.baseline - 12
    assert note_line.baseline < page.height - 20 * pdfutil.MM  # inside the bottom margin
    anchor = ("55/KH-UBND", "công tơ nước", "Danh mục")[number - 1]
    marked = next(line for line in lines if anchor in line.text)
    assert f"{anchor}{number}" in marked.text  # the mark right after its text, same page
    assert min(marked.sizes) < 13


def test_the_note_has_a_short_rule_above_it(pdf: Any) -> None:
    page = pdf.pages[_page_of(pdf, NOTES[0][:30])]
    rules = [line for line in page.lines if abs(line["x1"] - line["x0"] - 50 * pdfutil.MM) < 1]
    assert len(rules) == 1


def test_a_cell_of_two_lines_prints_two_lines(pdf: Any) -> None:
    page = pdf.pages[_page_of(pdf, "công tơ nước")]
    lines = pdfutil.text_lines(page)
    first = next(line for line in lines if "Công tơ điện" in line.text)
    second = next(line for line in lines if "công tơ nước" in line.text)
    assert second.baseline > first.baseline and abs(second.x0 - first.x0) < 1


def _xml(data: bytes, name: str) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read(name).decode("utf-8")


def test_docx_footnotes_are_real_word_footnotes(docx_file: bytes) -> None:
    document = _xml(docx_file, "word/document.xml")
    notes = _xml(docx_file, "word/footnotes.xml")
    assert [document.count(f'w:footnoteReference w:id="{n}"') for n in (1, 2, 3)] == [1, 1, 1]
    assert "lanson-report" not in document
    escaped = NOTES[0].replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    assert escaped in notes and all(note in notes for note in NOTES[1:])
    rels = _xml(docx_file, "word/_rels/document.xml.rels")
    assert "relationships/footnotes" in rels


def test_docx_note_numbers_are_raised_by_words_footnote_styles(docx_file: bytes) -> None:
    """LibreOffice ignores a direct superscript on a footnote's number: the mark in the
    text and the number before the note take Word's `footnote reference` style."""
    from lxml import etree

    ns = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
    styles = etree.fromstring(_xml(docx_file, "word/styles.xml").encode())
    (style,) = styles.xpath("w:style[w:name/@w:val='footnote reference']", namespaces=ns)
    assert style.xpath("w:rPr/w:vertAlign/@w:val", namespaces=ns) == ["superscript"]
    style_id = style.get(f"{{{ns['w']}}}styleId")
    assert styles.xpath("w:style[w:name/@w:val='footnote text']", namespaces=ns)
    for part, mark in (("document", "w:footnoteReference"), ("footnotes", "w:footnoteRef")):
        root = etree.fromstring(_xml(docx_file, f"word/{part}.xml").encode())
        runs = root.xpath(f"//w:r[{mark}]", namespaces=ns)
        assert len(runs) == 3
        assert {r.xpath("string(w:rPr/w:rStyle/@w:val)", namespaces=ns) for r in runs} == {style_id}
    notes = etree.fromstring(_xml(docx_file, "word/footnotes.xml").encode())
    texts = notes.xpath("//w:footnote[@w:id > 0]/w:p/w:pPr/w:pStyle/@w:val", namespaces=ns)
    assert len(texts) == 3


def test_docx_cell_lines_are_paragraphs(docx_file: bytes) -> None:
    document = _xml(docx_file, "word/document.xml")
    assert ">Công tơ điện</w:t></w:r></w:p>" in document
    assert "<w:br/>" not in document.split("Công tơ điện")[1][:400]


def test_our_docx_reads_back_with_its_footnotes_and_cell_lines(
    tmp_path: Path, docx_file: bytes
) -> None:
    path = tmp_path / "bc.docx"
    path.write_bytes(docx_file)
    draft = import_docx(path).draft
    blocks = [b for s in draft.sections for b in s.blocks]
    blocks += [b for a in draft.appendices for b in a.blocks]
    runs = [r for b in blocks if isinstance(b, Block) for r in b.runs]
    cells = [c for b in blocks if isinstance(b, Table) for row in b.rows for c in row if c]
    runs += [r for c in cells for r in c.runs]
    assert sorted(run.footnote for run in runs if run.footnote) == sorted(NOTES)
    assert any(cell.text == "Công tơ điện\ncông tơ nước" for cell in cells)


def test_a_draft_without_footnotes_lays_out_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from lanson_report.pdf import render

    calls = []
    original = render._laid_out
    monkeypatch.setattr(render, "_laid_out", lambda *a: calls.append(1) or original(*a))
    render_pdf_bytes(draftfile.from_dict(v2()))
    assert len(calls) == 1


def test_a_footnote_survives_filling_a_period_into_an_outline() -> None:
    from lanson_report.domain.model import Period, Section
    from lanson_report.intake.newdraft import fill_period

    draft = draftfile.from_dict(v2())
    draft.sections = [Section("Kết quả", [Block("paragraph", [Run("Năm nay", footnote=NOTES[1])])])]
    fill_period(draft, Period("year", 2023))
    block = draft.sections[0].blocks[0]
    assert isinstance(block, Block) and block.runs[0].footnote == NOTES[1]


def test_a_note_in_a_repeated_header_row_prints_once() -> None:
    draft = draftfile.from_dict(v2())
    header = [Cell([Run("TT", footnote="Thứ tự.")]), Cell([Run("Nội dung")])]
    body = [[Cell([Run(str(n))]), Cell([Run("Dòng " * 20)])] for n in range(60)]
    table = Table(columns=[Column(1), Column(6)], rows=[header, *body], header_rows=1)
    draft.sections[0].blocks.append(table)
    pdf = pdfutil.open_pdf(render_pdf_bytes(draft, invariant=True))
    pages = [page.extract_text() or "" for page in pdf.pages]
    assert sum("Thứ tự." in text for text in pages) == 1
    assert sum("Nội dung" in text for text in pages) >= 2  # the header row repeats


def test_a_note_in_a_header_row_is_numbered_in_turn_with_the_others() -> None:
    """The header rows are measured before the grid is built: the measuring took a
    number, and the note printed as 2 with no 1 before it."""
    draft = draftfile.from_dict(v2())
    draft.sections[0].blocks = [
        Table(
            columns=[Column(4), Column(2)],
            rows=[
                [Cell([Run("Chỉ tiêu", footnote="Ở hàng tiêu đề.")]), Cell([Run("Số")])],
                [Cell([Run("Hộ tịch")]), Cell([Run("12")])],
            ],
            header_rows=1,
        ),
        Block("paragraph", [Run("Đoạn sau bảng", footnote="Chú thích thứ hai.")]),
    ]
    text = "\n".join(
        p.extract_text() or "" for p in pdfutil.open_pdf(render_pdf_bytes(draft)).pages
    )
    assert "1\nỞ hàng tiêu đề." in text and "2\nChú thích thứ hai." in text


def test_a_note_longer_than_half_a_page_is_refused_by_name() -> None:
    from lanson_report.domain.errors import ExportError

    draft = noted()
    first = draft.sections[0].blocks[0]
    assert isinstance(first, Block)
    first.runs[0].footnote = "Chú thích rất dài. " * 400
    with pytest.raises(ExportError, match=r"^chú thích ở trang 1 chiếm \d+% trang, quá nửa"):
        render_pdf_bytes(draft)
