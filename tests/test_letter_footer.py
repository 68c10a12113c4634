"""A công văn's page-1 address footer (Mẫu 1.5): from the agency settings, 11 pt under a
full-width rule, on the first page only, in the PDF and the DOCX alike."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pdfplumber
import pytest
from typesamples import sample

from lanson_report.domain.model import Block, Run, Settings
from lanson_report.files import draftfile
from lanson_report.pdf import render_pdf_bytes
from lanson_report.printed import layout
from lanson_report.store.settingsdata import settings_from_dict, settings_to_dict
from lanson_report.word import render_docx_bytes

FOOTER = (
    "Địa chỉ: Số 35 đường Lê Lợi, phường Lương Văn Tri, tỉnh Lạng Sơn\n"
    "Điện thoại: 0205.3812.345; Email: skhcn@langson.gov.vn; Website: skhcn.langson.gov.vn"
)


def _letter(pages: int = 1) -> object:
    draft = draftfile.from_dict(sample("CV"))
    draft.letter_footer = FOOTER
    body = draft.sections[0].blocks
    for index in range(40 * (pages - 1)):
        body.append(Block("paragraph", [Run(f"Đoạn thêm số {index} để văn bản sang trang sau.")]))
    return draft


def _footer_words(page: object) -> list[dict[str, object]]:
    frame_bottom = layout.PAGE_HEIGHT - layout.MARGIN_BOTTOM
    return [w for w in page.extract_words(extra_attrs=["size"]) if w["top"] > frame_bottom]  # type: ignore[attr-defined]


def test_the_pdf_prints_the_footer_on_page_one_only() -> None:
    data = render_pdf_bytes(_letter(pages=2))  # type: ignore[arg-type]
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        assert len(pdf.pages) >= 2
        first = _footer_words(pdf.pages[0])
        text = " ".join(str(w["text"]) for w in first)
        assert text.startswith("Địa chỉ: Số 35 đường Lê Lợi") and "skhcn@langson.gov.vn" in text
        assert {round(float(w["size"])) for w in first} == {layout.LETTER_FOOTER_SIZE}
        rules = [line for line in pdf.pages[0].lines if line["top"] > 700]
        assert rules and round(rules[0]["x1"] - rules[0]["x0"]) == round(layout.TEXT_WIDTH)
        assert all(w["top"] > rules[0]["top"] for w in first)  # under the rule
        assert _footer_words(pdf.pages[1]) == []


def test_only_a_cong_van_prints_it() -> None:
    report = draftfile.from_dict(sample("KH"))
    report.letter_footer = FOOTER
    with pdfplumber.open(io.BytesIO(render_pdf_bytes(report))) as pdf:
        assert _footer_words(pdf.pages[0]) == []


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_the_docx_prints_it_as_the_first_page_footer(tmp_path: Path) -> None:
    path = tmp_path / "cong-van.docx"
    path.write_bytes(render_docx_bytes(_letter(pages=2)))  # type: ignore[arg-type]
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    with pdfplumber.open(tmp_path / "cong-van.pdf") as pdf:
        text = " ".join(str(w["text"]) for w in _footer_words(pdf.pages[0]))
        assert "Địa chỉ: Số 35 đường Lê Lợi" in text and "skhcn.langson.gov.vn" in text
        assert "Địa chỉ" not in " ".join(str(w["text"]) for w in _footer_words(pdf.pages[1]))


def test_the_settings_keep_it_and_older_settings_read() -> None:
    settings = Settings(footer=FOOTER)
    assert settings_from_dict(settings_to_dict(settings)).footer == FOOTER
    assert "footer" not in settings_to_dict(Settings())  # written only when used


def test_the_command_line_takes_it_from_the_data_folders_settings(tmp_path: Path) -> None:
    import json
    import sys

    from lanson_report.store import Store

    data = tmp_path / "data"
    store = Store.open(data)
    store.save_settings(Settings(footer=FOOTER))
    store.close()
    letter = tmp_path / "cv.json"
    letter.write_text(json.dumps(sample("CV"), ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "cv.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "lanson_report", "--data-dir", str(data), "export", str(letter),
         "-o", str(out)],
        capture_output=True, text=True, encoding="utf-8", check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    with pdfplumber.open(out) as pdf:
        assert "Địa chỉ: Số 35" in " ".join(str(w["text"]) for w in _footer_words(pdf.pages[0]))
