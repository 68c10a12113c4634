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
