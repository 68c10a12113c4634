"""The fixed parts of the page drawn as Lines: header, title, Kính gửi, and the ending."""

from __future__ import annotations

from ..printed import Line, Part, Style
from ..printed.layout import (
    FOOTER_LEFT_WIDTH,
    FOOTER_RIGHT_WIDTH,
    HEADER_RIGHT_WIDTH,
    HEADER_RIGHT_WIDTH_MAX,
    LETTER_GAP,
    NUMBER_ROW_GAP,
    SIGNING_SPACE,
    TEXT_WIDTH,
    TITLE_GAP,
)
from . import fonts
from .lines import Column, Lines, balanced_split, split


def font(style: Style) -> str:
    return fonts.face(style.bold, style.italic)


def _widest(lines: list[str], font: str, size: float) -> float:
    return max(fonts.width(line, font, size) for line in lines)


def date_fit(line: Line) -> tuple[float, float]:
    """(font size, right column width) for the date line: one line, centred under the motto.

    A long place name (`Thành phố Hồ Chí Minh`) first drops to the smallest size the
    decree allows, then widens the right column, since the line must stay centred.
    """
    style = line.style
    face = font(style)
    for size in (style.size, style.min_size):
        if fonts.width(line.text, face, size) <= HEADER_RIGHT_WIDTH:
            return size, HEADER_RIGHT_WIDTH
    needed = fonts.width(line.text, face, style.min_size) + 2
    return style.min_size, min(needed, HEADER_RIGHT_WIDTH_MAX)


def date_lines(text: str, face: str, size: float, width: float) -> list[str]:
    """The date line, split after the place name only if even the widest column is short.

    The date part keeps its hand-fill blanks (non-breaking spaces) on a line of its own.
    """
    place, separator, date = text.rpartition(", ngày ")
    if fonts.width(text, face, size) <= width or not separator:
        return [text]
    return [*balanced_split(f"{place},", face, size, width), f"ngày {date}"]


def _stack(column: Column, lines: tuple[Line, ...]) -> None:
    """Centred lines, each wrapped and balanced, with the rule a line asks for."""
    for line in lines:
        face, size = font(line.style), line.style.size
        printed = column.wrapped(line.text, face, size)
        if line.rule:
            column.rule(line.rule * _widest(printed, face, size))


def header(top: Part, row: Part) -> Lines:
    """Two columns: bodies and `Số:` on the left; national title, motto, date on the right.

    A công văn's `V/v …` wraps under `Số:` within the left column (Mẫu 1.5), which may
    grow taller than the right one: `Số:` stays on the date line's baseline."""
    number_line, *letter = row.columns[0].lines
    (date_line,) = row.columns[1].lines
    date_size, right_width = date_fit(date_line)
    left_width = TEXT_WIDTH - right_width
    left, right = Column(left_width), Column(right_width, x=left_width)
    _stack(left, top.columns[0].lines)
    _stack(right, top.columns[1].lines)
    number_face, number_size = font(number_line.style), number_line.style.size
    date_face = font(date_line.style)
    top_edge = max(left.bottom, right.bottom) + NUMBER_ROW_GAP
    baseline = top_edge + max(
        fonts.ascent(number_face, number_size), fonts.ascent(date_face, date_size)
    )
    number = Column(left_width)
    if fonts.width(number_line.text, number_face, number_size) <= left_width:
        number.line(number_line.text, number_face, number_size, baseline=baseline)  # blanks kept
    else:  # a long symbol wraps instead of running into the date
        number.wrapped(number_line.text, number_face, number_size, baseline=baseline)
    for line in letter:
        number.gap(LETTER_GAP, font(line.style), line.style.size)
        number.wrapped(line.text, font(line.style), line.style.size)
    date = Column(right_width, x=left_width)
    for index, text in enumerate(date_lines(date_line.text, date_face, date_size, right_width)):
        date.line(text, date_face, date_size, baseline=None if index else baseline)
    items = left.items + right.items + number.items + date.items
    return Lines(items, max(number.bottom, date.bottom), TEXT_WIDTH)


def title(part: Part) -> Lines:
    """The type name, the abstract (wrapping, centred) and a short rule under it."""
    column = Column(TEXT_WIDTH)
    doc_type, *abstract = part.lines
    column.line(doc_type.text, font(doc_type.style), doc_type.style.size)
    if abstract:
        column.gap(TITLE_GAP, font(abstract[0].style), abstract[0].style.size)
        _stack(column, tuple(abstract))
    return Lines(column.items, column.bottom, TEXT_WIDTH)


def _addressee_rows(part: Part) -> tuple[float, float, list[tuple[float, str]]]:
    """(label width, left edge of the centred block, wrapped rows as (indent, text)).

    One addressee follows the label on its line; several stand under `Kính gửi:`, which
    is alone on its line, their dashes at one x just past its colon (PL I II.9)."""
    style = part.lines[0].style
    face, size = font(style), style.size
    label_width = fonts.width(part.label, face, size)
    room = TEXT_WIDTH - label_width
    rows: list[tuple[float, str]] = []
    if part.label_alone:
        rows.append((-label_width, part.label.strip()))
    for line in part.lines:
        mark = "- " if line.text.startswith("- ") else ""
        indent = fonts.width(mark, face, size)
        wrapped = split(line.text[len(mark) :], face, size, room - indent)
        rows.append((0, mark + wrapped[0]))
        rows.extend((indent, text) for text in wrapped[1:])
    widest = max(indent + fonts.width(text, face, size) for indent, text in rows)
    return label_width, (room - widest) / 2, rows


def addressee_block(part: Part) -> tuple[float, float]:
    """(label width, left edge) of the Kính gửi block, centred on the text width."""
    label_width, x, _ = _addressee_rows(part)
    return label_width, x


def addressees(part: Part) -> Lines:
    """`Kính gửi: X.` on one line, or `Kính gửi:` alone followed by one `- X;` per line.

    The label and a single addressee are one string, so copied text reads naturally.
    """
    style = part.lines[0].style
    face, size = font(style), style.size
    label_width, x, rows = _addressee_rows(part)
    widest = max(indent + fonts.width(text, face, size) for indent, text in rows)
    column = Column(label_width + widest, x=x)
    for number, (indent, text) in enumerate(rows):
        if number == 0 and not part.label_alone:
            column.line(part.label + text, face, size, "left")
        else:
            column.line(text, face, size, "left", label_width + indent)
    return Lines(column.items, column.bottom, TEXT_WIDTH)


def footer(part: Part) -> Lines:
    """`Nơi nhận:` and recipients on the left, level with the signer lines on the right."""
    recipients, signer = part.columns
    *titles, name = signer.lines
    right = Column(FOOTER_RIGHT_WIDTH, x=FOOTER_LEFT_WIDTH)
    _stack(right, tuple(titles))
    right.gap(SIGNING_SPACE, font(name.style), name.style.size)
    _stack(right, (name,))
    left = Column(FOOTER_LEFT_WIDTH)
    label, *names = recipients.lines
    first_signer = right.items[0].y
    left.line(label.text, font(label.style), label.style.size, "left", baseline=first_signer)
    for line in names:
        mark = line.style.hanging_mark
        left.hanging(mark, line.text[len(mark) :], font(line.style), line.style.size)
    return Lines(left.items + right.items, max(left.bottom, right.bottom), TEXT_WIDTH)
