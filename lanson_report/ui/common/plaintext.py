"""A draft as plain text, in printed order, for the history and trash previews.

It reads the same printed report as the PDF and the DOCX, so it says what prints.
"""

from __future__ import annotations

from ...domain.model import Draft
from ...printed import Part, printed_report

# Parts that follow the one before on the next line; the others start after a blank line.
RUNNING = ("paragraph", "item")


def _part_text(part: Part) -> str:
    if part.role != "ending":
        return "\n".join(part.texts())
    recipients, signer = part.columns
    *titles, name = (line.text for line in signer.lines)
    lines = [line.text for line in recipients.lines]
    return "\n".join([*lines, "", *titles, "", name])


def draft_text(draft: Draft) -> str:
    out: list[str] = []
    for part in printed_report(draft):
        if out:
            out.append("\n" if part.role in RUNNING else "\n\n")
        out.append(_part_text(part))
    return "".join(out).strip()
