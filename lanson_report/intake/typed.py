"""New drafts of every document type, and a draft changed from one type to another.

A type's built-in outline (đề cương) comes from the registry (`domain/doctypes.py`:
`built_in`, `closing`, `outline`); here it becomes a draft with the agency's settings, the
Nơi nhận line the type expects and, for a Quyết định, the authority line. Changing the
type of a draft keeps every word: what the new type has no place for stays in the draft
and is named (`unplaced`), so the clerk moves or deletes it, never loses it unseen.
"""

from __future__ import annotations

import datetime

from ..domain import doctypes
from ..domain.checks import AGENCY_PLACEHOLDER
from ..domain.model import (
    OUTLINE_DEPTH,
    Appendix,
    Block,
    BodyBlock,
    Cell,
    Column,
    Draft,
    Invitation,
    Recipient,
    Run,
    Section,
    Settings,
    Table,
    new_draft,
)
from .newdraft import start_draft

AGENCY_TOKEN = "{agency}"  # in a type's usual closing: the agency as written in a sentence
UNNAMED = AGENCY_PLACEHOLDER  # where the agency is not known yet: Còn thiếu asks for it
PLAN_TASKS = ("TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành")


def type_outline(code: str) -> Draft:
    """The built-in outline of a type: its sections, sub-sections and hints, its closing."""
    kind = doctypes.doc_type(code)
    draft = new_draft()
    draft.doc_type = kind.code
    draft.outline = kind.outline
    draft.sections = [_section(part) for part in kind.built_in]
    draft.closing = kind.closing
    if kind.code == "KH":  # a plan's tasks by unit and deadline, in a Phụ lục
        draft.appendices = [_plan_tasks()]
    return draft


def _section(part: doctypes.OutlineSection) -> Section:
    blocks: list[BodyBlock] = [Block("hint", [Run(part.hint)])] if part.hint else []
    return Section(part.heading, blocks, [Section(heading) for heading in part.sections])


def _plan_tasks() -> Appendix:
    widths = (1.0, 6.0, 3.0, 3.0, 2.5)
    header: list[Cell | None] = [Cell([Run(text)]) for text in PLAN_TASKS]
    first: list[Cell | None] = [Cell([Run("1")])]
    first += [Cell() for _ in PLAN_TASKS[1:]]
    table = Table([Column(width) for width in widths], [header, first])
    table.columns[0].align = "center"
    return Appendix("Danh mục nhiệm vụ triển khai kế hoạch", "landscape", [table])


def start_typed(
    code: str,
    settings: Settings,
    today: datetime.date | None = None,
    outline: Draft | None = None,
) -> Draft:
    """A new draft of a type, from its built-in outline (or `outline`) and the settings."""
    draft = start_draft(outline or type_outline(code), settings, None, today)
    draft.doc_type = doctypes.doc_type(code).code
    fill_type_fields(draft)
    return draft


def fill_type_fields(draft: Draft) -> None:
    """What the type asks for and the settings can say: the authority line, the invitation,
    the first Nơi nhận line, the agency in the usual closing."""
    kind = draft.kind
    draft.closing = draft.closing.replace(AGENCY_TOKEN, draft.agency.name_for_text or UNNAMED)
    if "authority" in kind.extra and not draft.authority.strip():
        draft.authority = default_authority(draft)
    if "invitation" in kind.extra and draft.invitation is None:
        draft.invitation = Invitation()
    first = doctypes.first_recipient(kind, articles(draft))
    if first and not any(r.name.strip() == first for r in draft.recipients):
        draft.recipients.insert(0, Recipient(first))


def default_authority(draft: Draft) -> str:
    """Who decides, as a Sở's decision names its head: `GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ`;
    "" while the agency is unknown, so that Còn thiếu asks for it (a bare "GIÁM ĐỐC"
    printed as the authority)."""
    name = draft.agency.name.strip().upper()
    return f"GIÁM ĐỐC {name}" if name else ""


def articles(draft: Draft) -> int | None:
    """How many Điều a text of articles has (the last one usually carries it out)."""
    return len(draft.sections) or None if draft.outline == "articles" else None


def unplaced(draft: Draft) -> list[tuple[str, str]]:
    """Fields the draft holds that its type has no place for: (draft-file path, what)."""
    kind = draft.kind
    out: list[tuple[str, str]] = []
    if not kind.takes_addressees and any(a.strip() for a in draft.addressees):
        out.append(("addressees", "Kính gửi"))
    present = {
        "unit": ("Đơn vị soạn thảo", bool(draft.unit.strip())),
        "authority": ("Thẩm quyền ban hành", bool(draft.authority.strip())),
        "proposal": ("Theo đề nghị của", bool(draft.proposal.strip())),
        "invitation": ("Nội dung mời", _has_invitation(draft.invitation)),
    }
    for key, (what, there) in present.items():
        if there and key not in kind.extra:
            out.append((key, what))
    if kind.basis == "none" and (draft.basis.references or draft.basis.closing.strip()):
        out.append(("basis", "Căn cứ"))
    if kind.basis != "paragraph" and draft.basis.closing.strip():
        out.append(("basis.closing", "Câu dẫn sau căn cứ"))
    return out


def _has_invitation(invitation: Invitation | None) -> bool:
    return invitation is not None and any(vars(invitation).values())


def retype(draft: Draft, code: str) -> list[str]:
    """Make the draft a document of another type, keeping every word; what the new type
    has no place for is kept and named in the returned list."""
    kind = doctypes.doc_type(code)
    old = draft.kind
    draft.doc_type = kind.code
    _reoutline(draft, kind)
    # The old type's own first Nơi nhận line ("Như trên" of a Tờ trình), added for it and
    # pointing at nothing now, is taken away (a line the new type expects stays).
    usual = doctypes.first_recipient(old, articles(draft))
    expected = doctypes.first_recipient(kind, articles(draft))
    first = draft.recipients[0].name.strip() if draft.recipients else ""
    if usual and usual != expected and first == usual:
        draft.recipients.pop(0)
    if draft.closing.strip() == _usual_closing(draft, old):
        draft.closing = kind.closing  # the old type's usual closing, untouched: the new one's
    fill_type_fields(draft)
    return [what for _, what in unplaced(draft)]


def _usual_closing(draft: Draft, kind: doctypes.DocType) -> str:
    return kind.closing.replace(AGENCY_TOKEN, draft.agency.name_for_text or UNNAMED)


def _reoutline(draft: Draft, kind: doctypes.DocType) -> None:
    """Điều for a text of articles; out of Điều, the type's numbering when the sections fit
    it. A part (Phần) stands only in a roman outline: elsewhere the mark goes, not the text."""
    parts = any(section.part for section in draft.sections)
    if kind.outline == "articles":
        draft.outline = "articles"
    elif draft.outline == "articles":
        fits = kind.outline == "roman" or _depth(draft.sections) <= OUTLINE_DEPTH[kind.outline]
        draft.outline = kind.outline if fits else "roman"
    if draft.outline != "roman" and parts:
        for section in draft.sections:
            section.part = False


def _depth(sections: list[Section]) -> int:
    return max((1 + _depth(section.sections) for section in sections), default=0)
