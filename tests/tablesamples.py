"""Format v2 drafts with tables and appendices, as dicts, and what their tables should read."""

from __future__ import annotations

import copy
import json
from typing import Any

import drafts

FIXTURE = drafts.FIXTURES / "bao-cao-v2-bang-phu-luc.json"
LONG_WORD = "Khôngdấucách" * 25  # 300 characters and no place to break
URL = "https://lanson.gov.vn/" + "thu-muc/" * 30 + "bao-cao.pdf"


def example() -> dict[str, Any]:
    return json.loads(FIXTURE.read_text(encoding="utf-8"))


def two_header_table(rows: int, size: int = 13) -> dict[str, Any]:
    """The spec's table: TT | name | Số lượng (Kế hoạch, Thực hiện), `rows` body rows."""
    body = [[str(n), f"Phương tiện đo số {n}", f"{n}.000", f"{n}.025"] for n in range(1, rows + 1)]
    return {
        "kind": "table",
        "caption": "Bảng 1. Kết quả kiểm định",
        "unit": "Đơn vị tính: chiếc",
        "columns": [
            {"width": 1, "align": "center"},
            {"width": 6},
            {"width": 2, "align": "right"},
            {"width": 2, "align": "right"},
        ],
        "header_rows": 2,
        "rows": [
            [
                {"text": "TT", "rowspan": 2},
                {"text": "Loại phương tiện đo", "rowspan": 2},
                {"text": "Số lượng", "colspan": 2},
                None,
            ],
            [None, None, "Kế hoạch", "Thực hiện"],
            *body,
        ],
        "size": size,
        "note": "Nguồn: Chi cục Tiêu chuẩn Đo lường Chất lượng.",
    }


def with_tables(
    tables: list[dict[str, Any]], appendices: list[dict[str, Any]] | None = None, **changes: Any
) -> dict[str, Any]:
    """A short report whose first section carries the tables, then the appendices."""
    section = {
        "heading": "Kết quả",
        "blocks": [{"kind": "paragraph", "text": "Số liệu tại bảng dưới đây và Phụ lục."}, *tables],
    }
    raw = drafts.minimal(format_version=2, sections=[section], **changes)
    if appendices:
        raw["appendices"] = appendices
    return raw


def appendix(
    blocks: list[dict[str, Any]], orientation: str = "portrait", title: str = ""
) -> dict[str, Any]:
    return {"title": title or "Danh mục nhiệm vụ", "orientation": orientation, "blocks": blocks}


def expected_grid(table: dict[str, Any]) -> list[list[str]]:
    """Each row as the PDF's table finder should read it: covered positions empty."""
    grid = []
    for row in table["rows"]:
        cells = []
        for cell in row:
            text = cell["text"] if isinstance(cell, dict) else cell
            cells.append(_plain(text) if text is not None else "")
        grid.append(cells)
    return grid


def _plain(text: str | list[Any]) -> str:
    if isinstance(text, str):
        return " ".join(text.split())
    return " ".join("".join(r if isinstance(r, str) else r["text"] for r in text).split())


def read_grid(found: list[list[str | None]]) -> list[list[str]]:
    """A table as pdfplumber read it, lines joined, merged positions as empty cells."""
    return [[" ".join((cell or "").split()) for cell in row] for row in found]


def copy_of(raw: dict[str, Any]) -> dict[str, Any]:
    return copy.deepcopy(raw)
