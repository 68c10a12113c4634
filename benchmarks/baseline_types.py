"""Baseline for bench_types: one document type's text set with the least ReportLab can do.

Every piece of text the type prints flows as a plain Paragraph in the face it prints in
(bold for the bodies, the national title, the type line, headings and the signer; italic
for the date and a decision's căn cứ; bold italic for Nơi nhận), so the PDF embeds the
same four faces. No validation, no layout rules: what any export of the type must cost.
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
FACES = {"": "Regular", "-Bold": "Bold", "-Italic": "Italic", "-BoldItalic": "BoldItalic"}
R, B, I, BI = "", "-Bold", "-Italic", "-BoldItalic"  # noqa: E741


def plain(text):
    return (
        text
        if isinstance(text, str)
        else "".join(r if isinstance(r, str) else r["text"] for r in text)
    )


def sections(items):
    for section in items:
        yield B, section["heading"]
        for block in section["blocks"]:
            yield R, plain(block["text"])
        yield from sections(section.get("sections", []))


def texts(draft):
    """(face, text) of everything the draft prints, in reading order."""
    agency = draft["agency"]
    yield from ((R, agency["parent"]), (B, agency["name"]), (R, f"Số: {draft['number']}"))
    yield from ((B, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), (B, "Độc lập - Tự do - Hạnh phúc"))
    yield I, f"{draft['place']}, ngày {draft['date']['day']} tháng {draft['date']['month']}"
    yield B, draft["doc_type"]
    yield B, draft["title"]
    yield from ((R, name) for name in draft.get("addressees", []))
    yield B, draft.get("authority", "")
    for ref in draft["basis"]["references"]:
        yield I, " ".join(str(v) for v in ref.values())
    yield I, draft["basis"]["closing"]
    yield I, draft.get("proposal", "")
    yield from ((R, value) for value in (draft.get("invitation") or {}).values())
    yield from sections(draft["sections"])
    yield R, draft.get("closing", "")
    yield BI, "Nơi nhận:"
    yield from ((R, recipient["name"]) for recipient in draft["recipients"])
    yield from ((B, line) for line in draft["signature"]["lines"])
    yield B, draft["signature"]["name"]


def register():
    for suffix, face in FACES.items():
        name = f"LiberationSerif{suffix}"
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(FONTS / f"LiberationSerif-{face}.ttf")))


def main(source, target):
    register()
    draft = json.loads(Path(source).read_text(encoding="utf-8-sig"))
    styles = {
        suffix: ParagraphStyle(
            suffix, fontName=f"LiberationSerif{suffix}", fontSize=14, leading=16.8
        )
        for suffix in FACES
    }
    story = [Paragraph(escape(text), styles[face]) for face, text in texts(draft) if text]
    SimpleDocTemplate(target, pagesize=A4).build(story)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
