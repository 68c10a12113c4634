"""Last year's figures carried forward: each `previous` column of a new draft takes, row by
row (matched by label), the value its source column had in the draft of the same period
one year earlier. Q2-2025 takes Q2-2024's, whichever draft it was copied from.

A total row is matched too: its "cùng kỳ" is last year's total, the sum of all of last
year's rows, also those this year's table renamed or dropped (listed), never a sum of the
rows that happened to match. The copy's own figures of its period (the "thực hiện" that
becomes next year's "cùng kỳ", and the plans) are emptied: kept, they would compare the old
period with itself (every "so với cùng kỳ" 100,0). A plan "năm" stays within its year.

A value from a column whose header says it was an estimate ("ước thực hiện") is marked
`estimate` and reported until the clerk edits it; a row that cannot be matched (renamed,
new) is listed; with no earlier draft the cells stay empty and a note says so.

The text is last period's too: each paragraph that states a figure against the plan or
last period ("đạt 103,2 % kế hoạch") gets a to-do before it (a hint, never printed), for
the clerk to update it from this period's table and then delete.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal

from ..model import Appendix, Block, BodyBlock, Run, Section, Table
from . import figures, numbers, wording

ESTIMATE = re.compile(r"(?<!\w)ước(?!\w)", re.IGNORECASE)
YEAR = re.compile(r"\b(19|20|21)[0-9]{2}\b")
YEARLY = re.compile(r"(?<!\w)năm(?!\w)", re.IGNORECASE)  # "Kế hoạch năm": holds all year


@dataclass
class Carried:
    """What carrying did, in words for the clerk (the command line prints them too)."""

    filled: int = 0
    estimates: int = 0
    unmatched: list[str] = field(default_factory=list)  # "Bảng 1: hàng “…”"
    notes: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        estimates = (
            [
                f"{self.estimates} số cùng kỳ lấy từ cột ước thực hiện của kỳ trước (tô vàng): "
                "cần thay bằng số chính thức."
            ]
            if self.estimates
            else []
        )
        return [*self.notes, *estimates, *self.unmatched]


def has_previous(table: Table) -> bool:
    return table.compute is not None and any(r.op == "previous" for r in table.compute.columns)


def carry(
    tables: list[Table],
    earlier: list[Table] | None,
    source_name: str,
    copied_name: str = "kỳ trước",
    same_year: bool = False,
) -> Carried:
    """Fill every `previous` column of `tables` from `earlier` (None: no earlier draft) and
    empty the figures of the period the tables were copied from (`copied_name`); `same_year`:
    the copy stays in its year, so a plan for the year ("Kế hoạch năm") still holds."""
    out = Carried()
    for index, table in enumerate(tables):
        if len(table.rows) <= table.header_rows:
            continue  # an outline's empty table has nothing to carry yet
        name = _name(table, index)
        _empty_period_figures(table, name, copied_name, same_year, out)
        if not has_previous(table):
            continue
        _clear(table)
        figures.recompute(table)
        if earlier is None:
            out.notes.append(
                f"{name}: không có {source_name} trong máy; cột cùng kỳ để trống, hãy nhập tay."
            )
            continue
        source = _matching_table(table, index, tables, earlier)
        if source is None:
            out.notes.append(f"{name}: {source_name} không có bảng này; cột cùng kỳ để trống.")
            continue
        _fill(table, source, name, source_name, out)
        figures.recompute(table)
    return out


def period_columns(table: Table, same_year: bool = False) -> list[int]:
    """The typed figures of the period a table reports: the columns its rules compute from
    (a "thực hiện", a "kế hoạch"), not computed themselves nor carried from last year. With
    `same_year`, a plan for the year ("Kế hoạch năm") is left out: it holds all year."""
    if table.compute is None:
        return []
    rules = table.compute.columns
    made = {rule.column for rule in rules}
    results = {rule.of[0] for rule in rules if rule.op == "previous"}
    operands = sorted({column for rule in rules for column in rule.of} - made)
    return [
        column
        for column in operands
        if column in results
        or not (same_year and YEARLY.search(figures.header_text(table, column)))
    ]


def _empty_period_figures(
    table: Table, name: str, copied_name: str, same_year: bool, out: Carried
) -> None:
    columns = period_columns(table, same_year)
    if table.compute is None or not table.compute.columns:
        if figures.numeric_columns(table):  # no rule says which figures are this period's
            out.notes.append(f"{name}: số liệu vẫn là của {copied_name}; hãy cập nhật.")
        return
    totals = set(table.compute.total_rows) if table.compute else set()
    emptied = []
    for column in columns:
        cells = [table.rows[row][column] for row in figures.body_rows(table) if row not in totals]
        if any(cell is not None and cell.text.strip() for cell in cells):
            emptied.append(figures.header_text(table, column) or f"cột {column + 1}")
        for cell in cells:
            if cell is not None:
                cell.runs, cell.estimate = [], False
    if emptied:
        figures.recompute(table)
        listed = ", ".join(f"“{header}”" for header in emptied)
        out.notes.append(
            f"{name}: đã xóa số liệu của {copied_name} ở cột {listed}; hãy nhập số liệu kỳ này."
        )


def _name(table: Table, index: int) -> str:
    caption = table.caption.strip()
    return f"Bảng “{caption}”" if caption else f"Bảng thứ {index + 1}"


def _clear(table: Table) -> None:
    """The copy's own "cùng kỳ" belonged to its period; this period's comes from its year."""
    assert table.compute is not None
    for column in figures.previous_columns(table):
        for row in figures.body_rows(table):
            cell = table.rows[row][column]
            if cell is not None:
                cell.runs, cell.estimate = [], False


def _key(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def _caption_key(table: Table) -> str:
    return _key(YEAR.sub("#", table.caption))


def _matching_table(
    table: Table, index: int, tables: list[Table], earlier: list[Table]
) -> Table | None:
    """The earlier table of the same caption (years aside), else the one at the same place."""
    if table.caption.strip():
        same = [t for t in earlier if _caption_key(t) == _caption_key(table)]
        if same:
            return same[0]
    return earlier[index] if index < len(earlier) else None


def _labels(table: Table) -> dict[str, int]:
    column = figures.label_column(table)
    out: dict[str, int] = {}
    for row in figures.body_rows(table):
        label = _key(figures.row_label(table, row, column))
        if label and label not in out:
            out[label] = row
    return out


def _fill(table: Table, source: Table, name: str, source_name: str, out: Carried) -> None:
    assert table.compute is not None
    rules = [rule for rule in table.compute.columns if rule.op == "previous"]
    found = _labels(source)
    column = figures.label_column(table)
    totals = set(table.compute.total_rows)
    used: set[int] = set()
    for row in figures.body_rows(table):
        label = figures.row_label(table, row, column)
        if row in totals or not label:
            continue  # a total adds up its rows (figures.py), as every total does
        at = found.get(_key(label))
        if at is None:
            out.unmatched.append(f"{name}: hàng “{label}” không có trong {source_name}.")
            continue
        used.add(at)
        for rule in rules:
            _copy(table, row, rule.column, source, at, rule.of[0], out)
    _list_left_behind(source, used, name, source_name, out)


def _list_left_behind(
    source: Table, used: set[int], name: str, source_name: str, out: Carried
) -> None:
    """Last year's item rows that no row of this year's table took (renamed or dropped):
    the "cùng kỳ" total does not hold them until the clerk places their figures."""
    parts = (
        set(source.compute.part_rows) | set(source.compute.total_rows) if source.compute else set()
    )
    label = figures.label_column(source)
    for at in figures.body_rows(source):
        text = figures.row_label(source, at, label)
        if at in used or at in parts or not text or _key(text).startswith(("trong đó", "tổng")):
            continue
        out.unmatched.append(
            f"{name}: hàng “{text}” của {source_name} không có trong bảng này; "
            "tổng cùng kỳ chưa gồm số của hàng đó."
        )


def _source_totals(table: Table, source: Table, found: dict[str, int]) -> dict[int, int | None]:
    """Each total row of `table` and last year's row it takes: the one of the same label,
    else the total at the same place among last year's totals (None: last year had none)."""
    assert table.compute is not None
    theirs = sorted(source.compute.total_rows) if source.compute else []
    label_column = figures.label_column(table)
    out: dict[int, int | None] = {}
    for number, row in enumerate(sorted(table.compute.total_rows)):
        at = found.get(_key(figures.row_label(table, row, label_column)))
        if at is None:  # "Tổng cộng" last year, "Tổng số" now: the same place among totals
            at = theirs[number] if number < len(theirs) else None
        out[row] = at
    return out


def _copy_sum(table: Table, row: int, column: int, source: Table, of: int, out: Carried) -> None:
    """The sum of all of last year's rows in a column, "Trong đó" rows left out."""
    cell = table.rows[row][column]
    if cell is None or of >= len(source.columns):
        return
    parts = set(source.compute.part_rows) if source.compute else set()
    label = figures.label_column(source)
    total, places, seen = Decimal(0), 0, False
    for at in figures.body_rows(source):
        if at in parts or _key(figures.row_label(source, at, label)).startswith("trong đó"):
            continue
        held = source.rows[at][of]
        reading = numbers.read(held.text if held is not None else "")
        if reading.value is not None and not reading.percent:
            total, places, seen = total + reading.value, max(places, reading.decimals), True
    if seen:
        cell.runs = [Run(numbers.write(total, places))]
        out.filled += 1
        if ESTIMATE.search(figures.header_text(source, of)):
            cell.estimate = True
            out.estimates += 1


def _copy(
    table: Table, row: int, column: int, source: Table, at: int, of: int, out: Carried
) -> None:
    cell = table.rows[row][column]
    if cell is None or of >= len(source.columns) or source.rows[at][of] is None:
        return
    text = source.rows[at][of].text  # type: ignore[union-attr]
    cell.runs = [Run(text)] if text else []
    if text.strip():
        out.filled += 1
        if ESTIMATE.search(figures.header_text(source, of)):
            cell.estimate = True
            out.estimates += 1


# Without a year in it: the year review of the copy must find nothing to change here.
STALE_NOTE = (
    "Cập nhật số liệu của đoạn dưới đây theo số liệu kỳ này: đó là số của kỳ trước (xóa dòng "
    "nhắc này khi đã cập nhật)"
)


def is_stale_note(text: str) -> bool:
    """The to-do carrying put before a paragraph of last period's figures (still there)."""
    return text.startswith(STALE_NOTE[:40])


def mark_figure_sentences(sections: list[Section], appendices: list[Appendix]) -> int:
    """Put a to-do before each paragraph that states last period's figures in words; how
    many were marked (a paragraph already marked is not marked twice)."""
    note = STALE_NOTE
    marked = 0

    def mark(blocks: list[BodyBlock]) -> list[BodyBlock]:
        nonlocal marked
        out: list[BodyBlock] = []
        for block in blocks:
            if isinstance(block, Block) and block.kind != "hint":
                before = out[-1] if out else None
                noted = isinstance(before, Block) and before.kind == "hint" and before.text == note
                if not noted and wording.compares_figures(block.text):
                    out.append(Block("hint", [Run(note)]))
                    marked += 1
            out.append(block)
        return out

    def walk(sections: list[Section]) -> None:
        for section in sections:
            section.blocks = mark(section.blocks)
            walk(section.sections)

    walk(sections)
    for appendix in appendices:
        appendix.blocks = mark(appendix.blocks)
    return marked
