"""The review print numbers every paragraph, item and table so a leader's ink marks can be
located; the draft itself never changes."""

from __future__ import annotations

import io
from pathlib import Path

import pdfplumber

from lanson_report.domain import reviewprint
from lanson_report.domain.model import Block, Table, clone
from lanson_report.files import draftfile
from lanson_report.pdf import render_pdf_bytes


def _tables_example() -> object:
    return draftfile.load_path(Path(__file__).parent / "fixtures" / "bao-cao-v2-bang-phu-luc.json")


def test_paragraphs_items_and_tables_are_numbered_in_reading_order(example_path: Path) -> None:
    draft = draftfile.load_path(example_path)
    before = clone(draft)
    printed = reviewprint.numbered(draft)
    assert draft == before  # the report is untouched
    texts = [b.text for s in printed.sections for b in s.blocks if isinstance(b, Block)]
    assert [t.split("]")[0] + "]" for t in texts] == [f"[{n}]" for n in range(1, len(texts) + 1)]
    places = reviewprint.located(draft)
    assert [p.number for p in places] == list(range(1, len(texts) + 1))
    assert places[0].path == "sections[0].blocks[0]"


def test_tables_and_appendices_take_numbers_too() -> None:
    draft = _tables_example()
    printed = reviewprint.numbered(draft)  # type: ignore[arg-type]
    tables = [b for s in printed.sections for b in s.blocks if isinstance(b, Table)]
    assert tables and tables[0].caption.startswith("[")
    last = reviewprint.located(draft)[-1]  # type: ignore[arg-type]
    assert last.path.startswith("appendices[0].blocks[")


def test_the_review_print_shows_the_numbers(example_path: Path) -> None:
    draft = draftfile.load_path(example_path)
    data = render_pdf_bytes(reviewprint.numbered(draft))
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    assert "[1] Nhằm tiếp tục biểu dương" in " ".join(text.split())
    count = len(reviewprint.located(draft))
    assert f"[{count}]" in text and f"[{count + 1}]" not in text


def test_the_command_line_makes_the_review_print(example_path: Path, tmp_path: Path) -> None:
    import subprocess
    import sys

    out = tmp_path / "gop-y.pdf"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "lanson_report",
            "export",
            str(example_path),
            "-o",
            str(out),
            "--numbered",
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert done.returncode == 0, done.stderr
    with pdfplumber.open(out) as pdf:
        assert "[1]" in (pdf.pages[0].extract_text() or "")
