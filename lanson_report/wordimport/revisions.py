"""A leader's marks in a returned Word file: tracked insertions, deletions and moves with
their author and date, and comments with their author and the words they are anchored to.

The import itself reads a file as it would print with every change accepted; this reads
what the leader did, so the clerk can accept or reject it (../shared/office-workflow.md,
*Leader review*). Parts are read through the same capped opener as the import.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from docx.oxml.ns import qn
from lxml import etree

from ..files import fileio
from .errors import Unreadable
from .package import open_document

RevisionKind = Literal["insert", "delete"]
_PARAGRAPH = qn("w:p")
_TEXT = (qn("w:t"), qn("w:delText"), qn("w:tab"))
_INSERTS = (qn("w:ins"), qn("w:moveTo"))
_DELETES = (qn("w:del"), qn("w:moveFrom"))
_COMMENTS_PART = "/word/comments.xml"


@dataclass(frozen=True)
class Revision:
    kind: RevisionKind
    author: str
    date: str  # as Word wrote it (ISO 8601), "" when absent
    text: str
    paragraph: str  # the paragraph's text with every change accepted: where it is


@dataclass(frozen=True)
class Comment:
    author: str
    date: str
    text: str
    anchor: str  # the words it is attached to ("" when Word kept none)
    paragraph: str  # the paragraph's text with every change accepted


@dataclass
class Marks:
    revisions: list[Revision] = field(default_factory=list)
    comments: list[Comment] = field(default_factory=list)

    @property
    def authors(self) -> list[str]:
        seen: list[str] = []
        items: list[Revision | Comment] = [*self.revisions, *self.comments]
        for item in items:
            if item.author and item.author not in seen:
                seen.append(item.author)
        return seen


def _text(element: Any, *, deleted: bool = False) -> str:
    """The text under an element: inserted and plain text, or (deleted) deleted text."""
    out: list[str] = []
    for node in element.iter(*_TEXT):
        if node.tag == qn("w:tab"):
            out.append("\t")
        elif (node.tag == qn("w:delText")) == deleted:
            out.append(node.text or "")
    return "".join(out)


def _accepted(paragraph: Any) -> str:
    """The paragraph as it reads with every change accepted."""
    out: list[str] = []
    for node in paragraph.iter(*_TEXT):
        inside_deleted = any(a.tag in _DELETES for a in node.iterancestors())
        if node.tag == qn("w:delText") or inside_deleted:
            continue
        out.append("\t" if node.tag == qn("w:tab") else node.text or "")
    return " ".join("".join(out).split())


def read_marks(path: Path | str) -> Marks:
    """The revisions and comments of a .docx; Unreadable (or OSError) if it cannot be read."""
    with fileio.open_regular(Path(path)) as handle:
        document = open_document(handle)
    body = document.element.body
    marks = Marks()
    anchors: dict[str, tuple[str, str]] = {}  # comment id → (anchored words, paragraph)
    for paragraph in body.iter(_PARAGRAPH):
        text = _accepted(paragraph)
        for element in paragraph.iter(*_INSERTS, *_DELETES):
            kind: RevisionKind = "insert" if element.tag in _INSERTS else "delete"
            words = _text(element, deleted=kind == "delete")
            if words.strip():
                marks.revisions.append(
                    Revision(
                        kind,
                        element.get(qn("w:author"), ""),
                        element.get(qn("w:date"), ""),
                        " ".join(words.split()),
                        text,
                    )
                )
        anchors.update(_comment_anchors(paragraph, text))
    for comment in _comments(document):
        ident, author, date, words = comment
        anchor, paragraph_text = anchors.get(ident, ("", ""))
        marks.comments.append(Comment(author, date, words, anchor, paragraph_text))
    return marks


def _comment_anchors(paragraph: Any, text: str) -> dict[str, tuple[str, str]]:
    """Comments that start in this paragraph: the words between their range marks."""
    out: dict[str, tuple[str, str]] = {}
    open_ids: dict[str, list[str]] = {}
    for node in paragraph.iter():
        if node.tag == qn("w:commentRangeStart"):
            open_ids[node.get(qn("w:id"), "")] = []
        elif node.tag == qn("w:commentRangeEnd"):
            ident = node.get(qn("w:id"), "")
            if ident in open_ids:
                out[ident] = (" ".join("".join(open_ids.pop(ident)).split()), text)
        elif node.tag == qn("w:commentReference"):
            ident = node.get(qn("w:id"), "")
            out.setdefault(ident, ("", text))
        elif node.tag == qn("w:t") and not any(a.tag in _DELETES for a in node.iterancestors()):
            for words in open_ids.values():
                words.append(node.text or "")
    for ident, words in open_ids.items():  # a range running past the paragraph
        out[ident] = (" ".join("".join(words).split()), text)
    return out


def _comments(document: Any) -> list[tuple[str, str, str, str]]:
    for part in document.part.package.iter_parts():
        if str(part.partname) != _COMMENTS_PART:
            continue
        try:
            parser = etree.XMLParser(resolve_entities=False, no_network=True)
            root = etree.fromstring(part.blob, parser)
        except etree.XMLSyntaxError as exc:
            raise Unreadable(f"phần góp ý (comments.xml) hỏng: {exc}") from None
        return [
            (
                item.get(qn("w:id"), ""),
                item.get(qn("w:author"), ""),
                item.get(qn("w:date"), ""),
                " ".join(" ".join(_text(p) for p in item.iter(_PARAGRAPH)).split()),
            )
            for item in root.iter(qn("w:comment"))
        ]
    return []
