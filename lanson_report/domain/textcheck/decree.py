"""Decree 30/2020/NĐ-CP rules on a field's text, only the narrow and safe ones: capitals
at the start of a paragraph and a sentence, administrative units and agency names, a
document type before its number, citations of articles, dates and numbers typed in the
text, and Unicode hygiene. What context decides ("Nhà nước", titles before names,
holidays, capitals after a comma) is left alone: the decree itself writes both forms.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator

from .findings import Finding
from .names import agency_names, agency_pattern, fold, place_pattern

LABEL = re.compile(r"\s*(?:[-–+•*]\s*|\d+(?:\.\d+)*[.)]\s*|[a-zđ][.)]\s*|[IVXLC]+\.\s*)*")
FIRST_WORD = re.compile(r"[\w]+")
SENTENCE_END = re.compile(r"(?<=[^\s.…])([.?!])\s+[\"“(]?(\w+)")  # not the dots of a blank: ….
# Before a full stop that ends no sentence: TM., TP., v.v., ThS., an outline number 1.
ABBREVIATION = re.compile(r"(?:^|\s)(?:\S*\.\S*|[A-ZĐ]{1,4}|[A-ZĐ][a-z]{0,2}|v\.v|\d+|[IVXLC]+)$")
DOC_TYPES = (
    "quyết định|nghị định|thông tư|công văn|kế hoạch|chỉ thị|nghị quyết|thông báo"
    "|tờ trình|hướng dẫn|luật|báo cáo|văn bản"
)
DOC_NUMBER = re.compile(rf"(?<!\w)({DOC_TYPES})\s+số\s+\d", re.IGNORECASE)
ARTICLE = re.compile(r"(?<!\w)(khoản|điểm)\s+\w+\s+(điều)\s+\d", re.IGNORECASE)
DATE_WORDS = re.compile(r"(?<!\w)[nN]gày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?")
DATE_NUMBERS = re.compile(r"(?<!\w)[nN]gày\s+(\d{1,2})([/-])(\d{1,2})(?:\2(\d{4}))?(?![\d/])")
# A month with its year and no day: "tháng 13/2024", "tháng 0 năm 2024".
MONTH_YEAR = re.compile(r"(?<!\w)[tT]háng\s+(\d{1,2})(?:/|\s+năm\s+)\d{4}(?!\d)")
ENGLISH_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3}){2,}(?![\d,])")
DECIMAL_POINT = re.compile(
    r"(?<![\d.,])(\d+)\.(\d{1,2})(?=\s*(?:%|tỷ|triệu|nghìn|ha|km|tấn|lần)(?!\w))"
)
LOOKALIKES = {"Ð": "Đ", "ð": "đ", "ƒ": "f"}
LOOKALIKE = re.compile(f"[{''.join(LOOKALIKES)}]")
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
DOUBLE_SPACE = re.compile(r"(?<=\S)  +(?=\S)")
# Not in a ratio or a time written with spaces: 1 : 0,5 : 0,7.
SPACE_BEFORE = re.compile(r"(?<=\w) +(?=[,;]|:(?! \d)|\.(?![.\d/]))")
# Whatever hygiene finds has one of these: a look-alike, a Cyrillic or invisible
# character, two spaces, a space before a punctuation mark.
SUSPECT = re.compile(
    f"[{''.join(LOOKALIKES)}\u0400-\u04ff\u200b\u200c\u200d\u2060\ufeff\u00ad]|  | [,;:.]"
)


def decree_text(text: str, *, starts: bool = True) -> list[Finding]:
    """Findings of one field's NFC text; `starts`: the field opens a paragraph, item or cell."""
    found: list[Finding] = []
    if starts:
        found.extend(_paragraph_start(text))
    lowered = text.lower()
    for check, needs in RULE_NEEDS:
        # Most fields hold none of a rule's key words: skip its scan (a check of a whole
        # report is to cost less than half its export to PDF).
        if any(word in lowered for word in needs):
            found.extend(check(text))
    folded = fold(text)
    found.extend(_places(text, folded))
    found.extend(_agencies(text, folded))
    found.extend(hygiene(text))
    return found


def _capital(word: str) -> str:
    return word[0].upper() + word[1:]


def _lower_word(word: str) -> bool:
    return word[0].islower() and not any(c.isupper() for c in word[1:]) and word.isalpha()


def _paragraph_start(text: str) -> Iterator[Finding]:
    label = LABEL.match(text)
    match = FIRST_WORD.match(text, label.end() if label else 0)
    if match and _lower_word(match.group()):
        word = match.group()
        message = "Đầu đoạn phải viết hoa"
        yield Finding(
            "", match.start(), match.end(), "capital-start", "warning", message, (_capital(word),)
        )


def _sentences(text: str) -> Iterator[Finding]:
    for match in SENTENCE_END.finditer(text):
        before = text[: match.start(1)]
        word = match.group(2)
        if not _lower_word(word) or ABBREVIATION.search(before) or _in_quotes(before):
            continue
        message = "Sau dấu kết thúc câu phải viết hoa"
        yield Finding(
            "",
            match.start(2),
            match.end(2),
            "capital-sentence",
            "warning",
            message,
            (_capital(word),),
        )


def _in_quotes(before: str) -> bool:
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _places(text: str, folded: str) -> Iterator[Finding]:
    for match in place_pattern().finditer(folded):
        start, end = match.span("name")
        written = text[start:end]
        right = " ".join(_capital(w) for w in written.split())
        if written != right:
            message = "Tên địa danh viết hoa mọi âm tiết"
            yield Finding("", start, end, "place-name", "warning", message, (right,))
    for match in re.finditer(r"(?<!\w)(quận|phường)(?= \d)", text):
        word = match.group()
        message = "Đơn vị hành chính đặt tên bằng số viết hoa"
        yield Finding(
            "", match.start(), match.end(), "place-name", "warning", message, (_capital(word),)
        )


def _agencies(text: str, folded: str) -> Iterator[Finding]:
    for match in agency_pattern().finditer(folded):
        name = agency_names()[match.group()]
        written = text[match.start() : match.end()]
        cases = _cases(written)
        generic = not cases[0]  # "các sở y tế"; a signer's line is in capitals
        if not generic and written != written.upper() and cases[1:] != _cases(name)[1:]:
            message = "Tên cơ quan, tổ chức chưa viết hoa đúng Nghị định 30"
            yield Finding(
                "", match.start(), match.end(), "agency-name", "warning", message, (name,)
            )


def _cases(words: str) -> list[bool]:
    return [w[0].isupper() for w in words.split()]


def _doc_numbers(text: str) -> Iterator[Finding]:
    for match in DOC_NUMBER.finditer(text):
        word = match.group(1)
        if word[0].islower():
            right = _capital(word)
            message = "Tên loại văn bản trước số, ký hiệu viết hoa chữ đầu"
            yield Finding(
                "", match.start(1), match.end(1), "doc-type", "warning", message, (right,)
            )


def _articles(text: str) -> Iterator[Finding]:
    for match in ARTICLE.finditer(text):
        part, article = match.group(1), match.group(2)
        opens = not text[: match.start()].strip() or text[: match.start()].rstrip()[-1] in ".?!:"
        if part[0].isupper() and not opens:
            message = f"Trong trích dẫn, “{part.lower()}” viết thường (điểm a khoản 2 Điều 10)"
            yield Finding(
                "",
                match.start(1),
                match.end(1),
                "citation-case",
                "warning",
                message,
                (part.lower(),),
            )
        if article[0].islower():
            message = "Trong trích dẫn, “Điều” viết hoa (điểm a khoản 2 Điều 10)"
            yield Finding(
                "", match.start(2), match.end(2), "citation-case", "warning", message, ("Điều",)
            )


def _dates(text: str) -> Iterator[Finding]:
    """A date in the text; "Ngày 8/3" without a year is a holiday's name, not a date."""
    for match in DATE_WORDS.finditer(text):
        if match.group(3) or match.group()[0] == "n":
            yield from _date(match, match.group(1), match.group(2), match.group(3), " tháng ")
    for match in DATE_NUMBERS.finditer(text):
        if match.group(4) or match.group()[0] == "n":
            yield from _date(match, match.group(1), match.group(3), match.group(4), match.group(2))
    for match in MONTH_YEAR.finditer(text):
        if not 1 <= int(match.group(1)) <= 12:
            message = f"Tháng không có thật: tháng {int(match.group(1))}"
            yield Finding("", match.start(), match.end(), "date-impossible", "error", message)


def _date(
    match: re.Match[str], day: str, month: str, year: str | None, sep: str
) -> Iterator[Finding]:
    d, m = int(day), int(month)
    last = calendar.monthrange(int(year) if year else 2024, m)[1] if 1 <= m <= 12 else 0
    start, end = match.start(1), match.end(3 if sep in "/-" else 2)
    if not 1 <= d <= last:
        message = f"Ngày không có thật: ngày {d} tháng {m}" + (f" năm {year}" if year else "")
        yield Finding("", start, end, "date-impossible", "error", message)
        return
    if (d < 10 and len(day) == 1) or (m < 3 and len(month) == 1):
        right = f"{d:02d}{sep}{m:02d}" if m < 3 else f"{d:02d}{sep}{month}"
        message = "Ngày dưới 10 và tháng 1, 2 viết thêm số 0 ở trước"
        yield Finding("", start, end, "date-zero", "warning", message, (right,))


def _numbers(text: str) -> Iterator[Finding]:
    for match in ENGLISH_THOUSANDS.finditer(text):
        right = match.group().replace(",", ".")
        message = "Số viết theo kiểu Việt Nam: dấu chấm ngăn hàng nghìn"
        yield Finding("", match.start(), match.end(), "number-format", "warning", message, (right,))
    for match in DECIMAL_POINT.finditer(text):
        right = f"{match.group(1)},{match.group(2)}"
        message = "Số thập phân dùng dấu phẩy"
        yield Finding("", match.start(), match.end(), "number-format", "warning", message, (right,))


def hygiene(text: str) -> Iterator[Finding]:
    """Look-alike letters, invisible characters, double spaces, a space before , ; : ."""
    if SUSPECT.search(text) is None:
        return
    for match in LOOKALIKE.finditer(text):
        index, char = match.start(), match.group()
        right = LOOKALIKES[char]
        message = (
            f"Ký tự “{char}” (mã U+{ord(char):04X}, không phải chữ Việt) trông giống chữ "
            f"“{right}” nhưng in, tìm kiếm sẽ sai"
        )
        yield Finding("", index, index + 1, "lookalike", "error", message, (right,))
    for match in CYRILLIC.finditer(text):
        message = f"Chữ “{match.group()}” là chữ Kirin, trông giống chữ Latinh"
        yield Finding("", match.start(), match.end(), "lookalike", "error", message)
    for match in ZERO_WIDTH.finditer(text):
        before = (text[: match.start()].split() or [""])[-1][-12:]
        after = (text[match.end() :].split() or [""])[0][:12]
        around = f"“{before}|{after}”" if before or after else ""
        message = f"Có ký tự vô hình (không rộng) ở chỗ vạch | {around}".rstrip()
        yield Finding("", match.start(), match.end(), "invisible", "warning", message, ("",))
    for match in DOUBLE_SPACE.finditer(text):
        yield Finding(
            "", match.start(), match.end(), "double-space", "info", "Hai dấu cách liền nhau", (" ",)
        )
    for match in SPACE_BEFORE.finditer(text):
        message = "Thừa dấu cách trước dấu câu"
        yield Finding("", match.start(), match.end(), "space-before", "info", message, ("",))


# Each rule's scan and the words (lower case) without one of which it finds nothing.
RULE_NEEDS = (
    (_sentences, (".", "?", "!")),
    (_doc_numbers, ("số",)),
    (_articles, ("điều",)),
    (_dates, ("ngày", "tháng")),
    (_numbers, (",", ".")),
)
