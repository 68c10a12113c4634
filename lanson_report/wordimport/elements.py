"""What a Word file holds that has no place in a draft, named for the review by place.

Comments, tracked changes (insertions are read as text, deletions are not), pictures,
charts and tables nested in a cell: the clerk is told each one and the paragraph it is
in, so that nothing goes unnoticed. Text boxes are read apart (`reader.boxed_text`).
"""

from __future__ import annotations

from typing import Any

from docx.oxml.ns import qn
from lxml import etree

from ..domain.text import nfc

_PLACE_CHARS = 50
# Word 2010+ writes a text box twice (DrawingML in mc:Choice, VML in mc:Fallback): once.
_MC = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
}
_BOXES = ".//w:txbxContent[not(ancestor::w:txbxContent) and not(ancestor::mc:Fallback)]"
_PICTURES = ".//w:drawing[not(.//w:txbxContent)] | .//w:pict[not(.//w:txbxContent)]"
_ANY = (
    "boolean(.//w:commentReference | .//w:del | .//w:ins | .//w:drawing | .//w:pict"
    " | .//w:endnoteReference | .//w:txbxContent)"
)


def notes(document: Any) -> list[str]:
    body = document.element.body
    found = _nested_tables(body)
    if not body.xpath(_ANY):
        return found  # most reports: one look, not one per paragraph
    rows = len(body.xpath(".//w:tr[w:trPr/w:del]"))
    if rows:
        found.append(
            f"{rows} hàng bảng bị xóa khi sửa (Track Changes): đã bỏ, như khi chấp nhận thay đổi."
        )
    for paragraph in body.iter(qn("w:p")):
        if paragraph.xpath("ancestor::w:txbxContent | ancestor::w:tr[w:trPr/w:del]"):
            continue
        place = _place(paragraph)
        found += [f"Ghi chú (comment) của Word ở {place}: không đưa vào báo cáo."] * len(
            paragraph.findall(f".//{qn('w:commentReference')}")
        )
        boxes = len(etree.ElementBase.xpath(paragraph, _BOXES, namespaces=_MC))
        if boxes:
            found.append(
                f"{boxes} khung chữ (text box) ở {place}: chữ trong khung để ở cuối nội dung."
            )
        if paragraph.find(f".//{qn('w:endnoteReference')}") is not None:
            found.append(f"Chú thích cuối văn bản (endnote) ở {place}: đã đưa vào thành chú thích.")
        deleted = paragraph.xpath("./w:del | ./*/w:del")
        if deleted:
            found.append(f"Thay đổi chưa chấp nhận (Track Changes) ở {place}: đã bỏ chữ bị xóa.")
        if paragraph.xpath("./w:ins | ./*/w:ins"):
            found.append(f"Thay đổi chưa chấp nhận (Track Changes) ở {place}: đã giữ chữ thêm vào.")
        pictures = paragraph.xpath(_PICTURES)
        if pictures:
            found.append(
                f"{len(pictures)} hình ảnh hoặc biểu đồ ở {place}: chưa đưa vào báo cáo, "
                "hãy chèn lại nếu cần."
            )
    return found


def _nested_tables(body: Any) -> list[str]:
    """A table inside a cell of another: its text is read into that cell, a line per
    paragraph, its grid lost; the clerk is told where."""
    found = []
    for table in body.xpath(".//w:tbl[count(ancestor::w:tbl) = 1]"):  # one level down
        first = table.find(f".//{qn('w:p')}")
        place = _place(first) if first is not None else "một bảng"
        found.append(
            f"Bảng lồng trong ô của bảng khác (bắt đầu ở {place}): chữ của nó đã đưa vào ô "
            "chứa nó, mỗi đoạn một dòng, không giữ hàng và cột; hãy xem lại."
        )
    return found


def _place(paragraph: Any) -> str:
    own = paragraph.xpath(".//w:t[not(ancestor::w:txbxContent)]")
    text = nfc(" ".join("".join(t.text or "" for t in own).split()))
    if not text:
        return "một đoạn trống"
    short = text if len(text) <= _PLACE_CHARS else text[:_PLACE_CHARS].rstrip() + "…"
    return f"đoạn “{short}”"
