"""One paragraph of print: its runs in a named style.

Below parts.py and tables.py, which both hold lines: a Part holds a PrintedTable, and
a table's caption and cells are lines, so neither needs to import the other for them.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.model import Run
from .styles import STANDARD, Metrics, Style, style_table


@dataclass(frozen=True)
class Line:
    """One paragraph of print: its runs, already worded, numbered and cased."""

    style_name: str
    runs: tuple[Run, ...]
    rule: float = 0.0  # a centred rule under it, this fraction of its longest line; 0: none
    body: Metrics = STANDARD  # the draft's layout: styles that follow the body take it
    typed: str = ""  # the text as typed when printed in capitals: Word shows them by w:caps

    @property
    def style(self) -> Style:
        return style_table(self.body)[self.style_name]

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)
