"""Draft exchange format v1: load, validate (errors name the field), migrate, dump."""

from __future__ import annotations

import copy
import json
import unicodedata
from pathlib import Path
from typing import Any

import drafts
import pytest

from lanson_report.domain.errors import DraftFormatError
from lanson_report.files import draftfile


def _refused(raw: Any) -> str:
    with pytest.raises(DraftFormatError) as caught:
        draftfile.from_dict(raw)
    message = str(caught.value)
    assert "\n" not in message
    return message


def _with(path: str, value: Any, base: dict[str, Any] | None = None) -> dict[str, Any]:
    """A copy of the example with the value at a dotted path (`sections.1.blocks.0.kind`)."""
    raw = copy.deepcopy(base or drafts.example())
    *parents, last = path.split(".")
    node: Any = raw
    for part in parents:
        node = node[int(part)] if part.isdigit() else node[part]
    if value is _DELETE:
        del node[int(last) if last.isdigit() else last]
    else:
        node[int(last) if last.isdigit() else last] = value
    return raw


_DELETE = object()

CASES = [
    ("agency.nme", "Sở", "agency.nme: khóa không được hỗ trợ", "parent, name, abbreviation"),
    ("titel", "x", "titel: khóa không được hỗ trợ", "title"),
    (
        "sections.1.blocks.0.kind",
        "para",
        'sections[1].blocks[0].kind: giá trị "para"',
        "paragraph, bullet, subbullet",
    ),
    (
        "sections.0.blocks.0.colour",
        "red",
        "sections[0].blocks[0].colour: khóa không được hỗ trợ",
        "kind, text",
    ),
    (
        "sections.1.blocks.0.text.1.bold",
        "yes",
        "sections[1].blocks[0].text[1].bold: cần true",
        "true hoặc false",
    ),
    (
        "sections.1.blocks.0.text.1.text",
        5,
        "sections[1].blocks[0].text[1].text: cần một chuỗi",
        "số 5",
    ),
    ("date.month", 13, "date.month: tháng 13 không hợp lệ", "1 đến 12, hoặc null để trống"),
    ("date.month", 0, "date.month: tháng 0 không hợp lệ", "1 đến 12"),
    ("date.day", 32, "date.day: ngày 32 không hợp lệ", "1 đến 31"),
    ("date.year", "2022", "date.year: cần một số nguyên", 'chuỗi "2022"'),
    ("date.year", True, "date.year: cần một số nguyên", "true/false"),
    ("date.month", 5.5, "date.month: cần một số nguyên", "số 5.5"),
    ("basis.references.0.date", "28/4/2022", 'basis.references[0].date: "28/4/2022"', "YYYY-MM-DD"),
    (
        "basis.references.1.date",
        "2022-02-30",
        'basis.references[1].date: "2022-02-30"',
        "YYYY-MM-DD",
    ),
    ("basis.references.0.date", "20220428", 'basis.references[0].date: "20220428"', "YYYY-MM-DD"),
    ("basis.references.0.lead", "", "basis.references[0].lead: không được để trống", ""),
    ("signature.lines", ["GIÁM ĐỐC", "  "], "signature.lines[1]: không được để trống", ""),
    ("signature.lines", [], "signature.lines: cần ít nhất một dòng", "GIÁM ĐỐC"),
    ("signature.name", None, "signature.name: cần một chuỗi", "null"),
    ("recipients.2.name", "", "recipients[2].name: không được để trống", ""),
    ("recipients.0", "Bộ KH&CN", "recipients[0]: cần một đối tượng", ""),
    ("sections", {}, "sections: cần một danh sách", ""),
    ("number", "5a", 'number: số văn bản "5a"', "chữ số"),
    ("number", 5, "number: cần một chuỗi", "số 5"),
    ("outline", "greek", 'outline: giá trị "greek" không hợp lệ', "arabic, roman"),
    ("doc_type", "BB", 'doc_type: giá trị "BB" không hợp lệ', "BC, KH, TTr"),
    ("doc_type", "QĐ", 'doc_type: loại văn bản "QĐ" cần "format_version": 3', ""),
    ("unit", "VP", 'unit: khóa này cần "format_version": 3', ""),
    ("id", "abc", 'id: "abc" không phải mã UUID', ""),
    ("addressees", "UBND tỉnh", "addressees: cần một danh sách", ""),
    ("title", _DELETE, "title: thiếu trường bắt buộc", ""),
    ("agency", _DELETE, "agency: thiếu trường bắt buộc", ""),
    ("signature.name", _DELETE, "signature.name: thiếu trường bắt buộc", ""),
]


@pytest.mark.parametrize(("path", "value", "start", "hint"), CASES, ids=[c[0] for c in CASES])
def test_each_malformed_field_is_refused_by_name(
    path: str, value: Any, start: str, hint: str
) -> None:
    message = _refused(_with(path, value))
    assert message.startswith(start), message
    assert hint in message


def test_thirtieth_of_february_is_refused() -> None:
    raw = _with("date", {"year": 2022, "month": 2, "day": 30})
    assert _refused(raw) == "date.day: ngày 30 không có trong tháng 2/2022 (tháng này có 28 ngày)"
    leap = _with("date", {"year": 2024, "month": 2, "day": 29})
    assert draftfile.from_dict(leap).date.day == 29


def test_nesting_deeper_than_the_arabic_outline() -> None:
    raw = drafts.roman_commune()
    del raw["outline"]
    message = _refused(raw)
    assert message.startswith("sections[0].sections[0].sections[0]: mục lồng quá sâu")
    assert '"roman"' in message


def test_nesting_deeper_than_the_roman_outline() -> None:
    raw = drafts.roman_commune()
    raw["sections"][0]["sections"][0]["sections"][0]["sections"] = [{"heading": "x", "blocks": []}]
    assert _refused(raw).startswith(
        'sections[0].sections[0].sections[0].sections[0]: mục lồng quá sâu; dàn ý "roman" '
        "cho phép tối đa 3 cấp"
    )


def test_newer_format_version_is_refused_as_newer() -> None:
    message = _refused(_with("format_version", 4))
    assert message.startswith("format_version: tệp này được tạo bằng phiên bản mới hơn")
    assert "cập nhật" in message


def test_not_a_draft_file() -> None:
    assert _refused({"format": "something"}).startswith("format: tệp không phải bản nháp")
    assert _refused([1, 2]).startswith("(tệp): cần một đối tượng")


def _write(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / "draft.json"
    path.write_bytes(data)
    return path


def test_errors_name_the_file(tmp_path: Path) -> None:
    path = _write(tmp_path, json.dumps(_with("date.month", 13)).encode())
    with pytest.raises(DraftFormatError) as caught:
        draftfile.load_path(path)
    assert (
        str(caught.value)
        == f"{path}: date.month: tháng 13 không hợp lệ; chấp nhận 1 đến 12, hoặc null để trống"
    )


def test_invalid_json_names_line_and_column(tmp_path: Path) -> None:
    path = _write(tmp_path, b'{\n  "format": "lanson-report/draft",\n  "title": \n}')
    with pytest.raises(
        DraftFormatError, match=r"draft.json: không phải JSON hợp lệ ở dòng 4, cột 1"
    ):
        draftfile.load_path(path)


def test_not_utf8_is_refused(tmp_path: Path) -> None:
    text = json.dumps(drafts.example(), ensure_ascii=False)
    path = _write(tmp_path, text.encode("utf-16"))
    with pytest.raises(DraftFormatError, match="không phải văn bản UTF-8"):
        draftfile.load_path(path)


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(DraftFormatError, match="không đọc được tệp"):
        draftfile.load_path(tmp_path / "none.json")


def test_byte_order_mark_as_notepad_writes_it(tmp_path: Path) -> None:
    text = json.dumps(drafts.example(), ensure_ascii=False)
    path = _write(tmp_path, b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert draftfile.load_path(path).signature.name == "Nguyễn Thị Hà"


def test_every_string_is_normalised_to_nfc() -> None:
    raw = drafts.example()
    raw = json.loads(unicodedata.normalize("NFD", json.dumps(raw, ensure_ascii=False)))
    assert raw["signature"]["name"] != "Nguyễn Thị Hà"
    draft = draftfile.from_dict(raw)
    assert draft.signature.name == "Nguyễn Thị Hà"
    assert draft.agency.name == "SỞ KHOA HỌC VÀ CÔNG NGHỆ"
    assert draftfile.to_dict(draft) == draftfile.to_dict(draftfile.from_dict(drafts.example()))


def test_round_trip_of_the_example(example_path: Path, tmp_path: Path) -> None:
    original = json.loads(example_path.read_text(encoding="utf-8"))
    draft = draftfile.load_path(example_path)
    out = tmp_path / "out.json"
    draftfile.dump_path(draft, out)
    dumped = json.loads(out.read_text(encoding="utf-8"))
    assert dumped.pop("outline") == "arabic"  # the default, written out explicitly
    assert dumped == original
    assert draftfile.load_path(out) == draft


@pytest.mark.parametrize(
    "factory", [drafts.roman_commune, drafts.long_names, lambda: drafts.pages(2)]
)
def test_round_trip_of_other_reports(factory: Any) -> None:
    draft = draftfile.from_dict(factory())
    assert draftfile.loads(draftfile.dumps(draft)) == draft


def test_id_is_assigned_when_missing() -> None:
    raw = drafts.minimal()
    first, second = draftfile.from_dict(raw), draftfile.from_dict(raw)
    assert first.id and first.id != second.id


def test_markup_like_text_is_kept_as_typed() -> None:
    raw = drafts.minimal(title='Báo cáo <b>KH&CN</b> & "đổi mới" <')
    assert draftfile.from_dict(raw).title == 'Báo cáo <b>KH&CN</b> & "đổi mới" <'


def test_every_fixture_version_still_opens() -> None:
    for path in sorted(drafts.FIXTURES.glob("draft-v*.json")):
        draft = draftfile.load_path(path)
        assert draft.signature.name, path


@pytest.mark.parametrize(
    ("text", "explained"),
    [
        ("", "thiếu giá trị"),
        ('{"title": "x",}', "cần tên khóa trong dấu ngoặc kép"),
        ('{"title" "x"}', "thiếu dấu hai chấm"),
        ('{"a": 1 "b": 2}', "thiếu dấu phẩy"),
        ('{"title": "x', "chuỗi chưa có dấu ngoặc kép đóng"),
        ("{} {}", "còn dữ liệu thừa"),
    ],
)
def test_json_mistakes_are_explained_in_vietnamese(text: str, explained: str) -> None:
    with pytest.raises(DraftFormatError) as caught:
        draftfile.loads(text)
    assert explained in str(caught.value)
    assert "Expecting" not in str(caught.value)


@pytest.mark.parametrize(
    ("text", "explained"),
    [
        ('{"a": ' + "9" * 5000 + "}", "có một số dài hơn 4.300 chữ số"),
        ("[" * 100_000 + "]" * 100_000, "lồng nhau quá sâu"),
        ('{"title": "a", "title": "b"}', 'khóa "title" xuất hiện hai lần'),
    ],
)
def test_json_that_python_cannot_hold_is_refused_by_name(text: str, explained: str) -> None:
    with pytest.raises(DraftFormatError) as caught:
        draftfile.loads(text.encode(), source="x.json")
    assert str(caught.value).startswith("x.json: ")
    assert explained in str(caught.value)
    assert not any(word in str(caught.value) for word in ("maximum", "Exceeds", "limit"))


def test_duplicate_keys_deep_inside_are_refused() -> None:
    text = json.dumps(drafts.example(), ensure_ascii=False)
    doubled = text.replace(
        '"heading": "Kết quả thực hiện",', '"heading": "Kết quả thực hiện", "blocks": [],'
    )
    with pytest.raises(DraftFormatError, match='khóa "blocks" xuất hiện hai lần'):
        draftfile.loads(doubled)


def test_an_unfinished_draft_is_imported_leniently_but_not_printed(tmp_path: Path) -> None:
    raw = drafts.minimal(signature={"lines": [], "name": ""}, recipients=[{"name": ""}])
    path = _write(tmp_path, json.dumps(raw, ensure_ascii=False).encode())
    draft = draftfile.load_path(path, lenient=True)
    assert draft.signature.lines == [] and draft.recipients[0].name == ""
    with pytest.raises(DraftFormatError, match=r"signature\.lines"):
        draftfile.load_path(path)
