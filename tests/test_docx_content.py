"""What the DOCX says and how it is built: the PDF's text part by part, one font, named styles."""

from __future__ import annotations

import re
from typing import Any

import drafts
import pytest
from docx.oxml.ns import qn
from docxutil import docx_bytes, open_docx, xml_parts
from pdfutil import MM, open_pdf, reading_text, render, text_lines

from lanson_report.files import draftfile
from lanson_report.printed import STYLES, Part, printed_report

CASES = {
    "example": drafts.example(),
    "roman": drafts.roman_commune(),
    "long": drafts.long_names(),
    "closing": drafts.with_paragraphs(8) | {"closing": "Kết thúc " * 300 + "./."},
}


def _normal(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def _docx_texts(document: Any) -> list[str]:
    """Every non-empty paragraph in document order, table cells row by row, left to right."""
    texts = []
    for child in document.element.body.iterchildren():
        if child.tag == qn("w:tbl"):
            for row in child.iter(qn("w:tr")):
                for cell in row.iter(qn("w:tc")):
                    texts += [_paragraph_text(p) for p in cell.iter(qn("w:p"))]
        elif child.tag == qn("w:p"):
            texts.append(_paragraph_text(child))
    return [text for text in texts if text]


def _paragraph_text(p: Any) -> str:
    """As Word shows it: a run formatted w:caps in capitals."""
    pieces = []
    for node in p.iter(qn("w:t"), qn("w:br")):
        text = node.text or " " if node.tag == qn("w:t") else " "
        shown_in_capitals = node.getparent().find(f"{qn('w:rPr')}/{qn('w:caps')}") is not None
        pieces.append(text.upper() if shown_in_capitals else text)
    return _normal("".join(pieces))


def _part_texts(part: Part) -> list[str]:
    if part.role in ("header", "number_date", "ending"):
        return [_normal(line.text) for column in part.columns for line in column.lines if line.text]
    texts = part.texts()
    return [_normal(text) for text in texts]


@pytest.mark.parametrize("name", CASES)
def test_docx_text_equals_the_printed_report_part_by_part(name: str) -> None:
    raw = CASES[name]
    report = printed_report(draftfile.from_dict(raw))
    texts = _docx_texts(open_docx(docx_bytes(raw)))
    for part in report:
        for expected in _part_texts(part):
            assert texts, f"{part.role}: {expected!r} missing from the DOCX"
            assert texts.pop(0) == expected, part.role
    assert texts == []


@pytest.mark.parametrize("name", CASES)
def test_the_pdf_prints_the_same_parts(name: str) -> None:
    """Each one-column part reads back from our PDF in order; each column line by line."""
    raw = CASES[name]
    pdf = open_pdf(render(raw))
    text = reading_text(pdf)
    lines = [_normal(line.text) for page in pdf.pages for line in text_lines(page)]
    position = 0
    for part in printed_report(draftfile.from_dict(raw)):
        if part.role in ("header", "number_date", "ending"):
            column_text = " ".join(lines)
            for expected in _part_texts(part):
                words = expected.split()
                assert all(word in column_text for word in words), (part.role, expected)
            continue
        for expected in _part_texts(part):
            found = text.find(expected, position)
            assert found >= 0, (part.role, expected)
            position = found + len(expected)


def test_the_docx_names_no_font_but_times_new_roman() -> None:
    parts = xml_parts(docx_bytes(drafts.roman_commune()))
    named = set()
    for xml in parts.values():
        for fonts in re.findall(r"<w:rFonts [^>]*>", xml):
            named |= set(re.findall(r'w:(?:ascii|hAnsi|cs|eastAsia)="([^"]*)"', fonts))
        named |= set(re.findall(r'typeface="([^"]+)"', xml))
        named |= set(re.findall(r'<w:font w:name="([^"]*)"', xml))
        assert not re.search(r"w:(?:ascii|hAnsi|eastAsia|cs)theme=", xml, re.IGNORECASE)
    assert named == {"Times New Roman"}
    document = parts["word/document.xml"]
    runs = re.findall(r"<w:r>(.*?)</w:r>", document)
    assert runs and all('<w:rFonts w:ascii="Times New Roman"' in run for run in runs)
    assert "w:numPr" not in document and "word/numbering.xml" not in parts


def test_paragraph_styles_have_vietnamese_names_and_the_decrees_values() -> None:
    document = open_docx(docx_bytes(drafts.roman_commune()))
    used = {p.style.name for p in document.paragraphs if p.text.strip()}
    assert {"Nội dung", "Đề mục cấp 1", "Đề mục cấp 2", "Đề mục cấp 3", "Trích yếu"} <= used
    for name in ("Nội dung", "Đề mục cấp 1", "Đề mục cấp 3", "Nơi nhận", "Danh sách nơi nhận"):
        style, expected = document.styles[name], STYLES[name]
        assert style.font.size.pt == expected.size
        assert bool(style.font.bold) == expected.bold
        assert style.element.rPr.rFonts.get(qn("w:eastAsia")) == "Times New Roman"
    body = document.styles["Nội dung"].paragraph_format
    assert body.first_line_indent.cm == pytest.approx(1.27, abs=0.01)
    assert body.space_after.pt >= 6 and body.alignment == 3  # justified


def test_typed_numbering_marks_and_runs() -> None:
    raw = drafts.pages(1)
    raw["sections"][0]["blocks"][0]["text"] = [
        "Thường ",
        {"text": "đậm", "bold": True},
        {"text": "nghiêng", "italic": True},
        {"text": "gạch", "underline": True},
    ]
    document = open_docx(docx_bytes(raw))
    paragraphs = {p.text: p for p in document.paragraphs}
    assert "1. Nhiệm vụ thứ 1" in paragraphs
    runs = {run.text: run for run in paragraphs["Thường đậmnghiênggạch"].runs}
    assert runs["đậm"].bold and runs["nghiêng"].italic and runs["gạch"].underline
    assert not runs["Thường "].bold
    assert any(text.startswith("- Sở Khoa học") for text in paragraphs)
    assert any(text.startswith("+ Sở Khoa học") for text in paragraphs)


def test_page_setup_header_and_properties() -> None:
    document = open_docx(docx_bytes(drafts.example()))
    section = document.sections[0]
    assert (section.page_width.mm, section.page_height.mm) == pytest.approx((210, 297), abs=0.1)
    margins = (section.top_margin, section.bottom_margin, section.left_margin, section.right_margin)
    assert [m.mm for m in margins] == pytest.approx([20, 20, 30, 15], abs=0.1)
    assert section.different_first_page_header_footer
    assert "PAGE" in section.header._element.xml
    assert section.header.paragraphs[0].style.paragraph_format.alignment == 1  # centred
    assert "PAGE" not in section.first_page_header._element.xml
    core = document.core_properties
    assert core.title.startswith("Kết quả tổ chức các hoạt động kỷ niệm")
    assert core.author == "SỞ KHOA HỌC VÀ CÔNG NGHỆ"


def test_the_signature_row_never_splits_and_follows_the_last_paragraph() -> None:
    document = open_docx(docx_bytes(drafts.example()))
    header, ending = document.tables
    for table in (header, ending):
        assert table._tbl.tblPr.find(qn("w:tblLayout")).get(qn("w:type")) == "fixed"
        borders = table._tbl.tblPr.find(qn("w:tblBorders"))
        assert {side.get(qn("w:val")) for side in borders} == {"nil"}
    assert all(row._tr.trPr.find(qn("w:cantSplit")) is not None for row in ending.rows)
    last = [p for p in document.paragraphs if p.text.strip()][-1]
    assert last.text.endswith("./.") and last.paragraph_format.keep_with_next
    widths = [cell.width.mm for cell in ending.rows[0].cells]
    assert widths == pytest.approx([70, 95], abs=0.1)
    assert sum(w.mm for w in (c.width for c in header.rows[0].cells)) == pytest.approx(165, abs=0.1)
    assert header.rows[0].cells[0].width.mm == pytest.approx(70, abs=0.1)
    assert MM  # the same unit as the PDF tests


def test_a_missing_word_template_is_named_and_keeps_the_old_file(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from lanson_report.domain.errors import ExportError
    from lanson_report.word import document as word_document
    from lanson_report.word import render_docx

    def missing(*args: object) -> None:
        raise FileNotFoundError(2, "No such file", "docx/templates/default.docx")

    out = tmp_path / "o.docx"
    out.write_bytes(b"earlier export")
    monkeypatch.setattr(word_document.docx, "Document", missing)
    with pytest.raises(ExportError, match=r"mẫu tệp Word .*default\.docx.*cài lại"):
        render_docx(draftfile.from_dict(drafts.minimal()), out)
    assert out.read_bytes() == b"earlier export"
    assert [p.name for p in tmp_path.iterdir()] == ["o.docx"]
