"""Import from Word: files laid out as clerks' templates do, read back into drafts."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import drafts
import pytest
import wordfiles
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from lanson_report.domain.model import Table
from lanson_report.files import draftfile
from lanson_report.wordimport import WordImportError, import_docx
from lanson_report.wordimport.body import read_basis

DRAFTS = {
    "example": drafts.example,
    "minimal": drafts.minimal,
    "roman_commune": drafts.roman_commune,
    "long_names": drafts.long_names,
}


@pytest.mark.parametrize("name", sorted(DRAFTS))
@pytest.mark.parametrize("header", ["table", "tabs"])
def test_report_typed_in_word_reads_back_as_the_same_draft(
    tmp_path: Path, name: str, header: str
) -> None:
    draft = draftfile.from_dict(DRAFTS[name]())
    path = wordfiles.report(tmp_path / "bc.docx", draft, header=header)
    imported = import_docx(path)
    assert wordfiles.canonical(imported.draft) == wordfiles.canonical(draft)
    assert imported.review.unplaced == []


def test_word_bullet_lists_become_items_by_level(tmp_path: Path) -> None:
    draft = draftfile.from_dict(drafts.example())
    path = wordfiles.report(tmp_path / "bc.docx", draft, word_lists=True)
    imported = import_docx(path).draft
    kinds = [block.kind for block in imported.sections[1].blocks]  # type: ignore[union-attr]
    assert kinds == [block.kind for block in draft.sections[1].blocks]  # type: ignore[union-attr]
    assert wordfiles.canonical(imported) == wordfiles.canonical(draft)


def test_review_lists_every_field_found(tmp_path: Path) -> None:
    draft = draftfile.from_dict(drafts.example())
    review = import_docx(wordfiles.report(tmp_path / "bc.docx", draft)).review
    found = {item.label: item.value for item in review.fields if item.found}
    assert found["Số"] == ""  # blank kept blank
    assert found["Ký hiệu"] == "BC-SKHCN"
    assert found["Ngày tháng năm"] == "ngày … tháng 5 năm 2022"
    assert found["Căn cứ 2"] == (
        "Căn cứ Công văn số 799/BKHCN-VP của Bộ KH&CN về việc hướng dẫn tổ chức Ngày KH&CN "
        "Việt Nam năm 2022"
    ), "its issuer and subject, to check it by"
    assert found["Họ tên người ký"] == "Nguyễn Thị Hà"
    assert review.missing() == []


def _tracked_insertion(paragraph: Any, text: str) -> None:
    """Text typed with Track Changes on: a run inside <w:ins>, underlined here."""
    ins = OxmlElement("w:ins")
    ins.set(qn("w:id"), "1")
    ins.set(qn("w:author"), "Văn thư")
    paragraph._p.append(ins)
    run = paragraph.add_run(text)
    run.underline = True
    ins.append(run._r)


def _text_box(paragraph: Any, text: str) -> None:
    """A shape's text, which Word keeps inside a run (<w:txbxContent>)."""
    box = OxmlElement("w:txbxContent")
    inner = OxmlElement("w:p")
    run = OxmlElement("w:r")
    run_text = OxmlElement("w:t")
    run_text.text = text
    run.append(run_text)
    inner.append(run)
    box.append(inner)
    holder = OxmlElement("w:r")
    holder.append(box)
    paragraph._p.append(holder)


def _messy(tmp_path: Path) -> Path:
    """An older office file: .VnTime runs, a caps font, Word numbering, a table, odd text."""
    w = wordfiles.Writer()
    w.para("UBND HUYÖN V¡N QUAN", font=".VnTimeH")
    w.para([("phßng tµi chÝnh - kÕ ho¹ch", "b")], font=".VnTimeH")
    w.para("Số: 12/BC-TCKH\tVăn Quan, ngày 03 tháng 02 năm 2021")
    w.para("BÁO CÁO", bold=True, center=True)
    w.para([("Tình hình thu, chi ngân sách", "b")], center=True)
    w.para([("quý IV năm 2020", "b")], center=True)
    w.para("Kính gửi: Ủy ban nhân dân huyện Văn Quan.")
    w.para(
        "Căn cứ Luật Ngân sách nhà nước năm 2015; Thực hiện Kế hoạch số 45/KH-UBND "
        "ngày 12/01/2021 của UBND huyện. Phòng báo cáo như sau:"
    )
    w.para("Thu ngân sách", style="List Number", bold=True)
    paragraph = w.para([("Tæng thu ", "f"), ("®¹t 105%", "bf"), " kế hoạch, "])
    _tracked_insertion(paragraph, "vượt dự toán")
    paragraph.add_run(".")
    w.para("Thu phí tăng ")  # a VNI-Times run follows
    w.doc.paragraphs[-1].add_run("nhôø").font.name = "VNI-Times"
    _text_box(w.doc.paragraphs[-1], "Số liệu tạm tính")
    w.para("• Thu thuế tăng so với cùng kỳ.")
    w.para("\uf0a7\tThuế giá trị gia tăng.")  # a Wingdings bullet typed as text
    w.para("Bảng 1. Thu ngân sách", bold=True, center=True)
    w.para([("Đơn vị tính: triệu đồng", "i")])
    grid = w.doc.add_table(rows=3, cols=3)
    for r, row in enumerate([["TT", "Nội dung", "Số tiền"], ["1", "Thuế", "1.200"]]):
        for c, text in enumerate(row):
            grid.cell(r, c).paragraphs[0].add_run(text)
    merged = grid.cell(2, 0).merge(grid.cell(2, 1))
    merged.paragraphs[0].add_run("Tổng cộng")
    grid.cell(2, 2).paragraphs[0].add_run("1.200")
    w.para("Trên đây là báo cáo của Phòng Tài chính - Kế hoạch./.")
    w.para("Nơi nhận:\tKT. TRƯỞNG PHÒNG")
    w.para("- UBND huyện (b/c);\tPHÓ TRƯỞNG PHÒNG")
    w.para("- Lưu: VT.")
    w.para("\t(Đã ký và đóng dấu, bản lưu tại văn thư 2021)")
    w.para("\tLương Văn Bình")
    w.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    w.para("Phụ lục", bold=True, center=True)
    w.para("CHI TIẾT THU THEO XÃ", bold=True, center=True)
    w.para([("(Kèm theo Báo cáo số 12/BC-TCKH ngày 03/02/2021)", "i")], center=True)
    w.doc.add_table(rows=1, cols=2).cell(0, 0).paragraphs[0].add_run("Xã Yên Phúc")
    return w.save(tmp_path / "cu.docx")


def test_clerks_older_file(tmp_path: Path) -> None:
    imported = import_docx(_messy(tmp_path))
    draft, review = imported.draft, imported.review
    assert (draft.agency.parent, draft.agency.name) == (
        "UBND HUYỆN VĂN QUAN",
        "PHÒNG TÀI CHÍNH - KẾ HOẠCH",
    )
    assert (draft.number, draft.agency.abbreviation, draft.place) == ("12", "TCKH", "Văn Quan")
    assert (draft.date.year, draft.date.month, draft.date.day) == (2021, 2, 3)
    assert draft.title == "Tình hình thu, chi ngân sách quý IV năm 2020"
    assert draft.addressees == ["Ủy ban nhân dân huyện Văn Quan"]  # the "." printing puts back
    # The law is cited by its name, with no number: a reference all the same.
    assert [(r.lead, r.kind, r.number) for r in draft.basis.references] == [
        ("Căn cứ", "Luật Ngân sách nhà nước năm 2015", ""),
        ("Thực hiện", "Kế hoạch", "45/KH-UBND"),
    ]
    assert draft.basis.closing == "Phòng báo cáo như sau:"
    section = draft.sections[0]
    assert section.heading == "Thu ngân sách"  # a Word-numbered heading
    paragraph, _, item, _, table = section.blocks[:5]
    assert [(r.text, r.bold, r.underline) for r in paragraph.runs] == [  # type: ignore[union-attr]
        ("Tổng thu ", False, False),
        ("đạt 105%", True, False),
        (" kế hoạch, ", False, False),
        ("vượt dự toán", False, True),
        (".", False, False),
    ]
    assert section.blocks[1].text == "Thu phí tăng nhờ"  # type: ignore[union-attr]
    assert (item.kind, item.text) == ("bullet", "Thu thuế tăng so với cùng kỳ.")
    sub = section.blocks[3]
    assert (sub.kind, sub.text) == ("subbullet", "Thuế giá trị gia tăng.")  # type: ignore[union-attr]
    assert isinstance(table, Table)
    assert (table.caption, table.unit) == ("Bảng 1. Thu ngân sách", "Đơn vị tính: triệu đồng")
    assert [[c.text if c else None for c in row] for row in table.rows] == [
        ["TT", "Nội dung", "Số tiền"],
        ["1", "Thuế", "1.200"],
        ["Tổng cộng", None, "1.200"],
    ]
    assert table.rows[2][0] and table.rows[2][0].colspan == 2
    assert draft.signature.lines == ["KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG"]
    assert draft.signature.name == "Lương Văn Bình"
    assert [(r.name, r.note) for r in draft.recipients] == [("UBND huyện", "b/c")]
    assert draft.archive == "VT"
    (appendix,) = draft.appendices
    assert appendix.title == "Chi tiết thu theo xã"  # prints in capitals
    assert isinstance(appendix.blocks[0], Table)
    # Never lose text: the note under the signature ends the content, and the review says so.
    unplaced = "(Đã ký và đóng dấu, bản lưu tại văn thư 2021)"
    assert review.unplaced == [unplaced, "Số liệu tạm tính"]  # the text box too
    assert draft.sections[-1].heading == ""
    assert draft.sections[-1].blocks[0].runs[0].text == unplaced  # type: ignore[union-attr]
    assert any("TCVN3" in note for note in review.notes)
    assert any("VNI" in note for note in review.notes)
    draftfile.from_dict(draftfile.to_dict(draft))  # a valid draft


def test_blank_header_fields_are_listed_as_missing(tmp_path: Path) -> None:
    w = wordfiles.Writer()
    w.para("BÁO CÁO", bold=True, center=True)
    w.para("Nội dung chưa có tiêu đề rõ ràng.")
    imported = import_docx(w.save(tmp_path / "x.docx"))
    assert "Số" in imported.review.missing()
    assert "Họ tên người ký" in imported.review.missing()
    assert imported.draft.sections[0].blocks[0].text == "Nội dung chưa có tiêu đề rõ ràng."  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("name", "content", "says"),
    [
        ("cu.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64, "Word 97–2003 (.doc)"),
        ("doi-ten.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64, "(.doc)"),
        ("bao-cao.pdf", b"%PDF-1.7\n", "chỉ nhập được báo cáo soạn bằng Word dạng .docx"),
        ("hong.docx", b"PK\x03\x04 not really a zip", "không đọc được tệp Word này"),
    ],
)
def test_other_formats_are_refused_with_what_to_do(
    tmp_path: Path, name: str, content: bytes, says: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(WordImportError) as caught:
        import_docx(path)
    assert says in str(caught.value)
    assert "Lưu thành" in str(caught.value) and name in str(caught.value)


def test_basis_sentences() -> None:
    basis, count = read_basis(
        "Căn cứ Quyết định số 15/QĐ-UBND ngày 05 tháng 3 năm 2024 của UBND tỉnh về việc "
        "ban hành kế hoạch; Thực hiện Công văn số 7/SNV-VP ngày 1-4-2024 của Sở Nội vụ. "
        "Sở báo cáo như sau:"
    )
    assert count == 2
    first, second = basis.references
    assert (first.kind, first.number, first.date) == (
        "Quyết định",
        "15/QĐ-UBND",
        datetime.date(2024, 3, 5),
    )
    assert (first.issuer, first.subject) == ("UBND tỉnh", "về việc ban hành kế hoạch")
    assert (second.issuer, second.subject, second.date) == (
        "Sở Nội vụ",
        "",
        datetime.date(2024, 4, 1),
    )
    assert basis.closing == "Sở báo cáo như sau:"


def test_tables_and_appendices_of_a_format_2_report(tmp_path: Path) -> None:
    draft = draftfile.load_path(drafts.FIXTURES / "bao-cao-v2-bang-phu-luc.json")
    imported = import_docx(wordfiles.report(tmp_path / "v2.docx", draft)).draft
    got, want = wordfiles.canonical(imported), wordfiles.canonical(draft)
    # What a Word file cannot say: the period the report covers.
    want.pop("period")
    assert got == want


def test_title_and_abstract_on_one_line(tmp_path: Path) -> None:
    w = wordfiles.Writer()
    w.para("BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024", bold=True, center=True)
    w.para("Nội dung.")
    draft = import_docx(w.save(tmp_path / "x.docx")).draft
    assert draft.title == "KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024"
