"""Where each part of the draft lands in the PDF (the live page follows the cursor by it):
the page and height the renderer reports are where the part's first words print."""

from __future__ import annotations

from typing import Any

import drafts
import pdfutil
import pytest
from test_footnotes import noted

from lanson_report.domain.model import Draft
from lanson_report.files import draftfile
from lanson_report.pdf import render_pdf_bytes, render_pdf_placed
from lanson_report.pdf.places import page_of
from lanson_report.printed import printed_report

LINE = 20.0  # points: the first words are on the line that starts at the reported height


def example() -> Draft:
    return draftfile.from_dict(drafts.example())


def long_report() -> Draft:
    return draftfile.from_dict(drafts.pages(12))


SAMPLES = {"example": example, "12 pages": long_report, "tables, notes, appendix": noted}


def first_words(part: Any) -> str:
    """What the part prints first: its first line's first word."""
    lines = part.lines or (part.left.lines if part.left is not None else ())
    return lines[0].text.split()[0] if lines and lines[0].text.split() else ""


def words_from(page: Any, top: float) -> list[str]:
    """The words on the first line printed at or below `top` (points from the top)."""
    below = [w for w in page.extract_words() if w["top"] >= top - 2]
    first = min((w["top"] for w in below), default=None)
    if first is None or first > top + LINE:
        return []
    return [w["text"] for w in below if abs(w["top"] - first) < 3]


@pytest.mark.parametrize("name", SAMPLES)
def test_each_part_is_found_where_its_first_words_print(name: str) -> None:
    draft = SAMPLES[name]()
    data, places = render_pdf_placed(draft, invariant=True)
    pdf = pdfutil.open_pdf(data)
    parts = [
        p for p in printed_report(draft) if p.source and p.role not in ("header", "number_date")
    ]
    checked = 0
    for part in parts:
        assert part.source in places, f"{part.source} ({part.role}) is not placed"
        page, top = places[part.source]
        if part.table is not None or part.role == "ending":
            continue  # a table's caption and the two-column ending: their own test below
        expected = first_words(part)
        if not expected:
            continue
        line = words_from(pdf.pages[page - 1], top)
        assert any(expected in word for word in line), (part.source, expected, page, top, line)
        checked += 1
    assert checked >= 10


def test_the_signature_is_found_on_its_page() -> None:
    data, places = render_pdf_placed(long_report(), invariant=True)
    pdf = pdfutil.open_pdf(data)
    page, top = places["signature"]
    assert page == len(pdf.pages)
    assert "Nơi" in words_from(pdf.pages[page - 1], top)


def test_a_table_and_an_appendix_are_found_on_their_pages() -> None:
    draft = noted()
    data, places = render_pdf_placed(draft, invariant=True)
    pdf = pdfutil.open_pdf(data)
    (source,) = [p.source for p in printed_report(draft) if p.table is not None and p.table.caption]
    table = next(p.table for p in printed_report(draft) if p.source == source)
    page, top = places[source]
    assert table.caption.text.split()[0] in words_from(pdf.pages[page - 1], top)
    page, top = places["appendices[0]"]
    assert words_from(pdf.pages[page - 1], top)[:2] == ["Phụ", "lục"]
    assert page > places["signature"][0]


def test_the_places_do_not_change_the_pdf() -> None:
    draft = long_report()
    assert render_pdf_placed(draft, invariant=True)[0] == render_pdf_bytes(draft, invariant=True)


def test_a_part_that_prints_nothing_is_looked_for_beside_what_does() -> None:
    places = {"sections[0]": (1, 300.0), "sections[0].blocks[1]": (2, 80.0), "signature": (3, 9.0)}
    assert page_of(places, "sections[0].blocks[1]") == (2, 80.0)
    assert page_of(places, "sections[0].blocks[3]") == (2, 80.0), "a hint after blocks[1]"
    assert page_of(places, "sections[0].blocks[0]") == (1, 300.0), "the section's heading"
    assert page_of(places, "sections[0].blocks[1].text") == (2, 80.0)
    assert page_of(places, "sections") == (1, 300.0), "the first thing inside"
    assert page_of(places, "signature.name") == (3, 9.0)
    assert page_of(places, "agency.name") is None
