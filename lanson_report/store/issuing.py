"""Issuing a report: two issued reports of one year never share a number and symbol."""

from __future__ import annotations

from collections.abc import Iterable

from ..domain.model import Draft
from ..domain.text import document_number
from .records import Summary


def number_clashes(listed: Iterable[Summary], draft: Draft, number: str) -> list[Summary]:
    """The other issued reports among `listed` of the draft's year with this number and symbol.

    Numbers compare as the register writes them (`07` is `7`); the draft itself never clashes.
    """
    wanted = document_number(number)
    return [
        item
        for item in listed
        if item.id != draft.id
        and item.year == draft.date.year
        and item.status == "issued"
        and document_number(item.number) == wanted
        and item.symbol == draft.full_symbol
    ]
