"""Hostile drafts for the exports: what a careless clerk or an attacker's file can hold.

Each kind is a draft file (a dict) that the draft reader accepts; the PDF and the Word
export must each write it or refuse it with a Vietnamese message naming the place,
the same way, never with a traceback. `at_cap` kinds are the stated limits themselves
(benchmarks/bench_caps_export.py times them); the tests use small versions of them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import drafts
import tablesamples as ts

Raw = dict[str, Any]
REFERENCE = "về việc triển khai công tác kiểm định phương tiện đo trên địa bàn tỉnh Lạng Sơn "
WORD = "Khôngdấucáchnàocảtrongcảđoạnvănnày"


def tall_tt_row(letters: int = 300) -> Raw:
    """The format's own example table, its only body row 300 digits in the narrow TT column."""
    table = ts.two_header_table(1)
    table["rows"][2][0] = "1" * letters
    return ts.with_tables([table])


def tall_header(words: int = 120) -> Raw:
    """Header rows taller than half a page: the PDF cannot repeat them, nor may the DOCX."""
    table = ts.two_header_table(3)
    table["rows"][0][1]["text"] = "Loại phương tiện đo " * words
    return ts.with_tables([table])


def tall_spanned_rows(words: int = 600) -> Raw:
    """Two body rows joined by a vertical span, together taller than a page: never cut."""
    table = ts.two_header_table(3)
    table["rows"][2][1] = {"text": "Loại phương tiện đo " * words, "rowspan": 2}
    table["rows"][3][1] = None
    return ts.with_tables([table])


def long_title(letters: int = 300) -> Raw:
    """A trích yếu over the 255 characters a Word document property holds."""
    return drafts.minimal(title=("Tình hình thi hành pháp luật " * 20)[:letters])


def control_title() -> Raw:
    """C0 control characters (a paste from a broken program) in the title and the agency."""
    agency = {"parent": "UBND TỈNH\x0bLẠNG SƠN", "name": "SỞ TƯ\x01 PHÁP", "abbreviation": "STP"}
    return drafts.minimal(title="Tình hình\x07 thi hành\x1f pháp luật\x00", agency=agency)


def combining_title() -> Raw:
    """A title of combining marks only: no letter carries them, its printed width is 0."""
    return drafts.minimal(title="\u0301\u0300\u0303\u0309\u0323")


def long_opening(references: int = 25, letters: int = 19_000) -> Raw:
    """The opening paragraph at the cap: 25 references of 19,000 characters each."""
    subject = (REFERENCE * (letters // len(REFERENCE) + 1))[:letters]
    reference = {
        "lead": "Căn cứ",
        "kind": "Quyết định",
        "number": "123/QĐ-UBND",
        "date": "2024-02-01",
        "issuer": "UBND tỉnh",
        "subject": subject,
    }
    closing = "Sở Tư pháp báo cáo như sau:"
    return drafts.minimal(basis={"references": [reference] * references, "closing": closing})


def long_words(count: int = 50, letters: int = 19_999) -> Raw:
    """Paragraphs that are one word each, 19,999 letters long (no space to break at)."""
    word = (WORD * (letters // len(WORD) + 1))[:letters]
    blocks = [{"kind": "paragraph", "text": word} for _ in range(count)]
    return drafts.minimal(sections=[{"heading": "Kết quả", "blocks": blocks}])


def long_bold_paragraph(repeats: int = 400) -> Raw:
    """One paragraph of several pages, with bold and italic pieces (ReportLab's other path)."""
    text = [
        {"text": "Kết quả thực hiện nhiệm vụ năm 2024. " * repeats},
        {"text": "đạt và vượt kế hoạch " * repeats, "bold": True},
        {"text": "trên mọi lĩnh vực. " * repeats, "italic": True},
    ]
    section = {"heading": "Kết quả", "blocks": [{"kind": "paragraph", "text": text}]}
    return drafts.minimal(sections=[section])


def big_table(rows: int = 2_000, columns: int = 10) -> Raw:
    """A table at the cap: 2,000 rows of 10 columns (20,000 cells), one header row."""
    body = [[f"{r}.{c}" for c in range(columns)] for r in range(1, rows)]
    table = {
        "kind": "table",
        "caption": "Bảng 1. Số liệu",
        "columns": [{"width": 1}] * columns,
        "header_rows": 1,
        "rows": [[f"Cột {c + 1}" for c in range(columns)], *body],
    }
    return ts.with_tables([table])


# name -> a small draft of the kind (fast enough for the suite)
KINDS: dict[str, Callable[[], Raw]] = {
    "tall TT row": tall_tt_row,
    "tall header rows": tall_header,
    "tall spanned rows": tall_spanned_rows,
    "title over 255 characters": long_title,
    "control characters": control_title,
    "title of combining marks": combining_title,
    "long opening": lambda: long_opening(4, 4_000),
    "long words": lambda: long_words(3, 6_000),
    "long bold paragraph": long_bold_paragraph,
    "big table": lambda: big_table(100, 10),
}

# name -> the draft at the stated cap (for the benchmark)
AT_CAP: dict[str, Callable[[], Raw]] = {
    "opening: 25 references × 19.000": long_opening,
    "50 words × 19.999": long_words,
    "table 2.000 × 10": big_table,
}
