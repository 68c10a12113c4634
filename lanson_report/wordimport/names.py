"""Issuing bodies as offices type them in the header.

A People's Committee or Council has no governing body: its name is the body and the
place, often on two bold lines (`ỦY BAN NHÂN DÂN` / `TỈNH LÂM ĐỒNG`). Two lines whose
second names only an administrative unit are one name, never a parent and a name.
"""

from __future__ import annotations

from ..domain.text import fold

# the unit words a place name starts with, folded (`TỈNH`, `THÀNH PHỐ`, `HUYỆN` …)
_UNITS = ("tinh ", "thanh pho ", "huyen ", "quan ", "thi xa ", "xa ", "phuong ", "thi tran ")


def is_place_line(text: str) -> bool:
    """`TỈNH LÂM ĐỒNG`, `HUYỆN LẠC DƯƠNG`: a line that names a unit and nothing else."""
    folded = fold(text).lower() + " "
    return folded.startswith(_UNITS) and len(text.split()) <= 6


def joined_lines(texts: list[str]) -> list[str]:
    """The lines with each place line joined to the body line above it."""
    out: list[str] = []
    for text in texts:
        if out and is_place_line(text) and not is_place_line(out[-1]):
            out[-1] = f"{out[-1]} {text}"
        else:
            out.append(text)
    return out
