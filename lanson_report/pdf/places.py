"""Where each part of the draft lands in the PDF: its page, and its height on the page.

The live preview shows the page the clerk is writing on. `story` tags each flowable
with the draft paths it prints (`Part.source`: `sections[1].blocks[2]`, `signature`…);
the frames note the page and the top of the first piece of each as they lay it out.
Tags never change the layout: they are attributes, not flowables.
"""

from __future__ import annotations

import re
from typing import Any

from reportlab.platypus import Flowable, Frame
from reportlab.platypus.doctemplate import ActionFlowable

PLACES = "_lanson_places"

Place = tuple[int, float]  # the page (from 1), and points from the top of that page


def tag(flowable: Any, *sources: str) -> Any:
    """Mark a flowable as printing these draft paths (added to those it has)."""
    kept = getattr(flowable, PLACES, ())
    setattr(flowable, PLACES, kept + tuple(s for s in sources if s and s not in kept))
    return flowable


class Mark(Flowable):  # type: ignore[misc]
    """Nothing printed, no room taken: marks where something drawn just before it
    stands, `rise` points above (the signature, drawn with the last lines of text)."""

    def __init__(self, source: str, rise: float) -> None:
        super().__init__()
        self.rise = rise
        tag(self, source)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0.0, 0.0

    def draw(self) -> None:
        pass


class PlacingFrame(Frame):  # type: ignore[misc]
    """A frame that notes where the tagged flowables it lays out begin."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.places: dict[str, Place] = {}

    def add(self, flowable: Any, canv: Any, trySplit: int = 0) -> Any:
        top = self._y
        added = super().add(flowable, canv, trySplit)
        if added:
            y = top + getattr(flowable, "rise", 0.0)
            where = (int(canv.getPageNumber()), max(0.0, float(canv._pagesize[1]) - y))
            for source in getattr(flowable, PLACES, ()):
                self.places.setdefault(source, where)
        return added

    _add = add

    def split(self, flowable: Any, canv: Any) -> Any:
        pieces = super().split(flowable, canv)
        sources = getattr(flowable, PLACES, ())
        drawn = [piece for piece in pieces if not isinstance(piece, ActionFlowable)]
        if sources and drawn:  # the first piece printed stands for the whole
            tag(drawn[0], *sources)
        return pieces


def collect(doc: Any) -> dict[str, Place]:
    """Every tagged draft path the document laid out, at its first place."""
    found: dict[str, Place] = {}
    for template in doc.pageTemplates:
        for frame in template.frames:
            for source, place in getattr(frame, "places", {}).items():
                if source not in found or place < found[source]:
                    found[source] = place
    return found


def page_of(places: dict[str, Place], path: str) -> Place | None:
    """Where the draft path prints: itself, else the first thing printed inside it, else
    the nearest earlier sibling that prints (a hint, `sections[1].blocks[4]`, prints
    nothing: it stands after `blocks[3]`), else the nearest enclosing path that prints
    (`sections[1]`, the heading); None when nothing of it prints."""
    inside = [place for key, place in places.items() if key.startswith((f"{path}.", f"{path}["))]
    if path not in places and inside:
        return min(inside)
    while path:
        if path in places:
            return places[path]
        sibling = re.fullmatch(r"(.*)\[(\d+)\]", path)
        if sibling is not None:
            for index in range(int(sibling[2]) - 1, -1, -1):
                if f"{sibling[1]}[{index}]" in places:
                    return places[f"{sibling[1]}[{index}]"]
        cut = max(path.rfind("."), path.rfind("["))
        path = path[:cut] if cut > 0 else ""
    return None
