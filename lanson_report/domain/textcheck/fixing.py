"""A fix the clerk chose for a finding, written into the draft at the finding's field and
span, keeping the bold, italic and underline of the runs around it."""

from __future__ import annotations

import re
from typing import Any

from ..model import Draft, Run
from ..text import nfc
from .findings import Finding

STEP = re.compile(r"([a-z_]+)((?:\[\d+\])*)")


def apply_fix(draft: Draft, finding: Finding, fix: str) -> bool:
    """Replace the finding's span with `fix`; False when the field is no longer there or
    is shorter than the span (the draft changed since it was checked)."""
    try:
        owner, key, value = _locate(draft, finding.where)
    except (AttributeError, IndexError, TypeError):
        return False
    if isinstance(value, str):
        text = nfc(value)
        if finding.end > len(text):
            return False
        _store(owner, key, text[: finding.start] + fix + text[finding.end :])
        return True
    runs = value if isinstance(value, list) else getattr(value, "runs", None)
    if runs is None or not all(isinstance(run, Run) for run in runs):
        return False
    return _fix_runs(runs, finding.start, finding.end, fix)


def _locate(draft: Draft, where: str) -> tuple[Any, Any, Any]:
    """The object holding the field, the attribute or index of it there, and its value."""
    owner: Any = None
    key: Any = None
    value: Any = draft
    for name, indexes in STEP.findall(where):
        owner, key, value = value, name, getattr(value, name)
        for index in re.findall(r"\d+", indexes):
            owner, key, value = value, int(index), value[int(index)]
    return owner, key, value


def _store(owner: Any, key: Any, text: str) -> None:
    if isinstance(key, int):
        owner[key] = text
    else:
        setattr(owner, key, text)


def _fix_runs(runs: list[Run], start: int, end: int, fix: str) -> bool:
    """The fix goes into the first run the span touches (it takes that run's format);
    what the span covers of the following runs is removed."""
    for run in runs:
        run.text = nfc(run.text)
    spans, offset = [], 0
    for run in runs:
        spans.append((offset, offset + len(run.text)))
        offset += len(run.text)
    if end > offset:
        return False
    touched = [i for i, (lo, hi) in enumerate(spans) if lo < end and hi > start]
    if not touched:  # an empty span: where it stands
        touched = [next(i for i, (lo, hi) in enumerate(spans) if lo <= start <= hi)]
    for order, i in enumerate(touched):
        lo, _ = spans[i]
        text = runs[i].text
        cut_from, cut_to = max(start - lo, 0), min(end - lo, len(text))
        runs[i].text = text[:cut_from] + (fix if order == 0 else "") + text[cut_to:]
    return True
