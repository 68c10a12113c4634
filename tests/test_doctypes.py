"""The type registry and format version 3's document types in the draft file."""

from __future__ import annotations

from typing import Any

import pytest
from typesamples import SAMPLES, sample

from lanson_report.domain import doctypes
from lanson_report.domain.errors import DraftFormatError
from lanson_report.files import draftfile

# The contract table of ../shared/draft-format.md, "Document types".
CONTRACT = {
    "BC": ("BÁO CÁO", "optional"),
    "KH": ("KẾ HOẠCH", "none"),
    "TTr": ("TỜ TRÌNH", "required"),
    "TB": ("THÔNG BÁO", "none"),
    "CTr": ("CHƯƠNG TRÌNH", "none"),
    "ĐA": ("ĐỀ ÁN", "none"),
    "HD": ("HƯỚNG DẪN", "none"),
    "PA": ("PHƯƠNG ÁN", "none"),
    "CV": ("", "required"),
    "QĐ": ("QUYẾT ĐỊNH", "none"),
    "GM": ("GIẤY MỜI", "none"),
}


def test_the_registry_holds_exactly_the_contract_types() -> None:
    assert {t.code: (t.name, t.addressees) for t in doctypes.TYPES} == CONTRACT
    assert "\u0110" in doctypes.BY_CODE["ĐA"].code  # the Vietnamese letter, not D


@pytest.mark.parametrize(
    ("text", "code"), [("ttr", "TTr"), ("QD", "QĐ"), ("qđ", "QĐ"), ("BC", "BC"), ("XX", None)]
)
def test_a_code_is_recognised_in_any_case(text: str, code: str | None) -> None:
    found = doctypes.from_code_text(text)
    assert (found.code if found else None) == code


def test_a_type_line_names_its_type() -> None:
    assert doctypes.from_name("Kế  hoạch").code == "KH"  # type: ignore[union-attr]
    assert doctypes.from_name("BIÊN BẢN") is None


@pytest.mark.parametrize("code", list(SAMPLES))
def test_each_type_round_trips_through_the_file(code: str) -> None:
    raw = sample(code)
    draft = draftfile.from_dict(raw)
    assert draft.doc_type == code
    out = draftfile.to_dict(draft)
    assert out["format_version"] == 3
    assert draftfile.from_dict(out) == draft
    for key in ("unit", "authority", "proposal", "invitation", "addressees"):
        assert out.get(key) == raw.get(key)


def test_a_cong_van_symbol_is_agency_then_unit_and_never_cv() -> None:
    draft = draftfile.from_dict(sample("CV"))
    assert draft.full_symbol == "SKHCN-VP"
    assert draft.type_name == ""
    assert draftfile.from_dict(sample("KH")).full_symbol == "KH-SKHCN"


def _refused(raw: dict[str, Any]) -> str:
    with pytest.raises(DraftFormatError) as caught:
        draftfile.from_dict(raw)
    return str(caught.value)


@pytest.mark.parametrize(
    ("code", "key", "value", "message"),
    [
        ("TTr", "addressees", [], "addressees: Tờ trình cần ít nhất một dòng Kính gửi"),
        ("CV", "addressees", [" "], "addressees: Công văn cần ít nhất một dòng Kính gửi"),
        ("KH", "addressees", ["UBND tỉnh"], "addressees: Kế hoạch không có Kính gửi"),
        ("CV", "unit", "", "unit: Công văn cần ký hiệu đơn vị soạn thảo"),
        ("QĐ", "authority", "", "authority: Quyết định cần dòng thẩm quyền"),
        ("KH", "authority", "GIÁM ĐỐC", "authority: khóa này chỉ dùng cho loại văn bản khác"),
    ],
)
def test_what_a_type_cannot_print_without_is_refused_by_name(
    code: str, key: str, value: Any, message: str
) -> None:
    raw = sample(code)
    raw[key] = value
    assert message in _refused(raw)
    assert draftfile.from_dict(raw, lenient=True).doc_type == code  # the store keeps it


def test_a_giay_moi_needs_its_invitation() -> None:
    raw = sample("GM")
    del raw["invitation"]
    assert "invitation: Giấy mời cần nội dung mời" in _refused(raw)
    raw = sample("GM")
    del raw["invitation"]["place"]
    assert "invitation.place: thiếu trường bắt buộc" in _refused(raw)


def test_a_part_stands_only_at_the_top_of_a_roman_outline() -> None:
    raw = sample("ĐA")
    raw["sections"][0]["sections"][0]["part"] = True
    assert "sections[0].sections[0].part: chỉ mục cấp cao nhất" in _refused(raw)
    raw = sample("ĐA")
    raw["outline"] = "arabic"
    raw["sections"][0]["sections"] = []
    raw["sections"][1]["sections"] = []
    assert "sections[0].part" in _refused(raw)
    assert draftfile.from_dict(raw, lenient=True).sections[0].part  # the store saves it


def test_version_3_keys_in_an_older_file_are_named() -> None:
    raw = sample("QĐ") | {"format_version": 2}
    assert 'doc_type: loại văn bản "QĐ" cần "format_version": 3 (tệp ghi 2)' in _refused(raw)
    raw = sample("ĐA") | {"format_version": 2, "doc_type": "BC"}
    assert 'sections[0].part: khóa này cần "format_version": 3' in _refused(raw)


def test_articles_nest_three_deep() -> None:
    raw = sample("QĐ")
    raw["sections"][0]["sections"][0]["sections"] = [
        {"heading": "", "blocks": [], "sections": [{"heading": "", "blocks": []}]}
    ]
    assert "mục lồng quá sâu" in _refused(raw)


def test_the_layout_facts_the_wizard_asks_follow_the_types_page() -> None:
    """decree30-types.md: a công văn has no căn cứ block and prints `V/v`; a quyết định's
    căn cứ are lines; a giấy mời has none and is one form."""
    basis = {t.code: t.basis for t in doctypes.TYPES}
    assert basis == {code: "paragraph" for code in CONTRACT} | {
        "CV": "none",
        "GM": "none",
        "QĐ": "lines",
    }
    assert {t.code for t in doctypes.TYPES if t.title_prefix} == {"CV"}
    assert doctypes.BY_CODE["CV"].title_prefix == "V/v"
    assert {t.code: t.body_step for t in doctypes.TYPES if t.body_step != "Nội dung"} == {
        "QĐ": "Điều",
        "GM": "Nội dung mời",
    }
    assert [t.code for t in doctypes.TYPES if t.one_form] == ["GM"]
