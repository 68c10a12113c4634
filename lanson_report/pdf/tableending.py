"""A body that ends with a table: its last row stays on the signature's page.

The signed page must carry the end of the text (see ending.py). When the text ends with
a table rather than a paragraph, the table is split so that at least its last row, under
the repeated header rows, moves to the next page with the footer.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable
from reportlab.platypus import Table as RLTable


class TableEnding(Flowable):  # type: ignore[misc]
    def __init__(self, table: RLTable, footer: Flowable, gap: float) -> None:
        super().__init__()
        self.table, self.footer, self.gap = table, footer, gap
        self.landed: list[tuple[int, float]] = []  # page, top: shared with its split-off rest

    def _heights(self, width: float, height: float) -> tuple[float, float]:
        return self.table.wrap(width, height)[1], self.footer.wrap(width, height)[1]

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        table, foot = self._heights(avail_width, avail_height)
        self.width, self.height = avail_width, table + self.gap + foot
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Any]:
        table = self.table.wrap(avail_width, 1e9)[1]  # every row measured, not just a page's
        last_row = self.table._rowHeights[-1]
        limit = min(avail_height, table - last_row - 1e-3)  # the last row never stays behind
        pieces = self.table.split(avail_width, limit) if limit > 0 else []
        if len(pieces) != 2:
            return []  # all of it goes to the next page with the footer
        rest = TableEnding(pieces[1], self.footer, self.gap)
        rest.landed = self.landed
        return [pieces[0], rest]

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        # where the signature lands: what the fit search (fit.py) measures
        self.landed.append((canvas.getPageNumber(), y + self.height))
        super().drawOn(canvas, x, y, _sW)

    def draw(self) -> None:
        foot = self.footer.wrap(self.width, self.height)[1]
        self.table.drawOn(self.canv, 0, foot + self.gap)
        self.footer.drawOn(self.canv, 0, 0)
