"""What the PDF says: text reads back as typed, metadata, print preferences, golden text."""

from __future__ import annotations

import io
import json
import unicodedata
from pathlib import Path

import drafts
import pypdf
import pytest
from pdfutil import all_text, find, open_pdf, reading_text, render, text_lines

from lanson_report.files import draftfile
from lanson_report.pdf import render_pdf_bytes

GOLDEN = Path(__file__).resolve().parent / "golden" / "example.txt"


def _normal(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def test_markup_like_characters_print_as_typed() -> None:
    typed = 'Kinh phí <b>tăng</b> 5% & "vượt" kế hoạch; a<b, c>d, &amp; giữ nguyên'
    raw = drafts.minimal(
        title="Về <i>việc</i> & <b>",
        sections=[{"heading": "Mục <1> & 2", "blocks": [{"kind": "paragraph", "text": typed}]}],
    )
    text = _normal(all_text(open_pdf(render(raw))))
    assert typed in text
    assert "Về <i>việc</i> & <b>" in text
    assert "1. Mục <1> & 2" in text


def test_decomposed_input_prints_composed_letters() -> None:
    raw = json.loads(unicodedata.normalize("NFD", json.dumps(drafts.example(), ensure_ascii=False)))
    pdf = open_pdf(render(raw))
    text = all_text(pdf)
    assert "Nguyễn Thị Hà" in text
    assert unicodedata.is_normalized("NFC", text)
    assert render(raw) == render(drafts.example())


def test_body_text_reads_back_exactly(example_path: Path) -> None:
    draft = draftfile.load_path(example_path)
    text = reading_text(open_pdf(render_pdf_bytes(draft)))
    for section in draft.sections:
        for block in section.blocks:
            assert _normal(block.text) in text
    assert _normal(draft.closing) in text


def test_bold_italic_underline_runs() -> None:
    raw = drafts.minimal(
        sections=[
            {
                "heading": "",
                "blocks": [
                    {
                        "kind": "paragraph",
                        "text": [
                            "Thường ",
                            {"text": "đậm", "bold": True},
                            " ",
                            {"text": "nghiêng", "italic": True},
                            " ",
                            {"text": "gạch", "underline": True},
                            " ",
                            {"text": "cả hai", "bold": True, "italic": True},
                        ],
                    }
                ],
            }
        ]
    )
    pdf = open_pdf(render(raw))
    page = pdf.pages[0]

    def font_of(word: str) -> str:
        words = page.extract_words(extra_attrs=["fontname"])
        return next(w["fontname"].split("+")[-1] for w in words if w["text"] == word)

    assert font_of("Thường") == "LiberationSerif"
    assert font_of("đậm") == "LiberationSerif-Bold"
    assert font_of("nghiêng") == "LiberationSerif-Italic"
    assert font_of("hai") == "LiberationSerif-BoldItalic"
    gach = next(w for w in page.extract_words() if w["text"] == "gạch")
    under = [
        ln
        for ln in page.lines + page.rects
        if abs(ln["x0"] - gach["x0"]) < 1 and 0 < ln["top"] - gach["bottom"] + 3 < 6
    ]
    assert under, "the underlined run has no line under it"


def test_section_without_heading_prints_no_number() -> None:
    pdf = open_pdf(
        render(
            drafts.with_paragraphs(1)
            | {
                "sections": [
                    {"heading": "", "blocks": [{"kind": "paragraph", "text": "Mở đầu."}]},
                    {"heading": "Kết quả", "blocks": []},
                ]
            }
        )
    )
    lines = text_lines(pdf.pages[0])
    assert find(lines, "Mở đầu.")
    assert find(lines, "1. Kết quả")


def test_metadata_title_and_agency() -> None:
    reader = pypdf.PdfReader(io.BytesIO(render(drafts.example())))
    meta = reader.metadata
    assert meta is not None
    assert meta.title == (
        "BÁO CÁO: Kết quả tổ chức các hoạt động kỷ niệm Ngày khoa học và công nghệ "
        "Việt Nam năm 2022"
    )
    assert meta.author == "SỞ KHOA HỌC VÀ CÔNG NGHỆ"


def test_viewer_preference_asks_printers_not_to_scale() -> None:
    reader = pypdf.PdfReader(io.BytesIO(render(drafts.example())))
    prefs = reader.trailer["/Root"]["/ViewerPreferences"]
    assert prefs["/PrintScaling"] == "/None"


def test_fonts_are_embedded() -> None:
    reader = pypdf.PdfReader(io.BytesIO(render(drafts.example())))
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            assert "/FontFile2" in font["/FontDescriptor"], font["/BaseFont"]


def test_invariant_output_is_byte_identical() -> None:
    assert render(drafts.example()) == render(drafts.example())


def test_golden_text_of_the_example() -> None:
    """The example as it reads back, page by page (delete the golden file to regenerate)."""
    pdf = open_pdf(render(drafts.example()))
    pages = ["\n".join(line.text for line in text_lines(page)) for page in pdf.pages]
    actual = "\n\f\n".join(pages) + "\n"
    if not GOLDEN.exists():  # pragma: no cover - first run writes it for review
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_text(actual, encoding="utf-8")
        pytest.fail(f"wrote {GOLDEN}; review it and run again")
    assert actual == GOLDEN.read_text(encoding="utf-8")


def test_example_prints_on_two_pages_with_the_signature_on_the_last() -> None:
    pdf = open_pdf(render(drafts.example()))
    assert len(pdf.pages) == 2
    assert "Nơi nhận:" not in pdf.pages[0].extract_text()
    assert "Nguyễn Thị Hà" in pdf.pages[1].extract_text()
