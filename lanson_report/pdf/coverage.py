"""Characters the bundled font cannot print, found before they vanish from the paper.

Text pasted from Word can carry Symbol-font bullets (U+F0B7), emoji or CJK letters that
Liberation Serif lacks; ReportLab would print nothing in their place without a word.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from typing import Any

from reportlab.pdfbase import pdfmetrics

from ..domain.checks import Problem
from ..domain.model import Draft
from ..files import draftfile
from . import fonts

IGNORED = {"\n", "\r", "\t"}  # line breaks and tabs become spaces or breaks, not glyphs
# Invisible characters that reorder or hide text (a title that reads "exe.PDF" backwards):
# control characters and the bidirectional marks, overrides and isolates.
BIDI = set("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _hidden(c: str) -> bool:
    return c not in IGNORED and (c in BIDI or unicodedata.category(c) == "Cc")


def _strings(value: Any, path: str = "") -> Iterator[tuple[str, str]]:
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, f"{path}.{key}" if path else key)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _strings(item, f"{path}[{index}]")


def _describe(chars: list[str]) -> str:
    """Each character with its code; an invisible one by its code alone, never raw."""
    return ", ".join(f"U+{ord(c):04X}" if _hidden(c) else f"“{c}” (U+{ord(c):04X})" for c in chars)


def unprintable(draft: Draft) -> list[Problem]:
    """One problem per field holding characters that would print as nothing."""
    fonts.register()
    known = pdfmetrics.getFont(fonts.REGULAR).face.charToGlyph
    problems = []
    for path, text in _strings(draftfile.to_dict(draft)):
        if path.startswith(("format", "id")):
            continue
        hidden = sorted({c for c in text if _hidden(c)})
        if hidden:
            problems.append(
                Problem(
                    path,
                    f"có ký tự điều khiển hoặc ký tự đổi chiều chữ (không nhìn thấy) ở {path}: "
                    f"{_describe(hidden)}; hãy xóa chúng (thường do dán từ trang web hay tệp lạ)",
                )
            )
        missing = sorted(
            {c for c in text if ord(c) not in known and c not in IGNORED and not _hidden(c)}
        )
        if missing:
            problems.append(
                Problem(
                    path,
                    f"có ký tự phông chữ không in được ở {path}: {_describe(missing)}; "
                    "hãy gõ lại (ví dụ dấu - thay cho dấu chấm tròn dán từ Word)",
                )
            )
    return problems
