"""An imported draft made exportable field by field, never refused whole.

Word tolerates what the printed report cannot: grid columns a fraction of a
millimetre wide, sixteen columns on a portrait page, header cells that span two
rows while only the first is marked to repeat, a header cell holding a paragraph of
1,800 characters. Each is repaired where it stands, and the review says what was
done and where; text is never dropped.
"""

from __future__ import annotations

from ..domain import limits
from ..domain.model import Appendix, Block, BodyBlock, Cell, Draft, Run, Section, Table
from ..printed.layout import PAGES
from ..printed.tables import printed_table
from .review import Review

SLIVER = 0.02  # of the table's width: a column narrower than this holding no text is noise
APPENDIX_NOTE = "(Chi tiết tại Phụ lục kèm theo)"


def repair(draft: Draft, review: Review, turned: list[Table] | None = None) -> None:
    """`turned`: body tables the Word file laid out on landscape pages."""
    for place, blocks in _block_lists(draft):
        for index, block in enumerate(blocks):
            if isinstance(block, Table):
                _table(block, f"{place}, bảng {_table_number(blocks, index)}", review)
    _turn_appendices(draft, review)
    _wide_tables(draft, review, turned or [])
    _long_fields(draft, review)


def _block_lists(draft: Draft) -> list[tuple[str, list[BodyBlock]]]:
    out: list[tuple[str, list[BodyBlock]]] = []

    def walk(sections: list[Section], label: str) -> None:
        for number, section in enumerate(sections, start=1):
            here = f"{label}{number}"
            out.append(
                (
                    f"mục {here}" + (f" “{section.heading}”" if section.heading else ""),
                    section.blocks,
                )
            )
            walk(section.sections, f"{here}.")

    walk(draft.sections, "")
    out += [(f"phụ lục {n}", a.blocks) for n, a in enumerate(draft.appendices, start=1)]
    return out


def _table_number(blocks: list[BodyBlock], index: int) -> int:
    return sum(1 for block in blocks[: index + 1] if isinstance(block, Table))


def _table(table: Table, place: str, review: Review) -> None:
    dropped = drop_slivers(table)
    if dropped:
        review.notes.append(f"{place}: đã bỏ {dropped} cột rỗng quá hẹp (cột thừa của Word).")
    extent = header_extent(table)
    if extent > table.header_rows:
        review.notes.append(
            f"{place}: ô tiêu đề gộp {extent} hàng; đã lặp lại cả {extent} hàng ở mỗi trang."
        )
        table.header_rows = extent


def header_extent(table: Table) -> int:
    """The header rows, grown to hold every header cell's whole row span."""
    extent = table.header_rows
    row = 0
    while row < extent and row < len(table.rows):
        for cell in table.rows[row]:
            if cell is not None:
                extent = max(extent, row + cell.rowspan)
        row += 1
    return min(extent, len(table.rows))


def drop_slivers(table: Table) -> int:
    """Remove empty grid columns narrower than SLIVER of the width; how many went."""
    dropped = 0
    column = len(table.columns) - 1
    while column >= 0 and len(table.columns) > 1:
        total = sum(c.width for c in table.columns)
        if table.columns[column].width < SLIVER * total and _removable(table, column):
            _remove(table, column)
            dropped += 1
        column -= 1
    return dropped


def _removable(table: Table, column: int) -> bool:
    for row in table.rows:
        cell = row[column]
        if cell is not None and (cell.text.strip() or cell.colspan > 1):
            return False
    return True


def _remove(table: Table, column: int) -> None:
    for r, row in enumerate(table.rows):
        if row[column] is None:
            source = _spanning(table, r, column)
            if source is not None:
                source.colspan -= 1
        del row[column]
    del table.columns[column]


def _spanning(table: Table, row: int, column: int) -> Cell | None:
    """The cell to the left whose column span covers (row, column), in that row."""
    for c in range(column - 1, -1, -1):
        cell = table.rows[row][c]
        if cell is not None:
            return cell if c + cell.colspan > column else None
    return None


def _wide_tables(draft: Draft, review: Review, turned: list[Table]) -> None:
    """A table too wide for a portrait page, or one the Word file set on a landscape page
    in the body (its author's layout: squeezed upright, its headers would break), goes to
    a landscape appendix of its own."""
    portrait = PAGES["portrait"].text_width
    for place, blocks in _block_lists(draft)[: _body_lists(draft)]:
        for index, block in enumerate(blocks):
            if not isinstance(block, Table):
                continue
            narrow = bool(printed_table(block).too_narrow(portrait))
            if not narrow and not any(block is table for table in turned):
                continue
            title = block.caption or place.split("“")[-1].rstrip("”") or "Số liệu chi tiết"
            draft.appendices.append(Appendix(title=title, orientation="landscape", blocks=[block]))
            blocks[index] = Block("paragraph", [Run(APPENDIX_NOTE)])
            why = "không vừa trang dọc" if narrow else "nằm ở trang ngang trong tệp Word"
            review.notes.append(
                f"{place}: bảng {len(block.columns)} cột {why}; đã chuyển sang phụ lục khổ "
                f"ngang “{title}”."
            )


def _turn_appendices(draft: Draft, review: Review) -> None:
    """A portrait appendix holding a table too wide for it turns landscape."""
    portrait = PAGES["portrait"].text_width
    for number, appendix in enumerate(draft.appendices, start=1):
        tables = [block for block in appendix.blocks if isinstance(block, Table)]
        if appendix.orientation == "portrait" and any(
            printed_table(table).too_narrow(portrait) for table in tables
        ):
            appendix.orientation = "landscape"
            review.notes.append(
                f"phụ lục {number}: có bảng không vừa trang dọc; đã chuyển sang khổ ngang."
            )


def _body_lists(draft: Draft) -> int:
    return len(_block_lists(draft)) - len(draft.appendices)


# -- fields too long for their line ------------------------------------------------------
def _long_fields(draft: Draft, review: Review) -> None:
    fields = {
        "Cơ quan chủ quản": (draft.agency, "parent"),
        "Cơ quan ban hành": (draft.agency, "name"),
        "Ký hiệu": (draft.agency, "abbreviation"),
        "Địa danh": (draft, "place"),
        "Họ tên người ký": (draft.signature, "name"),
    }
    for label, (owner, key) in fields.items():
        _shorten(label, owner, key, draft, review)
    for recipient in list(draft.recipients):
        if len(recipient.name) > limits.MAX_SHORT_FIELD_CHARS:
            draft.recipients.remove(recipient)
            _to_body("Nơi nhận", recipient.name, draft, review)


def _shorten(label: str, owner: object, key: str, draft: Draft, review: Review) -> None:
    text = getattr(owner, key)
    if len(text) > limits.MAX_SHORT_FIELD_CHARS:
        setattr(owner, key, "")
        _to_body(label, text, draft, review)


def _to_body(label: str, text: str, draft: Draft, review: Review) -> None:
    review.unplaced.append(text)
    most = limits.number(limits.MAX_SHORT_FIELD_CHARS)
    review.notes.append(
        f"{label}: đọc được {limits.number(len(text))} ký tự, quá {most} ký tự của một "
        "dòng; đã để nguyên văn ở cuối nội dung, hãy điền lại trường này."
    )
    for item in review.fields:
        if item.label == label:
            item.value, item.found = "", False
