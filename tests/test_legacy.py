"""Old Vietnamese encodings: every letter with every tone, in both cases, and real mojibake.

The charts below are typed from the published code charts (TCVN 5712:1993 VN3 and
VNI Windows) as byte values, in the charts' own column order (huyền, hỏi, ngã, sắc,
nặng), independently of the tables in lanson_report/domain/legacy.py.
"""

from __future__ import annotations

import unicodedata

import pytest

from lanson_report.domain import legacy
from lanson_report.domain.mojibake import convert_lines, detect

TONES = ("\u0300", "\u0309", "\u0303", "\u0301", "\u0323")  # chart column order
TCVN3_CHART = {
    "a": (0x61, 0xB5, 0xB6, 0xB7, 0xB8, 0xB9),
    "ă": (0xA8, 0xBB, 0xBC, 0xBD, 0xBE, 0xC6),
    "â": (0xA9, 0xC7, 0xC8, 0xC9, 0xCA, 0xCB),
    "e": (0x65, 0xCC, 0xCE, 0xCF, 0xD0, 0xD1),
    "ê": (0xAA, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6),
    "i": (0x69, 0xD7, 0xD8, 0xDC, 0xDD, 0xDE),
    "o": (0x6F, 0xDF, 0xE1, 0xE2, 0xE3, 0xE4),
    "ô": (0xAB, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9),
    "ơ": (0xAC, 0xEA, 0xEB, 0xEC, 0xED, 0xEE),
    "u": (0x75, 0xEF, 0xF1, 0xF2, 0xF3, 0xF4),
    "ư": (0xAD, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9),
    "y": (0x79, 0xFA, 0xFB, 0xFC, 0xFD, 0xFE),
}
TCVN3_OTHERS = {0xAE: "đ", 0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư"}
TCVN3_OTHERS[0xA7] = "Đ"

# VNI: (base byte, mark byte or None) for no tone and each tone, lower case.
_TONE_MARKS = (0xF8, 0xFB, 0xF5, 0xF9, 0xEF)
_CIRCUMFLEX = (0xE2, 0xE0, 0xE5, 0xE3, 0xE1, 0xE4)
_BREVE = (0xEA, 0xE8, 0xFA, 0xFC, 0xE9, 0xEB)
VNI_CHART = {
    "a": [(0x61, None)] + [(0x61, m) for m in _TONE_MARKS],
    "ă": [(0x61, m) for m in _BREVE],
    "â": [(0x61, m) for m in _CIRCUMFLEX],
    "e": [(0x65, None)] + [(0x65, m) for m in _TONE_MARKS],
    "ê": [(0x65, m) for m in _CIRCUMFLEX],
    "i": [(0x69, None), (0xEC, None), (0xE6, None), (0xF3, None), (0xED, None), (0xF2, None)],
    "o": [(0x6F, None)] + [(0x6F, m) for m in _TONE_MARKS],
    "ô": [(0x6F, m) for m in _CIRCUMFLEX],
    "ơ": [(0xF4, None)] + [(0xF4, m) for m in _TONE_MARKS],
    "u": [(0x75, None)] + [(0x75, m) for m in _TONE_MARKS],
    "ư": [(0xF6, None)] + [(0xF6, m) for m in _TONE_MARKS],
    "y": [(0x79, None)] + [(0x79, m) for m in _TONE_MARKS[:4]] + [(0xEE, None)],
}


def letter(base: str, column: int) -> str:
    mark = "" if column == 0 else TONES[column - 1]
    return unicodedata.normalize("NFC", base + mark)


def capitalised(text: str, capital: bool) -> str:
    return text.upper() if capital else text


def vni_code(base_byte: int, mark: int | None, *, capital: bool) -> str:
    code = bytes([base_byte] + ([mark] if mark is not None else [])).decode("cp1252")
    return code.upper() if capital else code


TCVN3_CASES = [
    (chr(code), letter(base, column))
    for base, codes in TCVN3_CHART.items()
    for column, code in enumerate(codes)
]
VNI_CASES = [
    (
        vni_code(b, m, capital=capital),
        letter(base, column).upper() if capital else letter(base, column),
    )
    for base, codes in VNI_CHART.items()
    for column, (b, m) in enumerate(codes)
    for capital in (False, True)
] + [(vni_code(0xF1, None, capital=False), "đ"), (vni_code(0xF1, None, capital=True), "Đ")]


def test_charts_cover_every_vietnamese_letter() -> None:
    lower = {expected for _, expected in TCVN3_CASES} | {"đ"}
    assert len(lower) == 72 + 1  # 12 vowels x 6 tone forms, and đ
    assert {expected for _, expected in VNI_CASES} == lower | {c.upper() for c in lower}


@pytest.mark.parametrize(("code", "expected"), TCVN3_CASES)
def test_tcvn3_lower_case_font(code: str, expected: str) -> None:
    assert legacy.from_tcvn3(code) == expected
    assert legacy.convert(f"x{code}x", legacy.font_encoding(".VnTime") or "vni") == f"x{expected}x"


@pytest.mark.parametrize(("code", "expected"), TCVN3_CASES)
def test_tcvn3_upper_case_font_draws_capitals(code: str, expected: str) -> None:
    assert legacy.font_encoding(".VnTimeH") == "tcvn3-upper"
    assert legacy.convert(code, "tcvn3-upper") == unicodedata.normalize("NFC", expected.upper())


@pytest.mark.parametrize(("code", "expected"), sorted(TCVN3_OTHERS.items()))
def test_tcvn3_capitals_and_d(code: int, expected: str) -> None:
    assert legacy.from_tcvn3(chr(code)) == expected


@pytest.mark.parametrize(("code", "expected"), VNI_CASES)
def test_vni(code: str, expected: str) -> None:
    assert legacy.from_vni(code) == expected
    assert legacy.from_vni(f"t{code}n") == f"t{expected}n"


@pytest.mark.parametrize(
    ("font", "encoding"),
    [
        (".VnTime", "tcvn3"),
        (".VnArial", "tcvn3"),
        (".VnArialH", "tcvn3-upper"),
        (".VnTimeH", "tcvn3-upper"),
        ("VNI-Times", "vni"),
        ("VNI-Helve", "vni"),
        ("Times New Roman", None),
        (None, None),
    ],
)
def test_font_encoding(font: str | None, encoding: str | None) -> None:
    assert legacy.font_encoding(font) == encoding


def test_results_are_nfc() -> None:
    text = (
        legacy.from_tcvn3("B¸o c¸o kÕt qu¶") + legacy.from_vni("Vieät") + legacy.from_viqr("Vie^.t")
    )
    assert unicodedata.is_normalized("NFC", text)


def test_viqr() -> None:
    assert legacy.from_viqr("Tie^'ng Vie^.t ra^'t hay.") == "Tiếng Việt rất hay."
    assert legacy.from_viqr("DDa^`u tu+ o+? Ha` No^.i?") == "Đầu tư ở Hà Nội?"
    assert legacy.from_viqr("Ba('c Ninh, Ca(n cu+'") == "Bắc Ninh, Căn cứ"


# A real paragraph of the 2022 report (../shared/examples), as Word copies it when it was
# typed in .VnTime or VNI-Times: the bytes come out as Latin-1 letters.
PARAGRAPH = (
    "Các hoạt động chào mừng Ngày Khoa học và Công nghệ Việt Nam 18/5 năm nay được đơn vị "
    "tổ chức tiết kiệm, thiết thực hiện theo tinh thần Công văn số 799/BKHCN-VP ngày "
    "14/4/2022 của Bộ KH&CN về việc hướng dẫn tổ chức Ngày KH&CN Việt Nam năm 2022."
)


def _encoder(cases: list[tuple[str, str]]) -> dict[str, str]:
    table = {expected: code for code, expected in cases if not expected.isascii()}
    return {"đ": chr(0xAE), "Đ": chr(0xA7)} | table


def encode(text: str, cases: list[tuple[str, str]]) -> str:
    table = _encoder(cases)
    return "".join(table.get(char, char) for char in text)


def test_pasted_tcvn3_paragraph_is_proposed_converted() -> None:
    mojibake = encode(PARAGRAPH, TCVN3_CASES)
    assert mojibake.startswith("C¸c ho¹t ®éng")
    proposal = detect(mojibake)
    assert proposal is not None
    assert (proposal.encoding, proposal.converted) == ("tcvn3", PARAGRAPH)
    assert proposal.original == mojibake  # nothing converted behind the clerk's back


def test_pasted_vni_paragraph_is_proposed_converted() -> None:
    mojibake = encode(PARAGRAPH, VNI_CASES)
    assert mojibake.startswith("Caùc hoaït ñoäng")
    proposal = detect(mojibake)
    assert proposal is not None
    assert (proposal.encoding, proposal.converted) == ("vni", PARAGRAPH)


def test_pasted_viqr_is_proposed_converted() -> None:
    proposal = detect("Ca'c hoa.t ddo^.ng cha`o mu+`ng Nga`y Khoa ho.c")
    assert proposal is not None
    assert (proposal.encoding, proposal.converted) == (
        "viqr",
        "Các hoạt động chào mừng Ngày Khoa học",
    )


@pytest.mark.parametrize(
    "text",
    [
        PARAGRAPH,
        "Hòa bình, hoà hợp, xuân, quân, thuê, khoẻ, Café",
        "·\tTổ chức Hội thảo",
        "© 2022, 5 × 3",
        "It's the data's owner",
        "",
    ],
)
def test_unicode_text_is_left_alone(text: str) -> None:
    assert detect(text) is None


def test_mixed_paste_converts_only_the_old_lines() -> None:
    text = "Việt Nam\n- B¸o c¸o kÕt qu¶\n·\tTæ chøc héi th¶o"
    proposal = detect(text)
    assert proposal is not None
    assert proposal.converted == "Việt Nam\n- Báo cáo kết quả\n·\tTổ chức hội thảo"
    assert proposal.lines == 2
    assert convert_lines(text, "tcvn3") == proposal.converted
