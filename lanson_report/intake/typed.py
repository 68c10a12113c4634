"""A new document of a type other than a report, from the type's built-in outline.

The sections, hints, numbering and usual closing come from the registry
(domain/doctypes.py); the first Nơi nhận line is the one the type expects.
"""

from __future__ import annotations

from ..domain import doctypes
from ..domain.model import (
    Block,
    BodyBlock,
    Draft,
    Invitation,
    Recipient,
    Run,
    Section,
    Template,
    new_draft,
)

SOURCE = "Có sẵn trong chương trình"


def _section(item: doctypes.OutlineSection) -> Section:
    hints: list[BodyBlock] = [Block("hint", [Run(item.hint)])] if item.hint else []
    return Section(item.heading, hints, [Section(heading) for heading in item.sections])


def type_outline(kind: doctypes.DocType, year: int | None = None) -> Draft:
    """An outline (đề cương) of the type, to start a draft from (`intake.newdraft`)."""
    draft = new_draft(year)
    draft.doc_type = kind.code
    draft.outline = kind.outline
    draft.sections = [_section(item) for item in kind.built_in]
    draft.closing = kind.closing
    draft.template = Template(kind.label, SOURCE)
    if kind.invites:
        draft.invitation = Invitation()
    first = doctypes.first_recipient(kind, len(kind.built_in) or None)
    if first:
        draft.recipients = [Recipient(first)]
    return draft
