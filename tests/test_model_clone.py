"""model.clone: the wizard's fast deep copy of a draft is equal and shares nothing mutable."""

from __future__ import annotations

import copy
import dataclasses
from pathlib import Path

from lanson_report.domain.model import clone
from lanson_report.files import draftfile

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def mutable_ids(value: object, seen: set[int] | None = None) -> set[int]:
    """ids of every list, dict and model object reachable from value."""
    seen = set() if seen is None else seen
    if isinstance(value, (str, int, float, bool, type(None))) or id(value) in seen:
        return seen
    seen.add(id(value))
    if isinstance(value, dict):
        children: list[object] = [*value.keys(), *value.values()]
    elif isinstance(value, (list, tuple)):
        children = list(value)
    elif dataclasses.is_dataclass(value):
        children = [getattr(value, f.name) for f in dataclasses.fields(value)]
    else:
        return seen  # dates and the like: immutable
    for child in children:
        mutable_ids(child, seen)
    return seen


def test_a_clone_equals_the_draft_and_shares_nothing_mutable() -> None:
    for name in ("bao-cao-v2-bang-phu-luc.json", "bao-cao-ngay-khcn-2022.json"):
        draft = draftfile.load_path(FIXTURES / name)
        copied = clone(draft)
        assert copied == draft == copy.deepcopy(draft)
        assert draftfile.to_dict(copied) == draftfile.to_dict(draft)
        shared = mutable_ids(draft) & mutable_ids(copied)
        assert not shared, f"{name}: the clone shares {len(shared)} objects"
        copied.sections[0].blocks[0].runs[0].text = "đổi"
        assert draft.sections[0].blocks[0].runs[0].text != "đổi"
