"""Word reports as offices really type them, written without the app (python-docx and raw
XML): each reproduces one failure class of real files, with what its draft must hold.

The writer here shares no code with `lanson_report.word`: a file made by the app's own
writer would prove only that the app reads what it writes.
"""

from __future__ import annotations

import io
import re
import struct
import zlib
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from lanson_report.domain.model import Draft, Run, Section, Table
from lanson_report.printed.build import printed_report

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
ISSUER = ("ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG")


@dataclass
class RealFile:
    """A file written like an office's, and what its import must give."""

    name: str
    path: Path
    expect: dict[str, Any] = field(default_factory=dict)  # draft attribute path -> value
    words: list[str] = field(default_factory=list)  # every word of the content typed


class Office:
    """One report as a clerk types it in Word; remembers every content word it writes."""

    def __init__(self) -> None:
        self.doc = docx.Document()
        self.words: list[str] = []
        self.footnotes: list[str] = []
        self.endnotes: list[str] = []
        style = self.doc.styles["Normal"]
        style.font.name = "Times New Roman"
        style.font.size = Pt(14)

    # -- paragraphs ----------------------------------------------------------------
    def para(
        self,
        text: str,
        *,
        bold: bool = False,
        italic: bool = False,
        center: bool = False,
        container: Any = None,
        content: bool = True,
    ) -> Any:
        target = container if container is not None else self.doc
        paragraph = target.add_paragraph()
        run = paragraph.add_run(text)
        run.bold = bold or None
        run.italic = italic or None
        if center:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if content:
            self.words += text.split()
        return paragraph

    def footnote(self, paragraph: Any, note: str) -> None:
        """A real Word footnote: a reference run here, its text in footnotes.xml."""
        self.footnotes.append(note)
        number = len(self.footnotes)
        run = OxmlElement("w:r")
        r_pr = OxmlElement("w:rPr")
        style = OxmlElement("w:vertAlign")
        style.set(qn("w:val"), "superscript")
        r_pr.append(style)
        run.append(r_pr)
        ref = OxmlElement("w:footnoteReference")
        ref.set(qn("w:id"), str(number))
        run.append(ref)
        paragraph._p.append(run)
        self.words += note.split()

    # -- the header as offices lay it out ------------------------------------------
    def header(
        self,
        left: list[tuple[str, bool]],
        right_date: str = "Lâm Đồng, ngày 15 tháng 7 năm 2025",
        grid: tuple[int, ...] = (),
    ) -> None:
        """A borderless layout table; `grid` adds the odd columns Word leaves behind
        (widths in twips: slivers, a 0.1 mm column) around the two real ones."""
        columns = 2 + len(grid)
        table = self.doc.add_table(rows=1, cols=columns)
        widths = [*grid[: len(grid) // 2], 4000, *grid[len(grid) // 2 :], 5400]
        for col, width in zip(table._tbl.tblGrid.gridCol_lst, widths, strict=True):
            col.w = width * 635  # twips to EMU
        cells = table.rows[0].cells
        left_cell = cells[len(grid) // 2]
        right_cell = cells[-1]
        for cell in (left_cell, right_cell):
            cell.paragraphs[0]._p.getparent().remove(cell.paragraphs[0]._p)
        for text, bold in left:
            self.para(text, bold=bold, center=True, container=left_cell, content=False)
        national = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
        for text in national:
            self.para(text, bold=True, center=True, container=right_cell, content=False)
        self.para(right_date, italic=True, center=True, container=right_cell, content=False)

    def title(self, abstract: str) -> None:
        self.para("BÁO CÁO", bold=True, center=True, content=False)
        self.para(abstract, bold=True, center=True, content=False)

    def footer(
        self, lines: tuple[str, ...] = ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), name: str = ""
    ) -> None:
        table = self.doc.add_table(rows=1, cols=2)
        left, right = table.rows[0].cells
        for cell in (left, right):
            cell.paragraphs[0]._p.getparent().remove(cell.paragraphs[0]._p)
        self.para("Nơi nhận:", bold=True, italic=True, container=left, content=False)
        self.para("- Thường trực Tỉnh ủy;", container=left, content=False)
        self.para("- Lưu: VT, NC.", container=left, content=False)
        for line in lines:
            self.para(line, bold=True, center=True, container=right, content=False)
        if name:
            self.para(name, bold=True, center=True, container=right, content=False)

    # -- tables --------------------------------------------------------------------
    def table(self, rows: list[list[str | list[str] | None]], widths: list[int]) -> Any:
        """A ruled table; a list is a cell of several paragraphs, None continues the cell
        above (a vertical merge)."""
        table = self.doc.add_table(rows=len(rows), cols=len(widths))
        table.style = "Table Grid"
        for col, width in zip(table._tbl.tblGrid.gridCol_lst, widths, strict=True):
            col.w = width * 635
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                cell = table.cell(r, c)
                if value is None:
                    table.cell(r - 1, c).merge(cell)
                    continue
                lines = [value] if isinstance(value, str) else value
                cell.paragraphs[0].add_run(lines[0])
                for line in lines[1:]:
                    cell.add_paragraph(line)
                self.words += " ".join(lines).split()
        return table

    def landscape(self) -> None:
        section = self.doc.add_section(WD_SECTION.NEW_PAGE)
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width

    def portrait(self) -> None:
        section = self.doc.add_section(WD_SECTION.NEW_PAGE)
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = section.page_height, section.page_width

    # -- saving --------------------------------------------------------------------
    def endnote(self, paragraph: Any, note: str) -> None:
        """A Word endnote (endnotes.xml), which some offices use for their notes."""
        self.endnotes.append(note)
        run = OxmlElement("w:r")
        ref = OxmlElement("w:endnoteReference")
        ref.set(qn("w:id"), str(len(self.endnotes)))
        run.append(ref)
        paragraph._p.append(run)
        self.words += note.split()

    def save(self, path: Path) -> Path:
        if self.footnotes:
            _footnotes_part(self.doc, self.footnotes)
        if self.endnotes:
            _footnotes_part(self.doc, self.endnotes, "endnote")
        self.doc.save(str(path))
        return path


def _footnotes_part(document: Any, notes: list[str], tag: str = "footnote") -> None:
    """footnotes.xml (or endnotes.xml) as Word writes it: the separator notes -1/0, then
    one note per id."""
    items = [
        f'<w:{tag} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{tag}>'
        f'<w:{tag} w:type="continuationSeparator" w:id="0"><w:p><w:r>'
        f"<w:continuationSeparator/></w:r></w:p></w:{tag}>"
    ]
    for number, note in enumerate(notes, start=1):
        items.append(
            f'<w:{tag} w:id="{number}"><w:p>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:{tag}Ref/></w:r>'
            f'<w:r><w:t xml:space="preserve"> {_escape(note)}</w:t></w:r></w:p></w:{tag}>'
        )
    xml = f'<w:{tag}s xmlns:w="{W}">{"".join(items)}</w:{tag}s>'
    footnote = tag == "footnote"
    part = Part(
        PackURI(f"/word/{tag}s.xml"),
        CONTENT_TYPE.WML_FOOTNOTES if footnote else CONTENT_TYPE.WML_ENDNOTES,
        xml.encode("utf-8"),
        document.part.package,
    )
    relationship = RELATIONSHIP_TYPE.FOOTNOTES if footnote else RELATIONSHIP_TYPE.ENDNOTES
    document.part.relate_to(part, relationship)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ------------------------------------------------------------------ the corpus files
def _standard(office: Office, abstract: str = "Kết quả công tác cải cách hành chính") -> None:
    office.header([("UBND TỈNH LÂM ĐỒNG", False), ("SỞ NỘI VỤ", True), ("Số: 120/BC-SNV", False)])
    office.title(abstract)


def footnotes(path: Path) -> RealFile:
    office = Office()
    _standard(office)
    first = office.para(
        "Thực hiện Kế hoạch số 55/KH-UBND ngày 10/01/2025 của UBND tỉnh về cải cách "
        "hành chính, Sở Nội vụ báo cáo như sau:"
    )
    office.footnote(first, "Kế hoạch thực hiện Đề án 06 trên địa bàn tỉnh năm 2025.")
    office.para("1. Kết quả thực hiện", bold=True, content=False)
    office.words += ["Kết", "quả", "thực", "hiện"]
    body = office.para("Toàn tỉnh đã cắt giảm 120 thủ tục hành chính trong năm.")
    office.footnote(body, "Gồm 80 thủ tục cấp tỉnh và 40 thủ tục cấp huyện.")
    office.para("Trên đây là báo cáo của Sở Nội vụ./.")
    office.footer(name="Nguyễn Văn An")
    return RealFile(
        "footnotes",
        office.save(path),
        {"closing": "Trên đây là báo cáo của Sở Nội vụ./.", "signature.name": "Nguyễn Văn An"},
        office.words,
    )


def cells_of_paragraphs(path: Path) -> RealFile:
    office = Office()
    _standard(office)
    office.para(
        "Thực hiện Kế hoạch số 55/KH-UBND ngày 10/01/2025 của UBND tỉnh, Sở Nội vụ báo cáo như sau:"
    )
    office.para("1. Văn bản đã ban hành", bold=True, content=False)
    office.words += ["Văn", "bản", "đã", "ban", "hành"]
    office.table(
        [
            ["TT", "Lĩnh vực", "Văn bản"],
            ["1", "Tổ chức", ["- Kế hoạch số 12/KH-SNV;", "- Báo cáo số 30/BC-SNV."]],
            [
                "2",
                "Công chức",
                [
                    "- Quyết định số 5/QĐ-SNV;",
                    "- Công văn số 77/SNV-VP;",
                    "- Thông báo số 9/TB-SNV.",
                ],
            ],
        ],
        [700, 3000, 5000],
    )
    office.para("Trên đây là báo cáo của Sở Nội vụ./.")
    office.footer(name="Nguyễn Văn An")
    return RealFile(
        "cells_of_paragraphs",
        office.save(path),
        {"cell": "- Kế hoạch số 12/KH-SNV;\n- Báo cáo số 30/BC-SNV."},
        office.words,
    )


def provincial_committee(path: Path) -> RealFile:
    """A Provincial People's Committee: no governing body, its name on two bold lines,
    in a header table with a sliver column and a 0.1 mm grid column."""
    office = Office()
    office.header([(ISSUER[0], True), (ISSUER[1], True), ("Số: 45/BC-UBND", False)], grid=(57, 6))
    office.title("Tình hình kinh tế - xã hội 6 tháng đầu năm 2025")
    office.para("Thực hiện chỉ đạo của Chính phủ, UBND tỉnh báo cáo như sau:")
    office.para("1. Kinh tế", bold=True, content=False)
    office.words += ["Kinh", "tế"]
    office.para("Tổng sản phẩm trên địa bàn tăng 7,2% so với cùng kỳ.")
    office.para("Trên đây là báo cáo của UBND tỉnh./.")
    office.footer(("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"), "Trần Văn Bình")
    return RealFile(
        "provincial_committee",
        office.save(path),
        {"agency.parent": "", "agency.name": "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG"},
        office.words,
    )


def no_signer(path: Path) -> RealFile:
    office = Office()
    _standard(office)
    office.para("Sở Nội vụ báo cáo kết quả như sau:")
    office.para("1. Kết quả", bold=True, content=False)
    office.words += ["Kết", "quả"]
    office.para("Đã hoàn thành 12 nhiệm vụ trọng tâm.")
    office.para("Trên đây là báo cáo của Sở Nội vụ./.")
    office.footer(lines=(), name="")
    expect = {
        "closing": "Trên đây là báo cáo của Sở Nội vụ./.",
        "signature.name": "",
        "signature.lines": [],
    }
    return RealFile("no_signer", office.save(path), expect, office.words)


def wide_table(path: Path) -> RealFile:
    """A 16-column figures table in a landscape section inside the body."""
    office = Office()
    _standard(office)
    office.para("Sở Nội vụ báo cáo kết quả như sau:")
    office.para("1. Số liệu", bold=True, content=False)
    office.words += ["Số", "liệu"]
    office.landscape()
    header = ["TT", "Đơn vị"] + [f"T{month}" for month in range(1, 13)] + ["Tổng", "Ghi chú"]
    rows: list[list[str | list[str] | None]] = [list(header)]
    for number in range(1, 4):
        rows.append(
            [str(number), f"Huyện {number}"] + [str(m * number) for m in range(1, 13)] + ["78", ""]
        )
    office.table(rows, [500, 1800] + [700] * 12 + [800, 1200])
    office.portrait()
    office.para("Trên đây là báo cáo của Sở Nội vụ./.")
    office.footer(name="Nguyễn Văn An")
    return RealFile(
        "wide_table",
        office.save(path),
        {"closing": "Trên đây là báo cáo của Sở Nội vụ./."},
        office.words,
    )


def two_row_header(path: Path) -> RealFile:
    """Header cells spanning two rows, and no row marked to repeat."""
    office = Office()
    _standard(office)
    office.para("Sở Nội vụ báo cáo kết quả như sau:")
    office.para("1. Số liệu", bold=True, content=False)
    office.words += ["Số", "liệu"]
    table = office.table(
        [
            ["TT", "Đơn vị", "Số lượng", "", ""],
            [None, None, "Kế hoạch", "Thực hiện", ""],
            ["1", "Huyện Lạc Dương", "10", "12", ""],
        ],
        [700, 4000, 2000, 2000, 6],
    )
    table.cell(0, 2).merge(table.cell(0, 3))
    office.para("Trên đây là báo cáo của Sở Nội vụ./.")
    office.footer(name="Nguyễn Văn An")
    return RealFile("two_row_header", office.save(path), {"header_rows": 2}, office.words)


def long_field(path: Path) -> RealFile:
    """One header field of 1,800 characters: a paragraph typed into the layout table."""
    office = Office()
    long_text = " ".join(["NỘI DUNG GHI CHÚ DÀI CỦA ĐƠN VỊ SOẠN THẢO"] * 45)
    office.header(
        [("UBND TỈNH LÂM ĐỒNG", False), ("SỞ NỘI VỤ " + long_text, True), ("Số: 120/BC-SNV", False)]
    )
    office.words += long_text.split()
    office.title("Kết quả công tác cải cách hành chính")
    office.para("Sở Nội vụ báo cáo kết quả như sau:")
    office.para("Đã hoàn thành 12 nhiệm vụ trọng tâm.")
    office.para("Trên đây là báo cáo của Sở Nội vụ./.")
    office.footer(name="Nguyễn Văn An")
    expect = {
        "agency.parent": "UBND TỈNH LÂM ĐỒNG",
        "agency.name": "",
        "closing": "Trên đây là báo cáo của Sở Nội vụ./.",
    }
    return RealFile("long_field", office.save(path), expect, office.words)


def _heading(office: Office, number: str, text: str, bold: bool = True) -> None:
    office.para(f"{number} {text}", bold=bold, content=False)
    office.words += text.split()


def decimal_outline(path: Path) -> RealFile:
    """Headings numbered 1., 1.1., 1.1.1. as many offices type them; capitals with
    acronyms and Roman numerals."""
    office = Office()
    _standard(office, "Kết quả công tác CCHC quý II năm 2025")
    office.para("Căn cứ Kế hoạch số 12/KH-UBND ngày 05/01/2025 của UBND tỉnh, Sở Nội vụ báo cáo:")
    _heading(office, "1.", "KẾT QUẢ CÔNG TÁC CCHC QUÝ II")
    _heading(office, "1.1.", "Cải cách thể chế")
    office.para("Đã rà soát 45 văn bản quy phạm pháp luật.")
    _heading(office, "1.1.1.", "Rà soát văn bản", bold=False)
    office.para("Đã bãi bỏ 3 văn bản không còn phù hợp.")
    _heading(office, "1.2.", "Cải cách TTHC")
    office.para("Đã công bố 120 thủ tục hành chính.")
    _heading(office, "2.", "PHƯƠNG HƯỚNG QUÝ III")
    office.para("Tiếp tục đẩy mạnh chuyển đổi số.")
    office.para("Trên đây là báo cáo của Sở Nội vụ./.")
    office.footer(name="Nguyễn Văn An")
    return RealFile(
        "decimal_outline",
        office.save(path),
        {
            "outline": "roman",
            "headings": [
                "Kết quả công tác CCHC quý II",
                "Cải cách thể chế",
                "Rà soát văn bản",
                "Cải cách TTHC",
                "Phương hướng quý III",
            ],
        },
        office.words,
    )


def run_in_points(path: Path) -> RealFile:
    """Points d), đ) that run into their text, and the last point ending "./."."""
    office = Office()
    _standard(office)
    office.para("Sở Nội vụ báo cáo kết quả như sau:")
    _heading(office, "1.", "Kết quả")
    for letter, text in (
        ("a)", "Công tác tuyên truyền: đã tổ chức 20 hội nghị với 2.000 lượt người tham dự."),
        ("b)", "Công tác kiểm tra: đã kiểm tra 15 cơ quan, đơn vị."),
        ("c)", "Công tác thi đua: đã khen thưởng 30 tập thể."),
        ("d)", "Công tác đào tạo: đã mở 4 lớp bồi dưỡng."),
        ("đ)", "Công tác khác: đã hoàn thành các nhiệm vụ được giao./."),
    ):
        office.para(f"{letter} {text}", content=False)
        office.words += text.split()
    office.footer(name="Nguyễn Văn An")
    return RealFile("run_in_points", office.save(path), {"points": 5, "closing": ""}, office.words)


def basis_variants(path: Path) -> RealFile:
    """The căn cứ and "Thực hiện …" forms the issue met, in one opening paragraph."""
    office = Office()
    _standard(office)
    office.para(
        "Căn cứ Kế hoạch số 20/KH-UBND của UBND tỉnh về cải cách hành chính năm 2025; "
        "Quyết định số 15/QĐ-UBND ngày 10/02/2025 của UBND tỉnh về giao chỉ tiêu. "
        "Thực hiện chỉ đạo của UBND tỉnh tại Công văn số 345/UBND-NC, ngày 03/3/2025 về "
        "việc báo cáo kết quả cải cách hành chính. Sở Nội vụ báo cáo như sau:"
    )
    _heading(office, "1.", "Kết quả")
    office.para("Đã hoàn thành 12 nhiệm vụ trọng tâm.")
    office.para("Trên đây là báo cáo của Sở Nội vụ./.")
    office.footer(name="Nguyễn Văn An")
    return RealFile(
        "basis_variants",
        office.save(path),
        {
            "references": [
                ("Căn cứ", "Kế hoạch", "20/KH-UBND", None, "UBND tỉnh"),
                ("Căn cứ", "Quyết định", "15/QĐ-UBND", "2025-02-10", "UBND tỉnh"),
                (
                    "Thực hiện chỉ đạo của UBND tỉnh tại",
                    "Công văn",
                    "345/UBND-NC",
                    "2025-03-03",
                    "",
                ),
            ],
            "basis.closing": "Sở Nội vụ báo cáo như sau:",
        },
        office.words,
    )


def opening_without_reference(path: Path) -> RealFile:
    office = Office()
    _standard(office)
    office.para("Trong 6 tháng đầu năm, Sở Nội vụ đã triển khai các nhiệm vụ như sau:")
    _heading(office, "1.", "Kết quả")
    office.para("Đã hoàn thành 12 nhiệm vụ trọng tâm.")
    office.para("Trên đây là báo cáo của Sở Nội vụ./.")
    office.footer(name="Nguyễn Văn An")
    return RealFile(
        "opening_without_reference",
        office.save(path),
        {"basis.closing": "Trong 6 tháng đầu năm, Sở Nội vụ đã triển khai các nhiệm vụ như sau:"},
        office.words,
    )


def _png() -> bytes:
    """A 1×1 white PNG: a picture as Word embeds one."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\xff\xff")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def _text_box(paragraph: Any, text: str) -> None:
    """A shape's text, which Word keeps inside a run (w:txbxContent)."""
    box = OxmlElement("w:txbxContent")
    inner = OxmlElement("w:p")
    run = OxmlElement("w:r")
    piece = OxmlElement("w:t")
    piece.text = text
    run.append(piece)
    inner.append(run)
    box.append(inner)
    holder = OxmlElement("w:r")
    holder.append(box)
    paragraph._p.append(holder)


def _tracked(paragraph: Any, tag: str, text: str) -> None:
    change = OxmlElement(tag)
    change.set(qn("w:id"), "7")
    change.set(qn("w:author"), "Phòng Tổng hợp")
    run = OxmlElement("w:r")
    piece = OxmlElement("w:delText" if tag == "w:del" else "w:t")
    piece.text = text
    piece.set(qn("xml:space"), "preserve")
    run.append(piece)
    change.append(run)
    paragraph._p.append(change)


def marked_up(path: Path) -> RealFile:
    """A draft passed around the office: a comment, tracked changes and a picture."""
    office = Office()
    _standard(office)
    office.para("Sở Nội vụ báo cáo kết quả như sau:")
    _heading(office, "1.", "Kết quả")
    changed = office.para("Đã hoàn thành")
    _tracked(changed, "w:ins", " 12 nhiệm vụ")
    _tracked(changed, "w:del", " 10 nhiệm vụ")
    office.words += ["12", "nhiệm", "vụ"]
    commented = office.para("Tỷ lệ hồ sơ trực tuyến đạt 85%.")
    reference = OxmlElement("w:r")
    mark = OxmlElement("w:commentReference")
    mark.set(qn("w:id"), "0")
    reference.append(mark)
    commented._p.append(reference)
    office.doc.add_picture(io.BytesIO(_png()))
    boxed = office.para("Số liệu chi tiết trong khung bên cạnh.")
    _text_box(boxed, "Số liệu tạm tính đến ngày 30/6.")
    office.words += ["Số", "liệu", "tạm", "tính", "đến", "ngày", "30/6."]
    ended = office.para("Kinh phí thực hiện từ ngân sách tỉnh.")
    office.endnote(ended, "Theo Quyết định giao dự toán năm 2025.")
    office.para("Trên đây là báo cáo của Sở Nội vụ./.")
    office.footer(name="Nguyễn Văn An")
    return RealFile(
        "marked_up",
        office.save(path),
        {"closing": "Trên đây là báo cáo của Sở Nội vụ./."},
        office.words,
    )


def parts(path: Path) -> RealFile:
    """Phần thứ nhất / Phần thứ hai above I., II."""
    office = Office()
    _standard(office)
    office.para("Sở Nội vụ báo cáo kết quả như sau:")
    for part, title in (("Phần thứ nhất", "KẾT QUẢ"), ("Phần thứ hai", "NHIỆM VỤ")):
        office.para(f"{part.upper()}: {title} 6 THÁNG", bold=True, center=True, content=False)
        office.words += f"{title} 6 THÁNG".split()  # `Phần thứ nhất` is the part's numbering
        _heading(office, "I.", "CÔNG TÁC CHỈ ĐẠO")
        office.para("Đã ban hành 5 kế hoạch.")
    office.para("Trên đây là báo cáo của Sở Nội vụ./.")
    office.footer(name="Nguyễn Văn An")
    return RealFile(
        "parts",
        office.save(path),
        {"outline": "roman", "closing": "Trên đây là báo cáo của Sở Nội vụ./."},
        office.words,
    )


def wide_appendix(path: Path) -> RealFile:
    """A Phụ lục on portrait pages holding a 14-column table."""
    office = Office()
    _standard(office)
    office.para("Sở Nội vụ báo cáo kết quả như sau (chi tiết tại Phụ lục):")
    _heading(office, "1.", "Kết quả")
    office.para("Đã hoàn thành 12 nhiệm vụ trọng tâm.")
    office.para("Trên đây là báo cáo của Sở Nội vụ./.")
    office.footer(name="Nguyễn Văn An")
    office.para("Phụ lục", bold=True, center=True, content=False)
    office.para("SỐ LIỆU THEO THÁNG", bold=True, center=True, content=False)
    office.words += ["Số", "liệu", "theo", "tháng"]
    header = ["TT", "Đơn vị"] + [f"T{month}" for month in range(1, 13)]
    rows: list[list[str | list[str] | None]] = [header]
    rows.append(["1", "Huyện Lạc Dương"] + [str(m) for m in range(1, 13)])
    office.table(rows, [300, 1800] + [600] * 12)  # TT: 3 mm on a portrait page
    expect = {"appendices": [("Số liệu theo tháng", "landscape")]}
    return RealFile("wide_appendix", office.save(path), expect, office.words)


# -- the other types (issue 21): files whose type line is not BÁO CÁO ------------------
def _typed_header(office: Office, number: str, right: tuple[str, ...] = ()) -> None:
    """The layout table with `Số:` (and a công văn's V/v lines) under the agency."""
    table = office.doc.add_table(rows=1, cols=2)
    left_cell, right_cell = table.rows[0].cells
    for cell in (left_cell, right_cell):
        cell.paragraphs[0]._p.getparent().remove(cell.paragraphs[0]._p)
    office.para("UBND TỈNH LÂM ĐỒNG", center=True, container=left_cell, content=False)
    office.para("SỞ NỘI VỤ", bold=True, center=True, container=left_cell, content=False)
    office.para(number, center=True, container=left_cell, content=False)
    national = right or ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
    for text in national:
        office.para(text, bold=True, center=True, container=right_cell, content=False)
    date = "Lâm Đồng, ngày 15 tháng 7 năm 2025"
    office.para(date, italic=True, center=True, container=right_cell, content=False)


def letter(path: Path) -> RealFile:
    """A công văn: no type line, the V/v wrapped over two paragraphs under `Số:`."""
    office = Office()
    _typed_header(office, "Số: 345/SNV-CCVC")
    cell = office.doc.tables[0].rows[0].cells[0]
    for line in ("V/v báo cáo số lượng công chức", "cấp xã năm 2025"):
        office.para(line, center=True, container=cell, content=False)
        office.words += line.removeprefix("V/v ").split()  # `V/v` is the trích yếu's label
    office.para("Kính gửi:", center=True, content=False)
    office.para("- UBND các huyện, thành phố;")
    office.para("- Các sở, ban, ngành tỉnh.")
    office.para("Sở Nội vụ đề nghị các cơ quan báo cáo số lượng công chức cấp xã năm 2025./.")
    office.footer(("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"), "Nguyễn Văn An")
    expect = {
        "doc_type": "CV",
        "unit": "CCVC",
        "title": "báo cáo số lượng công chức cấp xã năm 2025",
        "agency.abbreviation": "SNV",
    }
    return RealFile("letter", office.save(path), expect, office.words)


def minutes(path: Path) -> RealFile:
    """A Biên bản, a type the app does not write: imported as a report, every word kept
    but the type line, which the review names."""
    office = Office()
    _typed_header(office, "Số: 05/BB-SNV")
    office.para("BIÊN BẢN", bold=True, center=True, content=False)
    office.para("Họp xét thi đua, khen thưởng năm 2025", bold=True, center=True)
    office.para("Hồi 14 giờ ngày 15/7/2025, Hội đồng thi đua Sở Nội vụ họp xét khen thưởng.")
    _heading(office, "1.", "Thành phần")
    office.para("Có 7/7 thành viên dự họp.")
    office.para("Biên bản kết thúc lúc 16 giờ cùng ngày./.")
    office.footer(("CHỦ TỊCH HỘI ĐỒNG",), "Nguyễn Văn An")
    expect = {
        "doc_type": "BC",
        "symbol": "BB-SNV",
        "title": "Họp xét thi đua, khen thưởng năm 2025",
    }
    return RealFile("minutes", office.save(path), expect, office.words)


def party_report(path: Path) -> RealFile:
    """A Party document: `ĐẢNG CỘNG SẢN VIỆT NAM` for the national title, `Số 45-BC/ĐU`."""
    office = Office()
    _typed_header(office, "Số 45-BC/ĐU", ("ĐẢNG CỘNG SẢN VIỆT NAM",))
    abstract = "Kết quả lãnh đạo 6 tháng đầu năm 2025"
    office.title(abstract)
    office.words += abstract.split()
    office.para("Đảng ủy Sở Nội vụ báo cáo kết quả như sau:")
    _heading(office, "1.", "Kết quả")
    office.para("Hoàn thành 12 nhiệm vụ trọng tâm.")
    office.para("Trên đây là báo cáo của Đảng ủy Sở Nội vụ./.")
    office.footer(("T/M ĐẢNG ỦY", "BÍ THƯ"), "Nguyễn Văn An")
    expect = {"doc_type": "BC", "number": "45", "agency.abbreviation": "ĐU"}
    return RealFile("party_report", office.save(path), expect, office.words)


CORPUS: dict[str, Callable[[Path], RealFile]] = {
    "letter": letter,
    "minutes": minutes,
    "party_report": party_report,
    "wide_appendix": wide_appendix,
    "parts": parts,
    "marked_up": marked_up,
    "decimal_outline": decimal_outline,
    "run_in_points": run_in_points,
    "basis_variants": basis_variants,
    "opening_without_reference": opening_without_reference,
    "footnotes": footnotes,
    "cells_of_paragraphs": cells_of_paragraphs,
    "provincial_committee": provincial_committee,
    "no_signer": no_signer,
    "wide_table": wide_table,
    "two_row_header": two_row_header,
    "long_field": long_field,
}


# ------------------------------------------------------------------ what was kept
_NUMBERING = re.compile(r"^(\d+(\.\d+)*\.?|[a-zđ]\)|[IVXLC]+\.)$")


def draft_words(draft: Draft) -> Counter[str]:
    """The words the draft prints (its footnotes included), case-folded."""
    texts = [text for part in printed_report(draft) for text in part.texts()]
    texts += [run.footnote for run in all_runs(draft) if getattr(run, "footnote", "")]
    return Counter(_word(word) for text in texts for word in text.split())


def _word(token: str) -> str:
    """A word without the punctuation around it: a reference reprints `số 12/KH,` as
    `số 12/KH` and a joined `;` as `.`; the words are what must be kept."""
    return token.strip(".,;:()/").casefold()


def all_runs(draft: Draft) -> list[Run]:
    blocks = [b for s in _sections(draft.sections) for b in s.blocks]
    blocks += [b for appendix in draft.appendices for b in appendix.blocks]
    out: list[Run] = []
    for block in blocks:
        if isinstance(block, Table):
            out += [run for row in block.rows for cell in row if cell for run in cell.runs]
        else:
            out += block.runs
    return out


def _sections(sections: list[Section]) -> Iterator[Section]:
    for section in sections:
        yield section
        yield from _sections(section.sections)


def kept(typed: list[str], draft: Draft) -> tuple[float, list[str]]:
    """The share of the typed content words the draft prints, and the words it lost."""
    wanted = Counter(_word(w) for w in typed if not _NUMBERING.match(w) and _word(w))
    lost = wanted - draft_words(draft)
    total = sum(wanted.values())
    return (total - sum(lost.values())) / total, sorted(lost.elements())
