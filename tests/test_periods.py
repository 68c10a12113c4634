"""Periods of periodic reports: cut-off (Decree 09/2019/NĐ-CP), titles, next period, parsing."""

from __future__ import annotations

import datetime

import pytest

from lanson_report.domain import periods
from lanson_report.domain.model import Period
from lanson_report.domain.periods import PeriodError

D = datetime.date


@pytest.mark.parametrize(
    ("period", "start", "end"),
    [
        (Period("month", 2024, 6), D(2024, 5, 15), D(2024, 6, 14)),
        (Period("month", 2024, 1), D(2023, 12, 15), D(2024, 1, 14)),  # across the year
        (Period("month", 2024, 12), D(2024, 11, 15), D(2024, 12, 14)),
        (Period("month", 2024, 3), D(2024, 2, 15), D(2024, 3, 14)),
        (Period("quarter", 2024, 1), D(2023, 12, 15), D(2024, 3, 14)),  # across the year
        (Period("quarter", 2024, 2), D(2024, 3, 15), D(2024, 6, 14)),
        (Period("quarter", 2024, 3), D(2024, 6, 15), D(2024, 9, 14)),
        (Period("quarter", 2024, 4), D(2024, 9, 15), D(2024, 12, 14)),
        (Period("half", 2024), D(2023, 12, 15), D(2024, 6, 14)),
        (Period("nine_months", 2024), D(2023, 12, 15), D(2024, 9, 14)),
        (Period("year", 2024), D(2023, 12, 15), D(2024, 12, 14)),
    ],
)
def test_cutoff_follows_decree_09(period: Period, start: D, end: D) -> None:
    assert periods.cutoff(period) == (start, end)


def test_range_text_as_the_clerk_reads_it() -> None:
    assert periods.range_text(Period("half", 2024)) == "Số liệu tính từ 15/12/2023 đến 14/6/2024"
    # Decree 30 writes January and February with a leading zero, as in every date of the report.
    assert periods.range_text(Period("month", 2024, 1)) == (
        "Số liệu tính từ 15/12/2023 đến 14/01/2024"
    )
    assert periods.range_text(Period("quarter", 2025, 1)) == (
        "Số liệu tính từ 15/12/2024 đến 14/3/2025"
    )


@pytest.mark.parametrize(
    ("period", "title"),
    [
        (
            Period("month", 2024, 6),
            "Kết quả thực hiện nhiệm vụ tháng 6 năm 2024 và phương hướng, "
            "nhiệm vụ tháng 7 năm 2024",
        ),
        (
            Period("month", 2024, 12),
            "Kết quả thực hiện nhiệm vụ tháng 12 năm 2024 và phương hướng, "
            "nhiệm vụ tháng 1 năm 2025",
        ),
        (
            Period("quarter", 2024, 2),
            "Kết quả thực hiện nhiệm vụ quý II năm 2024 và phương hướng, nhiệm vụ quý III năm 2024",
        ),
        (
            Period("quarter", 2024, 4),
            "Kết quả thực hiện nhiệm vụ quý IV năm 2024 và phương hướng, nhiệm vụ quý I năm 2025",
        ),
        (
            Period("half", 2024),
            "Kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2024 và phương hướng, "
            "nhiệm vụ 6 tháng cuối năm 2024",
        ),
        (
            Period("nine_months", 2024),
            "Kết quả thực hiện nhiệm vụ 9 tháng năm 2024 và phương hướng, nhiệm vụ quý IV năm 2024",
        ),
        (
            Period("year", 2024),
            "Kết quả thực hiện nhiệm vụ năm 2024 và phương hướng, nhiệm vụ năm 2025",
        ),
    ],
)
def test_proposed_title(period: Period, title: str) -> None:
    assert periods.proposed_title(period) == title


@pytest.mark.parametrize(
    ("period", "after"),
    [
        (Period("month", 2024, 6), Period("month", 2024, 7)),
        (Period("month", 2024, 12), Period("month", 2025, 1)),
        (Period("quarter", 2024, 2), Period("quarter", 2024, 3)),
        (Period("quarter", 2024, 4), Period("quarter", 2025, 1)),
        (Period("half", 2024), Period("half", 2025)),
        (Period("nine_months", 2024), Period("nine_months", 2025)),
        (Period("year", 2024), Period("year", 2025)),
    ],
)
def test_following_period(period: Period, after: Period) -> None:
    assert periods.following(period) == after


def test_retitle_moves_both_periods_in_one_pass() -> None:
    old, new = Period("quarter", 2024, 2), Period("quarter", 2024, 3)
    title = periods.proposed_title(old)
    # quý II → quý III and quý III → quý IV: a second pass would turn the first into IV too.
    assert periods.retitle(title, old, new) == periods.proposed_title(new)
    year_old, year_new = Period("year", 2024), Period("year", 2025)
    assert periods.retitle("Tổng kết năm 2024 và nhiệm vụ năm 2025", year_old, year_new) == (
        "Tổng kết năm 2025 và nhiệm vụ năm 2026"
    )
    assert periods.retitle("Một tiêu đề khác", old, new) == "Một tiêu đề khác"


@pytest.mark.parametrize(
    ("text", "kind", "period"),
    [
        ("2024", None, Period("year", 2024)),
        ("2024", "half", Period("half", 2024)),
        ("2024", "nine_months", Period("nine_months", 2024)),
        ("2024-06", None, Period("month", 2024, 6)),
        ("2024-1", "month", Period("month", 2024, 1)),
        ("2024-Q2", None, Period("quarter", 2024, 2)),
        ("2024-q4", "quarter", Period("quarter", 2024, 4)),
    ],
)
def test_parse(text: str, kind: str | None, period: Period) -> None:
    assert periods.parse(text, kind) == period  # type: ignore[arg-type]
    assert periods.parse(periods.cli_text(period), period.kind) == period


@pytest.mark.parametrize(
    ("text", "kind", "says"),
    [
        ("2024-13", None, "tháng 13 không có"),
        ("2024-Q5", None, "quý 5 không có"),
        ("2024-Q0", "quarter", "quý 0 không có"),
        ("24-06", None, "không phải kỳ báo cáo"),
        ("2024/06", None, "không phải kỳ báo cáo"),
        ("2024", "month", "thiếu tháng"),
        ("2024", "quarter", "thiếu quý"),
        ("2024-06", "quarter", "là một tháng, không phải kỳ quý"),
        ("2024-Q2", "year", "là một quý, không phải kỳ năm"),
        ("1800", None, "năm 1800 không hợp lệ"),
    ],
)
def test_parse_refuses(text: str, kind: str | None, says: str) -> None:
    with pytest.raises(PeriodError, match=says):
        periods.parse(text, kind)  # type: ignore[arg-type]


def test_current_period_by_the_calendar() -> None:
    today = D(2024, 11, 27)
    assert periods.current("month", today) == Period("month", 2024, 11)
    assert periods.current("quarter", today) == Period("quarter", 2024, 4)
    assert periods.current("quarter", D(2025, 1, 3)) == Period("quarter", 2025, 1)
    assert periods.current("half", today) == Period("half", 2024)


def test_every_kind_has_a_label_and_a_command_line_name() -> None:
    assert set(periods.KIND_LABELS) == set(periods.REPORT_KINDS)
    assert set(periods.CLI_KINDS.values()) == set(periods.REPORT_KINDS)
    assert [k for k in periods.REPORT_KINDS if periods.is_periodic(k)] == [
        "month",
        "quarter",
        "half",
        "nine_months",
        "year",
    ]
