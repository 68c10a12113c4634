"""Each part of the printed report as Word paragraphs and tables.

Where the PDF wraps a centred line (the issuing body, the abstract, a long signer
title), the DOCX breaks it at the same places, so both read and measure alike; the
body is left to Word to wrap, so the receiving clerk edits it naturally.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..pdf import fonts
from ..pdf.lines import balanced_split
from ..pdf.parts import addressee_block, date_fit, date_lines, font
from ..printed import Line, Part
from ..printed.layout import (
    FOOTER_LEFT_WIDTH,
    FOOTER_RIGHT_WIDTH,
    LETTER_GAP,
    NUMBER_ROW_GAP,
    SIGNING_SPACE,
    SPACE_AFTER_HEADER,
    SPACE_AFTER_TITLE,
    TEXT_WIDTH,
    TITLE_GAP,
)
from ..printed.parts import PARAGRAPH_ROLES
from . import footnotes
from .document import style_id
from .xml import caps, fixed_layout, mark_format, run_format, top_border, twips

RULE_SPACE = 2.0  # pt between a line's descenders and the rule under it
# Word and LibreOffice put a single line's baseline this far under its top, × size: Times
# New Roman's and Liberation Serif's usWinAscent (1825 / 2048); the PDF measures the gap
# to the capitals' top instead (the font's typographic ascent).
LINE_ASCENT = 1825 / 2048


def add_paragraph(container: Any, line: Line, text: str | None = None) -> Any:
    """A paragraph in the line's named style; every run names Times New Roman."""
    paragraph = container.add_paragraph()
    paragraph._p.style = style_id(line.style_name)  # by id: python-docx's name lookup is slow
    if line.typed and text is None and len(line.runs) == 1:
        text = line.text
    if text is not None:
        typed = in_capitals(line, text)
        run = _run(paragraph, typed or text)
        if typed:
            caps(run._r.get_or_add_rPr())
        return paragraph
    for run in line.runs:
        _run(paragraph, run.text, run.bold or None, run.italic or None, run.underline)
        if run.footnote:
            footnotes.mark(paragraph, run.note_runs)
    return paragraph


def in_capitals(line: Line, text: str) -> str:
    """The typed text laid out as `text` (the capitals, broken into lines), or "" when the
    line was typed as printed or cannot be matched letter for letter."""
    if not line.typed or len(line.typed) != len(text.replace("\n", " ")):
        return ""
    typed = "".join("\n" if c == "\n" else t for c, t in zip(text, line.typed, strict=True))
    return typed if typed.upper().replace("\n", " ") == line.text else ""


def _run(
    paragraph: Any,
    text: str,
    bold: bool | None = None,
    italic: bool | None = None,
    underline: bool = False,
    size: float | None = None,
) -> Any:
    run = paragraph.add_run()
    run_format(run._r.get_or_add_rPr(), size, bold, italic, underline)
    if "\n" in text or "\t" in text:
        run.text = text  # python-docx turns these into w:br and w:tab, one character at a time
    elif text:
        run._r.add_t(text)
    return run


def _first_in(cell: Any, line: Line, text: str, size: float | None = None) -> Any:
    """The cell's own first paragraph, styled, or a new one after it."""
    paragraphs = cell.paragraphs if hasattr(cell, "_tc") else []
    if len(paragraphs) == 1 and not paragraphs[0].runs:
        paragraph = paragraphs[0]
    else:
        paragraph = cell.add_paragraph()
    paragraph._p.style = style_id(line.style_name)
    _run(paragraph, text, size=size)
    return paragraph


def rule(container: Any, length: float, width: float) -> None:
    """A centred rule of the given length, as the top border of an empty one-point paragraph."""
    paragraph = container.add_paragraph()
    form = paragraph.paragraph_format
    side = twips(max(0.0, (width - length) / 2))
    form.left_indent = form.right_indent = side
    form.first_line_indent = twips(0)
    form.space_before, form.space_after = twips(RULE_SPACE), twips(0)
    form.line_spacing = twips(1)
    form.keep_with_next = True
    mark_format(paragraph, 1)
    top_border(paragraph._p.get_or_add_pPr())


def stack(cell: Any, lines: tuple[Line, ...], width: float) -> list[Any]:
    """Centred lines broken where the PDF breaks them, each with the rule it asks for."""
    paragraphs = []
    for line in lines:
        face, size = font(line.style), line.style.size
        printed = balanced_split(line.text, face, size, width)
        paragraphs.append(_first_in(cell, line, "\n".join(printed)))
        if line.rule:
            widest = max(fonts.width(text, face, size) for text in printed)
            rule(cell, line.rule * widest, width)
    return paragraphs


def level_first_lines(paragraphs: list[tuple[Any, Line, float]]) -> None:
    """Give first lines of different sizes one baseline: Word puts each at its own ascent."""
    ascents = [fonts.ascent(font(line.style), size) for _, line, size in paragraphs]
    for (paragraph, _, _), ascent in zip(paragraphs, ascents, strict=True):
        before = paragraph.paragraph_format.space_before
        before = before.pt if before is not None else 0.0
        paragraph.paragraph_format.space_before = twips(before + max(ascents) - ascent)


def header(document: Any, top: Part, row: Part) -> None:
    """One borderless table: bodies | national title and motto; `Số:` | place and date."""
    number_line, *letter = row.columns[0].lines
    (date_line,) = row.columns[1].lines
    date_size, right_width = date_fit(date_line)
    left_width = TEXT_WIDTH - right_width
    table = document.add_table(rows=2, cols=2)
    fixed_layout(table, [left_width, right_width])
    stack(table.cell(0, 0), top.columns[0].lines, left_width)
    stack(table.cell(0, 1), top.columns[1].lines, right_width)
    number = _first_in(table.cell(1, 0), number_line, number_line.text)
    date_face = font(date_line.style)
    date_text = "\n".join(date_lines(date_line.text, date_face, date_size, right_width))
    date = _first_in(table.cell(1, 1), date_line, date_text, date_size)
    for paragraph in (number, date):
        paragraph.paragraph_format.space_before = twips(NUMBER_ROW_GAP - RULE_SPACE)
    level_first_lines([(number, number_line, number_line.style.size), (date, date_line, date_size)])
    placed = stack(table.cell(1, 0), tuple(letter), left_width)
    for line, paragraph in zip(letter, placed, strict=True):
        size = line.style.size  # a công văn's V/v, LETTER_GAP under `Số:` as in the PDF
        above_capitals = LINE_ASCENT * size - fonts.ascent(font(line.style), size)
        paragraph.paragraph_format.space_before = twips(max(0.0, LETTER_GAP - above_capitals))


def title(document: Any, part: Part) -> None:
    doc_type, *abstract = part.lines
    first = add_paragraph(document, doc_type)
    first.paragraph_format.space_before = twips(SPACE_AFTER_HEADER)
    first.paragraph_format.keep_with_next = True
    if abstract:
        (paragraph,) = stack(document, tuple(abstract), TEXT_WIDTH)
        paragraph.paragraph_format.space_before = twips(TITLE_GAP)
        paragraph.paragraph_format.keep_with_next = True
    spacer = document.paragraphs[-1].paragraph_format
    spacer.space_after = twips(SPACE_AFTER_TITLE)


def after_header(paragraph: Any) -> None:
    """The first paragraph under a header with no title block keeps the PDF's gap."""
    form = paragraph.paragraph_format
    before = form.space_before.pt if form.space_before is not None else 0.0
    form.space_before = twips(before + SPACE_AFTER_HEADER)


def addressees(document: Any, part: Part) -> None:
    """`Kính gửi:` and one addressee on one line; or `Kính gửi:` alone, then each `- X;`
    with its dash just past the colon; the whole block centred as in the PDF."""
    label_width, x = addressee_block(part)
    style = part.lines[0].style
    if part.label_alone:
        label = add_paragraph(document, part.lines[0], part.label.strip())
        form = label.paragraph_format
        form.left_indent, form.first_line_indent = twips(x), twips(0)
        form.keep_with_next = True
    for number, line in enumerate(part.lines):
        mark = "- " if line.text.startswith("- ") else ""
        mark_width = fonts.width(mark, font(style), style.size)
        first = number == 0 and not part.label_alone
        text = part.label + line.text if first else line.text
        paragraph = add_paragraph(document, line, text)
        form = paragraph.paragraph_format
        form.left_indent = twips(x + label_width + mark_width)
        form.first_line_indent = twips(-(mark_width + (label_width if first else 0)))
        form.keep_with_next = True
        form.space_after = twips(style.size if number == len(part.lines) - 1 else 0)


def body_paragraph(document: Any, part: Part) -> Any:
    (line,) = part.lines
    return add_paragraph(document, line)


# The body roles Word draws as paragraphs, each returning the paragraph it added;
# tables.BODY_PARTS adds the table (tables builds its paragraphs with this module's helpers).
BODY_PARTS: dict[str, Callable[[Any, Part], Any]] = {
    role: body_paragraph for role in PARAGRAPH_ROLES
}


def ending(document: Any, part: Part) -> None:
    """Nơi nhận | the signer, in one row that never splits; the first lines level."""
    recipients, signer = part.columns
    table = document.add_table(rows=1, cols=2)
    fixed_layout(table, [FOOTER_LEFT_WIDTH, FOOTER_RIGHT_WIDTH])
    left, right = table.cell(0, 0), table.cell(0, 1)
    *titles, name = signer.lines
    signed = stack(right, tuple(titles), FOOTER_RIGHT_WIDTH)
    (name_paragraph,) = stack(right, (name,), FOOTER_RIGHT_WIDTH)
    name_paragraph.paragraph_format.space_before = twips(SIGNING_SPACE)
    label, *names = recipients.lines
    label_paragraph = _first_in(left, label, label.text)
    for line in names:
        mark = line.style.hanging_mark
        paragraph = add_paragraph(left, line, line.text)
        hang = fonts.width(mark, font(line.style), line.style.size)
        paragraph.paragraph_format.left_indent = twips(hang)
        paragraph.paragraph_format.first_line_indent = twips(-hang)
    first_signer = signed[0] if signed else name_paragraph
    first_line = titles[0] if titles else name
    level_first_lines(
        [
            (label_paragraph, label, label.style.size),
            (first_signer, first_line, first_line.style.size),
        ]
    )
