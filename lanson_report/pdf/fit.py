"""Vừa trang: a layout within Decree 30's ranges that fits the report as the clerk asks.

Two goals: the signature's page also carries some of the text (never the signature
almost alone on the last page), or the whole report on N pages. Candidates are
tried from the smallest change to the standard layout, each judged on a real
render (pdf/measure.py), at most MAX_RENDERS of them; results are cached.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from dataclasses import dataclass

from ..domain.model import Draft, Layout
from ..files import draftfile
from ..printed.styles import metrics
from .measure import PageFill, measure

SIGNATURE = "signature"  # goal: the last page is not the signature (nearly) alone
MIN_LINES_ABOVE = 2  # body lines the signature's page must carry besides the ending's own
MAX_RENDERS = 8  # the standard layout and seven candidates at most
# Within the decree (body 13–14 pt, single to 1.5 lines, ≥ 6 pt between paragraphs),
# each with how far it is from the standard (14 pt, about 1.04 lines, 6 pt).
SHRINK = (Layout(14, 1.0, 6.0), Layout(13, None, 6.0), Layout(13, 1.0, 6.0))
GROW = (Layout(14, None, 9.0), Layout(14, 1.1, 6.0), Layout(14, 1.1, 9.0), Layout(14, 1.2, 12.0))
STANDARD = Layout()
CACHE_SIZE = 64

Goal = str | int  # SIGNATURE or a number of pages
Measure = Callable[[Draft], PageFill]


@dataclass(frozen=True)
class Fitted:
    layout: Layout | None  # None: not possible within the decree's ranges
    fill: PageFill | None
    message: str  # for the clerk


def change(layout: Layout) -> float:
    """How far a layout is from the standard one: a point of size weighs most."""
    body = metrics(layout)
    standard = metrics(None)
    return (
        abs(body.size - standard.size)
        + 10 * abs(body.line_spacing / standard.line_spacing - 1)
        + abs(body.paragraph_space - standard.paragraph_space) / 6
    )


def good(fill: PageFill, goal: Goal) -> bool:
    if goal == SIGNATURE:
        return fill.pages == 1 or fill.lines_above >= MIN_LINES_ABOVE - 0.01
    return isinstance(goal, int) and fill.pages <= goal


def candidates(goal: Goal) -> list[Layout]:
    """What may reach the goal, smallest change first: only shrinking saves pages."""
    found = list(SHRINK) if goal != SIGNATURE else [*SHRINK, *GROW]
    return sorted(found, key=change)


class Fitter:
    """Measures drafts under layouts, remembering every render it made."""

    def __init__(self, measure: Measure = measure) -> None:
        self._measure = measure
        self._cache: dict[tuple[str, tuple[float, float, float]], PageFill] = {}
        self.renders = 0

    def fill(self, draft: Draft, layout: Layout) -> PageFill:
        trial = dataclasses.replace(draft, layout=layout)
        body = metrics(layout)
        key = (content_key(draft), (body.size, body.line_spacing, body.paragraph_space))
        if key not in self._cache:
            if len(self._cache) >= CACHE_SIZE:
                self._cache.clear()  # a few drafts' worth: older texts are not asked again
            self.renders += 1
            self._cache[key] = self._measure(trial)
        return self._cache[key]

    def fit(self, draft: Draft, goal: Goal) -> Fitted:
        """The layout nearest the standard that meets the goal, or why there is none."""
        if isinstance(goal, int) and goal < 1:
            raise ValueError(f"số trang phải từ 1 trở lên, không phải {goal}")
        standard = self.fill(draft, STANDARD)
        if good(standard, goal):
            return Fitted(STANDARD, standard, "Bố cục chuẩn đã đạt yêu cầu.")
        for layout in candidates(goal)[: MAX_RENDERS - 1]:
            fill = self.fill(draft, layout)
            if good(fill, goal):
                return Fitted(layout, fill, f"Đã xếp vừa: {fill.pages} trang.")
        return Fitted(None, None, _impossible(goal, standard))


def _impossible(goal: Goal, standard: PageFill) -> str:
    if goal == SIGNATURE:
        what = "tránh trang cuối chỉ có chữ ký"
        advice = "Hãy rút gọn, hoặc viết thêm để trang cuối có cả nội dung."
    else:
        what = f"gói gọn trong {goal} trang (bố cục chuẩn: {standard.pages} trang)"
        advice = "Hãy rút gọn nội dung."
    return (
        f"Không thể {what} trong giới hạn của Nghị định 30 (cỡ chữ 13–14, giãn dòng "
        f"từ 1 đến 1,5, cách đoạn từ 6 pt). {advice}"
    )


def content_key(draft: Draft) -> str:
    """What the fit depends on: the draft without its layout."""
    data = draftfile.to_dict(dataclasses.replace(draft, layout=STANDARD))
    return json.dumps(data, sort_keys=True, ensure_ascii=False, default=str)


def _number(value: float) -> str:
    text = f"{value:.1f}" if value == int(value) else f"{value:g}"
    return text.replace(".", ",")


def describe(layout: Layout) -> str:
    """`Cỡ chữ 13, giãn dòng 1,15, cách đoạn 6 pt`, as the clerk sees it."""
    if layout.is_default:
        return "Bố cục chuẩn (cỡ chữ 14, cách đoạn 6 pt)"
    body = metrics(layout)
    spacing = "chuẩn" if layout.line_spacing is None else _number(layout.line_spacing)
    return f"Cỡ chữ {body.size:g}, giãn dòng {spacing}, cách đoạn {body.paragraph_space:g} pt"
