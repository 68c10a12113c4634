"""What the registry says for reading documents written elsewhere: types the app does not
write and the type each is imported as, how a type's căn cứ stand, where its ending is."""

from __future__ import annotations

import pytest

from lanson_report.domain import doctypes


@pytest.mark.parametrize(
    ("text", "closest"),
    [
        ("BIÊN BẢN", "BC"),
        ("Biên bản họp Hội đồng", "BC"),
        ("THAM LUẬN", "BC"),
        ("NGHỊ QUYẾT", "QĐ"),
    ],
)
def test_a_type_the_app_does_not_write_names_its_closest(text: str, closest: str) -> None:
    other = doctypes.other_from_name(text)
    assert other is not None and other.closest == closest
    assert other.closest in doctypes.CODES


def test_the_other_types_are_not_the_registry_s() -> None:
    for other in doctypes.OTHER_TYPES:
        assert doctypes.from_name(other.name) is None
        assert not other.code or doctypes.from_code_text(other.code) is None
    assert doctypes.other_from_name("KẾ HOẠCH") is None
    assert doctypes.other_from_code("bb") is doctypes.OTHER_TYPES[0]


def test_each_type_says_how_its_basis_stands_and_where_its_ending_is() -> None:
    got = {t.code: (doctypes.opening(t), doctypes.closing_in_body(t)) for t in doctypes.TYPES}
    assert got["BC"] == got["KH"] == got["TTr"] == ("paragraph", False)
    assert got["QĐ"] == ("lines", True)
    assert got["CV"] == got["GM"] == ("none", True)
