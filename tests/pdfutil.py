"""Measuring rendered PDFs: lines of text with their font, size, baseline and extent."""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

import pdfplumber

from lanson_report.files import draftfile
from lanson_report.pdf import render_pdf_bytes

MM = 72 / 25.4


@dataclass
class TextLine:
    text: str
    x0: float
    x1: float
    baseline: float  # from the top of the page, in points
    fonts: set[str]
    sizes: set[float]

    @property
    def centre(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def font(self) -> str:
        (font,) = self.fonts
        return font.split("+")[-1]

    @property
    def size(self) -> float:
        (size,) = self.sizes
        return size


def render(draft: dict[str, Any]) -> bytes:
    return render_pdf_bytes(draftfile.from_dict(draft), invariant=True)


def open_pdf(data: bytes) -> Any:
    return pdfplumber.open(io.BytesIO(data))


def text_lines(page: Any) -> list[TextLine]:
    """Characters grouped by baseline and by gaps wider than 4 spaces (two columns)."""
    rows: dict[float, list[dict[str, Any]]] = {}
    for char in page.chars:
        baseline = round(page.height - char["matrix"][5], 1)
        rows.setdefault(baseline, []).append(char)
    lines = []
    for baseline, chars in sorted(rows.items()):
        chars.sort(key=lambda c: c["x0"])
        group: list[dict[str, Any]] = []
        for char in chars:
            if group and char["x0"] - group[-1]["x1"] > 4 * char["size"] * 0.5:
                lines.append(_line(group, baseline))
                group = []
            group.append(char)
        lines.append(_line(group, baseline))
    return lines


def _line(chars: list[dict[str, Any]], baseline: float) -> TextLine:
    text = "".join(c["text"] for c in chars).strip("\u00a0 ")
    visible = [c for c in chars if c["text"].strip("\u00a0 ")]
    return TextLine(
        text=text,
        x0=min(c["x0"] for c in visible),
        x1=max(c["x1"] for c in visible),
        baseline=baseline,
        fonts={c["fontname"] for c in visible},
        sizes={round(c["size"], 2) for c in visible},
    )


def find(lines: list[TextLine], start: str) -> TextLine:
    matches = [line for line in lines if line.text.startswith(start)]
    assert matches, f"no line starts with {start!r}: {[line.text for line in lines]}"
    return matches[0]


def all_text(pdf: Any) -> str:
    return "\n".join(page.extract_text() for page in pdf.pages)


def reading_text(pdf: Any) -> str:
    """All text in reading order without page numbers, whitespace folded, as a reader copies it."""
    lines = []
    for page in pdf.pages:
        lines += [line.text for line in text_lines(page) if line.baseline > 20 * MM]
    return " ".join(" ".join(lines).replace("\u00a0", " ").split())
