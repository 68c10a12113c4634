"""Assemble the pages: A4, Decree 30 margins, page numbers from page 2, metadata."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from reportlab.platypus import PageTemplate, Paragraph, Spacer
from reportlab.platypus import Table as RLTable
from reportlab.platypus.doctemplate import LayoutError

from .. import APP_NAME, __version__
from ..domain import compose
from ..domain.errors import ExportError
from ..domain.model import Draft
from ..domain.text import upper
from ..files.fileio import describe_os_error, write_output
from ..printed import Part, printed_report
from ..printed.layout import (
    LETTER_FOOTER_LEADING,
    LETTER_FOOTER_RULE,
    LETTER_FOOTER_SIZE,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    PAGE_HEIGHT,
    PAGE_NUMBER_BASELINE,
    PAGE_WIDTH,
    SPACE_AFTER_HEADER,
    SPACE_AFTER_TITLE,
    SPACE_BEFORE_FOOTER,
    TEXT_WIDTH,
)
from ..printed.parts import BODY_ROLES, body_style, split_appendices
from ..printed.styles import PAGE_NUMBER
from . import appendix, fonts, footnotes, parts, places, tables
from .ending import SignedEnding
from .lines import Lines
from .tableending import TableEnding

FRAME_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
FRAME = (TEXT_WIDTH, FRAME_HEIGHT)
FIXED_ROLES = ("header", "number_date", "title", "addressees", "ending")


def _first_page(canvas: Any, doc: Any) -> None:
    # Printers must not shrink the page to fit: that would break the official margins.
    canvas.setViewerPreference("PrintScaling", "None")
    footer = getattr(doc, "letter_footer", [])
    if footer:  # a công văn's address footer: page 1 only, under a full-width rule
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_LEFT, LETTER_FOOTER_RULE, MARGIN_LEFT + TEXT_WIDTH, LETTER_FOOTER_RULE)
        canvas.setFont(fonts.REGULAR, LETTER_FOOTER_SIZE)
        for index, text in enumerate(footer):
            baseline = LETTER_FOOTER_RULE - LETTER_FOOTER_SIZE - index * LETTER_FOOTER_LEADING
            canvas.drawString(MARGIN_LEFT, baseline, text)


def _later_page(canvas: Any, doc: Any) -> None:
    canvas.setFont(fonts.face(PAGE_NUMBER.bold, PAGE_NUMBER.italic), PAGE_NUMBER.size)
    canvas.drawCentredString(MARGIN_LEFT + TEXT_WIDTH / 2, PAGE_NUMBER_BASELINE, str(doc.page))


def _must_fit(height: float, what: str) -> None:
    """The fixed parts never break across pages: say which one is too long, and why."""
    if height > FRAME_HEIGHT:
        raise ExportError(
            f"{what} dài hơn một trang A4 ({height / FRAME_HEIGHT:.1f} trang) nên không in được; "
            "hãy rút gọn"
        )


@dataclass
class Fixed:
    """The parts drawn as Lines, measured: each must fit on one page."""

    header: Lines
    title: Lines | None
    addressees: Lines | None
    footer: Lines
    footer_gap: float  # between the last paragraph and the footer


def fixed_parts(report: list[Part]) -> Fixed:
    """Lay out the header, title, Kính gửi and ending; refuse one longer than a page.

    The DOCX export calls this too, so both refuse the same drafts with the same words.
    """
    roles = {part.role: part for part in report if part.role in FIXED_ROLES}
    header = parts.header(roles["header"], roles["number_date"])
    title = parts.title(roles["title"]) if "title" in roles else None  # none: a công văn
    title_height = title.height if title is not None else 0.0
    _must_fit(header.height + SPACE_AFTER_HEADER + title_height, "phần đầu và trích yếu")
    addressees = parts.addressees(roles["addressees"]) if "addressees" in roles else None
    if addressees is not None:
        _must_fit(addressees.height, "danh sách Kính gửi")
    last = [part for part in report if part.role in BODY_ROLES][-1:]
    lines = last[0].lines if last else ()  # a table has none
    gap = SPACE_BEFORE_FOOTER + (lines[0].style.space_after if lines else 0)
    footer = parts.footer(roles["ending"])
    # the footer travels with the last two lines of the text (see ending.py)
    _must_fit(footer.height + gap + 2 * body_style(report).leading, "phần Nơi nhận và chữ ký")
    return Fixed(header, title, addressees, footer, gap)


def check_fits(draft: Draft) -> None:
    """Raise ExportError naming a part of the draft that cannot print on one page."""
    fixed_parts(split_appendices(printed_report(draft))[0])


def story(draft: Draft) -> list[Any]:
    """Header, title, Kính gửi, body; the end of the body stays with the signature."""
    report, appended = split_appendices(printed_report(draft))
    footnotes.restart()
    unknown = [p.role for p in report if p.role not in FIXED_ROLES and p.role not in BODY_ROLES]
    if unknown:
        raise NotImplementedError(f"the PDF cannot draw {unknown}")
    fixed = fixed_parts(report)
    flowables: list[Any] = [
        places.tag(fixed.header, "header", "number"),
        Spacer(1, SPACE_AFTER_HEADER),
    ]
    if fixed.title is not None:
        flowables += [places.tag(fixed.title, "title"), Spacer(1, SPACE_AFTER_TITLE)]
    if fixed.addressees is not None:
        addressees = places.tag(fixed.addressees, "addressees")
        flowables += [addressees, Spacer(1, body_style(report).size)]
    text = [f for p in report if p.role in BODY_ROLES for f in placed(p)]
    # The signature is drawn with the last lines of the text: a mark after it notes its page.
    signed = places.tag(places.Mark("signature", fixed.footer.height), "recipients", "archive")
    if text and isinstance(text[-1], RLTable):  # a body ending with a table (no note)
        table = text.pop()
        ending = places.tag(TableEnding(table, fixed.footer, fixed.footer_gap), *sources(table))
        flowables += [*text, ending, signed]
        return flowables + appendix.appendix_story(appended)
    last = text.pop() if text and isinstance(text[-1], Paragraph) else None
    flowables += text
    ending = places.tag(SignedEnding(last, fixed.footer, fixed.footer_gap), *sources(last))
    flowables += [ending, signed]
    return flowables + appendix.appendix_story(appended)


def placed(part: Part) -> list[Any]:
    """A body part's flowables, the first tagged with where in the draft it comes from."""
    drawn = tables.flowables(part, *FRAME)
    if drawn:
        places.tag(drawn[0], part.source)
    return drawn


def sources(flowable: Any) -> tuple[str, ...]:
    return tuple(getattr(flowable, places.PLACES, ()))


def _template(
    target: Any, draft: Draft, invariant: bool, reserved: dict[int, float] | None = None
) -> footnotes.NotedDocTemplate:
    frame = places.PlacingFrame(
        MARGIN_LEFT,
        MARGIN_BOTTOM,
        TEXT_WIDTH,
        PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="text",
    )
    doc = footnotes.NotedDocTemplate(
        target,
        reserved or {},
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=f"{upper(draft.type_name or draft.kind.label)}: {draft.title.strip()}",
        author=draft.agency.name.strip(),
        subject=draft.title.strip(),
        creator=f"{APP_NAME} {__version__}",
        keywords=[draft.full_symbol, str(draft.date.year)],
        lang="vi",
        initialFontName=fonts.REGULAR,  # else every page names an unembedded Helvetica
        invariant=invariant,
    )
    doc.letter_footer = compose.letter_footer_lines(draft)
    doc.addPageTemplates(
        [
            PageTemplate("first", [frame], onPage=_first_page, autoNextPageTemplate="later"),
            PageTemplate("later", [frame], onPage=_later_page),
            *appendix.page_templates(),
        ]
    )
    return doc


def render_to(
    target: str | IO[bytes], draft: Draft, invariant: bool = False
) -> dict[str, places.Place]:
    """Write the PDF; where each part of the draft landed in it (see places.py)."""
    fonts.register()
    if not footnotes.has_footnotes(draft):
        return places.collect(_laid_out(target, draft, story(draft), invariant, {}))
    buffer = io.BytesIO()
    doc, _ = settle(buffer, draft, invariant)
    if isinstance(target, str):
        Path(target).write_bytes(buffer.getvalue())
    else:
        target.write(buffer.getvalue())
    return places.collect(doc)


def settle(
    buffer: io.BytesIO, draft: Draft, invariant: bool
) -> tuple[footnotes.NotedDocTemplate, list[Any]]:
    """Lay the draft out until each page keeps the room its footnotes need; the last
    layout (written into `buffer`) and the story it laid out."""
    reserved: dict[int, float] = {}
    for _ in range(footnotes.MAX_PASSES):  # notes take room, which moves the text: settle it
        buffer.seek(0)
        buffer.truncate()
        flowables = story(draft)
        laid = list(flowables)  # the build consumes its list
        doc = _laid_out(buffer, draft, flowables, invariant, reserved)
        needs = doc.needs()
        footnotes.check_room(needs, FRAME_HEIGHT)
        if footnotes.settled(reserved, needs):
            return doc, laid
        reserved = {page: max(needs.get(page, 0.0), reserved.get(page, 0.0)) for page in needs}
    raise ExportError("không xếp được chú thích vào chân trang; hãy rút gọn chú thích")


def build(target: str | IO[bytes], draft: Draft, flowables: list[Any], invariant: bool) -> int:
    """Lay out and write the story; the number of pages."""
    return int(_laid_out(target, draft, flowables, invariant, {}).page)


def _laid_out(
    target: str | IO[bytes],
    draft: Draft,
    flowables: list[Any],
    invariant: bool,
    reserved: dict[int, float],
) -> footnotes.NotedDocTemplate:
    fonts.register()
    doc = _template(target, draft, invariant, reserved)
    try:
        doc.build(flowables)
        return doc
    except ExportError:
        raise
    except LayoutError as exc:  # its own words are ReportLab's, in English: not for a clerk
        raise ExportError(
            f"một phần của báo cáo ở trang {doc.page} không vừa một trang A4 (một dòng, một ô "
            "bảng hay một hàng tiêu đề quá cao); hãy rút gọn phần đó"
        ) from exc


def render_pdf_bytes(draft: Draft, invariant: bool = False) -> bytes:
    return render_pdf_placed(draft, invariant)[0]


def render_pdf_placed(
    draft: Draft, invariant: bool = False
) -> tuple[bytes, dict[str, places.Place]]:
    """The PDF, and the page and height where each part of the draft begins in it."""
    buffer = io.BytesIO()
    found = render_to(buffer, draft, invariant)
    return buffer.getvalue(), found


def render_pdf(draft: Draft, path: Path | str, invariant: bool = False) -> None:
    """Write the PDF through a temporary file: a failure never damages an existing file."""
    target = Path(path)

    def write(temp: Path) -> None:
        render_to(str(temp), draft, invariant)

    try:
        write_output(target, write)
    except OSError as exc:
        raise ExportError(f"không ghi được tệp {target}: {describe_os_error(exc)}") from exc
