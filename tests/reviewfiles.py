"""A leader's Word review of the app's DOCX, as Word writes it: tracked changes, an
untracked edit and a comment (raw WordprocessingML, a writer that is not the app)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from lanson_report.domain.model import Draft
from lanson_report.word import render_docx_bytes

LEADER = "Nguyễn Thị Hà"
DATE = "2022-05-20T09:30:00Z"
ADDED = " Số lượt người xem đạt trên 2.000 lượt."
COMMENT = "Bổ sung số liệu so với cùng kỳ"


def _paragraph(document: Any, start: str) -> Any:
    return next(p for p in document.paragraphs if p.text.startswith(start))


def _run(text: str, deleted: bool = False) -> Any:
    run = OxmlElement("w:r")
    node = OxmlElement("w:delText" if deleted else "w:t")
    node.set(qn("xml:space"), "preserve")
    node.text = text
    run.append(node)
    return run


def _tracked(kind: str, text: str) -> Any:
    mark = OxmlElement(f"w:{kind}")
    mark.set(qn("w:id"), "90" if kind == "ins" else "91")
    mark.set(qn("w:author"), LEADER)
    mark.set(qn("w:date"), DATE)
    mark.append(_run(text, deleted=kind == "del"))
    return mark


def _comments_part(document: Any) -> None:
    xml = (
        '<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f'<w:comment w:id="0" w:author="{LEADER}" w:date="{DATE}" w:initials="NTH">'
        f"<w:p><w:r><w:t>{COMMENT}</w:t></w:r></w:p></w:comment></w:comments>"
    ).encode()
    content = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
    part = Part(PackURI("/word/comments.xml"), content, xml, document.part.package)
    document.part.relate_to(part, RELATIONSHIP_TYPE.COMMENTS)


def reviewed(tmp_path: Path, draft: Draft) -> Path:
    """The app's DOCX as a leader returns it from Word: a tracked insertion and deletion,
    a paragraph edited without Track Changes, a comment on the first section."""
    path = tmp_path / "bao-cao.docx"
    path.write_bytes(render_docx_bytes(draft))
    document = docx.Document(str(path))
    aired = _paragraph(document, "+ Trên Đài Phát thanh")
    aired._p.append(_tracked("ins", ADDED))  # tracked: "Số lượt người xem …" added
    ended = _paragraph(document, "- Tại Trung tâm Ứng dụng")  # the whole item struck out
    deleted = _tracked("del", "")
    deleted.remove(deleted[0])
    for run in list(ended.runs):
        for text in run._r.iter(qn("w:t")):
            text.tag = qn("w:delText")
        deleted.append(run._r)
    ended._p.append(deleted)
    untracked = _paragraph(document, "Nhằm tiếp tục biểu dương")
    untracked.runs[0].text = untracked.runs[0].text.replace("Nhằm tiếp tục", "Nhằm")
    commented = _paragraph(document, "Các hoạt động chào mừng")
    start, end = OxmlElement("w:commentRangeStart"), OxmlElement("w:commentRangeEnd")
    start.set(qn("w:id"), "0")
    end.set(qn("w:id"), "0")
    reference = OxmlElement("w:r")
    marker = OxmlElement("w:commentReference")
    marker.set(qn("w:id"), "0")
    reference.append(marker)
    commented._p.insert(1, start)
    commented._p.append(end)
    commented._p.append(reference)
    _comments_part(document)
    document.save(str(path))
    return path


SECOND = "Trần Văn Bình"  # head of division: the second reviewer
NEW_PARAGRAPH = "Sở đã hoàn thành kiểm định 100% phương tiện đo theo kế hoạch năm."


def _by_author(element: Any, author: str) -> Any:
    element.set(qn("w:author"), author)
    return element


def _comment_on(paragraph: Any, ident: str) -> None:
    start, end = OxmlElement("w:commentRangeStart"), OxmlElement("w:commentRangeEnd")
    start.set(qn("w:id"), ident)
    end.set(qn("w:id"), ident)
    reference = OxmlElement("w:r")
    marker = OxmlElement("w:commentReference")
    marker.set(qn("w:id"), ident)
    reference.append(marker)
    paragraph._p.insert(1, start)
    paragraph._p.append(end)
    paragraph._p.append(reference)


def full_review(tmp_path: Path, draft: Draft) -> Path:
    """Every kind of mark a review brings (raw WordprocessingML, as Word writes it): a word
    and a whole paragraph inserted with Track Changes, a paragraph deleted, a paragraph
    moved, an untracked edit, a table cell and a recipient changed, and two comments by
    two authors."""
    path = tmp_path / "ban-trinh-da-sua.docx"
    path.write_bytes(render_docx_bytes(draft))
    document = docx.Document(str(path))
    # a word inserted into "+ Trên Báo Lạng Sơn đăng 02 tin, bài …"
    news = _paragraph(document, "+ Trên Báo Lạng Sơn")
    news._p.append(_tracked("ins", " (kèm ảnh)"))
    # a whole paragraph inserted after the table's source note
    anchor = _paragraph(document, "Nguồn: Chi cục")
    inserted = OxmlElement("w:p")
    inserted.append(_by_author(_tracked("ins", NEW_PARAGRAPH), SECOND))
    anchor._p.addnext(inserted)
    # a paragraph deleted
    struck = _paragraph(document, "- Đăng khẩu hiệu tuyên truyền")
    deletion = _tracked("del", "")
    deletion.remove(deletion[0])
    for run in list(struck.runs):
        for text in run._r.iter(qn("w:t")):
            text.tag = qn("w:delText")
        deletion.append(run._r)
    struck._p.append(deletion)
    # a paragraph moved: from section 2's items to the end of section 1
    moved = _paragraph(document, "- Trên trang Web của Sở")
    words = moved.text
    source = OxmlElement("w:moveFrom")
    source.set(qn("w:id"), "92")
    source.set(qn("w:author"), LEADER)
    source.set(qn("w:date"), DATE)
    for run in list(moved.runs):
        for text in run._r.iter(qn("w:t")):
            text.tag = qn("w:delText")
        source.append(run._r)
    moved._p.append(source)
    target = OxmlElement("w:p")
    arrival = OxmlElement("w:moveTo")
    arrival.set(qn("w:id"), "93")
    arrival.set(qn("w:author"), LEADER)
    arrival.set(qn("w:date"), DATE)
    arrival.append(_run(words))
    target.append(arrival)
    _paragraph(document, "Các hoạt động chào mừng")._p.addnext(target)
    # an untracked edit
    plain = _paragraph(document, "Nhằm tiếp tục biểu dương")
    plain.runs[0].text = plain.runs[0].text.replace("Nhằm tiếp tục", "Nhằm")
    # a table cell and a recipient changed (untracked, as leaders often do)
    figures = document.tables[1]
    cell = figures.rows[2].cells[3]
    cell.paragraphs[0].runs[0].text = "7.990"
    footer = document.tables[2].rows[0].cells[0]
    recipient = next(p for p in footer.paragraphs if p.text.startswith("- Lãnh đạo Sở"))
    recipient.runs[0].text = recipient.runs[0].text.replace("Lãnh đạo Sở", "Ban Giám đốc Sở")
    # two comments by two authors
    _comment_on(_paragraph(document, "Các hoạt động chào mừng"), "0")
    _comment_on(_paragraph(document, "Kết quả kiểm định phương tiện đo"), "1")
    xml = (
        '<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f'<w:comment w:id="0" w:author="{LEADER}" w:date="{DATE}"><w:p><w:r>'
        f"<w:t>{COMMENT}</w:t></w:r></w:p></w:comment>"
        f'<w:comment w:id="1" w:author="{SECOND}" w:date="{DATE}"><w:p><w:r>'
        "<w:t>Nêu rõ số phương tiện không đạt</w:t></w:r></w:p></w:comment></w:comments>"
    ).encode()
    content = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
    part = Part(PackURI("/word/comments.xml"), content, xml, document.part.package)
    document.part.relate_to(part, RELATIONSHIP_TYPE.COMMENTS)
    document.save(str(path))
    return path
