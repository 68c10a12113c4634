"""The rules as the clerk switches them in the settings: by groups that mean something
at a desk, each naming the rules it holds."""

from __future__ import annotations

SPELLING = "Chính tả: âm tiết, dấu thanh, phím Telex/VNI còn sót"
PAIRS = "Cặp từ hay viết sai (sử lý → xử lý, bổ xung → bổ sung…)"
STRANGE = "Từ nước ngoài, tên riêng lạ"
RULE_GROUPS: dict[str, tuple[str, ...]] = {
    SPELLING: (
        "spelling",
        "rare",
        "lone-letter",
        "no-marks",
        "two-tones",
        "letters",
        "tone-place",
        "stop-tone",
        "telex",
    ),
    PAIRS: ("word-pair",),
    STRANGE: ("foreign", "name"),
    "Kiểu đặt dấu lẫn lộn (hòa và hoà)": ("tone-style",),
    "Viết hoa đầu đoạn, đầu câu": ("capital-start", "capital-sentence"),
    "Viết hoa địa danh, tên cơ quan, tên loại văn bản, điểm, khoản, Điều": (
        "place-name",
        "agency-name",
        "doc-type",
        "citation-case",
    ),
    "Lần đầu dẫn văn bản: đủ ngày tháng và trích yếu": ("first-citation",),
    "Báo cáo tổng hợp: đoạn của đơn vị còn viết “Phòng đã …”": ("unit-voice",),
    "Ngày tháng và con số viết trong câu": ("date-zero", "date-impossible", "number-format"),
    "Nơi nhận, dòng Lưu, quyền hạn ký, họ tên người ký": (
        "recipients-first",
        "archive",
        "signer-prefix",
        "signer-tm",
        "signer-kt",
        "signer-title",
        "signer-name",
    ),
    "Ký tự trông giống chữ Việt, ký tự vô hình, dấu cách thừa": (
        "lookalike",
        "invisible",
        "double-space",
        "space-before",
    ),
}
RULES = frozenset(rule for rules in RULE_GROUPS.values() for rule in rules)
# The rules about single words, which the clerk's skipped and saved words silence
# (spelling's `ignored`); a whole paragraph typed without its marks is no word.
WORD_RULES = frozenset(RULE_GROUPS[SPELLING] + RULE_GROUPS[PAIRS] + RULE_GROUPS[STRANGE]) - {
    "no-marks"
}
