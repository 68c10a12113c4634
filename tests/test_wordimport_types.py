"""Every document type's Word file imports back to the draft it came from: typed by an
office (python-docx, raw XML; header in a layout table or on tabbed lines) and written by
the app's own DOCX export. Types the app does not write come in whole, as the closest."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import pytest
import realfiles
import typefiles
import wordfiles
from typesamples import SAMPLES, sample

from lanson_report.cli import export
from lanson_report.domain.model import Draft, Section
from lanson_report.files import draftfile
from lanson_report.wordimport import Imported, import_docx

# Known gaps outside this import, each a strict xfail that turns red the day it closes
# (none left: the numbered paragraphs and every type's printing have landed).
TYPED_NOT_YET: dict[str, str] = {}
PRINTED_NOT_YET: dict[str, str] = {}


def _marked(gaps: dict[str, str]) -> list[Any]:
    return [
        pytest.param(code, marks=[pytest.mark.xfail(reason=gaps[code], strict=True)])
        if code in gaps
        else code
        for code in SAMPLES
    ]


def comparable(draft: Draft) -> dict[str, Any]:
    """The draft as compared: headings that print in capitals compared in capitals (the
    import edits them in sentence case), and an opening sentence with no reference
    compared as the body's first paragraph, which prints the same."""
    _capitals(draft.sections, draft.outline)
    basis = draft.basis
    if not basis.references and basis.closing and draft.sections:
        first = draft.sections[0]
        paragraph = draftfile.from_dict(_one_paragraph(basis.closing)).sections[0].blocks[0]
        first.blocks.insert(0, paragraph)
        basis.closing = ""
    data = wordfiles.canonical(draft)
    data.pop("format_version")
    return data


def _capitals(sections: list[Section], outline: str) -> None:
    for section in sections:
        if section.part or outline == "roman":
            section.heading = section.heading.upper()
        if section.part:
            _capitals(section.sections, outline)


def _one_paragraph(text: str) -> dict[str, Any]:
    raw = sample("KH")
    raw["sections"] = [{"heading": "", "blocks": [{"kind": "paragraph", "text": text}]}]
    return raw


def _draft(code: str) -> Draft:
    return draftfile.from_dict(sample(code))


@pytest.mark.parametrize("layout", ["table", "tabs"])
@pytest.mark.parametrize("code", _marked(TYPED_NOT_YET))
def test_each_type_typed_in_word_imports_as_its_draft(
    tmp_path: Path, code: str, layout: str
) -> None:
    draft = _draft(code)
    path = typefiles.document(tmp_path / f"{code}.docx", draft, tabs=layout == "tabs")
    imported = import_docx(path)
    assert comparable(imported.draft) == comparable(_draft(code))
    assert imported.review.unplaced == []
    assert _fields(imported)["Loại văn bản"] == TYPE_FOUND[code]


TYPE_FOUND = {
    code: f"{name.capitalize()} ({code}), theo tên loại “{name}”"
    for code, name in typefiles.NAMES.items()
} | {"CV": "Công văn (CV), không có tên loại, có dòng V/v"}


def test_a_cong_van_saved_by_word_imports_as_its_draft(tmp_path: Path) -> None:
    """Raw XML: V/v wrapped by line breaks in one paragraph, runs split mid-word."""
    imported = import_docx(typefiles.raw_letter(tmp_path / "cv.docx", _draft("CV")))
    assert comparable(imported.draft) == comparable(_draft("CV"))
    assert imported.review.unplaced == []


@pytest.mark.parametrize("code", _marked(PRINTED_NOT_YET))
def test_each_type_exported_by_the_app_imports_as_its_draft(tmp_path: Path, code: str) -> None:
    path = tmp_path / f"{code}.docx"
    export.write(_draft(code), path, "docx")
    imported = import_docx(path)
    assert comparable(imported.draft) == comparable(_draft(code))
    assert imported.review.unplaced == []
    assert _fields(imported)["Loại văn bản"] == TYPE_FOUND[code]


def _fields(imported: Imported) -> dict[str, str]:
    return {item.label: item.value for item in imported.review.fields if item.found}


def test_the_review_names_the_type_and_each_header_field(tmp_path: Path) -> None:
    imported = import_docx(typefiles.document(tmp_path / "cv.docx", _draft("CV")))
    found = _fields(imported)
    assert found["Loại văn bản"] == "Công văn (CV), không có tên loại, có dòng V/v"
    assert found["Cơ quan ban hành"] == "SỞ KHOA HỌC VÀ CÔNG NGHỆ"
    assert (found["Số"], found["Ký hiệu"]) == ("12", "SKHCN-VP")
    assert found["Đơn vị soạn thảo (ký hiệu)"] == "VP"
    assert (found["Địa danh"], found["Ngày tháng năm"]) == ("Lạng Sơn", "ngày 14 tháng 3 năm 2025")
    assert found["Trích yếu"].startswith("đề nghị báo cáo kết quả")
    assert found["Kính gửi"] == "Các sở, ban, ngành tỉnh; UBND các huyện, thành phố"
    assert imported.review.missing() == []


def test_the_review_lists_a_decision_s_and_an_invitation_s_fields(tmp_path: Path) -> None:
    decision = _fields(import_docx(typefiles.document(tmp_path / "qd.docx", _draft("QĐ"))))
    assert decision["Loại văn bản"] == "Quyết định (QĐ), theo tên loại “QUYẾT ĐỊNH”"
    assert decision["Thẩm quyền ban hành"] == "GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ"
    assert decision["Theo đề nghị của"] == "Theo đề nghị của Trưởng phòng Quản lý khoa học."
    assert decision["Đề mục"] == "3 điều"
    assert decision["Căn cứ 1"] == "Căn cứ Quyết định số 19/2021/QĐ-UBND"
    invitation = _fields(import_docx(typefiles.document(tmp_path / "gm.docx", _draft("GM"))))
    assert invitation["Chủ trì"] == "Đồng chí Giám đốc Sở Khoa học và Công nghệ"
    assert invitation["Thời gian"] == "08 giờ 00 phút, thứ Sáu, ngày 21/3/2025"


# -- what offices write that the app does not --------------------------------------------
def _office(tmp_path: Path, name: str, lines: list[tuple[str, str, bool]], **kw: Any) -> Path:
    """A report-shaped file: a layout-table header, then (text, flags, centred) lines."""
    clerk = typefiles.Clerk()
    left = [[(kw.get("parent", "UBND TỈNH LẠNG SƠN"), "")], [(kw.get("agency", "SỞ NỘI VỤ"), "b")]]
    left += [[("*" if kw.get("party") else "_____", "")]]
    if kw.get("number"):
        left.append([(kw["number"], "")])
    right = [[(kw.get("nation", typefiles.NATION), "b")]]
    right += [] if kw.get("party") else [[(typefiles.MOTTO, "b")]]
    if kw.get("date", True):
        right.append([("Lạng Sơn, ngày 20 tháng 5 năm 2025", "i")])
    clerk.table(left, right, (3900, 5600))
    for text, flags, centred in lines:
        clerk.para([(text, flags)], center=centred)
    clerk.para("Trên đây là nội dung của Sở Nội vụ./.")
    clerk.table([[("Nơi nhận:", "bi")], [("- Lưu: VT.", "")]], [[("GIÁM ĐỐC", "b")]], (4500, 5000))
    return clerk.save(tmp_path / name)


MINUTES = [
    ("BIÊN BẢN", "b", True),
    ("Họp Hội đồng thi đua, khen thưởng Sở Nội vụ năm 2025", "b", True),
    (
        "Hồi 14 giờ ngày 20/5/2025, tại phòng họp Sở Nội vụ, Hội đồng họp xét khen thưởng.",
        "",
        False,
    ),
    ("1. Thành phần", "b", False),
    ("Có 7/7 thành viên Hội đồng dự họp.", "", False),
]


def _words_kept(typed: list[str], draft: Draft) -> list[str]:
    """The words typed that are nowhere in the draft's text (fields and body alike)."""
    texts: list[str] = []

    def walk(value: Any) -> None:
        if isinstance(value, str):
            texts.append(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(draftfile.to_dict(draft))
    have = {realfiles._word(word) for text in texts for word in text.split()}
    return [word for word in typed if realfiles._word(word) not in have]


def test_a_minutes_imports_as_a_report_with_everything_kept(tmp_path: Path) -> None:
    path = _office(tmp_path, "bb.docx", MINUTES, number="Số: 05/BB-SNV")
    imported = import_docx(path)
    draft = imported.draft
    assert (draft.doc_type, draft.number, draft.full_symbol) == ("BC", "5", "BB-SNV")
    assert draft.title == "Họp Hội đồng thi đua, khen thưởng Sở Nội vụ năm 2025"
    assert (draft.agency.name, draft.date) == ("SỞ NỘI VỤ", draft.date.__class__(2025, 5, 20))
    typed = [word for text, _, _ in MINUTES[1:] for word in text.split() if word != "1."]
    assert _words_kept(typed, draft) == []
    assert any(
        n.startswith("Loại văn bản “Biên bản” chương trình chưa") for n in imported.review.notes
    )
    found = _fields(imported)
    assert found["Loại văn bản"] == "Báo cáo (BC), gần nhất với “BIÊN BẢN”"


def test_a_speech_with_no_number_imports_as_a_report(tmp_path: Path) -> None:
    lines = [("THAM LUẬN", "b", True), ("Nâng cao chất lượng công chức cấp xã", "b", True)]
    lines.append(("Công chức cấp xã là lực lượng gần dân nhất.", "", False))
    imported = import_docx(_office(tmp_path, "tl.docx", lines))
    assert imported.draft.doc_type == "BC"
    assert imported.draft.title == "Nâng cao chất lượng công chức cấp xã"
    assert any("“Tham luận”" in note for note in imported.review.notes)


def test_a_party_document_imports_as_its_type_under_decree_30(tmp_path: Path) -> None:
    lines = [("BÁO CÁO", "b", True), ("Kết quả lãnh đạo 6 tháng đầu năm 2025", "b", True)]
    lines.append(("Ban Thường vụ Đảng ủy báo cáo như sau:", "", False))
    path = _office(
        tmp_path,
        "dang.docx",
        lines,
        parent="ĐẢNG BỘ TỈNH LẠNG SƠN",
        agency="ĐẢNG ỦY KHỐI CƠ QUAN",
        number="Số 45-BC/ĐUK",
        nation="ĐẢNG CỘNG SẢN VIỆT NAM",
        party=True,
    )
    imported = import_docx(path)
    draft = imported.draft
    assert (draft.doc_type, draft.number, draft.agency.abbreviation) == ("BC", "45", "ĐUK")
    assert (draft.agency.parent, draft.agency.name) == (
        "ĐẢNG BỘ TỈNH LẠNG SƠN",
        "ĐẢNG ỦY KHỐI CƠ QUAN",
    )
    assert imported.review.unplaced == []
    assert any(note.startswith("Văn bản của Đảng") for note in imported.review.notes)


def test_a_type_line_nobody_knows_imports_as_a_report_and_says_so(tmp_path: Path) -> None:
    lines = [("TỜ KHAI", "b", True), ("Đăng ký thi đua năm 2025", "b", True)]
    lines.append(("Sở Nội vụ đăng ký các danh hiệu thi đua sau.", "", False))
    imported = import_docx(_office(tmp_path, "tk.docx", lines, number="Số: 07/TK-SNV"))
    assert (imported.draft.doc_type, imported.draft.full_symbol) == ("BC", "TK-SNV")
    assert imported.draft.title == "Đăng ký thi đua năm 2025"
    assert any(n.startswith("Không nhận ra loại văn bản “TỜ KHAI”") for n in imported.review.notes)


def test_the_code_names_the_type_when_the_type_line_is_missing(tmp_path: Path) -> None:
    lines = [("Triển khai công tác cải cách hành chính năm 2025", "b", True)]
    lines.append(("I. MỤC ĐÍCH, YÊU CẦU", "b", False))
    imported = import_docx(_office(tmp_path, "kh.docx", lines, number="Số: 15/KH-SNV"))
    assert (imported.draft.doc_type, imported.draft.agency.abbreviation) == ("KH", "SNV")
    assert _fields(imported)["Loại văn bản"] == "Kế hoạch (KH), theo mã trong ký hiệu"


def test_a_kinh_gui_a_type_has_no_place_for_stays_in_the_text(tmp_path: Path) -> None:
    lines = [("KẾ HOẠCH", "b", True), ("Tuyên truyền cải cách hành chính năm 2025", "b", True)]
    lines += [("Kính gửi: Các phòng thuộc Sở.", "", True), ("I. MỤC ĐÍCH", "b", False)]
    imported = import_docx(_office(tmp_path, "kh.docx", lines, number="Số: 15/KH-SNV"))
    draft = imported.draft
    assert draft.addressees == []
    assert draft.sections[0].blocks[0].text == "Kính gửi: Các phòng thuộc Sở."  # type: ignore[union-attr]
    assert any(n.startswith("Kế hoạch không có Kính gửi") for n in imported.review.notes)
    draftfile.from_dict(draftfile.to_dict(draft))  # a KH with addressees would be refused


def test_a_missing_date_stays_blank_and_is_never_today_s(tmp_path: Path) -> None:
    lines = [("KẾ HOẠCH", "b", True), ("Tổ chức Hội nghị tổng kết năm 2023", "b", True)]
    lines.append(("I. MỤC ĐÍCH", "b", False))
    path = _office(tmp_path, "kh.docx", lines, number="Số: 15/KH-SNV", date=False)
    imported = import_docx(path)
    date = imported.draft.date
    assert (date.year, date.month, date.day) == (2023, None, None)
    assert "Ngày tháng năm" in imported.review.missing()
    assert any("năm 2023 lấy theo trích yếu" in n for n in imported.review.notes)


def test_with_no_year_anywhere_the_review_says_the_year_is_only_a_stand_in(tmp_path: Path) -> None:
    lines = [("KẾ HOẠCH", "b", True), ("Tổ chức Hội nghị tổng kết", "b", True)]
    lines.append(("I. MỤC ĐÍCH", "b", False))
    path = _office(tmp_path, "kh.docx", lines, number="Số: 15/KH-SNV", date=False)
    imported = import_docx(path)
    today = datetime.date.today().year
    assert (imported.draft.date.year, imported.draft.date.month) == (today, None)
    assert any("năm nay, vì văn bản không nêu năm nào" in n for n in imported.review.notes)


def test_a_decision_s_law_and_proposal_lines_are_kept_as_typed(tmp_path: Path) -> None:
    lines = [("QUYẾT ĐỊNH", "b", True), ("Về việc kiện toàn Hội đồng thi đua", "b", True)]
    lines += [("_____", "", True), ("GIÁM ĐỐC SỞ NỘI VỤ", "b", True)]
    lines += [
        ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;", "i", False),
        ("Xét đề nghị của Chánh Văn phòng Sở.", "i", False),
        ("QUYẾT ĐỊNH:", "b", True),
        ("Điều 1. Kiện toàn Hội đồng thi đua, khen thưởng Sở Nội vụ gồm:", "", False),
        ("a) Chủ tịch Hội đồng: Giám đốc Sở;", "", False),
        ("Điều 2. Hiệu lực", "b", False),
        ("Quyết định có hiệu lực từ ngày ký.", "", False),
    ]
    imported = import_docx(_office(tmp_path, "qd.docx", lines, number="Số: 15/QĐ-SNV"))
    draft = imported.draft
    (law,) = draft.basis.references
    assert (law.lead, law.kind, law.number) == (
        "Căn cứ",
        "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015",
        "",
    )
    assert draft.proposal == "Xét đề nghị của Chánh Văn phòng Sở."
    assert draft.authority == "GIÁM ĐỐC SỞ NỘI VỤ"
    first, second = draft.sections
    assert first.heading == "" and first.blocks[0].text.startswith("Kiện toàn")  # type: ignore[union-attr]
    assert second.heading == "Hiệu lực"
    # a điểm typed right under its Điều (no khoản above it) stays a line of the article
    assert first.sections == []
    assert first.blocks[1].text == "a) Chủ tịch Hội đồng: Giám đốc Sở;"  # type: ignore[union-attr]
    assert draft.outline == "articles"


def test_an_authority_right_under_the_trich_yeu_is_no_part_of_it(tmp_path: Path) -> None:
    """The rule under the trích yếu drawn as a border, not typed: nothing between them."""
    lines = [("QUYẾT ĐỊNH", "b", True), ("Về việc kiện toàn Hội đồng thi đua", "b", True)]
    lines += [("GIÁM ĐỐC SỞ NỘI VỤ", "b", True), ("Căn cứ Luật Thi đua, khen thưởng;", "i", False)]
    lines += [("QUYẾT ĐỊNH:", "b", True), ("Điều 1. Kiện toàn Hội đồng thi đua.", "", False)]
    draft = import_docx(_office(tmp_path, "qd.docx", lines, number="Số: 15/QĐ-SNV")).draft
    assert (draft.title, draft.authority) == (
        "Về việc kiện toàn Hội đồng thi đua",
        "GIÁM ĐỐC SỞ NỘI VỤ",
    )


def test_an_invitation_s_invitees_on_lines_of_their_own_and_bold_labels(tmp_path: Path) -> None:
    clerk = typefiles.Clerk()
    clerk.table(
        [[("SỞ NỘI VỤ", "b")], [("Số: 03/GM-SNV", "")]],
        [[(typefiles.NATION, "b")], [(typefiles.MOTTO, "b")], [("Lạng Sơn, ngày 02/6/2025", "i")]],
        (3900, 5600),
    )
    clerk.para([("GIẤY MỜI", "b")], center=True)
    clerk.para([("Dự Hội nghị sơ kết công tác 6 tháng", "b")], center=True)
    clerk.para("Sở Nội vụ tỉnh Lạng Sơn trân trọng kính mời:")
    clerk.para("- Lãnh đạo các phòng thuộc Sở;")
    clerk.para("- Chuyên viên phụ trách thi đua.")
    clerk.para("Tới dự: Hội nghị sơ kết công tác 6 tháng đầu năm 2025.")
    clerk.para([("Thời gian: ", "b"), ("14 giờ 00, ngày 10/6/2025.", "")])
    clerk.para([("Địa điểm: ", "b"), ("Phòng họp tầng 2, Sở Nội vụ.", "")])
    clerk.para("Đề nghị các đại biểu đến dự đúng giờ./.")
    imported = import_docx(clerk.save(tmp_path / "gm.docx"))
    draft = imported.draft
    assert draft.invitation is not None
    assert draft.invitation.invitees == (
        "- Lãnh đạo các phòng thuộc Sở; - Chuyên viên phụ trách thi đua."
    )
    assert draft.invitation.event == "Hội nghị sơ kết công tác 6 tháng đầu năm 2025."
    assert (draft.invitation.chair, draft.invitation.time) == ("", "14 giờ 00, ngày 10/6/2025.")
    assert draft.invitation.place == "Phòng họp tầng 2, Sở Nội vụ."
    assert draft.agency.name_in_text == "Sở Nội vụ tỉnh Lạng Sơn"
    assert [b.text for b in draft.sections[0].blocks] == [  # type: ignore[union-attr]
        "Đề nghị các đại biểu đến dự đúng giờ./."
    ]
    assert "Chủ trì" in imported.review.missing()
    assert (draft.date.year, draft.date.month, draft.date.day) == (2025, 6, 2)  # `ngày 02/6/2025`
    assert imported.review.unplaced == []


@pytest.mark.parametrize("typed", ["dashes", "bullets", "plain"])
def test_several_addressees_under_kinh_gui_alone(tmp_path: Path, typed: str) -> None:
    """`Kính gửi:` alone, then one line per addressee: typed with dashes, as Word's
    bullets (no dash in the text) or with no mark at all."""
    draft = _draft("TTr")
    draft.addressees = []
    clerk = typefiles.Clerk()
    typefiles._header(clerk, draft, tabs=False)
    clerk.para([("TỜ TRÌNH", "b")], center=True)
    clerk.para([(draft.title, "b")], center=True)
    clerk.para("Kính gửi:", center=True)
    names = ["Ủy ban nhân dân tỉnh Lạng Sơn;", "Sở Tài chính tỉnh Lạng Sơn."]
    for name in names:
        if typed == "bullets":
            clerk.doc.add_paragraph(name, style="List Bullet")
        else:
            clerk.para(f"- {name}" if typed == "dashes" else name)
    clerk.para("Sở Khoa học và Công nghệ kính trình như sau:")
    clerk.para([("I. SỰ CẦN THIẾT", "b")])
    clerk.para("Căn cứ kết quả tư vấn xác định.")
    imported = import_docx(clerk.save(tmp_path / "ttr.docx"))
    assert imported.draft.addressees == [
        "Ủy ban nhân dân tỉnh Lạng Sơn",
        "Sở Tài chính tỉnh Lạng Sơn",
    ]
    assert imported.draft.basis.closing == "Sở Khoa học và Công nghệ kính trình như sau:"


def test_a_date_line_left_for_the_records_office_keeps_its_blanks(tmp_path: Path) -> None:
    """`ngày   tháng   năm 20…`: typed for the records office to fill in by hand."""
    clerk = typefiles.Clerk()
    left = [[("SỞ NỘI VỤ", "b")], [("Số:      /KH-SNV", "")]]
    right = [[(typefiles.NATION, "b")], [(typefiles.MOTTO, "b")]]
    right.append([("Lạng Sơn, ngày      tháng      năm 20…", "i")])
    clerk.table(left, right, (3900, 5600))
    clerk.para([("KẾ HOẠCH", "b")], center=True)
    clerk.para([("Tập huấn nghiệp vụ văn thư năm 2026", "b")], center=True)
    clerk.para([("I. MỤC ĐÍCH", "b")])
    imported = import_docx(clerk.save(tmp_path / "kh.docx"))
    draft = imported.draft
    assert (draft.number, draft.place) == ("", "Lạng Sơn")
    assert (draft.date.year, draft.date.month, draft.date.day) == (2026, None, None)
    assert any("năm 2026 lấy theo trích yếu" in note for note in imported.review.notes)
    assert imported.review.unplaced == []
