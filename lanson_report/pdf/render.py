"""Assemble the pages: A4, Decree 30 margins, page numbers from page 2, metadata."""

from __future__ import annotations

import io
from pathlib import Path
from typing import IO, Any

from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Spacer
from reportlab.platypus.doctemplate import LayoutError

from .. import APP_NAME, __version__
from ..errors import ExportError
from ..fileio import describe_os_error, write_atomic
from ..model import Draft
from ..text import upper
from . import appendix, body, fonts, parts
from .ending import SignedEnding
from .layout import (
    BODY_LEADING,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    PAGE_HEIGHT,
    PAGE_NUMBER_BASELINE,
    PAGE_WIDTH,
    SIZE_BODY,
    SIZE_PAGE_NUMBER,
    TEXT_WIDTH,
)

SPACE_AFTER_HEADER = 18.0  # pt
SPACE_AFTER_TITLE = 14.0
SPACE_BEFORE_FOOTER = 6.0
FRAME_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM


def _first_page(canvas: Any, doc: Any) -> None:
    # Printers must not shrink the page to fit: that would break the official margins.
    canvas.setViewerPreference("PrintScaling", "None")


def _later_page(canvas: Any, doc: Any) -> None:
    canvas.setFont(fonts.REGULAR, SIZE_PAGE_NUMBER)
    canvas.drawCentredString(MARGIN_LEFT + TEXT_WIDTH / 2, PAGE_NUMBER_BASELINE, str(doc.page))


def _must_fit(height: float, what: str) -> None:
    """The fixed parts never break across pages: say which one is too long, and why."""
    if height > FRAME_HEIGHT:
        raise ExportError(
            f"{what} dài hơn một trang A4 ({height / FRAME_HEIGHT:.1f} trang) nên không in được; "
            "hãy rút gọn"
        )


def story(draft: Draft) -> list[Any]:
    """Header, title, Kính gửi, body; the end of the body stays with the signature."""
    header, title = parts.header(draft), parts.title(draft)
    _must_fit(header.height + SPACE_AFTER_HEADER + title.height, "phần đầu và trích yếu")
    flowables: list[Any] = [header, Spacer(1, SPACE_AFTER_HEADER), title]
    flowables.append(Spacer(1, SPACE_AFTER_TITLE))
    addressees = parts.addressees(draft)
    if addressees is not None:
        _must_fit(addressees.height, "danh sách Kính gửi")
        flowables += [addressees, Spacer(1, SIZE_BODY)]
    text = body.body_story(draft)
    last = text.pop() if text else None
    flowables += text
    gap = SPACE_BEFORE_FOOTER + (last.style.spaceAfter if last is not None else 0)
    footer = parts.footer(draft)
    # the footer travels with the last two lines of the text (see ending.py)
    _must_fit(footer.height + gap + 2 * BODY_LEADING, "phần Nơi nhận và chữ ký")
    flowables.append(SignedEnding(last, footer, gap))
    return flowables + appendix.appendix_story(draft)


def _template(target: Any, draft: Draft, invariant: bool) -> BaseDocTemplate:
    frame = Frame(
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
    doc = BaseDocTemplate(
        target,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=f"{upper(draft.type_name)}: {draft.title.strip()}",
        author=draft.agency.name.strip(),
        subject=draft.title.strip(),
        creator=f"{APP_NAME} {__version__}",
        keywords=[draft.full_symbol, str(draft.date.year)],
        lang="vi",
        initialFontName=fonts.REGULAR,  # else every page names an unembedded Helvetica
        invariant=invariant,
    )
    doc.addPageTemplates(
        [
            PageTemplate("first", [frame], onPage=_first_page, autoNextPageTemplate="later"),
            PageTemplate("later", [frame], onPage=_later_page),
            *appendix.page_templates(),
        ]
    )
    return doc


def render_to(target: str | IO[bytes], draft: Draft, invariant: bool = False) -> None:
    fonts.register()
    try:
        _template(target, draft, invariant).build(story(draft))
    except ExportError:
        raise
    except LayoutError as exc:
        raise ExportError(f"một phần của báo cáo không vừa trang A4 ({exc})") from exc


def render_pdf_bytes(draft: Draft, invariant: bool = False) -> bytes:
    buffer = io.BytesIO()
    render_to(buffer, draft, invariant)
    return buffer.getvalue()


def render_pdf(draft: Draft, path: Path | str, invariant: bool = False) -> None:
    """Write the PDF through a temporary file: a failure never damages an existing file."""
    target = Path(path)
    try:
        write_atomic(target, lambda temp: render_to(str(temp), draft, invariant))
    except OSError as exc:
        raise ExportError(f"không ghi được tệp {target}: {describe_os_error(exc)}") from exc
