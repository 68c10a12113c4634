"""Vừa trang: layouts within Decree 30, judged on the real PDF, measured with pdfplumber."""

from __future__ import annotations

import dataclasses
import itertools

import drafts
import pytest
from pdfutil import open_pdf, text_lines

from lanson_report.domain.model import Layout
from lanson_report.files import draftfile
from lanson_report.pdf import render_pdf_bytes
from lanson_report.pdf.fit import SIGNATURE, Fitter, describe
from lanson_report.pdf.measure import measure


def pdf(draft: object) -> object:
    return open_pdf(render_pdf_bytes(draft, invariant=True))  # type: ignore[arg-type]


def body_lines(document: object) -> list[object]:
    lines = [line for page in document.pages for line in text_lines(page)]  # type: ignore[attr-defined]
    return [line for line in lines if line.text.startswith(("Đoạn", "chữ"))]


def test_a_layout_equal_to_the_standard_prints_the_same_bytes() -> None:
    draft = draftfile.from_dict(drafts.example())
    same = dataclasses.replace(draft, layout=Layout(14, None, 6.0))
    assert render_pdf_bytes(draft, invariant=True) == render_pdf_bytes(same, invariant=True)


@pytest.mark.parametrize(("layout", "size", "leading"), [(Layout(13, 1.0, 6.0), 13, 14.95)])
def test_the_pdf_prints_the_chosen_size_and_spacing(
    layout: Layout, size: float, leading: float
) -> None:
    draft = draftfile.from_dict(drafts.with_paragraphs(6, words=40))
    lines = body_lines(pdf(dataclasses.replace(draft, layout=layout)))
    assert [round(line.size, 2) for line in lines] == [size] * len(lines)  # type: ignore[attr-defined]
    baselines = sorted(line.baseline for line in lines)  # type: ignore[attr-defined]
    gaps = sorted(round(b - a, 2) for a, b in itertools.pairwise(baselines))
    assert gaps[0] == pytest.approx(leading, abs=0.1)  # within a paragraph
    assert any(
        abs(gap - leading - 6.0) < 0.1 for gap in gaps
    )  # paragraph spacing 6 pt ≥ decree's 6
    assert 13 <= size <= 14 and 1.0 * 13 * 1.15 - 0.01 <= leading <= 1.5 * size * 1.15


def test_the_header_keeps_its_fixed_sizes_under_a_13_pt_layout() -> None:
    draft = draftfile.from_dict(drafts.example())
    small = pdf(dataclasses.replace(draft, layout=Layout(13, 1.0, 6.0)))
    first = text_lines(small.pages[0])  # type: ignore[attr-defined]
    motto = next(line for line in first if line.text.startswith("Độc lập"))
    assert motto.size == pytest.approx(13)
    title = next(line for line in first if line.text == "BÁO CÁO")
    assert title.size == pytest.approx(14)


def test_a_report_spilling_a_few_lines_fits_back_on_one_page() -> None:
    draft = draftfile.from_dict(drafts.with_paragraphs(20))
    assert measure(draft).pages == 2
    fitter = Fitter()
    fitted = fitter.fit(draft, 1)
    assert fitted.layout is not None and not fitted.layout.is_default
    assert measure(dataclasses.replace(draft, layout=fitted.layout)).pages == 1
    assert fitter.renders <= 4
    assert fitter.fit(draft, 1) == fitted and fitter.renders <= 4  # cached


def test_the_signature_gets_company_on_its_page() -> None:
    draft = draftfile.from_dict(drafts.with_paragraphs(26))
    standard = measure(draft)
    assert standard.pages == 2 and standard.lines_above < 2
    fitted = Fitter().fit(draft, SIGNATURE)
    assert fitted.layout is not None
    after = measure(dataclasses.replace(draft, layout=fitted.layout))
    assert after.pages == 1 or after.lines_above >= 2


def test_impossible_goals_are_said_so_in_vietnamese() -> None:
    draft = draftfile.from_dict(drafts.pages(3))
    fitted = Fitter().fit(draft, 1)
    assert fitted.layout is None
    assert "Không thể gói gọn trong 1 trang" in fitted.message


def test_the_layout_is_described_as_the_clerk_reads_it() -> None:
    assert describe(Layout(13, 1.0, 6.0)) == "Cỡ chữ 13, giãn dòng 1,0, cách đoạn 6 pt"
    assert describe(Layout(14, 1.15, 9.0)) == "Cỡ chữ 14, giãn dòng 1,15, cách đoạn 9 pt"


def test_a_layout_round_trips_through_the_file() -> None:
    draft = dataclasses.replace(draftfile.from_dict(drafts.example()), layout=Layout(13, 1.1, 8.0))
    data = draftfile.to_dict(draft)
    assert data["format_version"] == 2
    assert data["layout"] == {"body_size": 13, "line_spacing": 1.1, "paragraph_spacing": 8.0}
    assert draftfile.from_dict(data).layout == Layout(13, 1.1, 8.0)


def test_word_prints_the_layout_the_pdf_prints() -> None:
    """The DOCX, printed by LibreOffice, has the same body size and line pitch as the PDF."""
    from docxutil import convert

    from lanson_report.word import render_docx_bytes

    base = draftfile.from_dict(drafts.with_paragraphs(6, words=40))
    draft = dataclasses.replace(base, layout=Layout(13, 1.2, 9.0))
    printed = open_pdf(convert({"fit": render_docx_bytes(draft)})["fit"])
    word_lines = body_lines(printed)
    pdf_lines = body_lines(pdf(draft))
    assert {round(line.size, 1) for line in word_lines} == {13.0}  # type: ignore[attr-defined]
    assert len(word_lines) == len(pdf_lines)

    def pitch(lines: list[object]) -> float:
        baselines = sorted(line.baseline for line in lines)  # type: ignore[attr-defined]
        return min(b - a for a, b in itertools.pairwise(baselines))

    assert pitch(word_lines) == pytest.approx(pitch(pdf_lines), abs=0.3)
    baselines = sorted(line.baseline for line in word_lines)  # type: ignore[attr-defined]
    gaps = [b - a for a, b in itertools.pairwise(baselines)]
    assert any(abs(gap - pitch(pdf_lines) - 9.0) < 0.3 for gap in gaps), "9 pt between paragraphs"
    assert pitch(pdf_lines) == pytest.approx(13 * 1.2 * 1.15, abs=0.1)


def test_a_body_ending_with_a_table_is_measured_and_fitted() -> None:
    import tablesamples

    table = tablesamples.two_header_table(30)
    del table["note"]  # the body ends with the table itself
    draft = draftfile.from_dict(tablesamples.with_tables([table]))
    fill = measure(draft)
    assert fill.signature_page == fill.pages >= 1
    fitted = Fitter().fit(draft, fill.pages)
    assert fitted.layout is not None and fitted.layout.is_default


NOTE = (
    "Số liệu tổng hợp từ báo cáo của các phòng chuyên môn, đơn vị sự nghiệp trực thuộc và "
    "Ủy ban nhân dân các huyện, thành phố, tính đến hết ngày 30 tháng 6 năm 2025."
)


def test_vua_trang_counts_the_room_footnotes_take() -> None:
    """Six paragraphs fit one page, but not beside six notes: the fit must see two pages."""
    draft = draftfile.from_dict(drafts.with_paragraphs(6, words=40))
    for block in draft.sections[0].blocks:
        block.runs[-1].footnote = NOTE  # type: ignore[union-attr]
    printed = pdf(draft)
    fill = measure(draft)
    assert fill.pages == len(printed.pages) == 2  # type: ignore[attr-defined]
    fitted = Fitter().fit(draft, 1)
    if fitted.layout is not None:  # a layout said to give one page gives one on paper
        assert len(pdf(dataclasses.replace(draft, layout=fitted.layout)).pages) == 1  # type: ignore[attr-defined]
