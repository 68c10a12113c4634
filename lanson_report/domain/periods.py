"""Report kinds and the periods of periodic reports (Decree 09/2019/NĐ-CP).

The reporting regime fixes the data cut-off of periodic reports: a month counts from
the 15th of the previous month to the 14th; a quarter from the 15th of the month
before the quarter to the 14th of its last month; 6 months from 15 December of the
previous year to 14 June; 9 months to 14 September; a year to 14 December.
"""

from __future__ import annotations

import datetime
import re
from typing import Literal

from .errors import ReportError
from .model import PERIOD_KINDS, Period, PeriodKind
from .text import roman, short_date

ReportKind = Literal["month", "quarter", "half", "nine_months", "year", "topic", "adhoc"]
REPORT_KINDS: tuple[ReportKind, ...] = (*PERIOD_KINDS, "topic", "adhoc")
KIND_LABELS: dict[ReportKind, str] = {
    "month": "Báo cáo tháng",
    "quarter": "Báo cáo quý",
    "half": "Báo cáo 6 tháng",
    "nine_months": "Báo cáo 9 tháng",
    "year": "Báo cáo năm",
    "topic": "Báo cáo chuyên đề",
    "adhoc": "Báo cáo đột xuất",
}
# The command line spells the kinds with hyphens, as options usually are.
CLI_KINDS: dict[str, ReportKind] = {
    "month": "month",
    "quarter": "quarter",
    "half": "half",
    "nine-months": "nine_months",
    "year": "year",
    "topic": "topic",
    "adhoc": "adhoc",
}
CUTOFF_DAY = 14  # figures run to the 14th; the next period starts on the 15th
TITLE_LEAD = "Kết quả thực hiện nhiệm vụ"


class PeriodError(ReportError):
    """A period written on the command line or asked for does not exist."""


def is_periodic(kind: str) -> bool:
    return kind in PERIOD_KINDS


def _last_month(period: Period) -> int:
    """The month whose 14th closes the period."""
    if period.kind == "month":
        return period.number or 1
    if period.kind == "quarter":
        return 3 * (period.number or 1)
    return {"half": 6, "nine_months": 9, "year": 12}[period.kind]


def _first_month(period: Period) -> int:
    if period.kind == "month":
        return period.number or 1
    if period.kind == "quarter":
        return 3 * (period.number or 1) - 2
    return 1


def cutoff(period: Period) -> tuple[datetime.date, datetime.date]:
    """The first and last day the period's figures cover."""
    first = _first_month(period)
    start_year, start_month = (period.year - 1, 12) if first == 1 else (period.year, first - 1)
    start = datetime.date(start_year, start_month, CUTOFF_DAY + 1)
    return start, datetime.date(period.year, _last_month(period), CUTOFF_DAY)


def range_text(period: Period) -> str:
    """`Số liệu tính từ 15/12/2023 đến 14/6/2024`."""
    start, end = cutoff(period)
    return f"Số liệu tính từ {short_date(start)} đến {short_date(end)}"


def phrase(period: Period) -> str:
    """How the period is named in running text: `quý II năm 2024`, `6 tháng đầu năm 2024`."""
    if period.kind == "month":
        return f"tháng {period.number} năm {period.year}"
    if period.kind == "quarter":
        return f"quý {roman(period.number or 1)} năm {period.year}"
    if period.kind == "half":
        return f"6 tháng đầu năm {period.year}"
    if period.kind == "nine_months":
        return f"9 tháng năm {period.year}"
    return f"năm {period.year}"


def ahead(period: Period) -> str:
    """What the report's "phương hướng, nhiệm vụ" part looks ahead to."""
    if period.kind == "half":
        return f"6 tháng cuối năm {period.year}"
    if period.kind == "nine_months":
        return f"quý IV năm {period.year}"
    if period.kind == "year":
        return f"năm {period.year + 1}"
    return phrase(following(period))


def proposed_title(period: Period) -> str:
    """`Kết quả thực hiện nhiệm vụ năm 2024 và phương hướng, nhiệm vụ năm 2025`."""
    return f"{TITLE_LEAD} {phrase(period)} và phương hướng, nhiệm vụ {ahead(period)}"


def following(period: Period) -> Period:
    """The next report of the same kind: the next month or quarter, else the next year."""
    if period.kind in ("month", "quarter"):
        count = 12 if period.kind == "month" else 4
        number = period.number or 1
        if number == count:
            return Period(period.kind, period.year + 1, 1)
        return Period(period.kind, period.year, number + 1)
    return Period(period.kind, period.year + 1)


def retitle(title: str, old: Period, new: Period) -> str:
    """The title with the old period's wording moved along to the new one's, in one pass."""
    changes = {phrase(old): phrase(new), ahead(old): ahead(new)}
    pattern = re.compile("|".join(re.escape(key) for key in sorted(changes, key=len, reverse=True)))
    return pattern.sub(lambda match: changes[match.group(0)], title)


def current(kind: PeriodKind, today: datetime.date) -> Period:
    """The period of that kind that today falls in, by the calendar."""
    if kind == "month":
        return Period("month", today.year, today.month)
    if kind == "quarter":
        return Period("quarter", today.year, (today.month - 1) // 3 + 1)
    return Period(kind, today.year)


MIN_YEAR, MAX_YEAR = 1945, 2199
_FORMS = (
    (re.compile(r"(\d{4})"), None),
    (re.compile(r"(\d{4})-(\d{1,2})"), "month"),
    (re.compile(r"(\d{4})-[qQ](\d)"), "quarter"),
)


def parse(text: str, kind: PeriodKind | None = None) -> Period:
    """`2024`, `2024-06` or `2024-Q2`; a bare year is the given kind's (a year by default).

    PeriodError says what is wrong, for the caller to prefix with the option's name.
    """
    found = [(m, form) for pattern, form in _FORMS if (m := pattern.fullmatch(text.strip()))]
    if not found:
        raise PeriodError(f'"{text}" không phải kỳ báo cáo; viết 2024, 2024-06 hoặc 2024-Q2')
    match, form = found[0]
    year = int(match.group(1))
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise PeriodError(f"năm {year} không hợp lệ; chấp nhận {MIN_YEAR} đến {MAX_YEAR}")
    if form is None:
        chosen = kind or "year"
        if chosen in ("month", "quarter"):
            example = "2024-06" if chosen == "month" else "2024-Q2"
            raise PeriodError(f'"{text}" thiếu {_NUMBER_NAME[chosen]}; viết như {example}')
        return Period(chosen, year)
    if kind is not None and kind != form:
        raise PeriodError(f'"{text}" là một {_NUMBER_NAME[form]}, không phải kỳ {_KIND_NAME[kind]}')
    number = int(match.group(2))
    limit = 12 if form == "month" else 4
    if not 1 <= number <= limit:
        raise PeriodError(
            f"{_NUMBER_NAME[form]} {number} không có; chấp nhận 1 đến {limit} ({text})"
        )
    return Period(form, year, number)  # type: ignore[arg-type]


_NUMBER_NAME = {"month": "tháng", "quarter": "quý"}
_KIND_NAME: dict[str, str] = {
    "month": "tháng",
    "quarter": "quý",
    "half": "6 tháng",
    "nine_months": "9 tháng",
    "year": "năm",
}


def cli_text(period: Period) -> str:
    """The command-line spelling of a period, the inverse of parse()."""
    if period.kind == "month":
        return f"{period.year}-{period.number:02d}"
    if period.kind == "quarter":
        return f"{period.year}-Q{period.number}"
    return str(period.year)
