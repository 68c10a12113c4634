"""Drafts for store tests: realistic reports of other agencies, with fresh ids."""

from __future__ import annotations

import drafts

from lanson_report.domain.model import Draft
from lanson_report.files import draftfile


def draft(
    year: int = 2024, title: str = "Tình hình thi hành pháp luật", **changes: object
) -> Draft:
    """A realistic draft of another agency, with a fresh id."""
    data = drafts.minimal(title=title, date={"year": year, "month": 3, "day": 9}, **changes)
    return draftfile.from_dict(data)


def example() -> Draft:
    return draftfile.from_dict(drafts.example())
