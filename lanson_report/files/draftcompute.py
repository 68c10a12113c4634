"""Format version 3 computed figures of the draft file <-> the model: a table's `compute`
and a cell's `estimate` (../shared/draft-format.md, *Computed figures*).

A table that computes is recomputed as it is read: the file stores the computed text, so
an older reader prints the same figures, and a cell whose text disagrees is kept as typed
and listed by the checks before export (domain/checks.py), never silently replaced.
"""

from __future__ import annotations

from typing import Any

from ..domain.errors import DraftFormatError
from ..domain.model import COMPUTE_OPS, Compute, ComputedColumn, Table
from ..domain.tables import figures
from .validate import Reader

COMPUTE_KEYS = ("columns", "total_rows", "part_rows")
RULE_KEYS = ("column", "op", "of", "decimals")
OPERANDS = {"sum": (1, 99), "difference": (2, 2), "ratio": (2, 2), "growth": (2, 2)}
OPERANDS["previous"] = (1, 1)
MAX_DECIMALS = 4


# ----------------------------------------------------------------------------- reading
def compute(reader: Reader, table: Table) -> Compute:
    """The `compute` of a table already read (its grid gives the bounds of every index)."""
    reader.check_keys(COMPUTE_KEYS, ())
    width, height = len(table.columns), len(table.rows)
    out = Compute()
    if reader.has("columns"):
        out.columns = [_rule(item, width) for item in reader.field("columns").items()]
        seen: set[int] = set()
        for item, rule in zip(reader.field("columns").items(), out.columns, strict=True):
            if rule.column in seen:
                raise item.field("column").fail(f"cột {rule.column} đã được tính ở quy tắc khác")
            seen.add(rule.column)
    for key in ("total_rows", "part_rows"):
        if reader.has(key):
            rows = _indices(reader.field(key), table.header_rows, height, "hàng")
            setattr(out, key, rows)
    both = set(out.total_rows) & set(out.part_rows)
    if both:
        raise reader.field("part_rows").fail(
            f"hàng {min(both)} không thể vừa là hàng tổng cộng vừa là hàng “Trong đó”"
        )
    return out


def _rule(reader: Reader, width: int) -> ComputedColumn:
    reader.check_keys(RULE_KEYS, ("column", "op", "of"))
    column = _index(reader.field("column"), 0, width, "cột")
    op = reader.field("op").choice(COMPUTE_OPS)
    of_reader = reader.field("of")
    of = [_index(item, 0, width, "cột") for item in of_reader.items()]
    low, high = OPERANDS[op]
    if not low <= len(of) <= high:
        wanted = str(low) if low == high else f"{low} trở lên"
        raise of_reader.fail(f'phép "{op}" cần {wanted} cột, tệp ghi {len(of)}')
    if column in of:
        raise of_reader.fail(f"cột {column} không thể được tính từ chính nó")
    decimals = None
    if reader.has("decimals"):
        decimals_reader = reader.field("decimals")
        decimals = decimals_reader.integer()
        if not 0 <= decimals <= MAX_DECIMALS:
            raise decimals_reader.fail(
                f"số chữ số thập phân {decimals} không hợp lệ; chấp nhận 0 đến {MAX_DECIMALS}"
            )
    return ComputedColumn(column=column, op=op, of=of, decimals=decimals)  # type: ignore[arg-type]


def _index(reader: Reader, low: int, high: int, what: str) -> int:
    value = reader.integer()
    if not low <= value < high:
        raise reader.fail(f"{what} {value} không có trong bảng; chấp nhận {low} đến {high - 1}")
    return value


def _indices(reader: Reader, low: int, high: int, what: str) -> list[int]:
    values = [_index(item, low, high, what) for item in reader.items()]
    return sorted(set(values))


def estimate(reader: Reader) -> bool:
    return bool(reader.field("estimate")._expect(bool, "true hoặc false"))


def computed_on_load(table: Table) -> Table:
    figures.recompute(table)
    return table


# ----------------------------------------------------------------------------- writing
def compute_dict(item: Compute) -> dict[str, Any]:
    out: dict[str, Any] = {"columns": [_rule_dict(rule) for rule in item.columns]}
    if item.total_rows:
        out["total_rows"] = list(item.total_rows)
    if item.part_rows:
        out["part_rows"] = list(item.part_rows)
    return out


def _rule_dict(rule: ComputedColumn) -> dict[str, Any]:
    out: dict[str, Any] = {"column": rule.column, "op": rule.op, "of": list(rule.of)}
    if rule.decimals is not None:
        out["decimals"] = rule.decimals
    return out


# ----------------------------------------------------------------------------- version
def computes(tables: list[Table]) -> bool:
    """Whether any table computes or carries an estimate: only version 3 holds those."""
    return any(
        table.compute is not None
        or any(cell is not None and cell.estimate for row in table.rows for cell in row)
        for table in tables
    )


def refuse_v3_keys(blocks: list[tuple[str, Any]], version: int) -> None:
    """A file that says version 1 or 2 but computes is a mistake worth naming."""
    for path, block in blocks:
        for key in ("source", "combine"):  # where merged text came from, how tables merge
            if isinstance(block, dict) and key in block:
                raise DraftFormatError(
                    f'{path}.{key}: khóa này cần "format_version": 3 (tệp ghi {version})'
                )
        if not isinstance(block, dict) or block.get("kind") != "table":
            continue
        if "compute" in block:
            raise DraftFormatError(
                f'{path}.compute: khóa này cần "format_version": 3 (tệp ghi {version})'
            )
        for r, row in enumerate(block.get("rows") or []):
            for c, cell in enumerate(row if isinstance(row, list) else []):
                if isinstance(cell, dict) and "estimate" in cell:
                    raise DraftFormatError(
                        f'{path}.rows[{r}][{c}].estimate: khóa này cần "format_version": 3 '
                        f"(tệp ghi {version})"
                    )
