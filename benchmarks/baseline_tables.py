"""Baseline for bench_tables: the same draft's tables laid out with the least ReportLab can do.

Registers the same four fonts, flows the body text as plain Paragraphs and every table
(body and appendices) as a ReportLab Table of Paragraph cells with a grid, its spans and
repeated header rows, all on A4 portrait. No validation, no layout rules.
"""

import json
import sys
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

FONTS = Path(__file__).resolve().parent.parent / "resources" / "fonts"
WIDTH = A4[0] - 144


def plain(text):
    if isinstance(text, dict):
        text = text["text"]
    return (
        text
        if isinstance(text, str)
        else "".join(r if isinstance(r, str) else r["text"] for r in text)
    )


def table(block, body, cell):
    widths = [c["width"] for c in block["columns"]]
    widths = [WIDTH * w / sum(widths) for w in widths]
    data, spans = [], []
    for r, row in enumerate(block["rows"]):
        data.append([Paragraph(escape(plain(c)), cell) if c is not None else "" for c in row])
        for c, value in enumerate(row):
            if isinstance(value, dict) and (
                value.get("rowspan", 1) > 1 or value.get("colspan", 1) > 1
            ):
                end = (c + value.get("colspan", 1) - 1, r + value.get("rowspan", 1) - 1)
                spans.append(("SPAN", (c, r), end))
    style = [("GRID", (0, 0), (-1, -1), 0.5, "black"), *spans]
    items = [Paragraph(escape(block.get("caption", "")), body)] if block.get("caption") else []
    return [
        *items,
        Table(data, colWidths=widths, style=style, repeatRows=block.get("header_rows", 1)),
    ]


def story(draft, body, cell):
    blocks = [b for s in draft["sections"] for b in s["blocks"]]
    blocks += [b for a in draft.get("appendices", []) for b in a["blocks"]]
    for block in blocks:
        if block["kind"] == "table":
            yield from table(block, body, cell)
        else:
            yield Paragraph(escape(plain(block["text"])), body)


def main(source, target):
    for face in ("Regular", "Bold", "Italic", "BoldItalic"):
        name = "LiberationSerif" + ("" if face == "Regular" else f"-{face}")
        pdfmetrics.registerFont(TTFont(name, str(FONTS / f"LiberationSerif-{face}.ttf")))
    draft = json.loads(Path(source).read_text(encoding="utf-8-sig"))
    body = ParagraphStyle("body", fontName="LiberationSerif", fontSize=14, leading=16.8)
    cell = ParagraphStyle("cell", fontName="LiberationSerif", fontSize=13, leading=15)
    SimpleDocTemplate(target, pagesize=A4).build(list(story(draft, body, cell)))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
