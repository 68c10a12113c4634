"""The syllable validator, the Telex/VNI decoder and the spelling of a field's text."""

from __future__ import annotations

import pytest

from lanson_report.domain.textcheck import check_text
from lanson_report.domain.textcheck.leftovers import decode
from lanson_report.domain.textcheck.spelling import spelling
from lanson_report.domain.textcheck.syllable import check, is_valid, rare

VALID = [
    "hòa",
    "hoà",
    "thúy",
    "thuý",
    "khỏe",
    "khoẻ",
    "lý",
    "lí",
    "kỹ",
    "kĩ",
    "của",
    "được",
    "việc",
    "quốc",
    "quyết",
    "quý",
    "quả",
    "giếng",
    "gì",
    "gìn",
    "già",
    "giữ",
    "khuỷu",
    "rượu",
    "toán",
    "hoài",
    "nghĩ",
    "nghiêng",
    "ghế",
    "kinh",
    "yên",
    "tiên",
    "uyên",
    "quên",
    "boong",
    "xoong",
    "người",
    "những",
    "khuya",
    "ngoằn",
    "thuở",
]


@pytest.mark.parametrize("word", VALID)
def test_valid_syllables_pass_in_both_tone_styles(word: str) -> None:
    assert check(word).ok and is_valid(word)


@pytest.mark.parametrize(
    ("word", "rule", "fixes"),
    [
        ("cuả", "tone-place", ("của",)),
        ("tóan", "tone-place", ("toán",)),
        ("hòai", "tone-place", ("hoài",)),
        ("qủa", "tone-place", ("quả",)),
        ("gìa", "tone-place", ("già",)),
        ("đươc", "stop-tone", ("được", "đước")),
        ("viềc", "stop-tone", ("việc", "viếc")),
        ("nghành", "spelling", ("ngành",)),
        ("gế", "spelling", ("ghế",)),
        ("ngĩ", "spelling", ("nghĩ",)),
        ("cinh", "spelling", ("kinh",)),
        ("kái", "spelling", ("cái",)),
        ("iên", "spelling", ()),
        ("tyên", "spelling", ()),
        ("cuy", "spelling", ()),
        ("toong", "spelling", ()),
        ("hóà", "two-tones", ()),
    ],
)
def test_broken_syllables_are_named_with_their_clear_fixes(
    word: str, rule: str, fixes: tuple[str, ...]
) -> None:
    verdict = check(word)
    assert (verdict.ok, verdict.rule, verdict.suggestions) == (False, rule, fixes)
    assert not is_valid(word)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("dduowcj", "được"),
        ("vieejt", "việt"),
        ("laf", "là"),
        ("cos", "có"),
        ("nguwowif", "người"),
        ("thuwowngf", "thường"),
        ("vie65t", "việt"),
        ("d9u7o7c5", "được"),
        ("đươcj", "được"),
    ],
)
def test_input_method_leftovers_decode_to_the_syllable_meant(typed: str, meant: str) -> None:
    assert decode(typed) == meant


@pytest.mark.parametrize(
    "word", ["website", "times", "online", "covid", "internet", "test", "gas", "virus", "taxi"]
)
def test_foreign_words_are_no_leftovers(word: str) -> None:
    assert decode(word) is None


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(text[f.start : f.end], f.rule, f.severity) for f in spelling(text)]


def test_skip_rules_keep_codes_acronyms_and_names_quiet() -> None:
    text = (
        "UBND tỉnh, KH&CN, ĐMST, V/v, 1838/VP-KGVX, TTr, ThS, a) b) Mát-xcơ-va, "
        "kinh tế-xã hội, https://skhcn.langson.gov.vn, vanthu@langson.gov.vn, 18-5, "
        "120 m², 25 °C, 12 kg, 30 km, 5 kWh, mục ii) và iv)"
    )
    assert _found(text) == []


def test_what_a_word_that_fails_is_depends_on_its_shape() -> None:
    text = "Trang website, tỉnh Đắk Lắk, nghành, CỘNGG, dduowcj"
    assert _found(text) == [
        ("website", "foreign", "info"),
        ("Đắk", "name", "warning"),
        ("Lắk", "name", "warning"),
        ("nghành", "spelling", "error"),
        ("CỘNGG", "spelling", "error"),
        ("dduowcj", "telex", "error"),
    ]


def test_fixes_keep_the_case_of_the_word() -> None:
    (finding,) = spelling("Nghành y tế")
    assert finding.suggestions == ("Ngành",)
    (finding,) = spelling("Dduowcj")
    assert finding.suggestions == ("Được",)


def test_wrong_pairs_are_found_and_their_right_halves_are_not() -> None:
    text = "Sử lý hồ sơ, bổ xung kinh phí, sát nhập xã; xử lý, bổ sung, sáp nhập, lịch sử"
    found = spelling(text)
    assert [(text[f.start : f.end], f.suggestions) for f in found] == [
        ("Sử lý", ("Xử lý",)),
        ("bổ xung", ("bổ sung",)),
        ("sát nhập", ("sáp nhập",)),
    ]


def test_the_user_dictionary_silences_a_word() -> None:
    assert _found("huyện Krông Pắc")
    assert _found("huyện Krông Pắc") != []
    assert spelling("huyện Krông Pắc", {"krông", "pắc"}) == []


@pytest.mark.parametrize(
    "word",
    # a dropped onset (một, sử, được), y after đ, ch (đi, chi)
    ["ột", "ử", "ược", "ẫn", "đy", "chy"],
)
def test_well_formed_syllables_not_in_use_are_rare(word: str) -> None:
    assert check(word).ok and rare(word)


IN_USE = """
ể áp ươm ứng uỷ ủy úy oà òa ấy yếu in ổn oản ĩ ợt quy kỹ lý mỹ sỹ tỷ hy một được
pin pa pê píp pít pẻng piêu
"""


@pytest.mark.parametrize("word", IN_USE.split())
def test_syllables_in_use_are_not_rare_in_either_tone_style(word: str) -> None:
    assert not rare(word)


def test_a_rare_syllable_is_a_warning_a_name_or_code_is_left_alone() -> None:
    text = "Sở ột kế hoạch, ử dụng, au, lChương trình, Pác Bó, Bản Ỏ, TTr, ThS, a) b), à, ở"
    assert _found(text) == [
        ("ột", "rare", "warning"),
        ("ử", "rare", "warning"),  # a toned letter alone is no list label
        ("au", "foreign", "info"),
        ("lChương", "spelling", "error"),  # mixed case with Vietnamese marks: a slip
    ]


def test_a_consonant_alone_in_a_sentence_is_a_lost_word() -> None:
    text = "Sở c kế hoạch; theo điểm a, b và c khoản 2; cao 5 m; n = 30; hệ số k; c) Kết quả, v.v."
    assert _found(text) == [("c", "lone-letter", "warning")]
    assert spelling(text, {"c"}) == []


def test_names_loanwords_and_symbols_of_real_text_are_no_errors() -> None:
    """From a trial on 9,500 words written apart from the corpus: each was an error."""
    text = "Bắc Kạn, xe goòng, xà beng choòng, bánh coóng phù, màng dày 150 µm, ầm ĩ, ẽo ợt"
    assert _found(text) == [("Kạn", "name", "warning")]
    (finding,) = spelling("Bắc Kạn")
    assert finding.suggestions == ()  # "Cạn" would be the mistake (a clerk trial)
    assert _found("kiểm định t hai phía; phân phối t") == []
    assert _found("Nghành y tế, coong")[0] == ("Nghành", "spelling", "error")
    assert _found("coong") == [("coong", "telex", "error")]  # công typed in Telex


def test_vni_typed_into_the_text_is_found_and_a_code_is_not() -> None:
    text = "Chúng tôi vie65t báo cáo đu7o75c; khu a1, lớp 10a1"
    assert [(w, r, f) for w, r, f in _found(text)] == [
        ("vie65t", "telex", "error"),
        ("đu7o75c", "telex", "error"),
    ]
    assert [f.suggestions for f in spelling(text)] == [("việt",), ("được",)]


def test_pairs_a_clerk_trial_missed_are_found() -> None:
    found = spelling("Sở hỗ chợ doanh nghiệp, sẳn sàng")
    assert [f.suggestions for f in found] == [("hỗ trợ",), ("sẵn sàng",)]


def test_text_typed_with_the_input_method_off_is_one_warning() -> None:
    """A clerk trial: such a paragraph gave a "từ nước ngoài?" hint a word, or nothing."""
    (finding,) = check_text("Ket qua thuc hien cong tac nam 2024 cua So Khoa hoc va Cong nghe")
    assert (finding.rule, finding.severity, finding.start) == ("no-marks", "warning", 0)
    english = "Vietnam Innovation Network and the Science Park of Hanoi University"
    assert {f.rule for f in check_text(english)} == {"foreign"}  # not "of" as Telex ò
    assert check_text("Kết quả thực hiện công tác năm 2024 của Sở") == []
