"""Tổng hợp: one report from the units' replies, nothing lost, nothing twice, figures summed.

Replies are merged **in the report's model** (../shared/office-workflow.md, *Merging
contributions*): each reply section is mapped onto the base's outline by its number path
and heading (accent- and case-folded, numbering stripped), then by a close heading the
clerk confirms (listed in `guesses`); what fits nowhere goes to a visible "Chưa xếp được"
section at the end. Every block keeps the unit it came from (`source`, never printed).
Tables marked `combine: "sum"` add up row by row, rows matched by label; `"list"` tables
stack each unit's rows under a row naming it. A differing unit of measure, a row no
other reply has, a stated total that is not the sum of its parts, a reply received
twice and a unit that has not replied are each reported once, never fixed silently.
"""

from __future__ import annotations

import difflib
import hashlib
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal

from .checks import LACKING
from .checks import PLACEHOLDER as _PLACEHOLDER
from .model import UNPLACED_HEADING as UNPLACED_HEADING
from .model import Block, BodyBlock, Cell, Draft, Run, Section, Table, clone
from .tables import figures, numbers
from .text import fold

FindingKind = Literal[
    "unit_mismatch",
    "total_mismatch",
    "unknown_row",
    "unplaced",
    "duplicate_reply",
    "missing_reply",
]
MAX_DEPTH = 3  # outline levels: I., 1., a)
CLOSE_ENOUGH = 0.72  # heading similarity for a placement the clerk is asked to confirm
_NUMBERING = re.compile(
    r"^\s*(?:(?:phần|mục)\s+\S+[.:]?\s+|[IVXLC]+[.)]\s+|\d+(?:\.\d+)*[.)]?\s+|[a-zđ][)]\s+|[-+•]\s+)",
    re.IGNORECASE,
)
_TOTAL = re.compile(r"^(tổng|tổng cộng|cộng|tổng số|toàn tỉnh|toàn sở)\b", re.IGNORECASE)
_PART = re.compile(r"^trong\s+đó\b", re.IGNORECASE)
_UNIT_HEADERS = ("đơn vị tính", "đvt", "đơn vị")
# The kit's own words at the top of a unit's outline (intake/kits.py): never the unit's text.
KIT_NOTICE = "Đề cương gửi "
KIT_NOTICE_ASKS = "đề nghị gửi lại bản Word đã điền trước ngày"


@dataclass
class Reply:
    """One unit's reply, already read into a draft (from .docx or a draft file)."""

    unit: str
    draft: Draft
    file: str = ""


@dataclass(frozen=True)
class Finding:
    kind: FindingKind
    unit: str
    where: str
    message: str


@dataclass
class Placement:
    """What became of one reply: blocks placed under the outline, blocks left unplaced."""

    file: str
    unit: str
    placed: int = 0
    unplaced: int = 0
    duplicate: bool = False
    left: int = 0  # the outline's hints and the kit's notice the unit left in: not merged


@dataclass
class Guess:
    """A reply section placed by a close heading, for the clerk to confirm."""

    unit: str
    heading: str  # as the unit wrote it
    placed_under: str  # the base heading it went under


@dataclass
class Merged:
    draft: Draft
    replies: list[Placement] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    guesses: list[Guess] = field(default_factory=list)
    added: list[Guess] = field(default_factory=list)  # new sections under a matched parent
    missing: list[str] = field(default_factory=list)  # units expected, not received

    def as_json(self) -> dict[str, Any]:
        return {
            "replies": [
                {"file": r.file, "unit": r.unit, "placed": r.placed, "unplaced": r.unplaced}
                for r in self.replies
            ],
            "findings": [
                {"kind": f.kind, "unit": f.unit, "where": f.where, "message": f.message}
                for f in self.findings
            ],
        }


# ----------------------------------------------------------------------------- keys
def heading_key(text: str) -> str:
    """`II. KẾT QUẢ THỰC HIỆN` and `2. Kết quả thực hiện:` both give `ket qua thuc hien`."""
    text = unicodedata.normalize("NFC", text).strip()
    for _ in range(2):  # "Phần I. 1. …" rarely, but a number after a part label
        text = _NUMBERING.sub("", text, count=1)
    return " ".join(re.sub(r"[^\w\s]", " ", fold(text)).split())


def label_key(text: str) -> str:
    """A row label as rows are matched: folded, leading `1.`, `-`, `+` stripped."""
    return heading_key(text)


def fingerprint(draft: Draft) -> str:
    """The reply's content, whatever file or id it came in: the same reply twice is known."""
    content = clone(draft)
    content.id = ""
    return hashlib.sha256(repr(content).encode("utf-8", "surrogatepass")).hexdigest()


# ----------------------------------------------------------------------------- outline
@dataclass
class _Slot:
    path: tuple[int, ...]
    section: Section
    key: str


def _slots(sections: list[Section], prefix: tuple[int, ...] = ()) -> Iterator[_Slot]:
    for index, section in enumerate(sections):
        path = (*prefix, index + 1)
        yield _Slot(path, section, heading_key(section.heading))
        yield from _slots(section.sections, path)


def _match(
    reply: _Slot, slots: list[_Slot], used: set[tuple[int, ...]]
) -> tuple[_Slot | None, bool]:
    """The base slot a reply section belongs under, and whether it is a guess."""
    if reply.key:
        same = [slot for slot in slots if slot.key == reply.key]
        exact = [slot for slot in same if slot.path == reply.path]
        if exact:
            return exact[0], False
        if same:
            free = [slot for slot in same if slot.path not in used] or same
            return free[0], False
        scored = [
            (difflib.SequenceMatcher(None, reply.key, slot.key).ratio(), slot)
            for slot in slots
            if slot.key
        ]
        scored.sort(key=lambda item: (-item[0], item[1].path != reply.path))
        if scored and scored[0][0] >= CLOSE_ENOUGH:
            return scored[0][1], True
        return None, False
    at_path = [slot for slot in slots if slot.path == reply.path and not slot.key]
    return (at_path[0], False) if at_path else (None, False)


def _meaningful(block: BodyBlock) -> bool:
    if isinstance(block, Table):
        return any(cell is not None and cell.text.strip() for row in block.rows for cell in row)
    return block.kind != "hint" and bool(block.text.strip())


_APP_BUTTON = re.compile(r"\s*\((?:bấm |dùng )?nút [^()]*\)")


def kit_hint(text: str) -> str:
    """A hint as a unit reads it in Word: without the app's buttons ("(nút Thêm mục con)")."""
    return _APP_BUTTON.sub("", text)


def _open_placeholder(section: Section) -> bool:
    """An outline's point still to be named ("Lĩnh vực …") with nothing but hints in it."""
    return bool(_PLACEHOLDER.search(section.heading)) and not any(
        _meaningful(block) for block in section.blocks
    )


def _named_point(parent: _Slot, reply: _Slot, slots: list[_Slot]) -> _Slot:
    """The section a unit's own point goes to under a heading it matched: the outline's
    placeholder there ("Lĩnh vực …", holding hints only), named as the unit named it, or
    else a new section after the others."""
    for index, section in enumerate(parent.section.sections):
        if _open_placeholder(section):
            section.heading = reply.section.heading
            path = (*parent.path, index + 1)
            for slot in slots:
                if slot.path == path:
                    slot.key = reply.key
                    return slot
            slot = _Slot(path, section, reply.key)
            slots.append(slot)
            return slot
    section = Section(reply.section.heading)
    parent.section.sections.append(section)
    slot = _Slot((*parent.path, len(parent.section.sections)), section, reply.key)
    slots.append(slot)
    return slot


def _hint_texts(sections: list[Section]) -> set[str]:
    found: set[str] = set()
    for section in _all_sections(sections):
        for block in section.blocks:
            if isinstance(block, Block) and block.kind == "hint" and block.text.strip():
                found |= {_folded(block.text), _folded(kit_hint(block.text))}
    return found


def _folded(text: str) -> str:
    return " ".join(fold(text).split())


def _kit_words(block: BodyBlock, hints: set[str]) -> bool:
    """The outline's hint (printed in italics in the kit) or the kit's notice, left in."""
    if not isinstance(block, Block):
        return False
    text = block.text.strip()
    notice = text.startswith(KIT_NOTICE) and KIT_NOTICE_ASKS in text
    return notice or _folded(text) in hints


def kit_closing(unit: str) -> str:
    """The closing a kit is sent with (intake/kits.py); left as it is, not the unit's text."""
    return f"Trên đây là báo cáo của {unit}./."


def _sourced(block: BodyBlock, unit: str) -> BodyBlock:
    copied = clone(block)
    copied.source = unit
    return copied


# ----------------------------------------------------------------------------- tables
def _label_column(table: Table) -> int | None:
    return figures.label_column(table)


def _unit_column(table: Table) -> int | None:
    for column in range(len(table.columns)):
        if figures.header_text(table, column).strip().lower() in _UNIT_HEADERS:
            return column
    return None


def _cell_text(table: Table, row: int, column: int) -> str:
    cell = table.rows[row][column]
    return cell.text.strip() if cell is not None else ""


def _set(table: Table, row: int, column: int, text: str) -> None:
    cell = table.rows[row][column]
    if cell is not None:
        cell.runs = [Run(text)] if text else []


def _row_kinds(table: Table, labels: int | None) -> tuple[set[int], set[int]]:
    """Total rows and "Trong đó" rows, as marked or as labelled."""
    totals = set(table.compute.total_rows) if table.compute else set()
    parts = set(table.compute.part_rows) if table.compute else set()
    for row in figures.body_rows(table):
        label = _cell_text(table, row, labels) if labels is not None else ""
        if _TOTAL.match(label):
            totals.add(row)
        elif _PART.match(label):
            parts.add(row)
    return totals, parts


def _figure_columns(table: Table) -> list[int]:
    computed = set(figures.computed_columns(table))
    return [c for c in figures.numeric_columns(table) if c not in computed]


def _same_table(base: Table, reply: Table) -> bool:
    return len(base.columns) == len(reply.columns) and (
        not base.caption.strip() or heading_key(base.caption) == heading_key(reply.caption)
    )


class _Sums:
    """A `sum` table being merged: running sums by row and column, exact decimals."""

    def __init__(self, table: Table, withdrawing: bool = False) -> None:
        self.table = table
        # a reply taken back out (`withdraw`): a figure that comes back to 0 was that
        # reply's alone, and the cell is left empty as before it was merged
        self.withdrawing = withdrawing
        self.emptied: set[tuple[int, int]] = set()
        self.touched: set[tuple[int, int]] = set()
        self.labels = _label_column(table)
        self.units = _unit_column(table)
        self.totals, self.parts = _row_kinds(table, self.labels)
        self.columns = _figure_columns(table)
        self.sums: dict[tuple[int, int], tuple[Decimal, int]] = {}
        self.rows: dict[str, int] = {}
        # an outline's table with no rows of its own leaves the rows to the units: a row
        # one unit brings is no "row the outline lacks" (`open`); else each is told once
        self.open = not any(
            _cell_text(table, row, column).strip()
            for row in figures.body_rows(table)
            for column in range(len(table.columns))
        )
        self.appended: set[int] = set()
        self.renumber = self.open or self._numbered_in_order()
        self.brought: dict[str, tuple[str, str, str]] = {}  # row key -> unit, label, where
        self.units_of: dict[str, set[str]] = {}  # row key -> the units that gave it
        for row in figures.body_rows(table):
            key = self._key(table, row)
            if key and key not in self.rows:
                self.rows[key] = row
            for column in self.columns:  # the base's own figures count as its own part
                reading = numbers.read(_cell_text(table, row, column))
                if reading.value is not None and row not in self.totals:
                    self.sums[row, column] = (reading.value, reading.decimals)

    def _key(self, table: Table, row: int) -> str:
        return label_key(_cell_text(table, row, self.labels)) if self.labels is not None else ""

    def add(self, reply: Table, unit: str, where: str, out: list[Finding]) -> None:
        labels = _label_column(reply)
        skip = {labels, self.labels, self.units, _unit_column(reply)}
        skip |= {c for c in range(len(reply.columns)) if figures.is_ordinal(reply, c)}
        computed = set(figures.computed_columns(self.table))
        for column in _figure_columns(reply):  # an outline's empty table shows none itself
            if column not in skip and column not in computed and column not in self.columns:
                self.columns.append(column)
        totals, parts = _row_kinds(reply, labels)
        _check_stated_totals(reply, totals, parts, unit, where, out)
        for row in figures.body_rows(reply):
            if row in totals:
                continue  # the merged total is recomputed from the merged rows
            key = label_key(_cell_text(reply, row, labels)) if labels is not None else ""
            if not key:
                continue
            target = self.rows.get(key)
            if target is None:
                target = self._append(reply, row)
                self.rows[key] = target
                label = _cell_text(reply, row, labels) if labels is not None else ""
                if not self.open:  # an outline with rows of its own: a row it lacks
                    out.append(
                        Finding(
                            "unknown_row",
                            unit,
                            where,
                            f"{unit}: hàng “{label}” không có trong đề cương; đã thêm cuối "
                            "bảng, hãy xem lại.",
                        )
                    )
            self.brought.setdefault(key, (unit, _cell_text(reply, row, labels or 0), where))
            self.units_of.setdefault(key, set()).add(fold(unit))
            self._check_unit(reply, row, target, unit, where, out)
            for column in self.columns:
                reading = numbers.read(_cell_text(reply, row, column))
                if reading.value is None:
                    continue
                total, places = self.sums.get((target, column), (Decimal(0), 0))
                self.sums[target, column] = (
                    total + reading.value,
                    max(places, reading.decimals),
                )
                if self.withdrawing:
                    self.touched.add((target, column))
                    if not total + reading.value:
                        self.emptied.add((target, column))

    def single_rows(self, out: list[Finding]) -> None:
        """An outline's table with no rows of its own: a row only one of several units
        gave is told once, with that unit's name (the others may name it otherwise)."""
        units = set().union(*self.units_of.values()) if self.units_of else set()
        if not self.open or len(units) < 2:
            return
        for key, given in self.units_of.items():
            if len(given) == 1:
                unit, label, where = self.brought[key]
                out.append(
                    Finding(
                        "unknown_row",
                        unit,
                        where,
                        f"{unit}: hàng “{label}” chỉ có trong bản của đơn vị này; hãy xem đơn "
                        "vị khác có ghi tên khác không.",
                    )
                )

    def _append(self, reply: Table, row: int) -> int:
        self.table.rows.append([clone(cell) for cell in reply.rows[row]])
        new = len(self.table.rows) - 1
        self.appended.add(new)
        # figures are summed in; a unit's own percentages are computed anew from the sums
        for column in {*self.columns, *figures.computed_columns(self.table)}:
            _set(self.table, new, column, "")
        return new

    def _check_unit(
        self, reply: Table, row: int, target: int, unit: str, where: str, out: list[Finding]
    ) -> None:
        theirs, ours = _unit_column(reply), self.units
        if theirs is None or ours is None:
            return
        said, wanted = _cell_text(reply, row, theirs), _cell_text(self.table, target, ours)
        if said and wanted and fold(said) != fold(wanted):
            label = _cell_text(reply, row, _label_column(reply) or 0)
            out.append(
                Finding(
                    "unit_mismatch",
                    unit,
                    where,
                    f"{unit}: hàng “{label}” tính bằng “{said}”, đề cương tính bằng “{wanted}”; "
                    "số liệu vẫn được cộng, hãy quy đổi.",
                )
            )

    def write(self) -> None:
        for (row, column), (value, places) in self.sums.items():
            if (row, column) in self.touched:  # the decimals a withdrawn reply brought go
                places = min(places, max(0, -int(value.normalize().as_tuple().exponent)))
            shown = "" if (row, column) in self.emptied else numbers.write(value, places)
            _set(self.table, row, column, shown)
        for row in sorted(self.totals):
            for column in self.columns:
                stop = [r for r in sorted(self.totals) if r < row]
                first = stop[-1] + 1 if stop else self.table.header_rows
                parts = [
                    self.sums.get((r, column))
                    for r in range(first, row)
                    if r not in self.parts and r not in self.totals
                ]
                found = [p for p in parts if p is not None]
                if found:
                    total = sum((p[0] for p in found), Decimal(0))
                    _set(self.table, row, column, numbers.write(total, max(p[1] for p in found)))
        if self.renumber and self.appended:
            self._number_rows()
        if self.table.compute is not None:
            figures.recompute(self.table)

    def _ordinal(self) -> int | None:
        return next(
            (c for c in range(len(self.table.columns)) if figures.is_ordinal(self.table, c)),
            None,
        )

    def _numbered_in_order(self) -> bool:
        """The TT column reads 1, 2, 3 … down the rows (a merged report's own numbering):
        a row merged late gets the next number."""
        ordinal = self._ordinal()
        if ordinal is None:
            return False
        totals, parts = _row_kinds(self.table, self.labels)
        numbers_ = [
            _cell_text(self.table, row, ordinal)
            for row in figures.body_rows(self.table)
            if row not in totals and row not in parts
        ]
        return bool(numbers_) and numbers_ == [str(n) for n in range(1, len(numbers_) + 1)]

    def _number_rows(self) -> None:
        """The units' rows of an outline's table that had none, numbered 1, 2, 3 … in its
        TT column as they now stand ("Trong đó" and total rows get no number)."""
        ordinal = self._ordinal()
        if ordinal is None:
            return
        totals, parts = _row_kinds(self.table, self.labels)
        number = 0
        for row in figures.body_rows(self.table):
            if row in totals or row in parts:
                _set(self.table, row, ordinal, "")
                continue
            number += 1
            _set(self.table, row, ordinal, str(number))


def _check_stated_totals(
    table: Table, totals: set[int], parts: set[int], unit: str, where: str, out: list[Finding]
) -> None:
    """A reply's own total row that is not the sum of the rows above it."""
    labels = _label_column(table)
    for row in sorted(totals):
        earlier = [r for r in sorted(totals) if r < row]
        first = earlier[-1] + 1 if earlier else table.header_rows
        for column in _figure_columns(table):
            stated = numbers.read(_cell_text(table, row, column)).value
            if stated is None:
                continue
            values = [
                numbers.read(_cell_text(table, r, column)).value
                for r in range(first, row)
                if r not in parts
            ]
            counted = [v for v in values if v is not None]
            if counted and sum(counted, Decimal(0)) != stated:
                label = _cell_text(table, row, labels) if labels is not None else "Tổng"
                header = figures.header_text(table, column) or f"cột {column + 1}"
                added = numbers.write(sum(counted, Decimal(0)), 3).rstrip("0").rstrip(",")
                out.append(
                    Finding(
                        "total_mismatch",
                        unit,
                        where,
                        f"{unit}: “{label}”, {header}: ghi {_cell_text(table, row, column)} "
                        f"nhưng cộng các hàng được {added}.",
                    )
                )


def _stack(base: Table, reply: Table, unit: str) -> None:
    """A `list` table: the unit's name on a spanning row, then its rows."""
    name: list[Cell | None] = [Cell([Run(unit, bold=True)], colspan=len(base.columns))]
    name += [None] * (len(base.columns) - 1)
    base.rows.append(name)
    base.rows.extend([clone(cell) for cell in reply.rows[row]] for row in figures.body_rows(reply))


# ----------------------------------------------------------------------------- merge
def merge(
    base: Draft,
    replies: list[Reply],
    expected: list[str] | None = None,
    refused: frozenset[tuple[str, str]] = frozenset(),
    only_sums: bool = False,
) -> Merged:
    """The base (outline or draft) with every reply merged into it; the base is unchanged.

    `refused`: (unit, heading as the unit wrote it) of close-heading placements the clerk
    did not confirm (`Merged.guesses`); their text goes to "Chưa xếp được" instead.
    `only_sums`: only the figures of summed tables are taken (see `withdraw`)."""
    draft = clone(base)
    out = Merged(draft)
    slots = list(_slots(draft.sections))
    sums: dict[int, _Sums] = {}
    stacked: set[int] = set()
    seen: dict[str, str] = {}
    unplaced: list[BodyBlock] = []
    hints = _hint_texts(base.sections)
    for reply in replies:
        placement = Placement(reply.file, reply.unit)
        out.replies.append(placement)
        mark = fingerprint(reply.draft)
        if mark in seen:
            placement.duplicate = True
            out.findings.append(
                Finding(
                    "duplicate_reply",
                    reply.unit,
                    reply.file,
                    f"{reply.file or reply.unit} là bản đã nhận ({seen[mark]}); không gộp lần nữa.",
                )
            )
            continue
        seen[mark] = reply.file or reply.unit
        used: set[tuple[int, ...]] = set()
        placed_at: dict[tuple[int, ...], _Slot] = {}  # reply path -> where it went
        for slot in _slots(reply.draft.sections):
            blocks = [block for block in slot.section.blocks if _meaningful(block)]
            own = [block for block in blocks if not _kit_words(block, hints)]
            placement.left += len(blocks) - len(own)
            blocks = own
            target, guessed = _match(slot, slots, used)
            if guessed and (reply.unit, slot.section.heading) in refused:
                target = None
            if target is not None and guessed and _open_placeholder(target.section):
                # "Lĩnh vực y tế" resembles the outline's "Lĩnh vực …": it names that point
                target.section.heading, target.key, guessed = slot.section.heading, slot.key, False
            if target is None and not blocks and _PLACEHOLDER.search(slot.section.heading):
                continue  # the outline's "Lĩnh vực …" left as it came: nothing to place
            parent = placed_at.get(slot.path[:-1])
            deep_enough = parent is not None and len(parent.path) >= MAX_DEPTH
            if target is None and not guessed and slot.key and parent and not deep_enough:
                target = _named_point(parent, slot, slots)
                out.added.append(Guess(reply.unit, slot.section.heading, parent.section.heading))
            if target is None and only_sums:
                continue
            if target is None:
                if blocks or slot.key:
                    lost = [Block("paragraph", [Run(slot.section.heading, bold=True)])]
                    lost = lost if slot.section.heading.strip() else []
                    unplaced += [_sourced(b, reply.unit) for b in [*lost, *blocks]]
                    placement.unplaced += len(blocks)
                    if blocks:
                        out.findings.append(
                            Finding(
                                "unplaced",
                                reply.unit,
                                slot.section.heading or f"mục {'.'.join(map(str, slot.path))}",
                                f"{reply.unit}: mục “{slot.section.heading}” không khớp mục nào "
                                "của đề cương; nội dung để ở “Chưa xếp được”.",
                            )
                        )
                continue
            used.add(target.path)
            placed_at[slot.path] = target
            if guessed:
                out.guesses.append(Guess(reply.unit, slot.section.heading, target.section.heading))
            for block in blocks:
                if only_sums:
                    if isinstance(block, Table):
                        _combine_into(target.section, block, reply.unit, sums, None, out)
                    continue
                placement.placed += 1
                if isinstance(block, Table) and _combine_into(
                    target.section, block, reply.unit, sums, stacked, out
                ):
                    continue
                target.section.blocks.append(_sourced(block, reply.unit))
        loose = [] if only_sums else _loose_text(reply.draft)
        if loose:
            unplaced += [_sourced(block, reply.unit) for block in loose]
            placement.unplaced += len(loose)
            out.findings.append(
                Finding(
                    "unplaced",
                    reply.unit,
                    "phần mở đầu",
                    f"{reply.unit}: đoạn mở đầu, kết luận của bản gửi để ở “Chưa xếp được”.",
                )
            )
    for merged in sums.values():
        merged.write()
        if not only_sums:
            merged.single_rows(out.findings)
    _note_missing(draft, replies, expected or [], sums, stacked, out)
    if unplaced:  # a report merged before keeps one such section: late replies join it
        kept = [s for s in draft.sections if s.heading == UNPLACED_HEADING]
        if kept:
            kept[0].blocks += unplaced
        else:
            draft.sections.append(Section(UNPLACED_HEADING, unplaced))
    return out


def _combine_into(
    section: Section,
    table: Table,
    unit: str,
    sums: dict[int, _Sums],
    stacked: set[int] | None,
    out: Merged,
) -> bool:
    """Merge a reply's table into the section's combine table it answers; False if none."""
    for block in section.blocks:
        if not isinstance(block, Table) or block.source or not _same_table(block, table):
            continue
        if _adds_nothing(block, table):
            return True  # the outline's table sent back unfilled: nothing to merge
        where = block.caption or section.heading
        if _combining(block, table) == "sum":
            if id(block) not in sums:
                sums[id(block)] = _Sums(block, withdrawing=stacked is None)
            sums[id(block)].add(table, unit, where, out.findings)
        elif stacked is not None:
            _stack(block, table, unit)
            stacked.add(id(block))
        return True
    return False


def _adds_nothing(base: Table, reply: Table) -> bool:
    """The outline's table sent back as it went: every body cell empty or as the outline
    had it (its row labels)."""

    def body(table: Table) -> list[list[str]]:
        return [
            [cell.text.strip() if cell is not None else "" for cell in table.rows[row]]
            for row in figures.body_rows(table)
        ]

    theirs = body(reply)
    return not any(any(row) for row in theirs) or theirs == body(base)


def _combining(base: Table, reply: Table) -> str:
    """How the outline's table takes the units' rows: as marked (`combine`), else summed
    when it has row labels and figures to add, else stacked under each unit's name."""
    if base.combine is not None:
        return base.combine
    if _label_column(base) is not None and (_figure_columns(base) or _figure_columns(reply)):
        return "sum"
    return "list"


def _loose_text(draft: Draft) -> list[BodyBlock]:
    """A reply's own opening and closing: not part of any outline section."""
    out: list[BodyBlock] = []
    for text in (draft.basis.closing, draft.closing):
        if text.strip():
            out.append(Block("paragraph", [Run(text.strip())]))
    return out


def _note_missing(
    draft: Draft,
    replies: list[Reply],
    expected: list[str],
    sums: dict[int, _Sums],
    stacked: set[int],
    out: Merged,
) -> None:
    received = {fold(reply.unit) for reply in replies}
    out.missing = [unit for unit in expected if fold(unit) not in received]
    for unit in out.missing:
        out.findings.append(Finding("missing_reply", unit, "", f"Chưa nhận báo cáo của {unit}."))
    if not out.missing:
        return
    note = f"{MISSING_NOTE} {', '.join(out.missing)})"
    for section in _all_sections(draft.sections):
        for block in section.blocks:
            if isinstance(block, Table) and (id(block) in sums or id(block) in stacked):
                if block.note:  # a line of its own after the note's sentences: a capital
                    block.note = [*block.note, Run("\n(C" + note[2:])]
                else:
                    block.note = [Run(note)]


def _all_sections(sections: list[Section]) -> Iterator[Section]:
    for section in sections:
        yield section
        yield from _all_sections(section.sections)


MISSING_NOTE = "(chưa bao gồm số liệu của:"


def merged_units(draft: Draft) -> list[str]:
    """The units whose text a merged report holds (its blocks' `source`), in order."""
    found: dict[str, None] = {}
    for section in _all_sections(draft.sections):
        for block in section.blocks:
            if block.source:
                found.setdefault(block.source)
    return list(found)


def forget_missing_notes(draft: Draft) -> None:
    """Take away the "(chưa bao gồm số liệu của: …)" the last merge put under the summed
    tables: merging late replies says anew who is still missing."""
    from .findtext import splice_runs

    for section in _all_sections(draft.sections):
        for block in section.blocks:
            if not isinstance(block, Table) or not block.note:
                continue
            text = "".join(run.text for run in block.note)  # the editor may join its runs
            for found in reversed(list(LACKING.finditer(text))):
                splice_runs(block.note, found.start(), found.end(), "")
            block.note = [run for run in block.note if run.text.strip() or run.footnote]


def withdraw(draft: Draft, unit: str, reply: Draft) -> int:
    """Take a unit's merged reply back out of the merged report, before its new version is
    merged: its text (every block of its `source`), its rows under its name in stacked
    tables, and its figures out of the summed tables (`reply`, as it was merged, added
    negated). The number of blocks taken out."""
    key = fold(unit)
    removed = 0
    for section in _all_sections(draft.sections):
        kept = [b for b in section.blocks if fold(b.source) != key]
        removed += len(section.blocks) - len(kept)
        section.blocks = kept
        for block in kept:
            if isinstance(block, Table) and block.combine != "sum":
                _unstack(block, unit)
    negated = clone(reply)
    for section in _all_sections(negated.sections):
        for block in section.blocks:
            if isinstance(block, Table):
                _negate(block)
    draft.sections = merge(draft, [Reply(unit, negated)], only_sums=True).draft.sections
    return removed


def _negate(table: Table) -> None:
    """Every figure of the table's body rows with its sign turned (labels stay)."""
    labels = _label_column(table)
    for row in figures.body_rows(table):
        for column, cell in enumerate(table.rows[row]):
            if cell is None or column == labels or figures.is_ordinal(table, column):
                continue
            reading = numbers.read(cell.text.strip())
            if reading.value is not None and reading.value:
                cell.runs = [Run(numbers.write(-reading.value, reading.decimals))]


def _unstack(table: Table, unit: str) -> None:
    """A stacked table without the rows under the unit's name (and that name row)."""
    out: list[list[Cell | None]] = []
    skipping = False
    for row in table.rows:
        named = _unit_row(row, len(table.columns))
        if named is not None:
            skipping = fold(named) == fold(unit)
        if not skipping:
            out.append(row)
    table.rows = out


def _unit_row(row: list[Cell | None], width: int) -> str | None:
    """The unit a stacked table's name row names (one bold cell across the table)."""
    first = row[0] if row else None
    if first is None or width < 2 or first.colspan != width:
        return None
    if not first.runs or not all(run.bold for run in first.runs if run.text.strip()):
        return None
    return first.text.strip()


def unit_places(draft: Draft, unit: str) -> dict[tuple[int, ...], int]:
    """Where a unit's text begins in each section (path -> index among the blocks that
    are not the unit's): a new version replacing it is put back there."""
    key = fold(unit)
    found: dict[tuple[int, ...], int] = {}
    for slot in _slots(draft.sections):
        others = 0
        for block in slot.section.blocks:
            if fold(block.source) == key:
                found.setdefault(slot.path, others)
            else:
                others += 1
    return found


def put_back(draft: Draft, unit: str, places: dict[tuple[int, ...], int]) -> None:
    """The unit's blocks in each section moved to where its earlier version stood."""
    key = fold(unit)
    for slot in _slots(draft.sections):
        if slot.path not in places:
            continue
        own = [b for b in slot.section.blocks if fold(b.source) == key]
        rest = [b for b in slot.section.blocks if fold(b.source) != key]
        at = min(places[slot.path], len(rest))
        slot.section.blocks = [*rest[:at], *own, *rest[at:]]
