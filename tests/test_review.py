"""A leader's review of the exported Word file comes back into the same report: tracked
changes with their author, an untracked edit, a comment — per section, each accepted or
rejected, comments kept as to-dos, nothing accepted silently."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from lanson_report.domain import review
from lanson_report.domain.model import Block, Draft
from lanson_report.files import draftfile
from lanson_report.word import render_docx_bytes
from lanson_report.wordimport import import_docx
from lanson_report.wordimport.origin import read_origin
from lanson_report.wordimport.revisions import read_marks

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


@pytest.fixture
def base(example_path: Path) -> Draft:
    return draftfile.load_path(example_path)


def test_the_marks_are_read_with_their_author(tmp_path: Path, base: Draft) -> None:
    marks = read_marks(reviewed(tmp_path, base))
    assert [(r.kind, r.author) for r in marks.revisions] == [
        ("delete", LEADER),
        ("insert", LEADER),
    ]
    assert marks.revisions[0].text.startswith("- Tại Trung tâm Ứng dụng")
    assert marks.revisions[1].text == ADDED.strip()
    assert marks.revisions[1].paragraph.endswith("2.000 lượt.")
    (comment,) = marks.comments
    assert (comment.author, comment.text) == (LEADER, COMMENT)
    assert comment.paragraph.startswith("Các hoạt động chào mừng")
    assert comment.anchor.startswith(comment.paragraph[:10].split()[0]) or comment.anchor
    assert marks.authors == [LEADER]


def test_the_file_names_the_version_it_came_from(tmp_path: Path, base: Draft) -> None:
    origin = read_origin(reviewed(tmp_path, base))
    assert origin is not None
    assert (origin.draft_id, origin.fingerprint) == (base.id, draftfile.fingerprint(base))


def _found(tmp_path: Path, base: Draft) -> tuple[Draft, list[review.Change], Any]:
    path = reviewed(tmp_path, base)
    returned = import_docx(path).draft
    marks = read_marks(path)
    return returned, review.changes(base, returned, marks.revisions), marks


def test_changes_are_listed_per_section_with_their_author(tmp_path: Path, base: Draft) -> None:
    _, found, marks = _found(tmp_path, base)
    where = [(c.where, c.kind, c.authors) for c in found]
    assert ("Mục 1", "replace", []) in where  # edited without Track Changes: still found
    assert ("Mục 2", "delete", [LEADER]) in where
    assert ("Mục 2", "replace", [LEADER]) in where
    assert len(found) == 3, [c.summary for c in found]
    inserted = next(c for c in found if c.new and c.new[0].endswith("2.000 lượt."))
    assert inserted.old[0].endswith("khoa học công nghệ và đời sống.")
    assert review.headline(found, review.notes(_found(tmp_path, base)[0], marks.comments)) == (
        f"{LEADER} sửa Mục 1, Mục 2; 1 góp ý"
    )


def test_accepting_some_and_rejecting_others_makes_one_new_version(
    tmp_path: Path, base: Draft
) -> None:
    returned, found, marks = _found(tmp_path, base)
    chosen = [c for c in found if c.authors]  # the tracked ones; the untracked edit rejected
    kept = review.notes(returned, marks.comments)
    result = review.apply(base, returned, chosen, kept)
    first, second = result.sections[0], result.sections[1]
    texts = [b.text for b in second.blocks if isinstance(b, Block)]
    assert any(t.endswith("2.000 lượt.") for t in texts)
    assert not any(t.startswith("Tại Trung tâm Ứng dụng") for t in texts)
    kept_text = next(b.text for b in first.blocks if isinstance(b, Block) and b.kind != "hint")
    assert kept_text.startswith("Nhằm tiếp tục")  # its untracked change was rejected
    hint = first.blocks[0]
    assert isinstance(hint, Block) and hint.kind == "hint"
    assert hint.text == f"Góp ý của {LEADER}: {COMMENT}"


def test_accepting_everything_gives_the_returned_text(tmp_path: Path, base: Draft) -> None:
    returned, found, _ = _found(tmp_path, base)
    result = review.apply(base, returned, found, [])
    assert review.changes(result, returned) == []


def test_rejecting_everything_changes_nothing(tmp_path: Path, base: Draft) -> None:
    returned, _, _ = _found(tmp_path, base)
    assert review.apply(base, returned, [], []) == base


def test_a_file_without_marks_reads_empty(tmp_path: Path, base: Draft) -> None:
    path = tmp_path / "plain.docx"
    path.write_bytes(render_docx_bytes(base))
    marks = read_marks(path)
    assert marks.revisions == [] and marks.comments == []
    assert review.changes(base, import_docx(path).draft) == []


def test_header_and_footer_fields_count_too(base: Draft) -> None:
    returned = copy.deepcopy(base)
    returned.title += " (sửa)"
    returned.recipients = returned.recipients[:-1]
    found = review.changes(base, returned)
    assert [(c.where, c.kind) for c in found] == [("Trích yếu", "replace"), ("Nơi nhận", "replace")]
    assert review.apply(base, returned, found[:1], []).title.endswith("(sửa)")
    assert review.apply(base, returned, found[:1], []).recipients == base.recipients
