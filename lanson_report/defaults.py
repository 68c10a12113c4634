"""A new report starts from the agency's settings: who issues it, where, who signs, the archive."""

from __future__ import annotations

import copy

from .model import Draft, Settings, new_draft


def draft_from_settings(settings: Settings, year: int | None = None) -> Draft:
    """An empty draft of `year` (this year by default) with the settings filled in, as copies:
    editing the draft never changes the settings."""
    draft = new_draft(year)
    draft.agency = copy.deepcopy(settings.agency)
    draft.place = settings.place
    draft.archive = settings.archive or "VT"
    if settings.signers:
        draft.signature = copy.deepcopy(settings.signers[0])
    return draft
