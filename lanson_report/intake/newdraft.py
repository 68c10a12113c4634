"""A new draft started from an outline (đề cương), the agency's settings and a period."""

from __future__ import annotations

import copy
import datetime
import uuid
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from ..domain import periods
from ..domain.checks import tables_with_paths
from ..domain.model import (
    Block,
    BodyBlock,
    DocDate,
    Draft,
    Period,
    Section,
    Settings,
    Table,
    new_draft,
)
from ..domain.tables import carry

if TYPE_CHECKING:  # the store (TinyDB) is loaded only by a program that opens one
    from ..store import Store

# Outline headings and hints may name the period in words the draft fills in.
PERIOD_TOKEN = "[kỳ báo cáo]"
AHEAD_TOKEN = "[kỳ tới]"
RANGE_TOKEN = "[khoảng số liệu]"  # in hints: the period's data cut-off range
ANY_RANGE = "Số liệu tính từ ngày 15 của tháng trước kỳ đến ngày 14 của tháng cuối kỳ báo cáo"


def start_draft(
    outline: Draft | None,
    settings: Settings,
    period: Period | None = None,
    today: datetime.date | None = None,
) -> Draft:
    """A draft with the outline's body and the settings' agency, place, signer, usual
    recipients and Lưu line (`VT` and the drafting unit).

    Sections, headings, hints and tables come from the outline; the title is the outline's
    own, else the one proposed for the period.
    """
    today = today or datetime.date.today()
    draft = copy.deepcopy(outline) if outline is not None else new_draft(today.year)
    draft.id = str(uuid.uuid4())
    draft.template = None
    draft.number = ""
    draft.date = DocDate(period.year if period else today.year)  # filed with its period
    draft.agency = copy.deepcopy(settings.agency)
    draft.place = settings.place or draft.place
    draft.archive = archive_line(settings.archive or draft.archive or "VT", settings.unit)
    named = {recipient.name for recipient in draft.recipients}
    draft.recipients += [copy.deepcopy(r) for r in settings.recipients if r.name not in named]
    if settings.signers:
        draft.signature = copy.deepcopy(settings.signers[0])
    draft.period = period
    if period is not None:
        fill_period(draft, period)
    else:
        _fill_sections(draft.sections, {RANGE_TOKEN: ANY_RANGE})
    return draft


def archive_line(archive: str, unit: str) -> str:
    """`VT, VP`: the Lưu line with the drafting unit's abbreviation after it, once."""
    parts = [part.strip() for part in archive.split(",") if part.strip()]
    if unit.strip() and unit.strip() not in parts:
        parts.append(unit.strip())
    return ", ".join(parts)


def fill_period(draft: Draft, period: Period) -> None:
    """Name the period in the title, the headings and the hints; add the usual closing."""
    if not draft.title.strip():
        draft.title = periods.proposed_title(period)
    words = {
        PERIOD_TOKEN: periods.phrase(period),
        AHEAD_TOKEN: periods.ahead(period),
        RANGE_TOKEN: periods.range_text(period),
    }
    _fill_sections(draft.sections, words)
    if not draft.closing.strip():
        draft.closing = f"Trên đây là báo cáo {_lower_first(draft.title)}./."


def _fill_sections(sections: list[Section], words: dict[str, str]) -> None:
    for section in sections:
        section.heading = _fill(section.heading, words)
        section.blocks = [_fill_block(block, words) for block in section.blocks]
        _fill_sections(section.sections, words)


def _fill_block(block: BodyBlock, words: dict[str, str]) -> BodyBlock:
    if isinstance(block, Table):
        block.caption = _fill(block.caption, words)
        return block
    return Block(block.kind, [replace(r, text=_fill(r.text, words)) for r in block.runs])


def _fill(text: str, words: dict[str, str]) -> str:
    for token, value in words.items():
        text = text.replace(token, value)
    return text


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def move_to_period(draft: Draft, new: Period) -> None:
    """A copy for the next period: the period and its wording in title, headings and closing."""
    old = draft.period
    draft.period = new
    if old is None:
        return
    draft.title = periods.retitle(draft.title, old, new)
    draft.closing = periods.retitle(draft.closing, old, new)
    _retitle_sections(draft.sections, old, new)


def _retitle_sections(sections: list[Section], old: Period, new: Period) -> None:
    ranges = {periods.range_text(old): periods.range_text(new)}
    for section in sections:
        section.heading = periods.retitle(section.heading, old, new)
        section.blocks = [  # a hint that names the data range names the new one
            _fill_block(b, ranges) if isinstance(b, Block) and b.kind == "hint" else b
            for b in section.blocks
        ]
        _retitle_sections(section.sections, old, new)


def next_copy(old: Draft, period: Period) -> Draft:
    """A copy of a periodic report for another period: same text, no number, day or month."""
    draft = copy.deepcopy(old)
    draft.id = str(uuid.uuid4())
    draft.template = None
    draft.number = ""
    draft.date = DocDate(old.date.year + period.year - (old.period or period).year)
    move_to_period(draft, period)
    return draft


def year_earlier(period: Period) -> Period:
    return Period(period.kind, period.year - 1, period.number)


def carry_figures(
    draft: Draft, copied_from: Draft | None, stored: Callable[[Period], Draft | None]
) -> carry.Carried:
    """Fill the "cùng kỳ" columns from the draft of the same period one year earlier: the
    one copied from when it is that one, else the one `stored` finds (None: none kept)."""
    if draft.period is None:
        return carry.Carried()
    wanted = year_earlier(draft.period)
    source = copied_from if copied_from is not None and copied_from.period == wanted else None
    source = source or stored(wanted)
    earlier = [table for _, table in tables_with_paths(source)] if source else None
    tables = [table for _, table in tables_with_paths(draft)]
    was = copied_from.period if copied_from is not None else None
    was_name = f"báo cáo {periods.phrase(was)}" if was is not None else "báo cáo kỳ trước"
    carried = carry.carry(
        tables,
        earlier,
        f"báo cáo {periods.phrase(wanted)}",
        was_name,
        same_year=was is not None and was.year == draft.period.year,
    )
    marked = carry.mark_figure_sentences(draft.sections, draft.appendices)
    if marked:
        carried.notes.append(
            f"{marked} đoạn nêu số liệu của {was_name} (“đạt … % kế hoạch”, “tăng … % so với "
            "cùng kỳ”…) đã được đánh dấu bằng dòng nhắc: hãy cập nhật theo số liệu kỳ này."
        )
    return carried


def in_store(store: Store) -> Callable[[Period], Draft | None]:
    """Find the stored draft of a period (the most recently changed one, if several)."""

    def find(period: Period) -> Draft | None:
        for summary in store.list(period.year):
            draft = store.get(summary.id).draft
            if draft.period == period:
                return draft
        return None

    return find
