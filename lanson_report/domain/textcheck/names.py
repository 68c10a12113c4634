"""Names whose capitals Decree 30 fixes: places after their administrative unit and the
agencies a provincial report names most. Matched without case and tone marks, so that
both tone styles (Hòa, Hoà) and a wrong case are found; the text keeps its offsets."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from .syllable import TONE_MARKS

PROVINCES = [
    "An Giang",
    "Bắc Giang",
    "Bắc Kạn",
    "Bạc Liêu",
    "Bắc Ninh",
    "Bến Tre",
    "Bình Định",
    "Bình Dương",
    "Bình Phước",
    "Bình Thuận",
    "Cà Mau",
    "Cao Bằng",
    "Đắk Lắk",
    "Đắk Nông",
    "Điện Biên",
    "Đồng Nai",
    "Đồng Tháp",
    "Gia Lai",
    "Hà Giang",
    "Hà Nam",
    "Hà Tĩnh",
    "Hải Dương",
    "Hậu Giang",
    "Hòa Bình",
    "Hưng Yên",
    "Khánh Hòa",
    "Kiên Giang",
    "Kon Tum",
    "Lai Châu",
    "Lâm Đồng",
    "Lạng Sơn",
    "Lào Cai",
    "Long An",
    "Nam Định",
    "Nghệ An",
    "Ninh Bình",
    "Ninh Thuận",
    "Phú Thọ",
    "Phú Yên",
    "Quảng Bình",
    "Quảng Nam",
    "Quảng Ngãi",
    "Quảng Ninh",
    "Quảng Trị",
    "Sóc Trăng",
    "Sơn La",
    "Tây Ninh",
    "Thái Bình",
    "Thái Nguyên",
    "Thanh Hóa",
    "Thừa Thiên Huế",
    "Tiền Giang",
    "Trà Vinh",
    "Tuyên Quang",
    "Vĩnh Long",
    "Vĩnh Phúc",
    "Yên Bái",
    "Hà Nội",
    "Hải Phòng",
    "Đà Nẵng",
    "Cần Thơ",
    "Hồ Chí Minh",
]
# The districts of Lạng Sơn, where the app is first used.
DISTRICTS = [
    "Cao Lộc",
    "Lộc Bình",
    "Đình Lập",
    "Tràng Định",
    "Văn Lãng",
    "Văn Quan",
    "Bình Gia",
    "Bắc Sơn",
    "Hữu Lũng",
    "Chi Lăng",
    "Đồng Đăng",
    "Na Sầm",
]
UNITS = ("tỉnh", "thành phố", "huyện", "quận", "thị xã", "thị trấn", "xã", "phường")

AGENCIES = (
    "Ủy ban nhân dân",
    "Hội đồng nhân dân",
    "Văn phòng Ủy ban nhân dân",
    "Sở Khoa học và Công nghệ",
    "Sở Tài chính",
    "Sở Kế hoạch và Đầu tư",
    "Sở Nội vụ",
    "Sở Tư pháp",
    "Sở Công Thương",
    "Sở Nông nghiệp và Phát triển nông thôn",
    "Sở Giao thông vận tải",
    "Sở Xây dựng",
    "Sở Tài nguyên và Môi trường",
    "Sở Thông tin và Truyền thông",
    "Sở Văn hóa, Thể thao và Du lịch",
    "Sở Giáo dục và Đào tạo",
    "Sở Y tế",
    "Sở Ngoại vụ",
    "Bộ Khoa học và Công nghệ",
    "Bộ Tài chính",
    "Bộ Nội vụ",
    "Bộ Kế hoạch và Đầu tư",
    "Hội Liên hiệp Phụ nữ",
    "Hội Nông dân",
    "Hội Cựu chiến binh",
    "Liên đoàn Lao động",
    "Ủy ban Mặt trận Tổ quốc Việt Nam",
    "Đài Phát thanh và Truyền hình",
    "Ban Tuyên giáo",
    "Liên hiệp các Hội Khoa học và Kỹ thuật",
)


def fold(text: str) -> str:
    """Lower case without tone marks, one character for one: offsets stay those of `text`."""
    return text.translate(_FOLD)


def _fold_char(char: str) -> str:
    lower = char.lower()
    if len(lower) != 1:
        return char
    kept = "".join(p for p in unicodedata.normalize("NFD", lower) if p not in TONE_MARKS)
    folded = unicodedata.normalize("NFC", kept)
    return folded if len(folded) == 1 else lower


# Latin letters, those of Latin-1 and Latin Extended Additional (where the toned
# Vietnamese vowels are): one table, so folding a field is one `str.translate`.
_FOLD = {
    ord(c): _fold_char(c)
    for c in map(chr, [*range(0x41, 0x5B), *range(0xC0, 0x250), *range(0x1E00, 0x1F00)])
    if _fold_char(c) != c
}


@cache
def agency_pattern() -> re.Pattern[str]:
    names = sorted(AGENCIES, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(fold(n)) for n in names) + r")(?!\w)")


@cache
def agency_names() -> dict[str, str]:
    """An agency's name as Decree 30 writes it, by its folded form."""
    return {fold(name): name for name in AGENCIES}


@cache
def place_pattern() -> re.Pattern[str]:
    units = "|".join(fold(u) for u in UNITS)
    names = "|".join(
        re.escape(fold(n)) for n in sorted(PROVINCES + DISTRICTS, key=len, reverse=True)
    )
    return re.compile(rf"(?<!\w)(?:{units})\s+(?P<name>{names})(?!\w)")
