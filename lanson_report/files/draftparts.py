"""Format version 2 parts of the draft file <-> the model: blocks, tables, appendices,
period, template and layout (../shared/draft-format.md).

Kept apart from draftfile.py, which wires the top level; both read through validate.Reader,
so every error names its field path (`sections[1].blocks[2].rows[3][1]`).
"""

from __future__ import annotations

from typing import Any

from ..domain.errors import DraftFormatError
from ..domain.model import (
    ALIGNS,
    BLOCK_KINDS,
    BODY_SIZES,
    COMBINES,
    LINE_SPACINGS,
    MIN_PARAGRAPH_SPACING,
    ORIENTATIONS,
    PERIOD_KINDS,
    TABLE_SIZES,
    Appendix,
    Block,
    BodyBlock,
    Cell,
    Column,
    Draft,
    Layout,
    Period,
    Run,
    Section,
    Table,
    Template,
)
from ..domain.tables import tablegrid, tablelimits
from . import draftcompute
from .validate import MAX_YEAR, MIN_YEAR, Reader

TABLE_KEYS = (
    "kind",
    "caption",
    "unit",
    "columns",
    "header_rows",
    "rows",
    "size",
    "note",
    "compute",
    "source",
    "combine",
)
CELL_KEYS = ("text", "colspan", "rowspan", "align", "estimate")
MAX_PARAGRAPH_SPACING = 24.0


# ----------------------------------------------------------------------------- reading
def body_block(reader: Reader) -> BodyBlock:
    if reader.has("kind") and reader.field("kind").value == "table":
        return table(reader)
    return reader.block(BLOCK_KINDS)


def table(reader: Reader) -> Table:
    reader.check_keys(TABLE_KEYS, ("kind", "columns", "rows"))
    columns = [_column(item) for item in reader.field("columns").items()]
    if not columns:
        raise reader.field("columns").fail("bảng cần ít nhất một cột")
    rows_reader = reader.field("rows")
    rows = [[_cell(cell) for cell in row.items()] for row in rows_reader.items()]
    too_big = tablelimits.size_problem(len(rows), len(columns))
    if too_big:
        raise reader.fail(too_big)
    for problem in tablegrid.problems(rows, len(columns)):
        raise DraftFormatError(
            f"{rows_reader.path}[{problem.row}][{problem.column}]: {problem.message}"
        )
    header_rows = min(1, len(rows))
    if reader.has("header_rows"):
        header_reader = reader.field("header_rows")
        header_rows = header_reader.integer()
        if not 0 <= header_rows <= len(rows):
            raise header_reader.fail(
                f"số hàng tiêu đề {header_rows} không hợp lệ; chấp nhận 0 đến {len(rows)}"
            )
    size = 13
    if reader.has("size"):
        size_reader = reader.field("size")
        size = size_reader.integer()
        low, high = TABLE_SIZES
        if not low <= size <= high:
            raise size_reader.fail(f"cỡ chữ {size} không hợp lệ; chấp nhận {low} đến {high}")
    out = Table(
        columns=columns,
        rows=rows,
        header_rows=header_rows,
        caption=_optional_string(reader, "caption"),
        unit=_optional_string(reader, "unit"),
        size=size,
        note=reader.field("note").runs() if reader.has("note") else [],
        source=_optional_string(reader, "source"),
        combine=reader.field("combine").choice(COMBINES) if reader.has("combine") else None,  # type: ignore[arg-type]
    )
    if reader.has("compute"):
        out.compute = draftcompute.compute(reader.field("compute"), out)
        draftcompute.computed_on_load(out)
    return out


def _optional_string(reader: Reader, key: str) -> str:
    return reader.field(key).string() if reader.has(key) else ""


def _column(reader: Reader) -> Column:
    reader.check_keys(("width", "align"), ("width",))
    width_reader = reader.field("width")
    width = width_reader.number()
    if not 0 < width <= 1000:
        raise width_reader.fail(f"độ rộng tương đối {width} không hợp lệ; cần số lớn hơn 0")
    align = reader.field("align").choice(ALIGNS) if reader.has("align") else "left"
    return Column(width=float(width), align=align)  # type: ignore[arg-type]


def _cell(reader: Reader) -> Cell | None:
    if reader.value is None:
        return None
    if not isinstance(reader.value, dict):
        return Cell(runs=_cell_runs(reader))
    reader.check_keys(CELL_KEYS, ("text",))

    def span(key: str) -> int:
        if not reader.has(key):
            return 1
        span_reader = reader.field(key)
        value = span_reader.integer()
        if value < 1:
            raise span_reader.fail(f"{key} {value} không hợp lệ; cần từ 1 trở lên")
        return value

    align = reader.field("align").choice(ALIGNS) if reader.has("align") else None
    return Cell(
        runs=_cell_runs(reader.field("text")),
        colspan=span("colspan"),
        rowspan=span("rowspan"),
        align=align,  # type: ignore[arg-type]
        estimate=draftcompute.estimate(reader) if reader.has("estimate") else False,
    )


def _cell_runs(reader: Reader) -> list[Run]:
    runs = reader.runs()
    too_long = tablelimits.text_problem("".join(run.text for run in runs))
    if too_long:
        raise reader.fail(too_long)
    return runs


def appendix(reader: Reader, blocks: list[BodyBlock]) -> Appendix:
    reader.check_keys(("title", "orientation", "blocks"), ("title", "blocks"))
    orientation = "portrait"
    if reader.has("orientation"):
        orientation = reader.field("orientation").choice(ORIENTATIONS)
    return Appendix(
        title=reader.field("title").string(),
        orientation=orientation,  # type: ignore[arg-type]
        blocks=blocks,
    )


def period(reader: Reader) -> Period:
    reader.check_keys(("kind", "number", "year"), ("kind", "year"))
    kind = reader.field("kind").choice(PERIOD_KINDS)
    year_reader = reader.field("year")
    year = year_reader.integer()
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise year_reader.fail(f"năm {year} không hợp lệ; chấp nhận {MIN_YEAR} đến {MAX_YEAR}")
    limits = {"month": 12, "quarter": 4}
    number = None
    if kind in limits:
        number_reader = reader.field("number")
        number = number_reader.integer()
        if not 1 <= number <= limits[kind]:
            what = "tháng" if kind == "month" else "quý"
            raise number_reader.fail(
                f"{what} {number} không hợp lệ; chấp nhận 1 đến {limits[kind]}"
            )
    elif reader.has("number"):
        raise reader.field("number").fail(
            f'kỳ "{kind}" không có số tháng hay quý; hãy xóa khóa này'
        )
    return Period(kind=kind, year=year, number=number)  # type: ignore[arg-type]


def template(reader: Reader) -> Template:
    reader.check_keys(("name", "source"), ("name",))
    return Template(
        name=reader.field("name").string(non_empty=True),
        source=_optional_string(reader, "source"),
    )


def layout(reader: Reader) -> Layout:
    reader.check_keys(("body_size", "line_spacing", "paragraph_spacing"), ())
    out = Layout()
    if reader.has("body_size"):
        size_reader = reader.field("body_size")
        out.body_size = size_reader.integer()
        if out.body_size not in BODY_SIZES:
            raise size_reader.fail(f"cỡ chữ {out.body_size} không hợp lệ; Nghị định 30: 13 hoặc 14")
    if reader.has("line_spacing"):
        spacing_reader = reader.field("line_spacing")
        out.line_spacing = float(spacing_reader.number())
        low, high = LINE_SPACINGS
        if not low <= out.line_spacing <= high:
            raise spacing_reader.fail(
                f"giãn dòng {out.line_spacing:g} không hợp lệ; "
                f"Nghị định 30: từ {low:g} đến {high:g}"
            )
    if reader.has("paragraph_spacing"):
        gap_reader = reader.field("paragraph_spacing")
        out.paragraph_spacing = float(gap_reader.number())
        if not MIN_PARAGRAPH_SPACING <= out.paragraph_spacing <= MAX_PARAGRAPH_SPACING:
            raise gap_reader.fail(
                f"khoảng cách đoạn {out.paragraph_spacing:g} pt không hợp lệ; chấp nhận "
                f"{MIN_PARAGRAPH_SPACING:g} đến {MAX_PARAGRAPH_SPACING:g} pt"
            )
    return out


# ----------------------------------------------------------------------------- writing
def block_dict(block: BodyBlock) -> dict[str, Any]:
    if isinstance(block, Table):
        return table_dict(block)
    out: dict[str, Any] = {"kind": block.kind, "text": runs_value(block.runs)}
    if block.source:
        out["source"] = block.source
    return out


def table_dict(table: Table) -> dict[str, Any]:
    out: dict[str, Any] = {"kind": "table"}
    if table.caption:
        out["caption"] = table.caption
    if table.unit:
        out["unit"] = table.unit
    out["columns"] = [_column_dict(column) for column in table.columns]
    out["header_rows"] = table.header_rows
    out["rows"] = [[_cell_value(cell) for cell in row] for row in table.rows]
    if table.size != 13:
        out["size"] = table.size
    if table.note:
        out["note"] = runs_value(table.note)
    if table.compute is not None:
        out["compute"] = draftcompute.compute_dict(table.compute)
    if table.source:
        out["source"] = table.source
    if table.combine is not None:
        out["combine"] = table.combine
    return out


def _column_dict(column: Column) -> dict[str, Any]:
    width: float | int = int(column.width) if column.width.is_integer() else column.width
    out: dict[str, Any] = {"width": width}
    if column.align != "left":
        out["align"] = column.align
    return out


def _cell_value(cell: Cell | None) -> Any:
    if cell is None:
        return None
    if cell.colspan == 1 and cell.rowspan == 1 and cell.align is None and not cell.estimate:
        return runs_value(cell.runs)
    out: dict[str, Any] = {"text": runs_value(cell.runs)}
    if cell.colspan != 1:
        out["colspan"] = cell.colspan
    if cell.rowspan != 1:
        out["rowspan"] = cell.rowspan
    if cell.align is not None:
        out["align"] = cell.align
    if cell.estimate:
        out["estimate"] = True
    return out


def appendix_dict(item: Appendix, blocks: list[dict[str, Any]]) -> dict[str, Any]:
    return {"title": item.title, "orientation": item.orientation, "blocks": blocks}


def period_dict(item: Period) -> dict[str, Any]:
    out: dict[str, Any] = {"kind": item.kind}
    if item.number is not None:
        out["number"] = item.number
    out["year"] = item.year
    return out


def template_dict(item: Template) -> dict[str, Any]:
    return {"name": item.name, "source": item.source} if item.source else {"name": item.name}


def layout_dict(item: Layout) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if item.body_size is not None:
        out["body_size"] = item.body_size
    for key in ("line_spacing", "paragraph_spacing"):
        value = getattr(item, key)
        if value is not None:
            out[key] = int(value) if float(value).is_integer() else value
    return out


def runs_value(runs: list[Run]) -> Any:
    if all(run.plain for run in runs):
        return "".join(run.text for run in runs)
    return [run.text if run.plain else _run_dict(run) for run in runs]


def _run_dict(run: Run) -> dict[str, Any]:
    out: dict[str, Any] = {"text": run.text}
    for flag in ("bold", "italic", "underline"):
        if getattr(run, flag):
            out[flag] = True
    if run.footnote:
        out["footnote"] = runs_value(run.note_runs)
    return out


# ----------------------------------------------------------------------------- version
def _all_blocks(sections: list[Section]) -> list[BodyBlock]:
    out: list[BodyBlock] = []
    for section in sections:
        out.extend(section.blocks)
        out.extend(_all_blocks(section.sections))
    return out


def needs_version_3(draft: Draft) -> bool:
    """Whether the draft has a footnote or a table cell of several lines (format v3)."""
    blocks = _all_blocks(draft.sections)
    blocks += [block for item in draft.appendices for block in item.blocks]
    for block in blocks:
        if isinstance(block, Block):
            runs = block.runs
        else:
            cells = [cell for row in block.rows for cell in row if cell is not None]
            if any("\n" in cell.text for cell in cells):
                return True
            runs = [run for cell in cells for run in cell.runs] + block.note
        if any(run.footnote for run in runs):
            return True
        if block.source or (isinstance(block, Table) and block.combine is not None):
            return True
    return False


def needs_version_2(draft: Draft) -> bool:
    """Whether the draft uses anything format version 1 cannot hold.

    A draft without such features is written as version 1, so that offices whose
    program only reads version 1 can still open it.
    """
    if draft.appendices or draft.period or draft.template or not draft.layout.is_default:
        return True
    if draft.agency.name_in_text:
        return True
    return any(
        isinstance(block, Table) or (isinstance(block, Block) and block.kind == "hint")
        for block in _all_blocks(draft.sections)
    )


def all_tables(draft: Draft) -> list[Table]:
    blocks = _all_blocks(draft.sections)
    for item in draft.appendices:
        blocks.extend(item.blocks)
    return [block for block in blocks if isinstance(block, Table)]


def computes_figures(draft: Draft) -> bool:
    """Whether the draft computes figures or carries an estimate (format version 3)."""
    return draftcompute.computes(all_tables(draft))
