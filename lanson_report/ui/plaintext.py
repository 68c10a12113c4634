"""A draft as plain text, in printed order, for the history and trash previews."""

from __future__ import annotations

from ..compose import BULLET_MARKS, basis_text, date_line, number_line, numbered_sections
from ..model import Draft


def draft_text(draft: Draft) -> str:
    lines = [
        draft.agency.parent,
        draft.agency.name,
        number_line(draft),
        date_line(draft),
        "",
        draft.type_name,
        draft.title,
        "",
    ]
    basis = basis_text(draft)
    if basis:
        lines += [basis, ""]
    for numbered in numbered_sections(draft.sections, draft.outline):
        if numbered.heading:
            lines.append(f"{numbered.label}{numbered.heading}")
        for block in numbered.section.blocks:
            lines.append(f"{BULLET_MARKS[block.kind]}{block.text}")
        lines.append("")
    if draft.closing:
        lines += [draft.closing, ""]
    lines += [*draft.signature.lines, "", draft.signature.name]
    return "\n".join(line for line in lines if line is not None).strip()
