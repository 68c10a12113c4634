"""A Paragraph that breaks its lines once, however many pages it runs over.

ReportLab splits a paragraph at a page end into the lines that fit and a new paragraph
of the words left, which it breaks into lines again on the next page: a paragraph of
n lines over p pages is broken p times, O(n * p). At the stated limits (an opening
paragraph of 25 references of 19,000 characters, 120 pages) that took minutes.
Here the rest keeps the lines already broken: at the same width, greedy breaking from
the start of a line gives the very same lines, so the pages are unchanged and the work
is linear in the length of the text.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import _processed_frags


class KeptLinesParagraph(Paragraph):  # type: ignore[misc]
    """Remembers its broken lines per width; its split-off rest starts from them."""

    blPara: Any  # ReportLab's broken lines, set by wrap
    frags: list[Any]
    _kept: tuple[float, Any] | None = None  # (width, ReportLab's broken lines)
    _frag_base = 0  # index in the first paragraph's frags of this one's first frag

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        kept = self._kept
        if kept is None or kept[0] != avail_width or not _plain_leading(self):
            result: tuple[float, float] = super().wrap(avail_width, avail_height)
            self._kept = (avail_width, self.blPara)
            return result
        self.width, self.blPara = avail_width, kept[1]
        self.height = len(kept[1].lines) * self.style.leading
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Any]:
        parts: list[Any] = super().split(avail_width, avail_height)
        kept = self._kept
        if len(parts) == 2 and kept is not None and kept[0] == avail_width:
            first, rest = parts
            lines = kept[1].lines
            if getattr(first, "blPara", None) is not None and isinstance(rest, KeptLinesParagraph):
                taken = len(first.blPara.lines)
                rest._kept = (avail_width, kept[1].clone(lines=lines[taken:]))
                if kept[1].kind == 1 and _processed_frags(self.frags):
                    rest._frag_base = lines[taken].sFW  # kept lines count frags from the first
        return parts

    def _split_blParaProcessed(self, blPara: Any, start: int, stop: int) -> list[Any]:
        """ReportLab's own, with the kept lines' frag indices taken from the first paragraph."""
        if not self._frag_base:
            return super()._split_blParaProcessed(blPara, start, stop)  # type: ignore[no-any-return]
        frags, base = self.frags, self._frag_base
        self.frags = [None] * base + frags  # the indices the kept lines were counted in
        try:
            return super()._split_blParaProcessed(blPara, start, stop)  # type: ignore[no-any-return]
        finally:
            self.frags = frags


def _plain_leading(paragraph: Paragraph) -> bool:
    """Height is lines × leading (no autoLeading): the only case the cache may answer."""
    auto = getattr(paragraph, "autoLeading", getattr(paragraph.style, "autoLeading", ""))
    return auto in ("", "off", None)
