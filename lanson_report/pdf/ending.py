"""The end of the body and the signature footer, never separated by a page break."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable, Paragraph

KEPT_LINES = 2  # lines of the last paragraph that always share the signature's page


class SignedEnding(Flowable):  # type: ignore[misc]
    """The last paragraph followed by the footer.

    When both do not fit, the paragraph is split so that its last lines move to the
    next page with the footer: a page carrying the signature always carries the end
    of the text, so it cannot be attached to another document.
    """

    def __init__(self, paragraph: Paragraph | None, footer: Flowable, gap: float) -> None:
        super().__init__()
        self.paragraph, self.footer, self.gap = paragraph, footer, gap
        self.landed: list[tuple[int, float]] = []  # page, top: shared with its split-off rest

    def _heights(self, width: float, height: float) -> tuple[float, float]:
        para = self.paragraph.wrap(width, height)[1] if self.paragraph else 0.0
        return para, self.footer.wrap(width, height)[1]

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        para, foot = self._heights(avail_width, avail_height)
        self.width, self.height = avail_width, para + self.gap + foot
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Any]:
        if self.paragraph is None:
            return []
        self.paragraph.wrap(avail_width, avail_height)
        lines = len(self.paragraph.blPara.lines)
        leading = self.paragraph.style.leading
        room = min(avail_height, (lines - KEPT_LINES) * leading + 1e-3)
        parts = self.paragraph.split(avail_width, room) if lines > KEPT_LINES else []
        if len(parts) != 2:
            return []  # all of it goes to the next page with the footer
        rest = SignedEnding(parts[1], self.footer, self.gap)
        rest.landed = self.landed
        return [parts[0], rest]

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        # where the signature lands: what the fit search (fit.py) measures
        self.landed.append((canvas.getPageNumber(), y + self.height))
        super().drawOn(canvas, x, y, _sW)

    def draw(self) -> None:
        foot = self._heights(self.width, self.height)[1]
        if self.paragraph is not None:
            self.paragraph.drawOn(self.canv, 0, foot + self.gap)
        self.footer.drawOn(self.canv, 0, 0)
