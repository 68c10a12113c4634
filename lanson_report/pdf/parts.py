"""The fixed parts of the page: header, title, Kính gửi, and the signature footer."""

from __future__ import annotations

from reportlab.lib.units import mm

from .. import compose
from ..model import Draft
from ..text import upper
from . import fonts
from .fonts import BOLD, BOLD_ITALIC, ITALIC, REGULAR
from .layout import (
    FOOTER_LEFT_WIDTH,
    FOOTER_RIGHT_WIDTH,
    HEADER_RIGHT_WIDTH,
    SHORT_RULE_RATIO,
    SIGNING_SPACE,
    SIZE_AGENCY,
    SIZE_BODY,
    SIZE_DATE,
    SIZE_MOTTO,
    SIZE_NATION,
    SIZE_NUMBER,
    SIZE_PARENT,
    SIZE_RECIPIENTS,
    SIZE_RECIPIENTS_LABEL,
    SIZE_SIGNER,
    SIZE_SIGNER_NAME,
    SIZE_TITLE,
    SIZE_TYPE,
    TEXT_WIDTH,
)
from .lines import Column, Lines, balanced_split, split

NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
RECIPIENTS_LABEL = "Nơi nhận:"
ADDRESSEES_LABEL = "Kính gửi: "
DATE_SIZES = (SIZE_DATE, 13)  # 13–14 pt
HEADER_RIGHT_WIDTH_MAX = HEADER_RIGHT_WIDTH + 15 * mm
NUMBER_ROW_GAP = 10.0  # pt between the lower rule and the tops of `Số:` and the date
TITLE_GAP = 4.0  # pt between the type name and the abstract


def _widest(lines: list[str], font: str, size: float) -> float:
    return max(fonts.width(line, font, size) for line in lines)


def _date_fit(text: str) -> tuple[float, float]:
    """(font size, right column width) for the date line: one line, centred under the motto.

    A long place name (`Thành phố Hồ Chí Minh`) first drops to the smallest size the
    decree allows, then widens the right column, since the line must stay centred.
    """
    for size in DATE_SIZES:
        if fonts.width(text, ITALIC, size) <= HEADER_RIGHT_WIDTH:
            return size, HEADER_RIGHT_WIDTH
    needed = fonts.width(text, ITALIC, DATE_SIZES[-1]) + 2
    return DATE_SIZES[-1], min(needed, HEADER_RIGHT_WIDTH_MAX)


def _date_lines(text: str, size: float, width: float) -> list[str]:
    """The date line, split after the place name only if even the widest column is short.

    The date part keeps its hand-fill blanks (non-breaking spaces) on a line of its own.
    """
    place, separator, date = text.rpartition(", ngày ")
    if fonts.width(text, ITALIC, size) <= width or not separator:
        return [text]
    return [*balanced_split(f"{place},", ITALIC, size, width), f"ngày {date}"]


def header(draft: Draft) -> Lines:
    """Two columns: bodies and `Số:` on the left; national title, motto, date on the right."""
    date_text = compose.date_line(draft)
    date_size, right_width = _date_fit(date_text)
    left_width = TEXT_WIDTH - right_width
    left = Column(left_width)
    if draft.agency.parent.strip():
        left.wrapped(upper(draft.agency.parent.strip()), REGULAR, SIZE_PARENT)
    name = left.wrapped(upper(draft.agency.name.strip()), BOLD, SIZE_AGENCY)
    if draft.agency.name.strip():
        left.rule(SHORT_RULE_RATIO * _widest(name, BOLD, SIZE_AGENCY))
    right = Column(right_width, x=left_width)
    right.line(NATION, BOLD, SIZE_NATION)
    right.line(MOTTO, BOLD, SIZE_MOTTO)
    right.rule(fonts.width(MOTTO, BOLD, SIZE_MOTTO))
    top = max(left.bottom, right.bottom) + NUMBER_ROW_GAP
    baseline = top + max(fonts.ascent(REGULAR, SIZE_NUMBER), fonts.ascent(ITALIC, date_size))
    number = Column(left_width)
    number_text = compose.number_line(draft)
    if fonts.width(number_text, REGULAR, SIZE_NUMBER) <= left_width:
        number.line(number_text, REGULAR, SIZE_NUMBER, baseline=baseline)  # keeps its blanks
    else:  # a long symbol wraps instead of running into the date
        number.wrapped(number_text, REGULAR, SIZE_NUMBER, baseline=baseline)
    date = Column(right_width, x=left_width)
    for index, line in enumerate(_date_lines(date_text, date_size, right_width)):
        date.line(line, ITALIC, date_size, baseline=None if index else baseline)
    items = left.items + right.items + number.items + date.items
    return Lines(items, max(number.bottom, date.bottom), TEXT_WIDTH)


def title(draft: Draft) -> Lines:
    """`BÁO CÁO`, the abstract (wrapping, centred) and a short rule under it."""
    column = Column(TEXT_WIDTH)
    column.line(upper(draft.type_name), BOLD, SIZE_TYPE)
    if draft.title.strip():
        column.gap(TITLE_GAP, BOLD, SIZE_TITLE)
        lines = column.wrapped(draft.title.strip(), BOLD, SIZE_TITLE)
        column.rule(SHORT_RULE_RATIO * _widest(lines, BOLD, SIZE_TITLE))
    return Lines(column.items, column.bottom, TEXT_WIDTH)


def addressees(draft: Draft) -> Lines | None:
    """`Kính gửi: X` on one line, or `Kính gửi:` followed by one `- X;` per line.

    The label and the first addressee are one string, so copied text reads naturally.
    """
    lines = compose.addressee_lines(draft)
    if not lines:
        return None
    label_width = fonts.width(ADDRESSEES_LABEL, REGULAR, SIZE_BODY)
    room = TEXT_WIDTH - label_width
    rows: list[tuple[float, str]] = []
    for line in lines:
        mark = "- " if line.startswith("- ") else ""
        indent = fonts.width(mark, REGULAR, SIZE_BODY)
        wrapped = split(line[len(mark) :], REGULAR, SIZE_BODY, room - indent)
        rows.append((0, mark + wrapped[0]))
        rows.extend((indent, part) for part in wrapped[1:])
    widest = max(indent + fonts.width(text, REGULAR, SIZE_BODY) for indent, text in rows)
    column = Column(label_width + widest, x=(room - widest) / 2)
    for number, (indent, text) in enumerate(rows):
        if number == 0:
            column.line(ADDRESSEES_LABEL + text, REGULAR, SIZE_BODY, "left")
        else:
            column.line(text, REGULAR, SIZE_BODY, "left", label_width + indent)
    return Lines(column.items, column.bottom, TEXT_WIDTH)


def footer(draft: Draft) -> Lines:
    """`Nơi nhận:` and recipients on the left, level with the signer lines on the right."""
    right = Column(FOOTER_RIGHT_WIDTH, x=FOOTER_LEFT_WIDTH)
    for line in draft.signature.lines:
        right.wrapped(upper(line.strip()), BOLD, SIZE_SIGNER)
    right.gap(SIGNING_SPACE, BOLD, SIZE_SIGNER_NAME)
    right.wrapped(draft.signature.name.strip(), BOLD, SIZE_SIGNER_NAME)
    left = Column(FOOTER_LEFT_WIDTH)
    first_signer = right.items[0].y
    left.line(RECIPIENTS_LABEL, BOLD_ITALIC, SIZE_RECIPIENTS_LABEL, "left", baseline=first_signer)
    for line in compose.recipient_lines(draft):
        left.hanging("- ", line[2:], REGULAR, SIZE_RECIPIENTS)
    return Lines(left.items + right.items, max(left.bottom, right.bottom), TEXT_WIDTH)
