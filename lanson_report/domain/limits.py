"""How big a draft or a backup may be, and the checks that run before any work grows with it.

Drafts and backups arrive from USB sticks and e-mail: every one is untrusted. The
limits are far above real reports (a provincial report runs 5 to 60 pages, a
paragraph rarely passes 3,000 characters, a yearly statistics appendix has a few
hundred table rows) and low enough that the largest accepted file imports, prints
and restores in seconds with bounded memory. README.md (Limits) states them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from .errors import DraftFormatError

# -- a draft file -------------------------------------------------------------------
MAX_DRAFT_FILE_BYTES = 2 * 1024 * 1024  # about 600 printed pages of text
MAX_FIELD_CHARS = 20_000  # one paragraph, cell or note: about 5 printed pages
MAX_SHORT_FIELD_CHARS = 1_000  # a name, a place, a caption: at most about 10 lines
MAX_SECTIONS = 1_000  # headings at every level
MAX_BLOCKS = 10_000  # paragraphs, items and tables, body and appendices together
MAX_RUNS = 1_000  # bold/italic pieces in one paragraph or cell
MAX_LIST_ITEMS = 500  # references, recipients, addressees
MAX_SIGNATURE_LINES = 100  # a real block has 2 to 5; more is refused by the layout
MAX_TABLE_COLUMNS = 30
# Tables export in time linear in their cells but slowly (about 0.25 ms a cell for the
# PDF, 0.3 ms for the DOCX, on the 2-core build machine): 50,000 cells took 12 s and
# 16 s (408 MB), above the 10 s a cap must export in. 20,000 cells take 4 s and 6 s.
MAX_TABLE_ROWS = 2_000
MAX_TABLE_CELLS = 20_000  # rows × columns of one table
MAX_CELLS = 20_000  # every table of a draft together
MAX_APPENDICES = 30
MAX_NODES = 1_000_000  # JSON values of any kind in one file

MAX_DOCX_BYTES = 50 * 1024 * 1024  # a Word file to import, as stored (pictures included)
MAX_DOCX_INFLATED = 200 * 1024 * 1024  # the same, unpacked (zip bombs are refused)
# Each is checked while reading, on the real bytes and counts, never on what the file
# declares: they bound the import's time and memory (README.md, Limits).
MAX_DOCX_MEMBERS = 10_000  # parts in the zip (pictures included)
MAX_DOCX_PART_INFLATED = 32 * 1024 * 1024  # one XML part (the text), really unpacked
MAX_DOCX_ELEMENTS = 1_000_000  # XML elements in one part, counted before it is parsed
MAX_DOCX_PARAGRAPHS = 110_000  # Word paragraphs, blank ones and cells' too (read in 5 s)
MAX_DOCX_RUNS = 200_000  # Word runs (pieces of one formatting) in the whole file

# -- the store and its backups -----------------------------------------------------
MAX_HISTORY = 1_000  # versions listed in one body (the store keeps 100)
MAX_STORE_FILE_BYTES = MAX_DRAFT_FILE_BYTES + 1024 * 1024  # a body: a draft plus its envelope
MAX_BACKUP_BYTES = 1024 * 1024 * 1024  # the .zip itself
MAX_BACKUP_ENTRIES = 200_000  # files in one backup
MAX_BACKUP_INFLATED = 1024 * 1024 * 1024  # all its files unpacked
MAX_BACKUP_DRAFTS = 20_000
MAX_BACKUP_REPLIES = 5_000  # units' replies kept by Tổng hợp: 30 units, 4 a year, 40 years
MAX_RECORDS_BYTES = 4 * 1024 * 1024  # store.json rows a restore adds: origins, units' records
MAX_IMPORT_FILES = 100  # draft files in one `import`

# Keys whose text is one line of the printed page. A title may be long: it is wrapped
# (in linear time) and the layout refuses, by name, one longer than a page.
SHORT_KEYS = frozenset({"parent", "name", "abbreviation", "place", "symbol", "caption", "unit"})
# List keys counted against a draft-wide total or a per-list limit.
_TOTALS = {"sections": MAX_SECTIONS, "blocks": MAX_BLOCKS, "appendices": MAX_APPENDICES}
_PER_LIST = {
    "references": MAX_LIST_ITEMS,
    "recipients": MAX_LIST_ITEMS,
    "addressees": MAX_LIST_ITEMS,
    "lines": MAX_SIGNATURE_LINES,
    "columns": MAX_TABLE_COLUMNS,
    "rows": MAX_TABLE_ROWS,
    "text": MAX_RUNS,
}
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def size_text(count: int) -> str:
    """A byte count as a clerk reads it: 2 MB, 1 GB."""
    for unit, scale in (("GB", 1024**3), ("MB", 1024**2), ("KB", 1024)):
        if count >= scale:
            return f"{count / scale:.3g} {unit}".replace(".", ",")
    return f"{count} byte"


def too_large(size: int, limit: int = MAX_DRAFT_FILE_BYTES) -> str:
    return f"tệp quá lớn ({size_text(size)}); một bản nháp tối đa {size_text(limit)}"


def check_file_size(size: int, limit: int = MAX_DRAFT_FILE_BYTES) -> None:
    if size > limit:
        raise DraftFormatError(too_large(size, limit))


def number(count: int) -> str:
    """12.345, as Vietnamese writes thousands."""
    return f"{count:,}".replace(",", ".")


def check_text(text: str, path: str, limit: int = MAX_FIELD_CHARS) -> None:
    """One string: length within limit, and no half of a UTF-16 pair (it cannot be saved)."""
    if len(text) > limit:
        if "rows[" in path:  # the table editor's words (tablelimits.py)
            raise DraftFormatError(f"{path}: ô có {len(text)} ký tự, nhiều nhất {limit} ký tự")
        raise DraftFormatError(
            f"{path}: văn bản quá dài ({number(len(text))} ký tự); tối đa {number(limit)} ký tự"
        )
    found = _LONE_SURROGATE.search(text)
    if found:
        raise DraftFormatError(
            f"{path}: có ký tự hỏng ở vị trí {found.start() + 1} (nửa cặp UTF-16 không "
            "ghép đôi, thường do sao chép từ chương trình lỗi); hãy gõ lại đoạn này"
        )


def check_draft(raw: Any) -> None:
    """Walk a parsed draft once, before it is built: sizes, counts and characters.

    Works on the JSON shape (any format version), so it runs before migration and
    before any work that grows with the content; errors name the field path.
    """
    totals = dict.fromkeys(_TOTALS, 0)
    cells = 0
    for nodes, (path, key, value) in enumerate(_walk(raw), start=1):
        if nodes > MAX_NODES:
            raise DraftFormatError(f"{path}: tệp có quá nhiều phần tử (tối đa {number(MAX_NODES)})")
        if isinstance(value, str):
            check_text(value, path, MAX_SHORT_FIELD_CHARS if key in SHORT_KEYS else MAX_FIELD_CHARS)
        elif isinstance(value, list):
            _check_list(path, key, value, totals)
            if key == "rows":
                cells += _check_cells(path, value)
                if cells > MAX_CELLS:
                    raise DraftFormatError(
                        f"{path}: các bảng có quá nhiều ô "
                        f"(tối đa {number(MAX_CELLS)} ô cả bản nháp)"
                    )


def _check_list(path: str, key: str | None, value: list[Any], totals: dict[str, int]) -> None:
    if key in _TOTALS:
        totals[key] += len(value)
        if totals[key] > _TOTALS[key]:
            raise DraftFormatError(
                f"{path}: quá nhiều {_NAMES[key]}; tối đa {number(_TOTALS[key])} cả bản nháp"
            )
    elif key in _TABLE and len(value) > _PER_LIST[key]:  # the table editor's words
        raise DraftFormatError(
            f"{path}: bảng có {len(value)} {_TABLE[key]}, nhiều nhất {_PER_LIST[key]} {_TABLE[key]}"
        )
    elif key in _PER_LIST and len(value) > _PER_LIST[key]:
        raise DraftFormatError(
            f"{path}: danh sách quá dài ({number(len(value))} mục); tối đa {number(_PER_LIST[key])}"
        )


def _check_cells(path: str, rows: list[Any]) -> int:
    count = sum(len(row) for row in rows if isinstance(row, list))
    if count > MAX_TABLE_CELLS:
        raise DraftFormatError(f"{path}: bảng có {count} ô, nhiều nhất {MAX_TABLE_CELLS} ô")
    return count


_TABLE = {"rows": "hàng", "columns": "cột"}
_NAMES = {"sections": "đề mục", "blocks": "đoạn văn và bảng", "appendices": "phụ lục"}


def _walk(root: Any) -> Iterator[tuple[str, str | None, Any]]:
    """(field path, key of the nearest object, value) for every value, without recursion."""
    stack: list[tuple[str, str | None, Any]] = [("(tệp)", None, root)]
    while stack:
        path, key, value = stack.pop()
        yield path, key, value
        prefix = "" if path == "(tệp)" else path
        if isinstance(value, dict):
            for child_key, child in value.items():
                child_path = f"{prefix}.{child_key[:40]}" if prefix else child_key[:40]
                check_text(child_key, child_path, MAX_SHORT_FIELD_CHARS)
                stack.append((child_path, child_key, child))
        elif isinstance(value, list):  # items of a list are checked as plain text
            for index, child in enumerate(value):
                stack.append((f"{prefix}[{index}]", None, child))
