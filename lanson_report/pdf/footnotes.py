"""Footnotes at the foot of the page where their mark prints (format v3).

Each mark is a superscript number, counted 1, 2, 3 … through the document as the story
is built, with an `onDraw` callback that tells the document which page it landed on.
The notes need room that the text then cannot use, and the room moves the text: the
document is laid out again with each page's frame shortened by the height of its notes
until every note fits the room kept for it (`render.render_to`). A draft without
footnotes is laid out once, exactly as before.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any
from xml.sax.saxutils import quoteattr

from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import BaseDocTemplate, Paragraph

from ..domain.errors import ExportError
from ..domain.model import Draft, all_runs
from ..printed.layout import MM
from . import fonts

CALLBACK = "footnote"
NOTE_SIZE = 12.0  # Decree 30 leaves it open; 10–12 pt, single spacing (draft-format.md)
NOTE_LEADING = 13.8
RULE_LENGTH = 50 * MM
GAP_ABOVE = 8.0  # between the text and the rule
GAP_BELOW_RULE = 3.0
MAX_PASSES = 5

_number: ContextVar[int] = ContextVar("footnote_number", default=0)


def restart() -> None:
    """Number the next story's footnotes from 1."""
    _number.set(0)


@contextmanager
def uncounted() -> Iterator[None]:
    """Markup built only to measure (a table's header rows, checked before the grid is
    built) takes no numbers: the marks that print are numbered 1, 2, 3 … without gaps."""
    saved = _number.get()
    try:
        yield
    finally:
        _number.set(saved)


def mark(note: str) -> str:
    """The mark's markup: the next number, raised, and the callback carrying the note's
    markup (its text escaped, its bold and italic as tags: `body.runs_markup`)."""
    number = _number.get() + 1
    _number.set(number)
    label = quoteattr(f"{number}|{note}")
    return f"<super>{number}</super><onDraw name={quoteattr(CALLBACK)} label={label}/>"


def has_footnotes(draft: Draft) -> bool:
    return any(run.footnote for run in all_runs(draft))


def style() -> ParagraphStyle:
    return ParagraphStyle(
        "Chú thích",
        fontName=fonts.REGULAR,
        fontSize=NOTE_SIZE,
        leading=NOTE_LEADING,
        alignment=TA_JUSTIFY,
    )


def _paragraph(number: int, note: str) -> Paragraph:
    return Paragraph(f"<super>{number}</super> {note}", style())


def room(notes: list[tuple[int, str]], width: float) -> float:
    """The height the notes take at the foot of a page, rule and gaps included."""
    if not notes:
        return 0.0
    heights = [float(_paragraph(n, text).wrap(width, 10_000)[1]) for n, text in notes]
    return GAP_ABOVE + GAP_BELOW_RULE + sum(heights)


class NotedDocTemplate(BaseDocTemplate):  # type: ignore[misc]
    """A document whose pages keep `reserved[page]` points at the foot for their notes."""

    def __init__(self, target: Any, reserved: dict[int, float], **kwargs: Any) -> None:
        super().__init__(target, **kwargs)
        self.reserved = reserved
        self.placed: dict[int, list[tuple[int, str]]] = {}
        self.widths: dict[int, float] = {}
        self._full: dict[int, tuple[float, float]] = {}  # frame id -> (y1, height)
        self._seen: set[int] = set()

    def beforeDocument(self) -> None:
        self.canv.setNamedCB(CALLBACK, self._placed)

    def beforePage(self) -> None:
        frame = self.pageTemplate.frames[0]
        y1, height = self._full.setdefault(id(frame), (frame._y1, frame._height))
        keep = self.reserved.get(self.page, 0.0)
        if (frame._y1, frame._height) != (y1 + keep, height - keep):
            frame.y1, frame.height = y1 + keep, height - keep  # the top stays where it is
        self.widths[self.page] = frame._width

    def handle_pageEnd(self) -> None:
        notes = self.placed.get(self.page)
        if notes:
            self._draw(notes)
        super().handle_pageEnd()

    def _placed(self, canvas: Any, kind: str, label: str | None) -> None:
        number, _, note = (label or "").partition("|")
        if int(number) in self._seen:
            return  # a header row repeated on the next page: its note printed once
        self._seen.add(int(number))
        self.placed.setdefault(self.page, []).append((int(number), note))

    def _draw(self, notes: list[tuple[int, str]]) -> None:
        frame = self.pageTemplate.frames[0]
        bottom = self._full[id(frame)][0]
        width = frame._width
        paragraphs = [_paragraph(number, text) for number, text in notes]
        heights = [p.wrap(width, 10_000)[1] for p in paragraphs]
        top = bottom + sum(heights)
        canvas = self.canv
        canvas.saveState()
        canvas.setLineWidth(0.5)
        canvas.line(frame._x1, top + GAP_BELOW_RULE, frame._x1 + RULE_LENGTH, top + GAP_BELOW_RULE)
        canvas.restoreState()
        for paragraph, height in zip(paragraphs, heights, strict=True):
            top -= height
            paragraph.drawOn(canvas, frame._x1, top)

    def needs(self) -> dict[int, float]:
        """Each page's room for the notes that landed on it."""
        return {page: room(notes, self.widths[page]) for page, notes in self.placed.items()}


def check_room(needs: dict[int, float], frame_height: float) -> None:
    """Notes may take at most half a page: the text must still have room beside them."""
    for page, needed in sorted(needs.items()):
        if needed > frame_height / 2:
            raise ExportError(
                f"chú thích ở trang {page} chiếm {needed / frame_height:.0%} trang, quá nửa "
                "trang nên không in được ở chân trang; hãy rút gọn chú thích"
            )


def settled(reserved: dict[int, float], needs: dict[int, float]) -> bool:
    return all(needed <= reserved.get(page, 0.0) + 0.01 for page, needed in needs.items())
