"""Word files of every document type as a provincial office types them, written without
the app: python-docx with the office's own layout (the header a borderless two-column
table, `Số:` and a công văn's `V/v` in the left cell, the national title and the date in
the right; or the header typed on tabbed lines), and one raw-XML file as Word saves it.

Nothing here comes from `lanson_report.word` or `printed/`: the lines are spelled out as
a clerk types them (../shared/decree30-types.md), so the import is tested against the
forms, not against the app's own writer.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from lanson_report.domain.model import Block, Draft, Reference, Section
from lanson_report.domain.text import name_in_sentence

Runs = list[tuple[str, str]]  # (text, flags): "b" bold, "i" italic
NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
NAMES = {
    "BC": "BÁO CÁO",
    "KH": "KẾ HOẠCH",
    "TTr": "TỜ TRÌNH",
    "TB": "THÔNG BÁO",
    "ĐA": "ĐỀ ÁN",
    "QĐ": "QUYẾT ĐỊNH",
    "GM": "GIẤY MỜI",
}
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]
PARTS = ["Phần I", "Phần II", "Phần III", "Phần IV"]


def number_line(draft: Draft) -> str:
    number = f"{int(draft.number):02d}" if draft.number.isdigit() else draft.number or "    "
    if draft.symbol:
        symbol = draft.symbol
    elif draft.doc_type == "CV":
        symbol = f"{draft.agency.abbreviation}-{draft.unit}"
    else:
        symbol = f"{draft.doc_type}-{draft.agency.abbreviation}"
    return f"Số: {number}/{symbol}"


def date_line(draft: Draft) -> str:
    date = draft.date
    day = f"{date.day:02d}" if date.day else "    "
    month = (f"{date.month:02d}" if date.month < 3 else str(date.month)) if date.month else "  "
    return f"{draft.place}, ngày {day} tháng {month} năm {date.year}"


def reference(ref: Reference, end: str = ".") -> str:
    words = [ref.lead, ref.kind]
    words += [f"số {ref.number}"] if ref.number else []
    words += [f"ngày {ref.date.day}/{ref.date.month}/{ref.date.year}"] if ref.date else []
    words += [f"của {ref.issuer}"] if ref.issuer else []
    words += [ref.subject] if ref.subject else []
    return " ".join(word for word in words if word) + end


def subject_lines(title: str, width: int = 40) -> list[str]:
    """A công văn's `V/v …` as it wraps in the left column: one paragraph per line."""
    lines: list[str] = []
    for word in f"V/v {title}".split():
        if lines and len(lines[-1]) + len(word) < width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return lines


class Clerk:
    """One document typed in Word, line by line."""

    def __init__(self) -> None:
        self.doc = docx.Document()
        style = self.doc.styles["Normal"]
        style.font.name = "Times New Roman"
        style.font.size = Pt(14)

    def para(self, runs: Runs | str, *, center: bool = False, container: Any = None) -> Any:
        target = container if container is not None else self.doc
        paragraph = target.add_paragraph()
        for text, flags in [(runs, "")] if isinstance(runs, str) else runs:
            run = paragraph.add_run(text)
            run.bold = "b" in flags or None
            run.italic = "i" in flags or None
        if center:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return paragraph

    def table(self, left: list[Runs], right: list[Runs], widths: tuple[int, int]) -> None:
        """A borderless layout table of one row (Word's default table has no borders)."""
        table = self.doc.add_table(rows=1, cols=2)
        for col, width in zip(table._tbl.tblGrid.gridCol_lst, widths, strict=True):
            col.w = width * 635
        for cell, lines in zip(table.rows[0].cells, (left, right), strict=True):
            cell.paragraphs[0]._p.getparent().remove(cell.paragraphs[0]._p)
            for runs in lines:
                self.para(runs, center=True, container=cell)

    def save(self, path: Path) -> Path:
        self.doc.save(str(path))
        return path


def _header(clerk: Clerk, draft: Draft, tabs: bool) -> None:
    subject = subject_lines(draft.title) if draft.doc_type == "CV" else []
    if tabs:
        parent, name = draft.agency.parent, draft.agency.name
        clerk.para(f"{parent}\t{NATION}" if parent else f"\t{NATION}")
        clerk.para([(f"{name}\t{MOTTO}", "b")])
        clerk.para(f"{number_line(draft)}\t{date_line(draft)}")
        for line in subject:
            clerk.para(line)
        return
    left: list[Runs] = [[(draft.agency.parent, "")]] if draft.agency.parent else []
    left += [[(draft.agency.name, "b")], [("_______", "")], [(number_line(draft), "")]]
    left += [[(line, "")] for line in subject]
    right: list[Runs] = [[(NATION, "b")], [(MOTTO, "b")], [("________________", "")]]
    right.append([(date_line(draft), "i")])
    clerk.table(left, right, (3900, 5600))


def _addressees(clerk: Clerk, names: list[str]) -> None:
    if len(names) == 1:
        clerk.para(f"Kính gửi: {names[0]}.", center=True)
        return
    if names:
        clerk.para("Kính gửi:", center=True)
        for index, name in enumerate(names):
            clerk.para(f"- {name}{'.' if index == len(names) - 1 else ';'}")


def _block(clerk: Clerk, block: Any) -> None:
    assert isinstance(block, Block), "the samples have no tables"
    mark = {"paragraph": "", "bullet": "- ", "subbullet": "+ "}[block.kind]
    runs: Runs = [(mark, "")] if mark else []
    runs += [(run.text, "b" * run.bold + "i" * run.italic) for run in block.runs]
    clerk.para(runs)


def _sections(clerk: Clerk, sections: list[Section], outline: str, level: int = 1) -> None:
    labels = {
        ("roman", 1): lambda n: f"{ROMAN[n]}. ",
        ("roman", 2): lambda n: f"{n + 1}. ",
        ("roman", 3): lambda n: f"{'abcdeg'[n]}) ",
        ("arabic", 1): lambda n: f"{n + 1}. ",
        ("arabic", 2): lambda n: f"{'abcdeg'[n]}) ",
    }
    number = 0
    for section in sections:
        if section.part:
            clerk.para([(PARTS[number], "b")], center=True)
            clerk.para([(section.heading.upper(), "b")], center=True)
            number += 1
            _sections(clerk, section.sections, outline, level)
            continue
        if section.heading:
            heading = (
                section.heading.upper() if (outline, level) == ("roman", 1) else section.heading
            )
            bold = "b" if level < len([k for k in labels if k[0] == outline]) else ""
            clerk.para([(labels[(outline, level)](number) + heading, bold)])
            number += 1
        for block in section.blocks:
            _block(clerk, block)
        _sections(clerk, section.sections, outline, level + 1)


def _articles(clerk: Clerk, sections: list[Section], level: int = 1) -> None:
    """`Điều n.` in bold (with its title, all bold), khoản `1.` and điểm `a)` regular."""
    for number, section in enumerate(sections):
        label = {1: f"Điều {number + 1}. ", 2: f"{number + 1}. "}.get(
            level, f"{'abcdeg'[number]}) "
        )
        mark = "b" if level == 1 else ""
        blocks = list(section.blocks)
        if section.heading:
            clerk.para([(label + section.heading, "b")])
        else:
            first = blocks.pop(0) if blocks else Block("paragraph", [])
            assert isinstance(first, Block)
            clerk.para([(label, mark), *[(run.text, "") for run in first.runs]])
        for block in blocks:
            _block(clerk, block)
        _articles(clerk, section.sections, level + 1)


def _footer(clerk: Clerk, draft: Draft) -> None:
    left: list[Runs] = [[("Nơi nhận:", "bi")]]
    for recipient in draft.recipients:
        note = f" ({recipient.note})" if recipient.note else ""
        left.append([(f"- {recipient.name}{note};", "")])
    left.append([(f"- Lưu: {draft.archive}.", "")])
    right: list[Runs] = [[(line, "b")] for line in draft.signature.lines]
    right += [[("", "")]] * 3 + [[(draft.signature.name, "b")]]
    clerk.table(left, right, (4500, 5000))


def document(path: Path, draft: Draft, *, tabs: bool = False) -> Path:
    """The draft as an office types its type in Word (Mẫu 1.4, 1.5, 1.2 or 1.7)."""
    clerk = Clerk()
    _header(clerk, draft, tabs)
    code = draft.doc_type
    if code != "CV":
        clerk.para([(NAMES[code], "b")], center=True)
        clerk.para([(draft.title, "b")], center=True)
        clerk.para("__________", center=True)
    _addressees(clerk, draft.addressees)
    if code == "QĐ":
        clerk.para("")
        clerk.para([(draft.authority, "b")], center=True)
        for ref in draft.basis.references:
            clerk.para([(reference(ref, ";"), "i")])
        clerk.para([(draft.proposal, "i")])
        clerk.para([("QUYẾT ĐỊNH:", "b")], center=True)
        _articles(clerk, draft.sections)
    else:
        if code == "GM" and draft.invitation:
            _invitation(clerk, draft)
        opening = " ".join(
            [reference(ref) for ref in draft.basis.references] + [draft.basis.closing]
        )
        if opening.strip():
            clerk.para(opening.strip())
        _sections(clerk, draft.sections, draft.outline)
    if draft.closing:
        clerk.para(draft.closing)
    _footer(clerk, draft)
    return clerk.save(path)


def _invitation(clerk: Clerk, draft: Draft) -> None:
    invitation = draft.invitation
    assert invitation is not None
    agency = draft.agency.name_in_text or name_in_sentence(draft.agency.name)
    clerk.para(f"{agency} trân trọng kính mời: {invitation.invitees}")
    clerk.para(f"Tới dự {invitation.event}")
    if invitation.chair:
        clerk.para(f"Chủ trì: {invitation.chair}")
    clerk.para(f"Thời gian: {invitation.time}")
    clerk.para(f"Địa điểm: {invitation.place}")


# -- raw XML, as Word saves a công văn ----------------------------------------------------
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)


def _x(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _p(parts: list[tuple[str, str]], center: bool = False, spacing: bool = True) -> str:
    """A paragraph as Word writes it: runs split at odd places, `\n` a w:br in a run."""
    props = '<w:pPr><w:jc w:val="center"/></w:pPr>' if center else ""
    runs = []
    for text, flags in parts:
        r_pr = "<w:b/><w:bCs/>" * ("b" in flags) + "<w:i/><w:iCs/>" * ("i" in flags)
        r_pr += '<w:sz w:val="26"/>'
        pieces = [f'<w:t xml:space="preserve">{_x(piece)}</w:t>' for piece in text.split("\n")]
        runs.append(f"<w:r><w:rPr>{r_pr}</w:rPr>{'<w:br/>'.join(pieces)}</w:r>")
    return f"<w:p>{props}{''.join(runs)}</w:p>"


def _cell(width: int, paragraphs: list[str]) -> str:
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>{"".join(paragraphs)}</w:tc>'


def _layout_table(left: list[str], right: list[str], widths: tuple[int, int]) -> str:
    borders = "".join(
        f'<w:{side} w:val="nil"/>'
        for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    return (
        f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>{borders}</w:tblBorders>'
        f"</w:tblPr><w:tblGrid>{grid}</w:tblGrid><w:tr>"
        f"{_cell(widths[0], left)}{_cell(widths[1], right)}</w:tr></w:tbl>"
    )


def raw_letter(path: Path, draft: Draft) -> Path:
    """A công văn saved by Word: `Số:` and the `V/v` wrapped with line breaks in one
    paragraph of the left cell, runs split mid-word, each addressee on its own line."""
    assert draft.doc_type == "CV"
    subject = "\n".join(subject_lines(draft.title))
    number = number_line(draft)
    left = [
        _p([(draft.agency.parent, "")], center=True),
        _p([(draft.agency.name[:4], "b"), (draft.agency.name[4:], "b")], center=True),
        _p([("______", "")], center=True),
        _p([(number[:6], ""), (number[6:] + "\n" + subject, "")], center=True),
    ]
    right = [
        _p([(NATION, "b")], center=True),
        _p([(MOTTO, "b")], center=True),
        _p([("_______________", "")], center=True),
        _p([(date_line(draft), "i")], center=True),
    ]
    body = [_layout_table(left, right, (3800, 5700)), _p([("", "")])]
    body.append(_p([("Kính gửi:", "")], center=True))
    for index, name in enumerate(draft.addressees):
        body.append(_p([(f"- {name}{'.' if index == len(draft.addressees) - 1 else ';'}", "")]))
    for section in draft.sections:
        for block in section.blocks:
            assert isinstance(block, Block)
            body.append(_p([(run.text, "") for run in block.runs]))
    recipients = [_p([("Nơi nhận:", "bi")])]
    recipients += [
        _p([(f"- {r.name}{f' ({r.note})' if r.note else ''};", "")]) for r in draft.recipients
    ]
    recipients.append(_p([(f"- Lưu: {draft.archive}.", "")]))
    signer = [_p([(line, "b")], center=True) for line in draft.signature.lines]
    signer += [_p([("", "")])] * 3 + [_p([(draft.signature.name, "b")], center=True)]
    body.append(_layout_table(recipients, signer, (4500, 5000)))
    xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:document xmlns:w="{W}"><w:body>{"".join(body)}'
        '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>'
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _TYPES)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("word/document.xml", xml)
    return path
