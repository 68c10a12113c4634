"""The sentence a report writes about one row of figures, from its computed values:
"Thu ngân sách thực hiện 150 tỷ đồng, đạt 75,0 % kế hoạch, tăng 50,0 % so với cùng kỳ."

A ratio column whose header names the plan reads "đạt … % kế hoạch"; one that names the
same period last year reads "bằng … % so với cùng kỳ" (the index style, last year = 100);
a growth column reads "tăng …" or "giảm … % so với cùng kỳ". It is plain text for the
clerk to edit, not a field that follows the table.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ..model import ComputedColumn, Table
from . import figures, numbers

UNIT_HEADERS = ("đơn vị tính", "đvt", "đơn vị")
_PART_LEAD = re.compile(r"^\s*trong\s+đó\s*[:,-]?\s*", re.IGNORECASE)  # "Trong đó: …" row

# A figure compared in words, as reports write it whether typed or inserted from a table:
# "đạt 103,2 % kế hoạch", "tăng 5,3 % so với cùng kỳ", "bằng 98% cùng kỳ". Its numbers are
# one period's: a sentence holding one is stale once the report is carried to the next.
COMPARISON = re.compile(
    r"\d[\d.,]*\s?%\s+(?:\S+\s+){0,2}?(?:kế\s+hoạch|so\s+với|cùng\s+kỳ)", re.IGNORECASE
)


def compares_figures(text: str) -> bool:
    """Whether the text states a figure against a plan or last period (see COMPARISON)."""
    return COMPARISON.search(text) is not None


def sentence(table: Table, row: int) -> str:
    """The row's sentence; "" when the row has no computed percentage to speak of."""
    rules = [rule for rule in figures.computed_columns(table).values() if rule.op != "sum"]
    phrases = [phrase for rule in rules if (phrase := _phrase(table, row, rule))]
    if not phrases:
        return ""
    label = figures.row_label(table, row, figures.label_column(table))
    part = _PART_LEAD.match(label)
    if part and label[part.end() :]:  # "Trong đó: thu nội địa" reads "Trong đó, thu nội địa"
        rest = label[part.end() :]
        label = f"Trong đó, {rest[:1].lower() if not rest[:2].isupper() else rest[:1]}{rest[1:]}"
    lead = label or "Chỉ tiêu"
    done = _achieved(table, row, rules)
    if done:
        lead = f"{lead} thực hiện {done}"
    return f"{lead}, {', '.join(phrases)}."


def _text(table: Table, row: int, column: int) -> str:
    cell = table.rows[row][column]
    return cell.text.strip() if cell is not None else ""


def _phrase(table: Table, row: int, rule: ComputedColumn) -> str:
    value = numbers.value_of(_text(table, row, rule.column))
    if value is None:
        return ""
    header = figures.header_text(table, rule.column).lower()
    base = _base_words(header, table, rule)
    shown = numbers.write(abs(value), rule.places)
    if rule.op == "ratio":
        if base == "kế hoạch":
            return f"đạt {shown} % kế hoạch"
        return f"bằng {shown} % so với {base}"
    if rule.op == "growth":
        if value == 0:
            return f"bằng {base}"
        direction = "tăng" if value > 0 else "giảm"
        return f"{direction} {shown} % so với {base}"
    return ""


def _base_words(header: str, table: Table, rule: ComputedColumn) -> str:
    """What the figure is compared with, from the column's header or its base column's."""
    base_header = figures.header_text(table, rule.of[-1]).lower()
    for text in (header, base_header):
        if "kế hoạch" in text:
            return "kế hoạch"
        if "cùng kỳ" in text or "năm trước" in text:
            return "cùng kỳ"
    return base_header or "kỳ trước"


def _achieved(table: Table, row: int, rules: list[ComputedColumn]) -> str:
    """The achieved figure (the first operand of a ratio or growth) with its unit."""
    column = rules[0].of[0]
    value: Decimal | None = numbers.value_of(_text(table, row, column))
    if value is None:
        return ""
    unit = ""
    for index in range(len(table.columns)):
        if figures.header_text(table, index).lower() in UNIT_HEADERS:
            unit = _text(table, row, index) or _shared_unit(table, row, index)
    unit = unit[:1].lower() + unit[1:] if unit and not unit[:2].isupper() else unit
    text = _text(table, row, column)
    return f"{text} {unit}".strip()


def _shared_unit(table: Table, row: int, column: int) -> str:
    """A total row's unit, left blank in its cell: the one every row it adds up shares."""
    if table.compute is None or row not in table.compute.total_rows:
        return ""
    units = {_text(table, r, column) for r in figures.body_rows(table) if r < row and r != row} - {
        ""
    }
    return units.pop() if len(units) == 1 else ""
