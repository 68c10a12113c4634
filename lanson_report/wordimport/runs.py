"""Runs read from Word made into one printable line."""

from __future__ import annotations

import re

from ..domain.model import Run


def flatten(runs: list[Run]) -> list[Run]:
    """One line of runs: breaks and tabs as spaces, neighbours of one format merged."""
    out: list[Run] = []
    for run in runs:
        text = re.sub(r"[\t\n\r\v]+", " ", run.text)
        if out and (out[-1].bold, out[-1].italic, out[-1].underline) == (
            run.bold,
            run.italic,
            run.underline,
        ):
            out[-1].text += text
        else:
            out.append(Run(text, run.bold, run.italic, run.underline))
    return _trim(out)


def _trim(runs: list[Run]) -> list[Run]:
    runs = [run for run in runs if run.text]
    if runs:
        runs[0].text = runs[0].text.lstrip()
        runs[-1].text = runs[-1].text.rstrip()
    return [run for run in runs if run.text]


def strip_prefix(runs: list[Run], count: int) -> list[Run]:
    out = []
    for run in runs:
        cut = min(count, len(run.text))
        count -= cut
        out.append(Run(run.text[cut:], run.bold, run.italic, run.underline))
    return _trim(out)
