"""Runs read from Word made into one printable line."""

from __future__ import annotations

import re
from dataclasses import replace

from ..domain.model import Run


def flatten(runs: list[Run]) -> list[Run]:
    """One line of runs: breaks and tabs as spaces, neighbours of one format merged."""
    out: list[Run] = []
    for run in runs:
        text = re.sub(r"[\t\n\r\v]+", " ", run.text)
        if out and not out[-1].footnote and _format(out[-1]) == _format(run):
            out[-1].text += text  # a footnote mark stays after the text it followed
            _note(out[-1], run)
        elif out and not out[-1].footnote and not text and run.footnote:
            _note(out[-1], run)  # the mark's own run: it follows the text before
        else:
            out.append(replace(run, text=text))
    return _trim(out)


def _broken(runs: list[Run]) -> list[list[Run]]:
    """A paragraph's runs cut at its line breaks (Shift+Enter): one list per line."""
    out: list[list[Run]] = [[]]
    for run in runs:
        pieces = re.split(r"[\n\v\r]", run.text)
        for number, piece in enumerate(pieces):
            if number:
                out.append([])
            last = number == len(pieces) - 1
            out[-1].append(replace(run, text=piece) if last else Run(piece, *_format(run)))
    return out


def lines(paragraphs: list[list[Run]]) -> list[Run]:
    """Paragraphs as one text of lines joined by "\n" (a cell of several paragraphs, v3);
    a line break inside a paragraph (Shift+Enter) starts a line too."""
    out: list[Run] = []
    for runs in (line for paragraph in paragraphs for line in _broken(paragraph)):
        line = flatten(runs)
        if not line:
            continue
        if out:
            line = [Run("\n"), *line]
        for run in line:
            if out and not out[-1].footnote and _format(out[-1]) == _format(run):
                out[-1].text += run.text
                _note(out[-1], run)
            else:
                out.append(run)
    return out


def _note(run: Run, other: Run) -> None:
    run.footnote, run.footnote_runs = other.footnote, other.footnote_runs


def _format(run: Run) -> tuple[bool, bool, bool]:
    return run.bold, run.italic, run.underline


def _trim(runs: list[Run]) -> list[Run]:
    runs = [run for run in runs if run.text or run.footnote]
    if runs:
        runs[0].text = runs[0].text.lstrip()
        runs[-1].text = runs[-1].text.rstrip()
    return [run for run in runs if run.text or run.footnote]


def strip_prefix(runs: list[Run], count: int) -> list[Run]:
    out = []
    for run in runs:
        cut = min(count, len(run.text))
        count -= cut
        out.append(replace(run, text=run.text[cut:]))
    return _trim(out)
