"""Spelling of a field's text: each word's syllables, Telex and VNI leftovers, and a short
hand-checked list of correct syllables in a wrong pair (sử lý → xử lý).

The skip rules keep false alarms near zero: acronyms (UBND, KH&CN), mixed-case codes
(TTr, ThS), anything joined by `& / @ .` or digits (1838/VP-KGVX, e-mails), single
letters, capitalised hyphenated names (Mát-xcơ-va). A plain-ASCII word that is no
syllable is at most "từ nước ngoài?"; a capitalised one with Vietnamese marks is a
name the clerk can add to the dictionary.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Set
from functools import lru_cache

from .findings import Finding
from .leftovers import decode
from .syllable import TONE_NAMES, Verdict, check, rare, split_tone

TOKEN = re.compile(r"\S+")
EDGE = "\"'“”‘’()[]{}<>,.;:!?…–—*•·«»"
JOINERS = re.compile(r"[&/@.\d_\\+=#%]")
VNI_TYPED = re.compile(r"[a-zđ]+[1-9][a-z1-9]*")

HYGIENE = str.maketrans(
    {
        "Ð": "Đ",
        "ð": "đ",
        "\u200b": "",
        "\u200c": "",
        "\u200d": "",
        "\u2060": "",
        "\ufeff": "",
        "\u00ad": "",
    }
)

# Units and their short forms, written in lower case in the text (ha, tấn are syllables).
UNITS = frozenset(
    {"kg", "km", "cm", "mm", "dm", "ml", "kw", "kwh", "mw", "mwh", "gb", "mb", "kb", "tb"}
    | {"hz", "khz", "mhz", "ghz", "ppm", "vnđ"}
)
ROMAN = re.compile(r"x{0,3}(?:ix|iv|v?i{1,3}|v)")
GREEK = re.compile("[µ\u0370-\u03ff]")  # the micro sign and Greek: units and symbols

WRONG_PAIRS: dict[str, str] = {
    "sử lý": "xử lý",
    "sử lí": "xử lí",
    "xử dụng": "sử dụng",
    "sử phạt": "xử phạt",
    "bổ xung": "bổ sung",
    "sát nhập": "sáp nhập",
    "năng xuất": "năng suất",
    "sản suất": "sản xuất",
    "chuẩn đoán": "chẩn đoán",
    "tập chung": "tập trung",
    "hỗ chợ": "hỗ trợ",
    "sẳn sàng": "sẵn sàng",
    "đề suất": "đề xuất",
    "kiểm xoát": "kiểm soát",
    "giám xát": "giám sát",
    "xắp xếp": "sắp xếp",
    "sắp sếp": "sắp xếp",
    "chia xẻ": "chia sẻ",
    "sơ xuất": "sơ suất",
    "chặc chẽ": "chặt chẽ",
    "sáng lạng": "xán lạn",
    "chỉnh chu": "chỉn chu",
    "xem sét": "xem xét",
    "suất sắc": "xuất sắc",
    "cọ sát": "cọ xát",
}
PAIR = re.compile(
    r"(?<!\w)(" + "|".join(re.escape(w) for w in WRONG_PAIRS) + r")(?!\w)", re.IGNORECASE
)

# A consonant standing alone inside a sentence is a word that lost its letters (có → c),
# except a label cited (điểm a, b và c; nhóm d), a unit after a number (5 m, 8 h) or a
# symbol in a formula (hệ số k; n = 30).
LONE = re.compile(r"(?<=\s)[bcdđghklmnpqrstvx](?=[\s,;:!?]|$)")
_LABELLING = """
điểm khoản mục tiết lục nhóm loại hạng cấp khu lô tổ phần câu ý chữ hiệu cột dòng hàng bảng
hình biểu mẫu án số trị biến vitamin ô lớp đội tuyến khối nhánh trục định phối
"""
LABELLING = frozenset(_LABELLING.split())

MESSAGES = {
    "spelling": "“{word}” sai chính tả (không phải âm tiết tiếng Việt)",
    "two-tones": "“{word}” có hai dấu thanh",
    "letters": "“{word}” có chữ cái không có trong tiếng Việt",
    "tone-place": "“{word}”: dấu thanh đặt sai chỗ",
    "stop-tone": (
        "“{word}”: âm tiết tận cùng bằng p, t, c, ch chỉ mang dấu sắc hoặc nặng (đang là {tone})"
    ),
}


def spelling(text: str, ignored: Set[str] = frozenset()) -> list[Finding]:
    """Spelling findings of one field's NFC text; `ignored` holds lower-case words."""
    found: list[Finding] = []
    for word, start in _words(text):
        if ignored and word.lower() in ignored:
            continue
        finding = _judge(word)
        if finding is not None:
            found.append(finding.at("", start))
    found.extend(f for f in _pairs(text) if text[f.start : f.end].lower() not in ignored)
    found.extend(f for f in _lone_letters(text) if text[f.start : f.end] not in ignored)
    return found


UNMARKED_WORDS = 6  # a field this long with no mark at all was typed with the input method off
# Frequent syllables of report text with their marks taken off (our corpus's most common):
# text of these, and no mark anywhere, is Vietnamese typed with the input method off.
_BARE = """
bai bao benh bi bien binh bo ca cac cach cai cao cap cham chat chay che chi chinh chong chu
chua chuan chuc chung chuong chuyen co cong cu cua cung cuoc cuong da dai dam dan dang danh
dao dat dau day de den dia dich dien dieu dinh do doan doi don dong du duc dung duoc duong
gia giai giam giao gioi gop han hang hanh hien hieu hinh ho hoa hoach hoan hoat hoc hoi hop
huan huong huu huyen ke ket khau khoi khong kiem kien kip ky la lam lang le lieu lon lop
luan luat luong luot ly manh mo moi mon mot nam nang ngan nganh ngay nghe ngheo nghi nghiem
nghiep nguoi nguyen nha nhan nhap nhiem nhu nhung noi nong nuoc pham phan phap phat phep phi
pho phoi phong phuc phuong qua quan quoc quyet ra roi sach san soat son su tac tai tam tang
tao tap te tham thang thanh thao thi thiet thieu thoi thon thong thu thuc thuoc thuong tien
tiep tieu tinh toan toc toi ton tong tot trat tren tri trien trieu trinh tro trong truc
truong truyen tu tuc tuong tuyen ty ung uy va van vao ve vi viec vien voi von vu vung xa xay
xu xuat xuyen yeu
"""
BARE = frozenset(_BARE.split())


def unmarked(text: str) -> list[Finding]:
    """One finding for a text of Vietnamese typed without its marks ("Ket qua thuc hien
    cong tac"): the input method was off. Its words would each be a foreign-word hint."""
    if not text.isascii():
        return []
    words = [w.lower() for w in re.findall(r"[A-Za-z]{2,}", text) if not w.isupper()]
    if len(words) < UNMARKED_WORDS:
        return []
    if sum(w in BARE for w in words) < 0.6 * len(words):
        return []  # English, a list of names, codes
    start = len(text) - len(text.lstrip())
    message = "Đoạn chữ không có dấu tiếng Việt — bộ gõ (Unikey, EVKey) chưa bật?"
    return [Finding("", start, len(text.rstrip()), "no-marks", "warning", message)]


def _lone_letters(text: str) -> Iterator[Finding]:
    for match in LONE.finditer(text):
        before = [w.strip(EDGE).lower() for w in text[: match.start()].split()[-6:]]
        after = text[match.end() :].split(maxsplit=1)
        if not before or any(c.isdigit() for c in before[-1]) or LABELLING.intersection(before):
            continue
        if after and not (after[0][0].isalpha() or after[0][0] in ",;:!?"):
            continue  # k = 2, h 30
        letter = match.group()
        message = f"“{letter}” đứng riêng giữa câu — gõ thiếu chữ?"
        yield Finding("", match.start(), match.end(), "lone-letter", "warning", message)


def _words(text: str) -> Iterator[tuple[str, int]]:
    """The words worth checking and where they start."""
    for match in TOKEN.finditer(text):
        token, start = match.group(), match.start()
        if token.isalpha():  # most words: nothing to strip or skip
            yield token, start
            continue
        stripped = token.lstrip(EDGE)
        start += len(token) - len(stripped)
        token = stripped.rstrip(EDGE)
        if not token:
            continue
        if JOINERS.search(token):
            if VNI_TYPED.fullmatch(token):
                yield token, start
            continue
        if "-" in token:
            if token[0].isupper():
                continue  # Mát-xcơ-va, Bà Rịa-Vũng Tàu
            offset = 0
            for part in token.split("-"):
                if part:
                    yield part, start + offset
                offset += len(part) + 1
            continue
        yield token, start


@lru_cache(maxsize=65536)
def _judge(word: str) -> Finding | None:
    """The finding of one word, spanning it from 0; the same word is judged once."""
    end = len(word)
    if not any(c.isalpha() for c in word) or (end < 2 and not _toned(word)):
        return None  # a plain single letter is a list label; "ử" alone is a slip
    word = word.translate(HYGIENE)  # a look-alike or invisible character is hygiene's finding
    lower = word.lower()
    meant = decode(lower) if VNI_TYPED.fullmatch(lower) else None
    if meant is not None and len(meant) > 1:  # "a1" is a code (điểm a1), "vie65t" việt
        return _leftover(word, meant)
    if not word.isalpha() or lower in UNITS or ROMAN.fullmatch(lower) or GREEK.search(word):
        return None  # m², °C; kg, km; list labels i), ii), iv); µm, α
    if word == word.upper():
        letters = split_tone(lower)
        if letters is not None and not letters.tone and not word.isdigit():
            return None  # an acronym: UBND, ĐMST
    elif any(c.isupper() for c in word[1:]) and word.isascii():
        return None  # TTr, ThS, iPhone; with Vietnamese marks, a slip: nHoạt, ĐảngỦy
    verdict = check(lower)
    start = 0
    if verdict.ok:
        # A capitalised one is left alone: Tày and Nùng place names (Pác Bó, Pò Mã).
        capitalised = word[0].isupper() and (word != word.upper() or end == 1)  # Bản Ỏ
        return _rare(word) if not capitalised and rare(lower) else None
    meant = decode(lower)
    if meant is not None and not (end == 2 and len(meant) == 1):  # "of", "as", "is": English
        return _leftover(word, meant)
    if word.isascii():
        return _foreign(word)
    if word[0].isupper() and word != word.upper() and _named(lower, verdict):
        message = f"“{word}” không theo quy tắc chính tả tiếng Việt — tên riêng? (thêm vào từ điển)"
        return Finding("", start, end, "name", "warning", message)  # no fix: Kạn is right
    tone = TONE_NAMES[letters.tone] if (letters := split_tone(lower)) else ""
    message = MESSAGES[verdict.rule].format(word=word, tone=tone)
    fixes = tuple(_cased(s, word) for s in verdict.suggestions)
    return Finding("", start, end, verdict.rule, "error", message, fixes)


def _named(lower: str, verdict: Verdict) -> bool:
    """A capitalised word that fails is a name unless its fix is clear; k before a, o, u
    is a name even so, and offered no fix: Bắc Kạn ("Cạn" would be the mistake)."""
    return not verdict.suggestions or (verdict.rule == "spelling" and lower.startswith("k"))


def _toned(word: str) -> bool:
    letters = split_tone(word.lower())
    return letters is not None and letters.tone > 0


def _rare(word: str) -> Finding:
    """A well-formed syllable not in use: a slip most often, a rare word at times."""
    if word.isascii():
        return _foreign(word)
    message = f"“{word}” không phải âm tiết tiếng Việt thường dùng — gõ thiếu hay nhầm chữ?"
    return Finding("", 0, len(word), "rare", "warning", message)


def _foreign(word: str) -> Finding:
    message = f"“{word}” không phải từ tiếng Việt — từ nước ngoài?"
    return Finding("", 0, len(word), "foreign", "info", message)


def _leftover(word: str, meant: str) -> Finding:
    """Keys of Telex or VNI left in the word: `meant` is what they type."""
    fix = _cased(meant, word)
    message = f"“{word}” còn sót phím gõ tắt (Telex/VNI), có lẽ là “{fix}”"
    return Finding("", 0, len(word), "telex", "error", message, (fix,))


def _cased(fix: str, like: str) -> str:
    """A fix written in the case of the word it replaces."""
    if like == like.upper():
        return fix.upper()
    if like[0].isupper():
        return fix[0].upper() + fix[1:]
    return fix


def _pairs(text: str) -> Iterator[Finding]:
    for match in PAIR.finditer(text):
        wrong = match.group()
        right = _cased(WRONG_PAIRS[wrong.lower()], wrong)
        message = f"“{wrong}” viết sai, đúng là “{right}”"
        yield Finding("", match.start(), match.end(), "word-pair", "error", message, (right,))
