"""Computed figures of a table (format v3 `compute`): totals, sums, differences, percentages.

A total row holds, in each numeric column, the sum of the body rows above it back to the
previous total row (or the header), leaving out "Trong đó" rows; its computed columns are
computed from its own sums, so a total's percentage is a ratio of sums, never an average
of percentages. A missing figure or a zero base prints `-`.

`recompute` writes the computation into every computed cell the program wrote before (or
that is empty) and leaves alone a cell holding something else: a figure a clerk typed is
never silently replaced; `mismatches` lists it until the clerk accepts the computation.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from ..model import ComputedColumn, Run, Table
from ..text import fold
from . import numbers, tablegrid

Position = tuple[int, int]
ORDINAL_HEADERS = ("tt", "stt", "số tt", "số thứ tự")
HUNDRED = Decimal(100)


@dataclass(frozen=True)
class Mismatch:
    """A computed cell whose text is not what the computation gives."""

    row: int
    column: int
    typed: str
    computed: str


def header_text(table: Table, column: int) -> str:
    """The lowest header cell's text over a column (`So với kế hoạch (%)`), spans included."""
    for row in range(table.header_rows - 1, -1, -1):
        r, c = tablegrid.owner(table, row, column)
        cell = table.rows[r][c]
        if cell is not None and cell.text.strip():
            return " ".join(cell.text.split())
    return ""


def _text(table: Table, row: int, column: int) -> str:
    cell = table.rows[row][column]
    return cell.text if cell is not None else ""


def is_ordinal(table: Table, column: int) -> bool:
    """The TT column, by its header (what renumbering trusts)."""
    return header_text(table, column).lower() in ORDINAL_HEADERS


def counts_rows(table: Table, column: int) -> bool:
    """Serial numbers, never figures to add up: the TT column, or a column whose header was
    renamed or cleared that holds 1, 2, 3… down the table."""
    if is_ordinal(table, column):
        return True
    numbered = [
        _text(table, row, column).strip().rstrip(".")
        for row in body_rows(table)
        if _text(table, row, column).strip()
    ]
    return len(numbered) >= 2 and numbered == [str(n) for n in range(1, len(numbered) + 1)]


def _text_column(table: Table) -> int | None:
    """The first column holding more words than numbers (the labels), found without the
    item rows (which need the "Trong đó" rows, which need the labels)."""
    for column in range(len(table.columns)):
        if counts_rows(table, column):
            continue
        kinds = [numbers.read(_text(table, row, column)).kind for row in body_rows(table)]
        if kinds.count("text") > kinds.count("number"):
            return column
    return None


def part_rows(table: Table) -> set[int]:
    """ "Trong đó" rows: marked so, or labelled so — a subset of the row above, shown and
    never added into a total (a clerk who forgets to mark one must not count it twice)."""
    marked = set(table.compute.part_rows) if table.compute else set()
    column = _text_column(table)
    if column is None:
        return marked
    labelled = {
        row
        for row in body_rows(table)
        if fold(_text(table, row, column).strip()).startswith("trong do")
    }
    return marked | labelled


def body_rows(table: Table) -> range:
    return range(table.header_rows, len(table.rows))


def _item_rows(table: Table) -> list[int]:
    compute = table.compute
    skip = set(compute.total_rows) | part_rows(table) if compute else set()
    return [row for row in body_rows(table) if row not in skip]


def computed_columns(table: Table) -> dict[int, ComputedColumn]:
    """The rules that compute on every edit (a `previous` column is filled when carried)."""
    if table.compute is None:
        return {}
    return {rule.column: rule for rule in table.compute.columns if rule.op != "previous"}


def numeric_columns(table: Table) -> list[int]:
    """Columns of figures: named by a rule, or holding numbers (and no more text than numbers)."""
    named: set[int] = set()
    for rule in table.compute.columns if table.compute else []:
        named.add(rule.column)
        named.update(rule.of)
    out = []
    for column in range(len(table.columns)):
        if column in named:
            out.append(column)
            continue
        if counts_rows(table, column):
            continue
        kinds = [numbers.read(_text(table, row, column)).kind for row in _item_rows(table)]
        if kinds.count("number") and kinds.count("text") <= kinds.count("number"):
            out.append(column)
    return out


def summed_columns(table: Table, numeric: list[int] | None = None) -> list[int]:
    """The columns a total row adds up: figures not computed by a rule, and not rates (a
    header with "%" or "tỷ lệ"), since a sum of rates means nothing. A `previous` column
    ("cùng kỳ") is added up too, as the contract says: its total follows its rows when the
    clerk corrects an estimate; last year's rows this year's table lacks are listed when
    the report is carried (carry.py), so a total missing them is never silent."""
    rules = computed_columns(table)
    numeric = numeric_columns(table) if numeric is None else numeric
    return [column for column in numeric if column not in rules and not _is_rate(table, column)]


def previous_columns(table: Table) -> set[int]:
    """Columns filled from last year's draft when the report is carried forward."""
    rules = table.compute.columns if table.compute else []
    return {rule.column for rule in rules if rule.op == "previous"}


def _is_rate(table: Table, column: int) -> bool:
    header = header_text(table, column).lower()
    return "%" in header or "tỷ lệ" in header


def label_column(table: Table) -> int | None:
    """The column naming each row (`Chỉ tiêu`): the first that is neither TT nor figures."""
    figures = set(numeric_columns(table))
    for column in range(len(table.columns)):
        if column not in figures and not counts_rows(table, column):
            return column
    return None


def row_label(table: Table, row: int, column: int | None) -> str:
    if column is None:
        return ""
    return " ".join(_text(table, row, column).split())


# ----------------------------------------------------------------------------- computing
def _apply(rule: ComputedColumn, values: list[Decimal | None]) -> Decimal | None:
    if any(value is None for value in values):
        return None
    known = [value for value in values if value is not None]
    if rule.op == "sum":
        return sum(known, Decimal(0))
    a, b = known[0], known[1]
    if rule.op == "difference":
        return a - b
    if b == 0:
        return None
    if rule.op == "ratio":
        return a / b * HUNDRED
    return (a - b) / b * HUNDRED  # growth


def expected(table: Table, numeric: list[int] | None = None) -> dict[Position, str]:
    """What every computed cell should hold, by (row, column); `numeric`: the table's
    numeric_columns() when the caller has them already."""
    if table.compute is None:
        return {}
    rules = computed_columns(table)
    out: dict[Position, str] = {}
    values: dict[Position, Decimal | None] = {}

    def value(row: int, column: int) -> Decimal | None:
        if (row, column) in values:
            return values[row, column]
        return numbers.value_of(_text(table, row, column))

    totals = set(table.compute.total_rows)
    figures = summed_columns(table, numeric)
    for row in body_rows(table):
        if row in totals:
            for column in figures:
                if table.rows[row][column] is None:
                    continue
                total = _column_sum(table, row, column)
                values[row, column] = total[0] if total else None
                out[row, column] = numbers.write(*total) if total else ""
        for column, rule in rules.items():
            if table.rows[row][column] is None:
                continue
            result = _apply(rule, [value(row, of) for of in rule.of])
            values[row, column] = result
            places = rule.places
            if rule.decimals is None and rule.op in ("sum", "difference"):
                # 1,5 + 2,25 is 3,75, never 4: a sum keeps the decimals of what it adds
                texts = [out.get((row, of), _text(table, row, of)) for of in rule.of]
                places = max([places, *(numbers.read(text).decimals for text in texts)])
            out[row, column] = "-" if result is None else numbers.write(result, places)
    return out


def _column_sum(table: Table, total_row: int, column: int) -> tuple[Decimal, int] | None:
    """The sum of a column's item rows above a total row, and the most decimals they use."""
    assert table.compute is not None
    parts = part_rows(table)
    total, places, seen = Decimal(0), 0, False
    for row in range(total_row - 1, table.header_rows - 1, -1):
        if row in table.compute.total_rows:
            break
        if row in parts:
            continue
        reading = numbers.read(_text(table, row, column))
        if reading.value is not None and not reading.percent:
            total += reading.value
            places = max(places, reading.decimals)
            seen = True
    return (total, places) if seen else None


def recompute(table: Table) -> list[Mismatch]:
    """Write the computation into computed cells that follow it; return the ones that do not."""
    return write(table, settled(table))


def settled(table: Table, numeric: list[int] | None = None) -> dict[Position, str]:
    """expected(), once the cells computed no more are emptied (see drop_stale): their old
    figures must not feed the computation that replaces them."""
    wanted = expected(table, numeric)
    if drop_stale(table, wanted):
        wanted = expected(table, numeric)
    return wanted


def drop_stale(table: Table, wanted: dict[Position, str]) -> bool:
    """Empty each cell the program computed that is computed no more (its row no longer a
    total, its column typed again or computed otherwise, its row now a header) when it still
    holds what the program wrote: a stale figure must never pass for a typed one. A figure
    typed over it is the clerk's, and stays. Whether any cell was emptied."""
    emptied = False
    for position in [p for p in table.computed if p not in wanted]:
        text = table.computed.pop(position)
        row, column = position
        cell = table.rows[row][column] if row < len(table.rows) else None
        if cell is not None and cell.text == text and text:
            cell.runs = []
            emptied = True
    return emptied


def write(table: Table, wanted: dict[Position, str]) -> list[Mismatch]:
    """recompute() with the computation already worked out (the editor keeps it)."""
    drop_stale(table, wanted)
    found = []
    for (row, column), text in wanted.items():
        cell = table.rows[row][column]
        assert cell is not None
        current = cell.text
        if current == text:
            table.computed[row, column] = text
        elif not current.strip() or table.computed.get((row, column)) == current:
            cell.runs = [Run(text)] if text else []
            table.computed[row, column] = text
        else:
            found.append(Mismatch(row, column, current, text))
    return found


def mismatches(table: Table) -> list[Mismatch]:
    """Computed cells whose text disagrees with the computation (without writing anything)."""
    found = []
    for (row, column), text in expected(table).items():
        current = _text(table, row, column)
        if current != text:
            found.append(Mismatch(row, column, current, text))
    return found


def accept(table: Table) -> None:
    """Replace every disagreeing computed cell by the computation (the clerk asked for it)."""
    for (row, column), text in expected(table).items():
        cell = table.rows[row][column]
        assert cell is not None
        cell.runs = [Run(text)] if text else []
        cell.estimate = False
        table.computed[row, column] = text


def is_computed(table: Table, row: int, column: int) -> bool:
    """Whether the program computes this cell: a clerk cannot type into it."""
    if table.compute is None or row < table.header_rows:
        return False
    if column in computed_columns(table):
        return True
    return row in table.compute.total_rows and column in summed_columns(table)


# ----------------------------------------------------------------------------- notes
def notes(table: Table) -> list[tuple[int, int, str]]:
    """(row, column, message) for each figure a clerk should look at before printing."""

    def where(row: int, column: int) -> str:
        label = row_label(table, row, label_column(table)) or f"thứ {row + 1}"
        return f"ô “{header_text(table, column) or f'cột {column + 1}'}” của hàng “{label}”"

    out = [
        (
            m.row,
            m.column,
            f"{where(m.row, m.column)} ghi {m.typed or 'trống'}, nhưng tính ra "
            f"{m.computed}; hãy xóa số gõ tay hoặc chọn “Dùng số tính được”",
        )
        for m in mismatches(table)
    ]
    for row in body_rows(table):
        for column, cell in enumerate(table.rows[row]):
            if cell is not None and cell.estimate:
                out.append(
                    (
                        row,
                        column,
                        f"{where(row, column)} ({cell.text}) là số ước tính "
                        "của kỳ trước: cần số chính thức",
                    )
                )
    items = _typed_rows(table)
    out.extend(_not_updated(table, items))
    out.extend(_without_previous(table, items))
    out.extend(_uneven_totals(table, where))
    for (row, column), (text, decimal, thousands) in ambiguous_cells(table).items():
        out.append(
            (
                row,
                column,
                f"{where(row, column)} ghi “{text}” trong khi các ô khác của cột viết dấu "
                f"phẩy thập phân: nếu là số thập phân, hãy viết “{decimal}”; nếu là số "
                f"hàng nghìn, hãy viết “{thousands}” như các ô khác",
            )
        )
    for column in numeric_columns(table):
        texts = [_text(table, row, column) for row in items]
        for index, text in enumerate(texts):
            hint = numbers.read(text).hint
            if hint:
                out.append((items[index], column, f"{where(items[index], column)}: {hint}"))
    return out


def _summed_rows(table: Table, total_row: int) -> list[int]:
    """The item rows a total row adds up (as _column_sum walks them)."""
    assert table.compute is not None
    parts, rows = part_rows(table), []
    for row in range(total_row - 1, table.header_rows - 1, -1):
        if row in table.compute.total_rows:
            break
        if row not in parts:
            rows.append(row)
    return sorted(rows)


def _uneven_totals(table: Table, where: Callable[[int, int], str]) -> list[tuple[int, int, str]]:
    """A total's ratio of sums whose two sums hold different rows: a row with "Thực hiện"
    but no "Cùng kỳ" (`-`, blank) counts in one sum only, and the total's percentage then
    compares unlike things. Said once per total and column, naming the rows."""
    if table.compute is None:
        return []
    label = label_column(table)
    out = []
    for total in table.compute.total_rows:
        rows = _summed_rows(table, total)
        for rule in computed_columns(table).values():
            if rule.op not in ("ratio", "growth") or len(rule.of) < 2:
                continue
            a, b = rule.of[0], rule.of[1]
            uneven = [
                row
                for row in rows
                if (numbers.value_of(_text(table, row, a)) is None)
                != (numbers.value_of(_text(table, row, b)) is None)
            ]
            if not uneven or _text(table, total, rule.column).strip() in ("", "-"):
                continue
            names = ", ".join(f"“{row_label(table, row, label) or row + 1}”" for row in uneven)
            out.append(
                (
                    total,
                    rule.column,
                    f"{where(total, rule.column)} so hai tổng không gồm cùng các hàng: hàng "
                    f"{names} chỉ có một trong hai số “{header_text(table, a)}” và "
                    f"“{header_text(table, b)}”; xem lại tỷ lệ của hàng tổng",
                )
            )
    return out


def _without_previous(table: Table, items: list[int]) -> list[tuple[int, int, str]]:
    """A "cùng kỳ" cell left empty on a named row: last period's draft had no row of that
    name (renamed, or new this year), or the report was not carried from it. Said until a
    figure, or "-" for none, is written there."""
    label = label_column(table)
    named = [row for row in items if row_label(table, row, label)]
    out = []
    for column in sorted(previous_columns(table)):
        empty = [row for row in named if not _text(table, row, column).strip()]
        header = header_text(table, column) or f"cột {column + 1}"
        if empty and len(empty) == len(named):
            message = f"cột “{header}” chưa có số cùng kỳ năm trước: nhập số, hoặc “-” nếu không có"
            out.append((empty[0], column, message))
            continue
        out += [
            (
                row,
                column,
                f"ô “{header}” của hàng “{row_label(table, row, label)}” chưa có số cùng kỳ "
                "(báo cáo cùng kỳ năm trước không có hàng này): nhập số, hoặc “-” nếu không có",
            )
            for row in empty
        ]
    return out


def _typed_rows(table: Table) -> list[int]:
    totals = table.compute.total_rows if table.compute else []
    return [row for row in body_rows(table) if row not in totals]


def ambiguous_cells(table: Table) -> dict[Position, tuple[str, str, str]]:
    """Each `1.234` in a numeric column whose other cells write a decimal comma: its text,
    and the two ways to write it that read one way only, a decimal (`1,234`) or thousands
    with as many decimals as the column writes (`1.234,0`). The clerk picks one."""
    items = _typed_rows(table)
    out: dict[Position, tuple[str, str, str]] = {}
    for column in numeric_columns(table):
        texts = [_text(table, row, column) for row in items]
        places = max([1, *(numbers.read(text).decimals for text in texts)])
        for index in numbers.ambiguous_rows(texts):
            text = texts[index].strip()
            body, percent = (text[:-1].rstrip(), "%") if text.endswith("%") else (text, "")
            thousands = f"{body},{'0' * places}{percent}"
            out[items[index], column] = (text, text.replace(".", ","), thousands)
    return out


def _not_updated(table: Table, items: list[int]) -> list[tuple[int, int, str]]:
    """A column of typed figures the rules compute from ("Thực hiện", "Kế hoạch năm")
    still empty on every named row: a report copied from last period (or into a new
    year, whose plan was emptied) whose figures are not typed yet."""
    rules = table.compute.columns if table.compute else []
    label = label_column(table)
    named = [row for row in items if row_label(table, row, label)]
    out = []
    made = {rule.column for rule in rules}
    for column in sorted({column for rule in rules for column in rule.of} - made):
        if named and all(not _text(table, row, column).strip() for row in named):
            header = header_text(table, column) or f"cột {column + 1}"
            out.append((named[0], column, f"cột “{header}” chưa có số liệu kỳ này (chưa cập nhật)"))
    return out
