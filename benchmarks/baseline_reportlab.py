"""Baseline for bench_export: the same draft's text set with the least ReportLab can do.

Reads the draft file, registers the same four fonts, and flows every piece of text as a
plain Paragraph. No validation, no layout rules: what any PDF export must at least cost.
"""

import json
import sys
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate

FONTS = Path(__file__).resolve().parent.parent / "resources" / "fonts"


def texts(draft):
    yield draft["agency"]["parent"]
    yield draft["agency"]["name"]
    yield "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    yield "Độc lập - Tự do - Hạnh phúc"
    yield draft["title"]
    for ref in draft["basis"]["references"]:
        yield " ".join(str(v) for v in ref.values())
    yield draft["basis"]["closing"]
    stack = list(reversed(draft["sections"]))
    while stack:
        section = stack.pop()
        yield section["heading"]
        for block in section["blocks"]:
            text = block["text"]
            yield (
                text
                if isinstance(text, str)
                else "".join(run if isinstance(run, str) else run["text"] for run in text)
            )
        stack.extend(reversed(section.get("sections", [])))
    yield draft.get("closing", "")
    yield from draft["signature"]["lines"]
    yield draft["signature"]["name"]
    for recipient in draft["recipients"]:
        yield recipient["name"]


def main(source, target):
    for face in ("Regular", "Bold", "Italic", "BoldItalic"):
        name = "LiberationSerif" + ("" if face == "Regular" else f"-{face}")
        pdfmetrics.registerFont(TTFont(name, str(FONTS / f"LiberationSerif-{face}.ttf")))
    draft = json.loads(Path(source).read_text(encoding="utf-8-sig"))
    style = ParagraphStyle("body", fontName="LiberationSerif", fontSize=14, leading=16.8)
    story = [Paragraph(escape(text), style) for text in texts(draft) if text]
    SimpleDocTemplate(target, pagesize=A4).build(story)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
