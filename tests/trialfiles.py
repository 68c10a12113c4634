"""Word reports from the trial of four hand-typed reports, one per failure class it found.

Written as a provincial clerk's Word writes them (python-docx and raw XML, never the
app's own writer): numbers typed as text followed by a space or a tab, Word's own
multi-level numbering (`w:numPr`), paragraphs whose first words are bold, a Kính gửi
ending with a full stop, a twelve-column table whose cells carry their widths.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt
from realfiles import Office, RealFile, _standard

Flags = str  # "b", "i", "bi" or ""


def typed(office: Office, parts: list[tuple[str, Flags]], *, words: bool = True) -> Any:
    """One paragraph of runs, each bold or italic as the clerk made it."""
    paragraph = office.doc.add_paragraph()
    for text, flags in parts:
        run = paragraph.add_run(text)
        run.bold = "b" in flags or None
        run.italic = "i" in flags or None
    if words:
        office.words += "".join(text for text, _ in parts).split()
    return paragraph


def heading(office: Office, number: str, text: str, *, bold: bool = True) -> None:
    """A heading typed with its number; the number itself is no content word."""
    typed(office, [(f"{number} {text}", "b" if bold else "")], words=False)
    office.words += text.split()


def _ending(office: Office) -> None:
    office.para("Trên đây là báo cáo của Sở Nội vụ./.")
    office.footer(name="Nguyễn Văn An")


CLOSING = "Trên đây là báo cáo của Sở Nội vụ./."


# -- 1. decimal numbering and points under it --------------------------------------------
# (level, heading) of every section in order, as the draft must hold them
THREE_LEVELS = [
    (1, "Kết quả thực hiện"),
    (2, "Cải cách thể chế"),
    (3, "Rà soát văn bản"),
    (3, "Kiểm tra văn bản"),
    (2, "Cải cách thủ tục hành chính"),
]


def nested_numbering(path: Path) -> RealFile:
    """1. / 1.1. / a): three levels typed as text, points both under 1.1. and under 2."""
    office = Office()
    _standard(office)
    office.para("Thực hiện Kế hoạch số 55/KH-UBND ngày 10/01/2025 của UBND tỉnh, báo cáo như sau:")
    heading(office, "1.", "KẾT QUẢ THỰC HIỆN")
    heading(office, "1.1.", "Cải cách thể chế")
    heading(office, "a)", "Rà soát văn bản", bold=False)
    office.para("Đã rà soát 45 văn bản quy phạm pháp luật.")
    heading(office, "b)", "Kiểm tra văn bản", bold=False)
    office.para("Đã kiểm tra 12 văn bản.")
    heading(office, "1.2.", "Cải cách thủ tục hành chính")
    office.para("Đã công bố 120 thủ tục hành chính.")
    heading(office, "2.", "PHƯƠNG HƯỚNG QUÝ III")
    heading(office, "a)", "Tiếp tục rà soát văn bản", bold=False)
    office.para("Hoàn thành trong tháng 9.")
    _ending(office)
    tree = [*THREE_LEVELS, (1, "Phương hướng quý III"), (2, ""), (3, "Tiếp tục rà soát văn bản")]
    return RealFile(
        "nested_numbering", office.save(path), {"outline": "roman", "tree": tree}, office.words
    )


def roman_too_deep(path: Path) -> RealFile:
    """I. / 1. / 1.1. / a): one level more than the roman outline holds."""
    office = Office()
    _standard(office)
    office.para("Thực hiện Kế hoạch số 55/KH-UBND ngày 10/01/2025 của UBND tỉnh, báo cáo như sau:")
    heading(office, "I.", "KẾT QUẢ THỰC HIỆN")
    heading(office, "1.", "Cải cách thể chế")
    heading(office, "1.1.", "Rà soát văn bản")
    typed(office, [("a) Văn bản cấp tỉnh", "")], words=True)
    office.para("Đã rà soát 45 văn bản.")
    typed(office, [("b) Văn bản cấp huyện", "")], words=True)
    office.para("Đã rà soát 30 văn bản.")
    heading(office, "1.2.", "Kiểm tra văn bản")
    office.para("Đã kiểm tra 12 văn bản.")
    heading(office, "2.", "Cải cách thủ tục hành chính")
    heading(office, "a)", "Công bố thủ tục", bold=False)
    office.para("Đã công bố 120 thủ tục.")
    _ending(office)
    tree = [*THREE_LEVELS[:2], (2, "Cải cách thủ tục hành chính")]
    kept = ["1.1. Rà soát văn bản", "a) Văn bản cấp tỉnh", "Đã rà soát 45 văn bản."]
    kept += ["b) Văn bản cấp huyện", "Đã rà soát 30 văn bản.", "1.2. Kiểm tra văn bản"]
    kept.append("Đã kiểm tra 12 văn bản.")
    expect = {"outline": "roman", "tree": tree, "kept": kept}
    return RealFile("roman_too_deep", office.save(path), expect, office.words)


_NUMBERING = (
    '<w:abstractNum {ns} w:abstractNumId="90"><w:multiLevelType w:val="multilevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
    '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
    '<w:lvlText w:val="%1.%2."/><w:lvlJc w:val="left"/></w:lvl>'
    '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
    '<w:lvlText w:val="%3)"/><w:lvlJc w:val="left"/></w:lvl>'
    "</w:abstractNum>"
)


def _outline_list(office: Office) -> str:
    """A multi-level list `1.` / `1.1.` / `a)` in numbering.xml, as Word's Define New
    Multilevel List makes it; its numId."""
    numbering = office.doc.part.numbering_part.element
    abstract = parse_xml(_NUMBERING.format(ns=nsdecls("w")))
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    num = parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>')
    numbering.append(num)
    return "90"


def _numbered(office: Office, num_id: str, level: int, text: str, *, bold: bool) -> None:
    paragraph = typed(office, [(text, "b" if bold else "")])
    p_pr = paragraph._p.get_or_add_pPr()
    p_pr.insert(
        0,
        parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/>'
            f'<w:numId w:val="{num_id}"/></w:numPr>'
        ),
    )


def word_numbered_outline(path: Path) -> RealFile:
    """The same three levels numbered by Word itself: no number in the text."""
    office = Office()
    _standard(office)
    office.para("Thực hiện Kế hoạch số 55/KH-UBND ngày 10/01/2025 của UBND tỉnh, báo cáo như sau:")
    num = _outline_list(office)
    _numbered(office, num, 0, "KẾT QUẢ THỰC HIỆN", bold=True)
    _numbered(office, num, 1, "Cải cách thể chế", bold=True)
    _numbered(office, num, 2, "Rà soát văn bản", bold=False)
    office.para("Đã rà soát 45 văn bản quy phạm pháp luật.")
    _numbered(office, num, 2, "Kiểm tra văn bản", bold=False)
    office.para("Đã kiểm tra 12 văn bản.")
    _numbered(office, num, 1, "Cải cách thủ tục hành chính", bold=True)
    office.para("Đã công bố 120 thủ tục hành chính.")
    _numbered(office, num, 0, "PHƯƠNG HƯỚNG QUÝ III", bold=True)
    _numbered(
        office,
        num,
        1,
        "Tiếp tục rà soát, hệ thống hóa văn bản quy phạm pháp luật của tỉnh.",
        bold=False,
    )
    _ending(office)
    tree = [*THREE_LEVELS, (1, "Phương hướng quý III")]
    expect = {
        "outline": "roman",
        "tree": tree,
        "kept": "2.1. Tiếp tục rà soát, hệ thống hóa văn bản quy phạm pháp luật của tỉnh.",
    }
    return RealFile("word_numbered_outline", office.save(path), expect, office.words)


# -- 2. numbered paragraphs that are no headings -------------------------------------------
POINTS = [
    "1.\tCải cách thể chế: rà soát, hệ thống hóa văn bản, hoàn thiện thể chế theo kế hoạch.",
    "2. Cải cách thủ tục hành chính: tiếp tục rà soát, đơn giản hóa thủ tục hành chính",
    "3. Chuyển đổi số: kết nối Hệ thống giải quyết thủ tục hành chính với Cổng quốc gia./.",
]


def numbered_points(path: Path) -> RealFile:
    """Plain numbered points under II., the second with a bold lead, the last ending ./."""
    office = Office()
    _standard(office)
    office.para("Thực hiện Kế hoạch số 55/KH-UBND ngày 10/01/2025 của UBND tỉnh, báo cáo như sau:")
    heading(office, "I.", "KẾT QUẢ THỰC HIỆN")
    heading(office, "1.", "Cải cách thể chế")
    office.para("Đã rà soát 45 văn bản quy phạm pháp luật.")
    heading(office, "2.", "Cải cách thủ tục hành chính")
    office.para("Đã công bố 120 thủ tục hành chính.")
    heading(office, "II.", "NHIỆM VỤ QUÝ III")
    typed(office, [(POINTS[0], "")])
    lead, rest = POINTS[1].split(": ", 1)
    typed(office, [(lead + ":", "b"), (" " + rest, "")])
    typed(office, [(POINTS[2], "")])
    office.footer(name="Nguyễn Văn An")
    points = [" ".join(point.split()) for point in POINTS]
    expect = {"outline": "roman", "closing": "", "points": points}
    return RealFile("numbered_points", office.save(path), expect, office.words)


# -- 3. parts above I. -----------------------------------------------------------------
def part_lines(path: Path) -> RealFile:
    """`Phần thứ nhất` and `PHẦN II` on lines of their own, each name on the next line."""
    office = Office()
    _standard(office)
    office.para("Thực hiện Kế hoạch số 55/KH-UBND ngày 10/01/2025 của UBND tỉnh, báo cáo như sau:")
    typed(office, [("Phần thứ nhất", "b")]).alignment = 1
    typed(office, [("KẾT QUẢ THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM", "b")]).alignment = 1
    heading(office, "I.", "CÔNG TÁC CHỈ ĐẠO")
    office.para("Đã ban hành 5 kế hoạch.")
    typed(office, [("PHẦN II", "b")]).alignment = 1
    typed(office, [("Nhiệm vụ 6 tháng cuối năm", "b")]).alignment = 1
    heading(office, "I.", "NHIỆM VỤ TRỌNG TÂM")
    office.para("Hoàn thành kế hoạch năm.")
    _ending(office)
    parts = ["KẾT QUẢ THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM", "Nhiệm vụ 6 tháng cuối năm"]
    expect = {"outline": "roman", "closing": CLOSING, "parts": parts}
    expect["tree"] = [(1, parts[0]), (2, "Công tác chỉ đạo"), (1, parts[1])]
    expect["tree"] += [(2, "Nhiệm vụ trọng tâm")]
    labels = ["Phần", "thứ", "nhất", "PHẦN", "II"]  # the part's number: printing makes it
    words = _without(office.words, labels)
    return RealFile("part_lines", office.save(path), expect, words)


def _without(words: list[str], labels: list[str]) -> list[str]:
    """The typed words less a part label's (each once), which becomes the part's number."""
    out = list(words)
    for label in labels:
        out.remove(label)
    return out


_PARTS = (
    '<w:abstractNum {ns} w:abstractNumId="91"><w:multiLevelType w:val="multilevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="2"/><w:numFmt w:val="upperRoman"/>'
    '<w:lvlText w:val="PHẦN %1."/><w:lvlJc w:val="center"/></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/>'
    '<w:lvlText w:val="%2."/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum>'
)


def word_numbered_parts(path: Path) -> RealFile:
    """A part line straight under the title (no opening sentence), and a second part
    numbered by Word's list (`PHẦN %1.` above `%2.`): no part number in the text."""
    office = Office()
    _standard(office)
    typed(office, [("PHẦN THỨ NHẤT", "b")]).alignment = 1
    typed(office, [("TÌNH HÌNH THỰC HIỆN NHIỆM VỤ", "b")]).alignment = 1
    heading(office, "I.", "CÔNG TÁC CHỈ ĐẠO")
    office.para("Đã ban hành 5 kế hoạch.")
    numbering = office.doc.part.numbering_part.element
    numbering.find(qn("w:num")).addprevious(parse_xml(_PARTS.format(ns=nsdecls("w"))))
    numbering.append(
        parse_xml(f'<w:num {nsdecls("w")} w:numId="91"><w:abstractNumId w:val="91"/></w:num>')
    )
    _numbered(office, "91", 0, "NHIỆM VỤ 6 THÁNG CUỐI NĂM", bold=True)
    _numbered(office, "91", 1, "NHIỆM VỤ TRỌNG TÂM", bold=True)
    office.para("Hoàn thành kế hoạch năm.")
    _ending(office)
    parts = ["TÌNH HÌNH THỰC HIỆN NHIỆM VỤ", "NHIỆM VỤ 6 THÁNG CUỐI NĂM"]
    expect = {"outline": "roman", "closing": CLOSING, "parts": parts}
    expect["tree"] = [(1, parts[0]), (2, "Công tác chỉ đạo"), (1, parts[1])]
    expect["tree"] += [(2, "Nhiệm vụ trọng tâm")]
    words = _without(office.words, ["PHẦN", "THỨ", "NHẤT"])
    return RealFile("word_numbered_parts", office.save(path), expect, words)


# -- 4. a twelve-column table whose cells carry their widths --------------------------
TWELVE = [400, 2000] + [650] * 10  # twips: TT, Đơn vị, ten months' figures


def twelve_columns(path: Path) -> RealFile:
    """A figures table on a portrait page, exported by an e-office system: its grid is
    equal columns, the cells' own widths (w:tcW) are what Word lays out."""
    office = Office()
    _standard(office)
    office.para("Thực hiện Kế hoạch số 55/KH-UBND ngày 10/01/2025 của UBND tỉnh, báo cáo như sau:")
    heading(office, "1.", "Số liệu theo tháng")
    header = ["TT", "Đơn vị"] + [f"T{month}" for month in range(1, 11)]
    rows: list[list[str | list[str] | None]] = [header]
    for number in range(1, 4):
        rows.append([str(number), f"Huyện số {number}"] + [str(m + number) for m in range(10)])
    table = office.table(rows, [sum(TWELVE) // 12] * 12)  # the stale, equal grid
    for row in table.rows:
        for cell, width in zip(row.cells, TWELVE, strict=True):
            tc_pr = cell._tc.get_or_add_tcPr()
            for old in tc_pr.findall(qn("w:tcW")):
                tc_pr.remove(old)
            tc_pr.insert(0, parse_xml(f'<w:tcW {nsdecls("w")} w:w="{width}" w:type="dxa"/>'))
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(11)
    _ending(office)
    expect = {"closing": CLOSING, "widths": TWELVE}
    return RealFile("twelve_columns", office.save(path), expect, office.words)


def landscape_body_table(path: Path) -> RealFile:
    """A 14-column table of years on a landscape page inside the body: it fits a portrait
    page only squeezed, its years broken in the header."""
    office = Office()
    _standard(office)
    office.para("Thực hiện Kế hoạch số 55/KH-UBND ngày 10/01/2025 của UBND tỉnh, báo cáo như sau:")
    heading(office, "1.", "Chỉ tiêu qua các năm")
    office.landscape()
    header = ["TT", "Chỉ tiêu", "ĐVT"] + [str(year) for year in range(2015, 2026)]
    rows: list[list[str | list[str] | None]] = [list(header)]
    for number in range(1, 5):
        rows.append([str(number), f"Chỉ tiêu {number}", "%"] + [f"{number}{m}" for m in range(11)])
    office.table(rows, [900, 2400, 900] + [850] * 11)
    office.portrait()
    _ending(office)
    expect = {"closing": CLOSING, "appendices": [("Chỉ tiêu qua các năm", "landscape")]}
    return RealFile("landscape_body_table", office.save(path), expect, office.words)


def labelled_table(path: Path) -> RealFile:
    """A table of labels and values (a task's card), no header row, the labels bold; and
    a figures table whose plain first row starts with `TT` (a header all the same), with
    a table nested in one of its cells."""
    office = Office()
    _standard(office)
    office.para("Thực hiện Kế hoạch số 55/KH-UBND ngày 10/01/2025 của UBND tỉnh, báo cáo như sau:")
    heading(office, "1.", "Thông tin nhiệm vụ")
    card = office.table(
        [
            ["Tên nhiệm vụ", "Ứng dụng công nghệ sinh học trong nhân giống hồi"],
            ["Chủ nhiệm", "ThS. Hoàng Văn Bình"],
            ["Kinh phí", "1.250 triệu đồng"],
        ],
        [2500, 6500],
    )
    for row in card.rows:
        row.cells[0].paragraphs[0].runs[0].bold = True
    heading(office, "2.", "Số liệu")
    figures = office.table(
        [["TT", "Chỉ tiêu", "Kết quả"], ["1", "Hội thảo", "3"]], [800, 5000, 2000]
    )
    inner = figures.cell(1, 2).add_table(rows=2, cols=2)  # a table in a cell, as offices make
    for r, texts in enumerate((["Quý I", "1"], ["Quý II", "2"])):
        for c, text in enumerate(texts):
            inner.cell(r, c).paragraphs[0].add_run(text)
            office.words += text.split()
    _ending(office)
    expect = {"closing": CLOSING, "header_rows": [0, 1]}
    return RealFile("labelled_table", office.save(path), expect, office.words)


# -- 5. punctuation kept exactly -------------------------------------------------------
KINH_GUI = "Kính gửi: Ủy ban nhân dân tỉnh Lâm Đồng."


def addressed(path: Path) -> RealFile:
    office = Office()
    _standard(office)
    office.para(KINH_GUI, content=False)
    office.words += KINH_GUI.split()[2:]
    office.para("Thực hiện Kế hoạch số 55/KH-UBND ngày 10/01/2025 của UBND tỉnh, báo cáo như sau:")
    heading(office, "1.", "Kết quả")
    office.para("Đã hoàn thành 12 nhiệm vụ trọng tâm.")
    _ending(office)
    expect = {"closing": CLOSING, "printed_addressees": [KINH_GUI]}
    return RealFile("addressed", office.save(path), expect, office.words)


ADDRESSEES = ["Sở Tài chính", "Sở Kế hoạch và Đầu tư"]


def addressed_on_one_line(path: Path) -> RealFile:
    office = Office()
    _standard(office)
    line = f"Kính gửi: {'; '.join(ADDRESSEES)}."
    office.para(line, content=False)
    office.words += line.split()[2:]
    office.para("Thực hiện Kế hoạch số 55/KH-UBND ngày 10/01/2025 của UBND tỉnh, báo cáo như sau:")
    heading(office, "1.", "Kết quả")
    office.para("Đã hoàn thành 12 nhiệm vụ trọng tâm.")
    _ending(office)
    expect = {"closing": CLOSING, "addressees": ADDRESSEES}
    return RealFile("addressed_on_one_line", office.save(path), expect, office.words)


def addressed_in_a_table(path: Path) -> RealFile:
    """`Kính gửi:` in the left cell of a borderless table, the addressees in the right."""
    office = Office()
    _standard(office)
    table = office.table([["Kính gửi:", [f"- {name};" for name in ADDRESSEES]]], [1600, 6000])
    table.style = None  # no borders: a layout table
    office.words = [w for w in office.words if w not in ("Kính", "gửi:", "-")]
    office.para("Thực hiện Kế hoạch số 55/KH-UBND ngày 10/01/2025 của UBND tỉnh, báo cáo như sau:")
    heading(office, "1.", "Kết quả")
    office.para("Đã hoàn thành 12 nhiệm vụ trọng tâm.")
    _ending(office)
    expect = {"closing": CLOSING, "addressees": ADDRESSEES}
    return RealFile("addressed_in_a_table", office.save(path), expect, office.words)


# -- 6. a footnote's own bold and italic ---------------------------------------------------
NOTE_RUNS = [
    ("Theo ", ""),
    ("Quyết định số 15/QĐ-UBND", "b"),
    (" ngày 10/02/2025 của UBND tỉnh ", ""),
    ("(đã sửa đổi, bổ sung)", "i"),
    (".", ""),
]


def formatted_footnote(path: Path) -> RealFile:
    """A footnote whose text is partly bold and italic, as Word keeps it in footnotes.xml."""
    office = Office()
    _standard(office)
    office.para("Thực hiện Kế hoạch số 55/KH-UBND ngày 10/01/2025 của UBND tỉnh, báo cáo như sau:")
    heading(office, "1.", "Kết quả")
    noted = office.para("Toàn tỉnh đã giao 45 chỉ tiêu cải cách hành chính.")
    office.footnote(noted, "".join(text for text, _ in NOTE_RUNS))
    _ending(office)
    saved = office.save(path)
    _format_note(saved)
    return RealFile("formatted_footnote", saved, {"closing": CLOSING}, office.words)


def _format_note(path: Path) -> None:
    """Rewrite the note's plain run as the clerk formatted it: runs with w:b and w:i."""
    import zipfile

    runs = "".join(
        f"<w:r><w:rPr>{'<w:b/>' if 'b' in flags else ''}{'<w:i/>' if 'i' in flags else ''}"
        f'</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'
        for text, flags in NOTE_RUNS
    )
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    xml = parts["word/footnotes.xml"].decode("utf-8")
    plain = "".join(text for text, _ in NOTE_RUNS)
    old = f'<w:r><w:t xml:space="preserve"> {plain}</w:t></w:r>'
    assert old in xml
    parts["word/footnotes.xml"] = xml.replace(
        old, f'<w:r><w:t xml:space="preserve"> </w:t></w:r>{runs}'
    ).encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


# -- 5. footnotes on what the import reads into fields ---------------------------------
BASIS_NOTE = "Kế hoạch thực hiện Đề án 06 trên địa bàn tỉnh năm 2025."
CLOSING_NOTE = "Số liệu tính đến hết ngày 14/6/2025."
TITLE_NOTE = "Theo đề cương tại Công văn số 88/UBND-NC."
HEADING_NOTE = "Gồm cả các đơn vị sự nghiệp trực thuộc."
TITLE = "Kết quả công tác cải cách hành chính"


def notes_on_fields(path: Path) -> RealFile:
    """Footnotes on the căn cứ, the trích yếu, a heading and the closing, as clerks put them."""
    office = Office()
    office.header([("UBND TỈNH LÂM ĐỒNG", False), ("SỞ NỘI VỤ", True), ("Số: 120/BC-SNV", False)])
    office.para("BÁO CÁO", bold=True, center=True, content=False)
    abstract = office.para(TITLE, bold=True, center=True, content=False)
    office.footnote(abstract, TITLE_NOTE)
    basis = office.para(
        "Thực hiện Kế hoạch số 55/KH-UBND ngày 10/01/2025 của UBND tỉnh về cải cách "
        "hành chính, Sở Nội vụ báo cáo như sau:"
    )
    office.footnote(basis, BASIS_NOTE)
    noted = typed(office, [("1. Kết quả thực hiện", "b")], words=False)
    office.words += ["Kết", "quả", "thực", "hiện"]
    office.footnote(noted, HEADING_NOTE)
    office.para("Toàn tỉnh đã cắt giảm 120 thủ tục hành chính trong năm.")
    closing = office.para(CLOSING)
    office.footnote(closing, CLOSING_NOTE)
    office.footer(name="Nguyễn Văn An")
    return RealFile(
        "notes_on_fields", office.save(path), {"signature.name": "Nguyễn Văn An"}, office.words
    )


# -- 6. content controls, custom XML and a text box saved twice --------------------------
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
BOXED = "Số liệu trong khung chữ"


def _wrap(element: Any, kind: str) -> None:
    """Put `element` inside a content control (`sdt`) or a custom XML element, in place."""
    if kind == "sdt":
        outer = parse_xml(f"<w:sdt {nsdecls('w')}><w:sdtPr/><w:sdtContent/></w:sdt>")
        inner = outer.find(qn("w:sdtContent"))
    else:
        outer = parse_xml(f'<w:customXml {nsdecls("w")} w:element="noiDung"/>')
        inner = outer
    element.addprevious(outer)
    inner.append(element)


def wrapped(path: Path) -> RealFile:
    """Paragraphs in a content control and in custom XML, a table row in a content control,
    a cell in one, and a text box Word wrote twice (DrawingML and its VML fallback)."""
    office = Office()
    _standard(office)
    office.para("Thực hiện Kế hoạch số 55/KH-UBND ngày 10/01/2025 của UBND tỉnh, báo cáo như sau:")
    heading(office, "1.", "Kết quả")
    first = office.para("Đoạn trong khung nội dung thứ nhất.")
    second = office.para("Đoạn trong khung nội dung thứ hai.")
    _wrap(first._p, "sdt")
    _wrap(second._p, "customXml")
    rows = [["Chỉ tiêu", "Số lượng"], ["Văn bản rà soát", "45"], ["Văn bản bãi bỏ", "3"]]
    table = office.table(list(rows), [5000, 3000])
    row, cell = table.rows[1]._tr, table.rows[2].cells[1]._tc
    _wrap(row, "sdt")
    _wrap(cell, "sdt")
    boxed = office.para("Nội dung có khung chữ bên cạnh.")
    box = f"<w:txbxContent><w:p><w:r><w:t>{BOXED}</w:t></w:r></w:p></w:txbxContent>"
    boxed._p.append(
        parse_xml(
            f'<w:r {nsdecls("w", "wp", "a")} xmlns:mc="{_MC}" '
            'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
            'xmlns:v="urn:schemas-microsoft-com:vml"><mc:AlternateContent>'
            '<mc:Choice Requires="wps"><w:drawing><wp:inline><wp:extent cx="1800000" cy="400000"/>'
            '<wp:docPr id="5" name="Text Box 5"/><a:graphic><a:graphicData '
            'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
            f"<wps:spPr/><wps:txbx>{box}</wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData>"
            "</a:graphic></wp:inline></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape>"
            f"<v:textbox>{box}</v:textbox></v:shape></w:pict></mc:Fallback>"
            "</mc:AlternateContent></w:r>"
        )
    )
    office.words += BOXED.split()
    _ending(office)
    return RealFile("wrapped", office.save(path), {"closing": CLOSING}, office.words)


def noted_last_point(path: Path) -> RealFile:
    """No closing paragraph: the last numbered point ends `./.` and has a footnote, and a
    heading has one too (a note placed apart must not pull the point out of its section)."""
    office = Office()
    _standard(office)
    office.para("Thực hiện Kế hoạch số 55/KH-UBND ngày 10/01/2025 của UBND tỉnh, báo cáo như sau:")
    noted = typed(office, [("I. KẾT QUẢ", "b")], words=False)
    office.words += ["KẾT", "QUẢ"]
    office.footnote(noted, HEADING_NOTE)
    office.para("Nội dung phần I.")
    heading(office, "II.", "NHIỆM VỤ")
    office.para("1. Nhiệm vụ thứ nhất.")
    last = office.para("2. Nhiệm vụ thứ hai./.")
    office.footnote(last, CLOSING_NOTE)
    office.footer(name="Nguyễn Văn An")
    return RealFile("noted_last_point", office.save(path), {}, office.words)


def closing_in_two(path: Path) -> RealFile:
    """The closing typed as two paragraphs: "Trên đây là báo cáo …," then "kính báo …./."."""
    office = Office()
    _standard(office)
    office.para("Thực hiện Kế hoạch số 55/KH-UBND ngày 10/01/2025 của UBND tỉnh, báo cáo như sau:")
    heading(office, "1.", "Kết quả")
    office.para("Toàn tỉnh đã giao 45 chỉ tiêu.")
    office.para(CLOSING_FIRST)
    office.para(CLOSING_SECOND)
    office.footer(name="Nguyễn Văn An")
    return RealFile(
        "closing_in_two",
        office.save(path),
        {"closing": f"{CLOSING_FIRST} {CLOSING_SECOND}"},
        office.words,
    )


CLOSING_FIRST = "Trên đây là báo cáo kết quả công tác năm 2025 của Sở Nội vụ,"
CLOSING_SECOND = "kính báo cáo UBND tỉnh xem xét, chỉ đạo./."


TITLE_ALSO_HEADING_NOTE = "Thay thế Báo cáo số 10/BC-SNV."
SUB_NOTE = "Theo Kế hoạch số 3/KH-SNV."
ADDRESSEE_NOTE = "Đồng gửi Văn phòng UBND tỉnh."


def notes_and_lookalikes(path: Path) -> RealFile:
    """A note on a title whose first words are a heading's ("Kết quả …" / "II. KẾT QUẢ"),
    one on a heading under a heading it contains ("1. Kết quả tuyên truyền" under "KẾT
    QUẢ"), one on a one-line Kính gửi: each goes where its mark was."""
    office = Office()
    office.header([("UBND TỈNH LÂM ĐỒNG", False), ("SỞ NỘI VỤ", True), ("Số: 120/BC-SNV", False)])
    office.para("BÁO CÁO", bold=True, center=True, content=False)
    title = office.para("Kết quả công tác năm 2025", bold=True, center=True, content=False)
    office.footnote(title, TITLE_ALSO_HEADING_NOTE)
    addressed = office.para("Kính gửi: Ủy ban nhân dân tỉnh.", center=True, content=False)
    office.footnote(addressed, ADDRESSEE_NOTE)
    heading(office, "I.", "TÌNH HÌNH CHUNG")
    office.para("Nội dung một.")
    heading(office, "II.", "KẾT QUẢ")
    noted = typed(office, [("1. Kết quả tuyên truyền", "b")], words=False)
    office.words += ["Kết", "quả", "tuyên", "truyền"]
    office.footnote(noted, SUB_NOTE)
    office.para("Tổ chức 10 hội nghị.")
    _ending(office)
    return RealFile("notes_and_lookalikes", office.save(path), {"closing": CLOSING}, office.words)


def tracked_row_and_boxed_table(path: Path) -> RealFile:
    """A table row deleted with Track Changes, and a text box holding a table and a
    content control (VML, as older Word writes it)."""
    office = Office()
    _standard(office)
    office.para("Thực hiện Kế hoạch số 55/KH-UBND ngày 10/01/2025 của UBND tỉnh, báo cáo như sau:")
    heading(office, "1.", "Kết quả")
    table = office.table([["Chỉ tiêu", "Số"], ["Hộ tịch", "12"]], [5000, 3000])
    gone = parse_xml(
        f'<w:tr {nsdecls("w")}><w:trPr><w:del w:id="9" w:author="GĐ" '
        'w:date="2026-12-01T00:00:00Z"/></w:trPr>'
        '<w:tc><w:p><w:del w:id="10" w:author="GĐ"><w:r><w:delText>Chứng thực</w:delText>'
        '</w:r></w:del></w:p></w:tc><w:tc><w:p><w:del w:id="11" w:author="GĐ"><w:r>'
        "<w:delText>40</w:delText></w:r></w:del></w:p></w:tc></w:tr>"
    )
    table._tbl.append(gone)
    boxed = office.para("Nội dung có khung.")
    boxed._p.append(
        parse_xml(
            f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape>'
            "<v:textbox><w:txbxContent><w:p><w:r><w:t>Khung số liệu</w:t></w:r></w:p>"
            "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Sởi</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r>"
            "<w:t>98,1%</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
            "<w:sdt><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>Nguồn CDC</w:t></w:r></w:p>"
            "</w:sdtContent></w:sdt><w:p/></w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
        )
    )
    office.words += ["Khung", "số", "liệu", "Sởi", "98,1%", "Nguồn", "CDC"]
    _ending(office)
    return RealFile(
        "tracked_row_and_boxed_table", office.save(path), {"closing": CLOSING}, office.words
    )


# -- 7. line breaks (Shift+Enter) in a cell and in a run-in point ------------------------
def broken_lines(path: Path) -> RealFile:
    office = Office()
    _standard(office)
    office.para("Thực hiện Kế hoạch số 55/KH-UBND ngày 10/01/2025 của UBND tỉnh, báo cáo như sau:")
    heading(office, "1.", "Kết quả")
    typed(office, [("a) Công tác hộ tịch: ", "b"), ("Đăng ký 1.200 trường hợp.", "")])
    point = typed(office, [("b) Công tác chứng thực: ", "b"), ("Chứng thực 9.000 bản sao,", "")])
    point.runs[-1].add_break()
    point.add_run("thu phí 45 triệu đồng.")
    office.words += ["thu", "phí", "45", "triệu", "đồng."]
    table = office.table([["Văn bản", "- Kế hoạch số 1/KH-STP;"]], [3000, 5000])
    run = table.rows[0].cells[1].paragraphs[0].runs[0]
    run.add_break()
    table.rows[0].cells[1].paragraphs[0].add_run("- Báo cáo số 2/BC-STP.")
    office.words += ["-", "Báo", "cáo", "số", "2/BC-STP."]
    _ending(office)
    return RealFile("broken_lines", office.save(path), {"closing": CLOSING}, office.words)


TRIAL: dict[str, Callable[[Path], RealFile]] = {
    "nested_numbering": nested_numbering,
    "roman_too_deep": roman_too_deep,
    "word_numbered_outline": word_numbered_outline,
    "numbered_points": numbered_points,
    "part_lines": part_lines,
    "word_numbered_parts": word_numbered_parts,
    "twelve_columns": twelve_columns,
    "landscape_body_table": landscape_body_table,
    "labelled_table": labelled_table,
    "addressed": addressed,
    "addressed_on_one_line": addressed_on_one_line,
    "addressed_in_a_table": addressed_in_a_table,
    "formatted_footnote": formatted_footnote,
    "notes_on_fields": notes_on_fields,
    "wrapped": wrapped,
    "broken_lines": broken_lines,
    "noted_last_point": noted_last_point,
    "closing_in_two": closing_in_two,
    "notes_and_lookalikes": notes_and_lookalikes,
    "tracked_row_and_boxed_table": tracked_row_and_boxed_table,
}
