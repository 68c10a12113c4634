"""Dates typed as clerks type them are read, or refused with a reason."""

from __future__ import annotations

import datetime

import pytest

from lanson_report.domain.dates import DateError, parse_date

APRIL_14 = datetime.date(2022, 4, 14)


@pytest.mark.parametrize(
    "text", ["14/4/2022", "14/04/2022", "14-4-2022", "14.4.2022", "14042022", " 14 / 4 / 2022 "]
)
def test_common_ways_of_typing_a_date_are_read(text: str) -> None:
    assert parse_date(text) == APRIL_14


def test_two_digit_years_are_this_century() -> None:
    assert parse_date("14/4/22") == APRIL_14


def test_empty_means_no_date() -> None:
    assert parse_date("  ") is None


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("14/13/2022", "tháng 13"),
        ("31/2/2022", "không có ngày 31"),
        ("14/4", "không phải là ngày"),
        ("hôm qua", "không phải là ngày"),
        ("1442022", "không phải là ngày"),
    ],
)
def test_anything_else_is_refused_with_a_reason(text: str, reason: str) -> None:
    with pytest.raises(DateError, match=reason):
        parse_date(text)
