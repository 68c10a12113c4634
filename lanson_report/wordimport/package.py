"""Open a .docx as python-docx's Document, with every part's real size capped.

python-docx unpacks every member of the zip at its word and builds each XML part in
full: a 300 KB file can hold 190 MB of empty paragraphs, and a member can inflate far
beyond the size its header declares. Here each XML part is inflated in pieces and
refused as soon as its real size passes the cap; its elements are counted (by their
start tags, before any tree is built); pictures and other binary parts, which the
import never looks at, are not inflated at all. The relationship graph is walked
without recursion. python-docx then builds its parts from these bytes.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from typing import IO, Any

from docx.document import Document
from docx.opc import package as opc_package
from docx.opc import pkgreader as opc_reader
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.packuri import CONTENT_TYPES_URI, PACKAGE_URI, PackURI
from docx.opc.part import PartFactory
from docx.package import Package
from lxml import etree

from ..domain import limits
from .errors import Progress, Unreadable, no_progress

# python-docx's own reader, whose pieces are reused here; untyped (python-docx < 2).
_reader: Any = opc_reader
_unmarshaller: Any = opc_package.Unmarshaller


def open_document(handle: IO[bytes], progress: Progress = no_progress) -> Document:
    """The document in an open .docx file; Unreadable says what is wrong and where."""
    check_entries(handle)
    with zipfile.ZipFile(handle) as archive:
        members = _Members(archive, progress)
        try:
            package = _package(members)
            part = package.main_document_part
            body = part.document.element.body
        except _SCHEMA_ERRORS:  # python-docx on relationships or parts it cannot follow
            raise Unreadable("tệp không có văn bản Word chính hoặc không đúng cấu trúc.") from None
    if part.content_type != CT.WML_DOCUMENT_MAIN:
        raise Unreadable(f"phần chính của tệp không phải văn bản Word ({part.content_type[:80]}).")
    if body is None:
        raise Unreadable("văn bản trong tệp không có phần thân (w:body).")
    document: Document = part.document
    return document


_SCHEMA_ERRORS = (AttributeError, KeyError, TypeError, ValueError, IndexError)


def check_entries(handle: IO[bytes]) -> None:
    """The entry count from the zip's end record, before zipfile reads its directory
    (a million entries would cost hundreds of MB of ZipInfo objects)."""
    end = zipfile._EndRecData(handle)  # type: ignore[attr-defined]  # stable since Python 2
    if not end:
        raise zipfile.BadZipFile("no end of central directory")
    entries = end[zipfile._ECD_ENTRIES_TOTAL]  # type: ignore[attr-defined]
    if entries > limits.MAX_DOCX_MEMBERS:
        raise Unreadable(
            f"tệp có {limits.number(entries)} phần, nhiều nhất "
            f"{limits.number(limits.MAX_DOCX_MEMBERS)} phần.",
            resave=False,
        )


class _Members:
    """The zip's members, each XML part read once with its real size capped."""

    def __init__(self, archive: zipfile.ZipFile, progress: Progress) -> None:
        self.archive, self.progress = archive, progress
        self.inflated = 0  # real bytes of every part read so far

    def xml(self, name: str) -> bytes | None:
        """A member's bytes, or None when the zip has no such member."""
        try:
            info = self.archive.getinfo(name)
        except KeyError:
            return None
        data = self._inflate(info)
        _check_elements(name, data)
        return data

    def _inflate(self, info: zipfile.ZipInfo) -> bytes:
        cap = min(limits.MAX_DOCX_PART_INFLATED, limits.MAX_DOCX_INFLATED - self.inflated)
        chunks, size = [], 0
        with self.archive.open(info) as member:
            while chunk := member.read(1024 * 1024):
                self.progress(0)  # a chance to cancel between megabytes
                size += len(chunk)
                if size > cap:
                    raise _too_big(info.filename)
                chunks.append(chunk)
        self.inflated += size
        return b"".join(chunks)


def _too_big(name: str) -> Unreadable:
    return Unreadable(
        f"phần {name} của tệp quá lớn khi giải nén (hơn "
        f"{limits.size_text(limits.MAX_DOCX_PART_INFLATED)}); tệp Word tối đa "
        f"{limits.size_text(limits.MAX_DOCX_PART_INFLATED)} chữ và định dạng mỗi phần.",
        resave=False,
    )


def _check_elements(name: str, data: bytes) -> None:
    """Count elements by their start tags, before a tree of them is built."""
    starts = data.count(b"<") - data.count(b"</") - data.count(b"<?") - data.count(b"<!")
    if starts > limits.MAX_DOCX_ELEMENTS:
        raise Unreadable(
            f"phần {name} của tệp có quá nhiều thành phần (khoảng {limits.number(starts)}; "
            f"nhiều nhất {limits.number(limits.MAX_DOCX_ELEMENTS)}).",
            resave=False,
        )


def _package(members: _Members) -> Any:
    types_xml = members.xml(CONTENT_TYPES_URI[1:])
    if types_xml is None:
        raise Unreadable("tệp thiếu phần [Content_Types].xml.")
    types = _parsed(CONTENT_TYPES_URI[1:], lambda: _reader._ContentTypeMap.from_xml(types_xml))
    package_rels = _rels_of(members, PACKAGE_URI)
    parts = tuple(_walk(members, package_rels, types))
    reader = _reader.PackageReader(types, package_rels, parts)
    package = Package()

    def part_factory(partname: PackURI, *args: Any) -> Any:
        return _parsed(partname[1:], lambda: PartFactory(partname, *args))

    _unmarshaller.unmarshal(reader, package, part_factory)
    return package


def _walk(members: _Members, package_rels: Any, types: Any) -> Iterator[Any]:
    """Every part reachable from the package's relationships, each once, in order."""
    seen: set[str] = set()
    pending = [iter(package_rels)]
    while pending:
        rel = next(pending[-1], None)
        if rel is None:
            pending.pop()
            continue
        if rel.is_external or rel.target_partname in seen:
            continue
        partname = rel.target_partname
        seen.add(partname)
        content_type = _content_type(types, partname)
        rels = _rels_of(members, partname)
        blob = _blob(members, partname, content_type)
        yield _reader._SerializedPart(partname, content_type, rel.reltype, blob, rels)
        pending.append(iter(rels))


def _content_type(types: Any, partname: PackURI) -> str:
    try:
        return str(types[partname])
    except KeyError:
        raise Unreadable(f"phần {partname[1:]} của tệp không có kiểu nội dung.") from None


def _blob(members: _Members, partname: PackURI, content_type: str) -> bytes:
    if not content_type.endswith("xml"):
        return b""  # pictures and embedded files: the import never reads them
    data = members.xml(partname.membername)
    if data is None:
        raise Unreadable(f"tệp thiếu phần {partname.membername}.")
    return data


def _rels_of(members: _Members, source: PackURI) -> Any:
    name = source.rels_uri.membername
    xml = members.xml(name)
    return _parsed(
        name, lambda: _reader._SerializedRelationships.load_from_xml(source.baseURI, xml)
    )


def _parsed(name: str, build: Any) -> Any:
    """build() parses the XML of part `name`; its errors are said naming the part."""
    try:
        return build()
    except etree.XMLSyntaxError as exc:
        line = exc.lineno or 1
        if "depth" in str(exc):
            raise Unreadable(f"phần {name} của tệp lồng nhau quá sâu (dòng {line}).") from None
        raise Unreadable(f"phần {name} của tệp bị hỏng (dòng {line}).") from None
    except _SCHEMA_ERRORS as exc:  # python-docx's
        raise Unreadable(f"phần {name} của tệp không đúng cấu trúc của Word.") from exc
