"""Vietnamese numbers: thousands dot, decimal comma; exact reading, half-up writing."""

from __future__ import annotations

from decimal import Decimal

import pytest

from lanson_report.domain.tables import numbers


@pytest.mark.parametrize(
    ("text", "kind", "value", "decimals", "percent", "ambiguous"),
    [
        ("1.234,5", "number", "1234.5", 1, False, False),
        ("1234,5", "number", "1234.5", 1, False, False),
        ("62,5%", "number", "62.5", 1, True, False),
        ("62,5 %", "number", "62.5", 1, True, False),
        ("1.234.567", "number", "1234567", 0, False, False),
        ("1.234", "number", "1234", 0, False, True),
        ("-12,30", "number", "-12.30", 2, False, False),
        ("−7", "number", "-7", 0, False, False),  # the minus sign U+2212
        ("+3", "number", "3", 0, False, False),
        ("0", "number", "0", 0, False, False),
        ("  7.500 ", "number", "7500", 0, False, True),
        ("\u00a0", "blank", None, 0, False, False),
        ("", "blank", None, 0, False, False),
        ("-", "dash", None, 0, False, False),
        ("–", "dash", None, 0, False, False),
        ("8.5", "text", None, 0, False, False),
        ("12.34,5", "text", None, 0, False, False),
        ("1,234.5", "text", None, 0, False, False),
        ("Tổng cộng", "text", None, 0, False, False),
        ("2024a", "text", None, 0, False, False),
    ],
)
def test_read(
    text: str, kind: str, value: str | None, decimals: int, percent: bool, ambiguous: bool
) -> None:
    reading = numbers.read(text)
    assert reading.kind == kind
    assert reading.value == (Decimal(value) if value is not None else None)
    assert reading.decimals == decimals
    assert reading.percent is percent
    assert reading.ambiguous is ambiguous


def test_an_english_decimal_point_is_named_with_its_fix() -> None:
    assert numbers.read("8.5").hint == '"8.5" viết dấu chấm thập phân; hãy viết 8,5'


@pytest.mark.parametrize(
    ("value", "decimals", "text"),
    [
        ("1234.5", 1, "1.234,5"),
        ("1234.55", 1, "1.234,6"),
        ("0.05", 1, "0,1"),
        ("0.25", 1, "0,3"),  # half up, not to even
        ("0.049999", 1, "0,0"),
        ("-0.04", 1, "0,0"),  # never "-0,0"
        ("-5.25", 1, "-5,3"),
        ("103.2", 1, "103,2"),
        ("1000000", 0, "1.000.000"),
        ("999", 0, "999"),
        ("1234567.891", 2, "1.234.567,89"),
        ("7", 2, "7,00"),
        ("2.5", 0, "3"),
        ("1" + "0" * 40, 1, "10" + ".000" * 13 + ",0"),  # longer than Decimal's 28 digits
        ("0.123456789012", 12, "0,123456789012"),
    ],
)
def test_write(value: str, decimals: int, text: str) -> None:
    assert numbers.write(Decimal(value), decimals) == text


@pytest.mark.parametrize(
    ("column", "flagged"),
    [
        (["1.234", "8,5", "12,0"], [0]),  # the others use a decimal comma: asked about
        (["1.234", "7.500", "12"], []),  # thousands everywhere: read as thousands
        (["1.234,5", "2.345"], [1]),
        (["", "-", "1.234.567", "3,5"], []),
    ],
)
def test_ambiguous_rows(column: list[str], flagged: list[int]) -> None:
    assert numbers.ambiguous_rows(column) == flagged


@pytest.mark.parametrize("text", ["1.234,5", "0", "-12,3", "1.000.000", "0,05"])
def test_written_numbers_read_back(text: str) -> None:
    reading = numbers.read(text)
    assert reading.value is not None
    assert numbers.write(reading.value, reading.decimals) == text
