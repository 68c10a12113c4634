"""Decree 30 text rules: each rule finds its fault, and the forms the decree allows pass."""

from __future__ import annotations

import datetime

import pytest

from lanson_report.domain.model import (
    Agency,
    Basis,
    DocDate,
    Draft,
    Recipient,
    Reference,
    Signature,
)
from lanson_report.domain.textcheck.decree import decree_text
from lanson_report.domain.textcheck.ending import ending_findings, first_citations


def _found(text: str, starts: bool = True) -> list[tuple[str, str, tuple[str, ...]]]:
    return [
        (text[f.start : f.end], f.rule, f.suggestions) for f in decree_text(text, starts=starts)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tổ chức hội thảo.", [("tổ", "capital-start", ("Tổ",))]),
        ("- tổ chức hội thảo.", [("tổ", "capital-start", ("Tổ",))]),
        ("Đã xong. tiếp tục làm.", [("tiếp", "capital-sentence", ("Tiếp",))]),
        ("Tại tỉnh Lạng sơn có", [("Lạng sơn", "place-name", ("Lạng Sơn",))]),
        ("Tại thành phố thái nguyên", [("thái nguyên", "place-name", ("Thái Nguyên",))]),
        ("Trụ sở tại quận 1", [("quận", "place-name", ("Quận",))]),
        (
            "Gửi Hội liên hiệp Phụ nữ tỉnh",
            [("Hội liên hiệp Phụ nữ", "agency-name", ("Hội Liên hiệp Phụ nữ",))],
        ),
        ("Theo quyết định số 30/QĐ-UBND", [("quyết định", "doc-type", ("Quyết định",))]),
        (
            "Theo Khoản 2 điều 10 Luật",
            [("Khoản", "citation-case", ("khoản",)), ("điều", "citation-case", ("Điều",))],
        ),
        ("Họp ngày 5 tháng 1 năm 2024", [("5 tháng 1", "date-zero", ("05 tháng 01",))]),
        ("Họp ngày 5/3/2024", [("5/3", "date-zero", ("05/3",))]),
        ("Ngày 9 tháng 2 năm 2024, họp.", [("9 tháng 2", "date-zero", ("09 tháng 02",))]),
        ("Họp ngày 31/4/2024", [("31/4", "date-impossible", ())]),
        ("Họp ngày 29 tháng 2 năm 2023", [("29 tháng 2", "date-impossible", ())]),
        ("Số liệu đến tháng 13/2024", [("tháng 13/2024", "date-impossible", ())]),  # a trial
        ("Số liệu đến tháng 12/2024 và tháng 6 năm 2025", []),
        ("Kinh phí 1,000,000 đồng", [("1,000,000", "number-format", ("1.000.000",))]),
        ("Kinh phí 2.5 tỷ đồng", [("2.5", "number-format", ("2,5",))]),
        ("ÐOÀN", [("Ð", "lookalike", ("Đ",))]),
        ("Sở\u200bY tế", [("\u200b", "invisible", ("",))]),
        ("Sở  Y tế", [("  ", "double-space", (" ",))]),
        ("Sở Y tế , Sở Nội vụ", [(" ", "space-before", ("",))]),
        ("Thành phần gồm : xi măng", [(" ", "space-before", ("",))]),
        ("Trộn theo tỷ lệ 1 : 0,5 : 0,7 về khối lượng", []),  # a ratio
    ],
)
def test_each_rule_finds_its_fault(text: str, expected: list[object]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "1.1. Kết quả thực hiện; 1.000.000 đồng; 2,5 tỷ đồng; tăng 3,5 % so với",
        "Tổng kinh phí 1.250.000 đồng.",
        "Căn cứ điểm a khoản 2 Điều 103 Luật Tổ chức chính quyền địa phương.",
        "Khoản 2 Điều 10 quy định như sau.",
        "Họp ngày 05 tháng 01 năm 2024, ngày 18 tháng 3, ngày 15/10/2023.",
        "TM. Ủy ban nhân dân tỉnh. KT. Giám đốc, v.v. còn nữa; TP. Lạng Sơn.",
        "Ông nói: “tôi đồng ý. chúng tôi làm”.",
        "Mít tinh kỷ niệm Ngày 8/3 và Ngày 1/5.",
        "Tại tỉnh Lạng Sơn, thành phố Lạng Sơn, huyện Cao Lộc, Quận 1.",
        "Sở Văn hoá, Thể thao và Du lịch; Sở Văn hóa, Thể thao và Du lịch.",
        "a) nội dung thứ nhất",
        "Gồm hai việc: 1. tổ chức hội nghị; 2. báo cáo kết quả; mục II. tổng hợp",
        "Quyết định số 30/QĐ-UBND, Nghị định số 30/2020/NĐ-CP",
        # Blanks of a form, as Decree 30's own templates print them: no sentence ends.
        "Kết thúc vào …. giờ …., ngày …. tháng …. năm …../.",
    ],
)
def test_forms_the_decree_allows_pass(text: str) -> None:
    assert [f for f in _found(text) if f[1] != "capital-start"] == []


def test_a_label_before_the_first_word_is_skipped() -> None:
    assert _found("a) Nội dung") == []
    assert _found("b. Nội dung") == []
    assert _found("nội dung", starts=False) == []


def test_the_first_citation_needs_date_and_subject_later_ones_do_not() -> None:
    texts = [
        ("a", "Theo Quyết định số 731/QĐ-BKHCN ngày 09/5/2022 của Bộ KH&CN."),
        ("b", "Thực hiện Quyết định số 731/QĐ-BKHCN, Sở đã triển khai."),
        ("c", "Theo Kế hoạch số 12/KH-UBND ngày 10/01/2022 của UBND tỉnh về việc tổ chức."),
        ("d", "Căn cứ Công văn số 799/BKHCN-VP, Sở đã làm."),
    ]
    found = list(first_citations(texts, {"799/BKHCN-VP"}))
    assert [(f.where, texts[0][1][f.start : f.end]) for f in found] == [
        ("a", "Quyết định số 731/QĐ-BKHCN")
    ]


def _draft(**changes: object) -> Draft:
    draft = Draft(
        agency=Agency(name="SỞ KHOA HỌC VÀ CÔNG NGHỆ"),
        date=DocDate(2024, 5, 6),
        addressees=["Ủy ban nhân dân tỉnh"],
        basis=Basis([Reference(number="1/X", date=datetime.date(2024, 1, 2), subject="về")]),
        signature=Signature(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Nguyễn Văn An"),
        recipients=[Recipient("Như trên"), Recipient("Lưu")],
        archive="VT, VP",
    )
    for name, value in changes.items():
        setattr(draft, name, value)
    return draft


def _rules(draft: Draft) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(f.where, f.rule, f.suggestions) for f in ending_findings(draft)]


def test_a_correct_ending_passes() -> None:
    assert _rules(_draft()) == []


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"archive": "VP, VT"}, [("archive", "archive", ("VT, VP",))]),
        (
            {"recipients": [Recipient("UBND tỉnh")]},
            [("recipients[0].name", "recipients-first", ("Như trên",))],
        ),
        (
            {"signature": Signature(["TM. GIÁM ĐỐC"], "Nguyễn Văn An")},
            [("signature.lines[0]", "signer-tm", ())],
        ),
        (
            {"signature": Signature(["KT. GIÁM ĐỐC", "GIÁM ĐỐC"], "Nguyễn Văn An")},
            [("signature.lines[0]", "signer-kt", ())],
        ),
        (
            {"signature": Signature(["T/M ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Nguyễn Văn An")},
            [("signature.lines[0]", "signer-prefix", ("TM.",))],
        ),
        (
            {"signature": Signature(["GIÁM ĐỐC"], "TS. Nguyễn Văn An")},
            [("signature.name", "signer-title", ("",))],
        ),
        (
            {"signature": Signature(["GIÁM ĐỐC"], "Nguyễn văn an")},
            [("signature.name", "signer-name", ("Nguyễn Văn An",))],
        ),
    ],
)
def test_each_ending_fault_is_found_once(
    changes: dict[str, object], expected: list[tuple[str, str, tuple[str, ...]]]
) -> None:
    assert _rules(_draft(**changes)) == expected


def test_without_kinh_gui_the_recipients_may_start_anywhere() -> None:
    assert _rules(_draft(addressees=[], recipients=[Recipient("UBND tỉnh")])) == []
