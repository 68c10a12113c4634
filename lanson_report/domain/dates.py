"""Reading a date the way a clerk types it: `14/4/2022`, `14/04/2022`, `14-4-2022`, `14042022`.

A date that cannot be read is refused with a reason, never replaced by another one:
a wrong date in "Công văn số … ngày …" misquotes a real document.
"""

from __future__ import annotations

import datetime
import re

_SEPARATED = re.compile(r"^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{2}|\d{4})$")
_DIGITS = re.compile(r"^(\d{2})(\d{2})(\d{2}|\d{4})$")
EXAMPLE = "ngày/tháng/năm, VD 14/4/2022"


class DateError(ValueError):
    """The text is not a date; the message says why, in words a clerk understands."""


def _year(text: str) -> int:
    return 2000 + int(text) if len(text) == 2 else int(text)


def parse_date(text: str) -> datetime.date | None:
    """The date typed in `text`; None when it is empty. Raises DateError otherwise."""
    cleaned = text.strip()
    if not cleaned:
        return None
    match = _SEPARATED.match(cleaned) or _DIGITS.match(cleaned)
    if match is None:
        raise DateError(f"“{cleaned}” không phải là ngày: hãy gõ {EXAMPLE}")
    day, month, year = int(match[1]), int(match[2]), _year(match[3])
    if not 1 <= month <= 12:
        raise DateError(f"“{cleaned}”: tháng {month} không có (chỉ từ 1 đến 12)")
    try:
        return datetime.date(year, month, day)
    except ValueError:
        raise DateError(f"“{cleaned}”: tháng {month}/{year} không có ngày {day}") from None
