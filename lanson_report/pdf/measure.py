"""How the report falls on its pages, from a real render: what "Vừa trang" judges."""

from __future__ import annotations

import io
from dataclasses import dataclass

from ..domain.model import Draft
from ..printed import printed_report
from ..printed.layout import MARGIN_BOTTOM
from ..printed.parts import body_style
from . import fonts, footnotes
from .ending import SignedEnding
from .render import FRAME_HEIGHT, build, settle, story
from .tableending import TableEnding

FRAME_TOP = MARGIN_BOTTOM + FRAME_HEIGHT  # from the bottom of the page, in points


@dataclass(frozen=True)
class PageFill:
    pages: int
    signature_page: int
    text_above: float  # pt of the signature's page used above the ending's last lines
    leading: float  # of a body line under the draft's layout

    @property
    def lines_above(self) -> float:
        """Body lines the signature's page holds before the ending (about)."""
        return self.text_above / self.leading


def measure(draft: Draft) -> PageFill:
    """Render the draft (to memory) and say where its signature lands; with footnotes,
    laid out as the PDF is, each page keeping the room its notes take."""
    fonts.register()
    if footnotes.has_footnotes(draft):
        doc, flowables = settle(io.BytesIO(), draft, invariant=True)
        pages = int(doc.page)
    else:
        flowables = story(draft)
        laid = list(flowables)
        pages = build(io.BytesIO(), draft, flowables, invariant=True)  # consumes the list
        flowables = laid
    ending = next(item for item in flowables if isinstance(item, SignedEnding | TableEnding))
    page, top = ending.landed[-1]
    leading = body_style(printed_report(draft)).leading
    return PageFill(pages, page, max(0.0, FRAME_TOP - top), leading)
