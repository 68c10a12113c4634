# ruff: noqa: E501  (a table of XML snippets reads better unwrapped)
"""Malformed Word files, one function per kind: the attack on the Word import, kept (issue 29).

Each kind builds the bytes of a `.docx` as an attacker or a broken program would: broken
XML in each part, missing parts, wrong content types, deep nesting, absurd numbers,
elements out of order, zips that lie about their sizes, files that grow a thousandfold
when unpacked, and documents at and over the import's counts. `KINDS` names them all;
the import must answer each with a Vietnamese message or a correct draft, in bounded
time and memory. Files are built from strings, not with python-docx, so each is small
and quick to make, and exactly as broken as its name says.
"""

from __future__ import annotations

import io
import struct
import warnings
import zipfile
import zlib
from collections.abc import Callable

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
STYLES = "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"
NUMBERING = "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"
OFFICE_DOC = R_NS + "/officeDocument"
REL_STYLES = R_NS + "/styles"
REL_NUMBERING = R_NS + "/numbering"

Parts = dict[str, bytes]


def para(text: str = "", attrs: str = "", ppr: str = "", rpr: str = "") -> str:
    run = f"<w:r>{f'<w:rPr>{rpr}</w:rPr>' if rpr else ''}<w:t>{text}</w:t></w:r>" if text else ""
    return f"<w:p{attrs}>{f'<w:pPr>{ppr}</w:pPr>' if ppr else ''}{run}</w:p>"


GRID = '<w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="3000"/></w:tblGrid>'


def table(rows: list[list[str]], grid: str = GRID, tc_pr: str = "", tr_pr: str = "") -> str:
    cells = "".join(
        "<w:tr>"
        + (f"<w:trPr>{tr_pr}</w:trPr>" if tr_pr else "")
        + "".join(
            f"<w:tc>{f'<w:tcPr>{tc_pr}</w:tcPr>' if tc_pr else ''}{para(c)}</w:tc>" for c in row
        )
        + "</w:tr>"
        for row in rows
    )
    return f"<w:tbl>{grid}{cells}</w:tbl>"


REPORT = (
    para("ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN")
    + para("BÁO CÁO", ppr='<w:jc w:val="center"/>', rpr="<w:b/>")
    + para("Kết quả công tác năm 2025", ppr='<w:jc w:val="center"/>', rpr="<w:b/>")
    + para("I. KẾT QUẢ ĐẠT ĐƯỢC", rpr="<w:b/>")
    + para("Nội dung báo cáo.")
)


def document(body: str = REPORT, root: str = "w:document", extra_ns: str = "") -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<{root} xmlns:w="{W_NS}" xmlns:r="{R_NS}"{extra_ns}><w:body>{body}</w:body></{root}>'
    ).encode()


DOC_ENDS = tuple(part.encode() for part in document("").decode().split("<w:body>"))
DOC_ENDS = (DOC_ENDS[0] + b"<w:body>", DOC_ENDS[1])


def content_types(*overrides: tuple[str, str]) -> bytes:
    items = "".join(
        f'<Override PartName="{name}" ContentType="{kind}"/>' for name, kind in overrides
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="{CT_NS}">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Default Extension="png" ContentType="image/png"/>'
        f"{items}</Types>"
    ).encode()


def rels(*targets: tuple[str, str, str]) -> bytes:
    """(id, type, target) relationships."""
    items = "".join(f'<Relationship Id="{i}" Type="{t}" Target="{x}"/>' for i, t, x in targets)
    return f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{REL_NS}">{items}</Relationships>'.encode()


def styles(inner: str) -> bytes:
    return f'<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="{W_NS}">{inner}</w:styles>'.encode()


def numbering(inner: str) -> bytes:
    return f'<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="{W_NS}">{inner}</w:numbering>'.encode()


def parts(
    body: str = REPORT,
    *,
    doc: bytes | None = None,
    style_xml: bytes | None = None,
    numbering_xml: bytes | None = None,
) -> Parts:
    """A minimal Word package; styles and numbering when given."""
    overrides = [("/word/document.xml", MAIN)]
    doc_rels = []
    out: Parts = {}
    if style_xml is not None:
        overrides.append(("/word/styles.xml", STYLES))
        doc_rels.append(("rId1", REL_STYLES, "styles.xml"))
        out["word/styles.xml"] = style_xml
    if numbering_xml is not None:
        overrides.append(("/word/numbering.xml", NUMBERING))
        doc_rels.append(("rId2", REL_NUMBERING, "numbering.xml"))
        out["word/numbering.xml"] = numbering_xml
    out["[Content_Types].xml"] = content_types(*overrides)
    out["_rels/.rels"] = rels(("rId1", OFFICE_DOC, "word/document.xml"))
    out["word/document.xml"] = doc if doc is not None else document(body)
    out["word/_rels/document.xml.rels"] = rels(*doc_rels)
    return out


def zipped(members: Parts, method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=method) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def package(body: str = REPORT, **changes: bytes | None) -> bytes:
    """A package with parts replaced (bytes) or left out (None)."""
    members = parts(body)
    for name, data in changes.items():
        key = _KEYS.get(name, name)
        if data is None:
            members.pop(key, None)
        else:
            members[key] = data
    return zipped(members)


_KEYS = {
    "ct": "[Content_Types].xml",
    "pkg_rels": "_rels/.rels",
    "doc": "word/document.xml",
    "doc_rels": "word/_rels/document.xml.rels",
}


def with_styles(style_inner: str, body: str = REPORT) -> bytes:
    return zipped(parts(body, style_xml=styles(style_inner)))


def with_numbering(num_inner: str, body: str) -> bytes:
    return zipped(parts(body, numbering_xml=numbering(num_inner)))


def streamed_member(
    name: str,
    chunk: bytes,
    count: int,
    declared: int | None = None,
    ends: tuple[bytes, bytes] = (b"", b""),
) -> bytes:
    """A zip whose member `name` inflates to chunk × count, built without holding it all;
    `declared` writes a false uncompressed size in both headers."""
    members = parts()
    members.pop(name, None)
    head = zipped(members)
    squeeze = zlib.compressobj(9, zlib.DEFLATED, -15)
    crc, body = zlib.crc32(ends[0]), [squeeze.compress(ends[0])]
    for _ in range(count):
        crc = zlib.crc32(chunk, crc)
        body.append(squeeze.compress(chunk))
    crc = zlib.crc32(ends[1], crc)
    body += [squeeze.compress(ends[1]), squeeze.flush()]
    data = b"".join(body)
    real = len(chunk) * count + len(ends[0]) + len(ends[1])
    size = real if declared is None else declared
    return _append_member(head, name, data, crc, size)


def _append_member(archive: bytes, name: str, data: bytes, crc: int, size: int) -> bytes:
    """Add a deflated member with the given sizes to a finished zip (no zip64)."""
    end = archive.rindex(b"PK\x05\x06")
    entries, cd_size, cd_offset = struct.unpack("<HII", archive[end + 10 : end + 20])
    files, directory = archive[:cd_offset], archive[cd_offset : cd_offset + cd_size]
    raw = name.encode()
    offset = len(files)
    local = struct.pack(
        "<4s5H3I2H", b"PK\x03\x04", 20, 0, 8, 0, 0, crc, len(data), size, len(raw), 0
    )
    central = struct.pack(
        "<4s6H3I5H2I",
        b"PK\x01\x02",
        20,
        20,
        0,
        8,
        0,
        0,
        crc,
        len(data),
        size,
        len(raw),
        0,
        0,
        0,
        0,
        0,
        offset,
    )
    files += local + raw + data
    directory += central + raw
    tail = struct.pack(
        "<4s4H2IH", b"PK\x05\x06", 0, 0, entries + 1, entries + 1, len(directory), len(files), 0
    )
    return files + directory + tail


def patched(data: bytes, old: bytes, new: bytes) -> bytes:
    assert old in data
    return data.replace(old, new, 1)


def stored_with_sizes(file_size: int | None = None, crc_flip: bool = False) -> bytes:
    """The document stored (not deflated) with its directory's size or CRC falsified."""
    good = zipped(parts(), zipfile.ZIP_STORED)
    buffer = bytearray(good)
    start = buffer.rindex(b"PK\x05\x06")
    cd_offset = struct.unpack("<I", buffer[start + 16 : start + 20])[0]
    at = cd_offset
    while buffer[at : at + 4] == b"PK\x01\x02":
        name_len, extra_len, comment_len = struct.unpack("<3H", buffer[at + 28 : at + 34])
        name = bytes(buffer[at + 46 : at + 46 + name_len])
        if name == b"word/document.xml":
            if file_size is not None:
                buffer[at + 24 : at + 28] = struct.pack("<I", file_size)
            if crc_flip:
                buffer[at + 16] ^= 0xFF
        at += 46 + name_len + extra_len + comment_len
    return bytes(buffer)


def _nested(open_tag: str, close_tag: str, depth: int, inner: str = "") -> str:
    return open_tag * depth + inner + close_tag * depth


def _cells(count: int, text: str = "x") -> str:
    return "<w:tr>" + f"<w:tc>{para(text)}</w:tc>" * count + "</w:tr>"


def _many_rows(count: int) -> str:
    grid = '<w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/></w:tblGrid>'
    rows = "".join(
        f"<w:tr><w:tc>{para(str(n))}</w:tc><w:tc>{para('ô')}</w:tc></w:tr>" for n in range(count)
    )
    return REPORT + f"<w:tbl>{grid}{rows}</w:tbl>"


def _many_runs(count: int) -> str:
    runs = "".join(
        f"<w:r><w:rPr>{'<w:b/>' if n % 2 else ''}</w:rPr><w:t>chữ{n} </w:t></w:r>"
        for n in range(count)
    )
    return REPORT + f"<w:p>{runs}</w:p>"


def _span(value: str) -> str:
    return REPORT + table([["a", "b"]], tc_pr=f'<w:gridSpan w:val="{value}"/>')


def _numbered(ilvl: str, num_id: str) -> str:
    ppr = f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'
    return REPORT + para("Mục có số", ppr=ppr)


_ABSTRACT = (
    '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/>'
    "</w:lvl></w:abstractNum>"
)
_NUM = '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
_DOCTYPE_BOMB = (
    '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa">'
    + "".join(
        f'<!ENTITY {c} "{("&" + p + ";") * 10}">'
        for p, c in zip("abcdefgh", "bcdefghi", strict=True)
    )
    + "]>"
)


def _doctype(entity: str) -> bytes:
    return (
        _DOCTYPE_BOMB.replace("]>", entity + "]>")
        + f'<w:document xmlns:w="{W_NS}"><w:body>{para("&i;")}{para("&x;")}</w:body></w:document>'
    ).encode()


def _rels_chain(length: int) -> bytes:
    members = parts()
    members["word/_rels/document.xml.rels"] = rels(("rId9", R_NS + "/customXml", "c0.xml"))
    for n in range(length):
        members[f"word/c{n}.xml"] = b"<a/>"
        members[f"word/_rels/c{n}.xml.rels"] = rels(("rId1", R_NS + "/customXml", f"c{n + 1}.xml"))
    return zipped(members)


def _many_members(count: int) -> bytes:
    members = parts()
    for n in range(count):
        members[f"word/media/x{n}.png"] = b""
    return zipped(members, zipfile.ZIP_STORED)


def _method(number: int) -> bytes:
    data = bytearray(zipped(parts(), zipfile.ZIP_STORED))
    for marker, at in ((b"PK\x03\x04", 8), (b"PK\x01\x02", 10)):
        start = 0
        while (start := data.find(marker, start)) >= 0:
            data[start + at : start + at + 2] = struct.pack("<H", number)
            start += 4
    return bytes(data)


def _encrypted() -> bytes:
    data = bytearray(zipped(parts(), zipfile.ZIP_STORED))
    for marker, at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        start = 0
        while (start := data.find(marker, start)) >= 0:
            data[start + at] |= 1
            start += 4
    return bytes(data)


def _huge_rels_target() -> bytes:
    return package(pkg_rels=rels(("rId1", OFFICE_DOC, "word/" + "d" * 100_000 + ".xml")))


MB = 1024 * 1024

KINDS: dict[str, Callable[[], bytes]] = {
    # -- the file and the zip ------------------------------------------------------------
    "empty_file": lambda: b"",
    "pk_then_garbage": lambda: b"PK\x03\x04" + b"\x00garbage" * 100,
    "truncated_zip": lambda: package()[:-200],
    "half_a_zip": lambda: package()[: len(package()) // 2],
    "zip_without_members": lambda: zipped({}),
    "zip_bad_crc": lambda: stored_with_sizes(crc_flip=True),
    "zip_size_declared_smaller": lambda: stored_with_sizes(file_size=10),
    "zip_size_declared_larger": lambda: stored_with_sizes(file_size=3_000_000_000),
    "zip_member_lies_and_inflates": lambda: streamed_member(
        "word/document.xml", b"<w:p/>" * 4096, 2000, declared=2000
    ),
    # declares its true 40 MB (under the 200 MB total): refused on the part cap while inflating
    "zip_member_inflates_beyond_cap": lambda: streamed_member("word/document.xml", b" " * MB, 40),
    # 190 MB of empty paragraphs in a few hundred KB; then as many as the caps allow
    "zip_paragraph_bomb": lambda: streamed_member(
        "word/document.xml", b"<w:p/>" * 100_000, 320, ends=DOC_ENDS
    ),
    "paragraphs_at_element_cap": lambda: streamed_member(
        "word/document.xml", b"<w:p/>" * 100_000, 9, ends=DOC_ENDS
    ),
    "zip_media_bomb": lambda: streamed_member(
        "word/media/image1.png", b"\x00" * MB, 64, declared=1000
    ),
    "zip_unknown_compression": lambda: _method(99),
    "zip_encrypted_flag": _encrypted,
    "zip_many_members": lambda: _many_members(20_000),
    "zip_duplicate_members": lambda: _duplicate(),
    # -- the package: content types, relationships, missing parts ----------------------
    "no_content_types": lambda: package(ct=None),
    "no_package_rels": lambda: package(pkg_rels=None),
    "no_document_part": lambda: package(doc=None),
    "no_document_rels": lambda: package(doc_rels=None),
    "content_types_broken_xml": lambda: package(ct=b"<Types><Default"),
    "content_types_empty": lambda: package(ct=b""),
    "content_types_wrong_root": lambda: package(ct=b"<Foo/>"),
    "content_types_macro_document": lambda: package(
        ct=content_types(
            ("/word/document.xml", "application/vnd.ms-word.document.macroEnabled.main+xml")
        )
    ),
    "content_types_spreadsheet": lambda: package(
        ct=content_types(
            (
                "/word/document.xml",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
            )
        )
    ),
    "content_types_missing_part_type": lambda: package(
        ct=content_types(("/word/document.xml", MAIN)).replace(
            b'<Default Extension="xml" ContentType="application/xml"/>', b""
        ),
        doc_rels=rels(("rId1", REL_STYLES, "styles.xml")),
        **{"word/styles.xml": styles("")},
    ),
    "package_rels_broken_xml": lambda: package(pkg_rels=b"<Relationships><Relationship"),
    "package_rels_no_document": lambda: package(pkg_rels=rels()),
    "package_rels_missing_attributes": lambda: package(
        pkg_rels=f'<Relationships xmlns="{REL_NS}"><Relationship/></Relationships>'.encode()
    ),
    "package_rels_target_outside": lambda: package(
        pkg_rels=rels(("rId1", OFFICE_DOC, "../../../etc/passwd"))
    ),
    "package_rels_target_empty": lambda: package(pkg_rels=rels(("rId1", OFFICE_DOC, ""))),
    "package_rels_huge_target": _huge_rels_target,
    "document_rels_broken_xml": lambda: package(doc_rels=b"<Relationships"),
    "document_rels_to_missing_styles": lambda: package(
        doc_rels=rels(("rId1", REL_STYLES, "styles.xml"))
    ),
    "document_rels_to_itself": lambda: package(
        doc_rels=rels(("rId1", R_NS + "/customXml", "document.xml"))
    ),
    "rels_chain_2000_parts": lambda: _rels_chain(2000),
    # -- document.xml as XML --------------------------------------------------------------
    "document_empty": lambda: package(doc=b""),
    "document_broken_xml": lambda: package(doc=document()[:-40]),
    "document_not_xml": lambda: package(doc=b"\x00\x01binary\xff\xfe"),
    "document_wrong_root": lambda: package(doc=b"<html><body/></html>"),
    "document_wrong_namespace": lambda: package(
        doc=document().replace(W_NS.encode(), b"urn:other")
    ),
    "document_without_body": lambda: package(doc=f'<w:document xmlns:w="{W_NS}"/>'.encode()),
    "document_two_bodies": lambda: package(
        doc=document(REPORT).replace(
            b"</w:body>", b"</w:body><w:body>" + REPORT.encode() + b"</w:body>", 1
        )
    ),
    "document_utf16": lambda: package(
        doc=document().decode().replace("UTF-8", "UTF-16").encode("utf-16")
    ),
    "document_lying_encoding": lambda: package(doc=document().replace(b"UTF-8", b"ISO-2022-JP")),
    "document_invalid_char_ref": lambda: package(body=para("a&#1;b")),
    "document_entity_bomb": lambda: package(doc=_doctype("")),
    "document_external_entity": lambda: package(
        doc=_doctype('<!ENTITY x SYSTEM "file:///etc/passwd">')
    ),
    "document_nesting_100000": lambda: package(
        body=_nested("<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>", 100_000)
    ),
    "document_nesting_250": lambda: package(
        body=_nested("<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>", 120, para("Sâu"))
    ),
    "document_huge_attribute": lambda: package(
        body=para("x", attrs=f' w:rsidR="{"9" * (5 * MB)}"')
    ),
    "document_huge_text": lambda: package(body=REPORT + para("Ư" * (3 * MB))),
    "document_many_namespaces": lambda: package(
        doc=document(extra_ns="".join(f' xmlns:n{i}="urn:{i}"' for i in range(5_000)))
    ),
    "document_text_after_root": lambda: package(doc=document() + b"<w:p/>"),
    # -- document structure: tables ----------------------------------------------------------
    "grid_span_huge": lambda: package(body=_span("100000000")),
    "grid_span_negative": lambda: package(body=_span("-5")),
    "grid_span_zero": lambda: package(body=_span("0")),
    "grid_span_not_a_number": lambda: package(body=_span("abc")),
    "grid_span_over_columns_cap": lambda: package(body=_span("31")),
    "grid_col_width_junk": lambda: package(
        body=REPORT + table([["a"]], grid='<w:tblGrid><w:gridCol w:w="x"/></w:tblGrid>')
    ),
    "grid_col_width_negative": lambda: package(
        body=REPORT + table([["a"]], grid='<w:tblGrid><w:gridCol w:w="-100"/></w:tblGrid>')
    ),
    "grid_col_zero_widths": lambda: package(
        body=REPORT
        + table(
            [["a", "b"]], grid='<w:tblGrid><w:gridCol w:w="0"/><w:gridCol w:w="0"/></w:tblGrid>'
        )
    ),
    "grid_many_columns": lambda: package(
        body=REPORT
        + "<w:tbl><w:tblGrid>"
        + '<w:gridCol w:w="1"/>' * 100_000
        + "</w:tblGrid>"
        + _cells(1)
        + "</w:tbl>"
    ),
    "table_without_grid": lambda: package(body=REPORT + table([["a", "b"]], grid="")),
    "table_without_rows": lambda: package(body=REPORT + "<w:tbl><w:tblGrid/></w:tbl>"),
    "table_row_without_cells": lambda: package(body=REPORT + "<w:tbl><w:tr/><w:tr/></w:tbl>"),
    "table_cell_without_paragraph": lambda: package(
        body=REPORT + "<w:tbl><w:tr><w:tc/><w:tc/></w:tr></w:tbl>"
    ),
    "table_vmerge_first_row": lambda: package(
        body=REPORT + table([["a"], ["b"]], tc_pr='<w:vMerge w:val="continue"/>')
    ),
    "table_vmerge_beyond_columns": lambda: package(
        body=REPORT
        + table([["a"]]).replace("</w:tbl>", "")
        + "<w:tr>"
        + "<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>" * 5
        + "</w:tr></w:tbl>"
    ),
    "table_header_every_row": lambda: package(
        body=REPORT + table([["a"]] * 20, tr_pr="<w:tblHeader/>")
    ),
    "table_rows_10000": lambda: package(body=_many_rows(10_000)),
    "table_rows_5000": lambda: package(body=_many_rows(5_000)),
    "table_cells_100000_in_a_row": lambda: package(
        body=REPORT + "<w:tbl>" + _cells(100_000, "") + "</w:tbl>"
    ),
    "tables_nested_40": lambda: package(
        body=REPORT
        + _nested("<w:tbl><w:tr><w:tc>", "<w:p/></w:tc></w:tr></w:tbl>", 40, para("trong"))
    ),
    "table_in_a_paragraph": lambda: package(body=REPORT + "<w:p>" + table([["a"]]) + "</w:p>"),
    # -- document structure: paragraphs and runs --------------------------------------------
    "runs_10000_in_a_paragraph": lambda: package(body=_many_runs(10_000)),
    "runs_20000_in_a_paragraph": lambda: package(body=_many_runs(20_000)),
    "paragraphs_200000_empty": lambda: package(body=REPORT + "<w:p/>" * 200_000),
    "paragraphs_12000_with_text": lambda: package(body=REPORT + para("Đoạn văn.") * 12_000),
    "paragraph_too_long": lambda: package(body=REPORT + para("chữ " * 10_000)),
    "hyperlinks_nested_5000": lambda: package(
        body=REPORT
        + "<w:p>"
        + _nested("<w:hyperlink>", "</w:hyperlink>", 5000, "<w:r><w:t>x</w:t></w:r>")
        + "</w:p>"
    ),
    "run_in_the_body": lambda: package(body=REPORT + "<w:r><w:t>lạc chỗ</w:t></w:r>"),
    "paragraph_in_a_run": lambda: package(
        body=REPORT + "<w:p><w:r><w:p><w:r><w:t>x</w:t></w:r></w:p></w:r></w:p>"
    ),
    "properties_out_of_order": lambda: package(
        body=REPORT
        + "<w:p><w:r><w:t>trước</w:t><w:rPr><w:b/></w:rPr></w:r><w:pPr><w:jc w:val='center'/></w:pPr></w:p>"
    ),
    "section_break_mid_body": lambda: package(
        body=REPORT
        + '<w:sectPr><w:pgSz w:w="x" w:h="-1" w:orient="sideways"/></w:sectPr>'
        + para("sau")
    ),
    "section_orient_junk": lambda: package(
        body=REPORT + '<w:p><w:pPr><w:sectPr><w:pgSz w:orient="diagonal"/></w:sectPr></w:pPr></w:p>'
    ),
    "alignment_junk": lambda: package(body=REPORT + para("x", ppr='<w:jc w:val="banana"/>')),
    "bold_junk": lambda: package(body=REPORT + para("x", rpr='<w:b w:val="maybe"/>')),
    "font_size_junk": lambda: package(body=REPORT + para("x", rpr='<w:sz w:val="big"/>')),
    "font_size_huge": lambda: package(
        body=REPORT + para("x", rpr='<w:sz w:val="99999999999999999999"/>')
    ),
    "underline_junk": lambda: package(body=REPORT + para("x", rpr='<w:u w:val="zigzag"/>')),
    "font_name_huge": lambda: package(
        body=REPORT + para("x", rpr=f'<w:rFonts w:ascii="{"V" * MB}"/>')
    ),
    "symbol_char_junk": lambda: package(
        body=REPORT + '<w:p><w:r><w:sym w:font="Symbol" w:char="zz"/><w:t>x</w:t></w:r></w:p>'
    ),
    "break_type_junk": lambda: package(
        body=REPORT + '<w:p><w:r><w:br w:type="sideways"/><w:t>x</w:t></w:r></w:p>'
    ),
    "deleted_and_moved_text": lambda: package(
        body=REPORT
        + "<w:p><w:del><w:r><w:delText>bỏ</w:delText></w:r></w:del><w:moveFrom><w:r><w:t>dời</w:t></w:r></w:moveFrom><w:ins><w:r><w:t>thêm</w:t></w:r></w:ins></w:p>"
    ),
    "text_boxes_nested": lambda: package(
        body=REPORT
        + "<w:p><w:r>"
        + _nested(
            "<w:txbxContent><w:p><w:r>", "</w:r></w:p></w:txbxContent>", 50, "<w:t>khung</w:t>"
        )
        + "</w:r></w:p>"
    ),
    "control_text_characters": lambda: package(body=REPORT + para("a\u200b\u00ad\ufeff\ue000b")),
    # -- lists and numbering.xml --------------------------------------------------------------
    "numbering_missing_part": lambda: package(body=_numbered("0", "1")),
    "numbering_broken_xml": lambda: zipped(
        {
            **parts(_numbered("0", "1"), numbering_xml=b"<w:numbering"),
        }
    ),
    "numbering_ilvl_junk": lambda: with_numbering(_ABSTRACT + _NUM, _numbered("x", "1")),
    "numbering_ilvl_negative": lambda: with_numbering(_ABSTRACT + _NUM, _numbered("-3", "1")),
    "numbering_ilvl_huge": lambda: with_numbering(_ABSTRACT + _NUM, _numbered("99999999999", "1")),
    "numbering_numid_junk": lambda: with_numbering(_ABSTRACT + _NUM, _numbered("0", "one")),
    "numbering_num_without_abstract": lambda: with_numbering(
        '<w:num w:numId="1"/>', _numbered("0", "1")
    ),
    "numbering_abstract_missing": lambda: with_numbering(_NUM, _numbered("0", "1")),
    "numbering_many_nums": lambda: with_numbering(
        _ABSTRACT + _NUM * 5_000, _numbered("0", "1") * 1_100
    ),
    # -- styles.xml -----------------------------------------------------------------------------
    "styles_broken_xml": lambda: zipped(parts(style_xml=b"<w:styles><w:style")),
    "styles_wrong_root": lambda: zipped(parts(style_xml=b"<foo/>")),
    "styles_based_on_cycle": lambda: with_styles(
        '<w:style w:type="paragraph" w:styleId="A"><w:basedOn w:val="B"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="B"><w:basedOn w:val="A"/></w:style>',
        REPORT + para("x", ppr='<w:pStyle w:val="A"/>'),
    ),
    "styles_based_on_chain_5000": lambda: with_styles(
        "".join(
            f'<w:style w:type="paragraph" w:styleId="S{n}"><w:basedOn w:val="S{n + 1}"/></w:style>'
            for n in range(5000)
        ),
        REPORT + para("x", ppr='<w:pStyle w:val="S0"/>'),
    ),
    "styles_without_ids": lambda: with_styles(
        '<w:style w:type="paragraph"><w:name w:val="x"/></w:style>' * 10
    ),
    "styles_type_junk": lambda: with_styles(
        '<w:style w:type="sideways" w:styleId="A" w:default="1"/>',
        REPORT + para("x", ppr='<w:pStyle w:val="A"/>'),
    ),
    "styles_missing_referenced": lambda: package(
        body=REPORT + para("x", ppr='<w:pStyle w:val="Nowhere"/>', rpr='<w:rStyle w:val="Gone"/>')
    ),
    "styles_size_junk": lambda: with_styles(
        '<w:style w:type="paragraph" w:styleId="A" w:default="1"><w:rPr><w:sz w:val="-x"/></w:rPr></w:style>'
    ),
}


def _duplicate() -> bytes:
    """A second, broken word/document.xml after the good one (zipfile reads the last)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in parts().items():
            archive.writestr(name, data)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            archive.writestr("word/document.xml", b"<broken")
    return buffer.getvalue()
