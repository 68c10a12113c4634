"""Kits for the units: the department's outline sent down, one per unit, to be filled and
sent back for the consolidation (domain/consolidate.py reads the replies).

Each kit is the outline as the unit's own report: the unit named as issuing body under the
department, the deadline said at the top, the outline's hints printed in italics (a Word
user sees what to write; the unit deletes them), the empty tables kept with their rows.
The same kit as a draft file serves units that have the app.
"""

from __future__ import annotations

import datetime
import re
import uuid
from dataclasses import dataclass, replace
from pathlib import Path

from ..domain import doctypes
from ..domain.consolidate import KIT_NOTICE, KIT_NOTICE_ASKS, kit_closing, kit_hint
from ..domain.model import (
    Block,
    BodyBlock,
    Draft,
    Recipient,
    Run,
    Section,
    Settings,
    Signature,
    clone,
)
from ..domain.text import fold, short_date, upper
from ..domain.unitrecord import UnitRecord


@dataclass(frozen=True)
class Kit:
    unit: str
    draft: Draft


def kit_for(base: Draft, unit: str, deadline: datetime.date) -> Kit:
    """The outline as `unit`'s report to fill in, due on `deadline`."""
    draft = clone(base)
    draft.id = kit_id(base.id, unit)
    department = " ".join(base.agency.name.split())
    draft.agency = replace(
        base.agency, parent=department, name=upper(unit), abbreviation="", name_in_text=unit
    )
    draft.number = ""
    draft.addressees = [base.agency.name_for_text] if department else []
    draft.basis.references, draft.basis.closing = [], ""
    due = f"{deadline.day:02d}/{deadline.month:02d}/{deadline.year}"
    notice = Block(
        "paragraph",
        [
            Run(
                f"{KIT_NOTICE}{unit}; {KIT_NOTICE_ASKS} {due}. Các dòng in nghiêng là gợi ý, "
                "xóa khi viết.",
                italic=True,
            )
        ],
    )
    draft.sections = _hints_shown(draft.sections)
    if draft.sections:
        draft.sections[0].blocks.insert(0, notice)
    else:
        draft.sections = [Section("", [notice])]
    draft.closing = kit_closing(unit)
    draft.signature = Signature(["THỦ TRƯỞNG ĐƠN VỊ"], "")
    draft.recipients, draft.archive = [], ""
    return Kit(unit, draft)


KIT_IDS = uuid.UUID("6f1c2a3e-7c59-4e0b-9d1e-5b3a8c2f4d10")  # namespace of kit draft ids


def kit_id(report_id: str, unit: str) -> str:
    """The kit's draft id, the same for the same report and unit: a reply carries it back
    (a Word file in its document properties, a draft file as its id) and names its unit
    even when the unit renamed itself in the header."""
    return str(uuid.uuid5(KIT_IDS, f"{report_id}|{' '.join(unit.split())}"))


def _hints_shown(sections: list[Section]) -> list[Section]:
    """Hints as italic paragraphs: a hint prints nothing, but a unit in Word must read it
    (without the app's buttons it names)."""

    def shown(block: BodyBlock) -> BodyBlock:
        if isinstance(block, Block) and block.kind == "hint":
            runs = [replace(run, text=kit_hint(run.text), italic=True) for run in block.runs]
            return Block("paragraph", [run for run in runs if run.text])
        return block

    for section in sections:
        section.blocks = [shown(block) for block in section.blocks]
        section.sections = _hints_shown(section.sections)
    return sections


def _stem(unit: str) -> str:
    words = re.findall(r"[a-z0-9]+", fold(unit).lower())
    return "-".join(words)[:60] or "don-vi"


def kit_files(folder: Path, units: list[str]) -> dict[str, tuple[Path, Path]]:
    """Each unit's two files in the folder (Word, draft file): same stem, never the same
    file for two units (`-2`, `-3` after a repeated stem)."""
    out: dict[str, tuple[Path, Path]] = {}
    used: set[str] = set()
    for unit in units:
        stem, count = _stem(unit), 1
        while stem in used:
            count += 1
            stem = f"{_stem(unit)}-{count}"
        used.add(stem)
        out[unit] = (folder / f"de-cuong-{stem}.docx", folder / f"de-cuong-{stem}.json")
    return out


def _letter(report: Draft, units: list[str], settings: Settings, lead: str) -> Draft:
    """A công văn about `report` to the units: `lead` + the report's subject as its
    trích yếu, Kính gửi each unit, Như trên first in Nơi nhận; the body left to fill."""
    from .newdraft import start_draft

    draft = start_draft(None, settings)
    draft.doc_type = "CV"
    draft.title = f"{lead} {_subject(report)}".strip()
    draft.addressees = list(units)
    draft.unit = settings.unit  # the drafting unit's code in the ký hiệu (`SKHCN-VP`)
    draft.closing = "Đề nghị các đơn vị quan tâm, thực hiện./."
    # to the department's own units: Như trên, not the usual recipients of its reports
    draft.recipients = [Recipient(doctypes.AFTER_ADDRESSEES)]
    return draft


def _subject(report: Draft) -> str:
    subject = report.title.strip()
    return subject[:1].lower() + subject[1:] if subject[1:2].islower() else subject


def _agency(settings: Settings) -> str:
    return " ".join(settings.agency.name_for_text.split()) or "cơ quan"


def covering_for(
    report: Draft, units: list[str], settings: Settings, deadline: datetime.date
) -> Draft:
    """The công văn that sends the outline down: each unit asked for its part of `report`,
    following the outline attached, by the deadline, as a Word file."""
    draft = _letter(report, units, settings, "báo cáo")
    subject, agency = _subject(report), _agency(settings)
    text = (
        f"Để có cơ sở tổng hợp báo cáo {subject}, {agency} đề nghị các đơn vị báo cáo theo "
        f"đề cương gửi kèm (điền vào tệp đề cương của đơn vị, giữ nguyên các đề mục và bảng số "
        f"liệu), gửi về {agency} trước ngày {short_date(deadline)}."
    )
    draft.sections = [Section("", [Block("paragraph", [Run(text)])])]
    return draft


def reminder_for(
    report: Draft,
    chased: list[UnitRecord],
    settings: Settings,
    deadline: datetime.date | None = None,
    today: datetime.date | None = None,
) -> Draft:
    """A công văn to the units whose replies have not come, or that were asked to complete
    theirs: Kính gửi each of them, the deadline the kits gave recalled, what each unit asked
    to complete must add, and a new date the clerk fills in once the first has passed."""
    today = today or datetime.date.today()
    draft = _letter(report, [unit.name for unit in chased], settings, "đôn đốc gửi báo cáo")
    subject, agency = _subject(report), _agency(settings)
    late = [unit.name for unit in chased if unit.state != "incomplete"]
    blocks: list[BodyBlock] = []
    if late:
        several = len(late) > 1
        if deadline is not None and deadline < today:
            who = "các đơn vị" if several else late[0]
            text = (
                f"{agency[:1].upper()}{agency[1:]} đã đề nghị các đơn vị gửi báo cáo "
                f"{subject} trước ngày {short_date(deadline)}. Đến nay, {agency} chưa nhận "
                f"được báo cáo của {', '.join(late)}. Để kịp tổng hợp, đề nghị {who} khẩn "
                f"trương hoàn thành báo cáo, gửi bản mềm về {agency} trước ngày …/…/…."
            )
        else:
            due = short_date(deadline) if deadline is not None else "…/…/…"
            who = "các đơn vị chưa gửi báo cáo" if several else late[0]
            text = (
                f"Để kịp tổng hợp báo cáo {subject}, {agency} đề nghị {who} khẩn trương "
                f"hoàn thành báo cáo, gửi bản mềm về {agency} trước ngày {due}."
            )
        blocks.append(Block("paragraph", [Run(text)]))
    for unit in chased:
        if unit.state == "incomplete":
            asked = unit.note.rstrip(" .;") or "hoàn thiện báo cáo đã gửi"
            blocks.append(
                Block(
                    "paragraph",
                    [Run(f"Đề nghị {unit.name} bổ sung: {asked}; gửi về trước ngày …/…/….")],
                )
            )
    draft.sections = [Section("", blocks)]
    return draft
