"""Lines drawn straight on the canvas at computed positions.

The header, title and footer are fixed arrangements of short lines and rules.
Drawing them directly keeps the clerk's text out of any markup parser and puts each
baseline exactly where Decree 30 wants it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from reportlab.lib.utils import simpleSplit
from reportlab.platypus import Flowable

from . import fonts
from .layout import RULE_WIDTH

Align = Literal["left", "center"]
LINE_FACTOR = 1.15  # baseline to baseline inside the header and footer, × font size
RULE_GAP = 3.0  # pt between the descenders of a line and the rule under it


def split(text: str, font: str, size: float, width: float) -> list[str]:
    """Wrap at spaces; a word wider than the column (a URL, a long code) is cut where it
    must, since a canvas line, unlike a Paragraph, would run off the page.

    Linear in the length of the text: each character's width is measured once."""
    out: list[str] = []
    for line in simpleSplit(text, font, size, width) or [""]:
        if len(line) > 1 and fonts.width(line, font, size) > width:
            out.extend(_fitting_pieces(line, font, size, width))
        else:
            out.append(line)
    return out


def _fitting_pieces(text: str, font: str, size: float, width: float) -> list[str]:
    """Cut text into the longest pieces that fit (at least one character each)."""
    pieces: list[str] = []
    widths: dict[str, float] = {}
    start, used = 0, 0.0
    for index, char in enumerate(text):
        if char not in widths:
            widths[char] = fonts.width(char, font, size)
        if index > start and used + widths[char] > width:
            pieces.append(text[start:index])
            start, used = index, 0.0
        used += widths[char]
    pieces.append(text[start:])
    return pieces


def balanced_split(text: str, font: str, size: float, width: float) -> list[str]:
    """Wrap into as few lines as the width allows, but of even length: a centred
    title then reads as a block instead of a full line and a stray last word."""
    lines = split(text, font, size, width)
    if len(lines) < 2:
        return lines
    low, high = 0.0, width
    while high - low > 1:
        middle = (low + high) / 2
        if len(split(text, font, size, middle)) == len(lines):
            high = middle
        else:
            low = middle
    return split(text, font, size, high)


@dataclass
class Item:
    """A text line (baseline at y) or a rule (at y) — y measured down from the top."""

    x: float
    y: float
    text: str = ""
    font: str = ""
    size: float = 0
    align: Align = "left"
    rule: float = 0  # length of a rule (an item without a font); 0 for text


@dataclass
class Column:
    """Stacks lines top to bottom inside a column of the given width."""

    width: float
    x: float = 0
    items: list[Item] = field(default_factory=list)
    baseline: float | None = None  # of the last line
    bottom: float = 0

    def line(
        self,
        text: str,
        font: str,
        size: float,
        align: Align = "center",
        indent: float = 0,
        baseline: float | None = None,
    ) -> None:
        """One line under the last; or at a given baseline, to level it with another column."""
        if baseline is not None:
            self.baseline = baseline
        elif self.baseline is None:
            # A full em above the first baseline: stacked marks (Ộ, Ễ) reach ~0.95 em.
            self.baseline = float(size)
        else:
            self.baseline += size * LINE_FACTOR
        x = self.x + indent + ((self.width - indent) / 2 if align == "center" else 0)
        self.items.append(Item(x, self.baseline, text, font, size, align))
        self.bottom = self.baseline + fonts.descent(font, size)

    def wrapped(
        self,
        text: str,
        font: str,
        size: float,
        align: Align = "center",
        baseline: float | None = None,
    ) -> list[str]:
        """Add text wrapped to the column width, lines balanced; returns the printed lines.

        baseline places the first line, to level it with another column."""
        lines = balanced_split(text, font, size, self.width)
        for index, line in enumerate(lines):
            self.line(line, font, size, align, baseline=None if index else baseline)
        return lines

    def hanging(self, mark: str, text: str, font: str, size: float) -> None:
        """A `- item` line whose continuation lines align after the mark."""
        indent = fonts.width(mark, font, size)
        lines = split(text, font, size, self.width - indent)
        self.line(mark + lines[0], font, size, "left")
        for line in lines[1:]:
            self.line(line, font, size, "left", indent)

    def rule(self, length: float) -> None:
        y = self.bottom + RULE_GAP
        self.items.append(Item(self.x + (self.width - length) / 2, y, rule=length))
        self.bottom = y + RULE_WIDTH

    def gap(self, height: float, font: str, size: float) -> None:
        """Leave height of clear space between the last line and the next line's capitals."""
        self.baseline = self.bottom + height + fonts.ascent(font, size) - size * LINE_FACTOR


class Lines(Flowable):  # type: ignore[misc]
    """Draws prepared items; never splits across pages."""

    def __init__(self, items: list[Item], height: float, width: float) -> None:
        super().__init__()
        self.items = items
        self.height = height
        self.width = width

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.setLineWidth(RULE_WIDTH)
        for item in self.items:
            y = self.height - item.y
            if not item.font:  # a rule; one under text of no width (combining marks) is 0 long
                if item.rule > 0:
                    canvas.line(item.x, y, item.x + item.rule, y)
                continue
            canvas.setFont(item.font, item.size)
            if item.align == "center":
                canvas.drawCentredString(item.x, y, item.text)
            else:
                canvas.drawString(item.x, y, item.text)
