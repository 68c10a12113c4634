"""The Decree 30 fields around the body: header, title, Kính gửi, footer.

The header and the footer come as "pieces": a table cell's lines, or the parts of a
line split at its tabs, each knowing whether it stood left or right. Each piece is
recognised (agency, `Số:`, date line, signer, recipients) or handed back as not placed.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field

from ..domain.model import AUTHORITY_PREFIXES, Agency, DocDate, Draft, Recipient, Run
from ..domain.text import fold
from . import names
from .reader import Item, Line, TableItem
from .review import Review


@dataclass
class Piece:
    text: str
    side: str  # "left", "right" or "" (a line of its own)
    bold: bool = False


_RULE = re.compile(r"^[\s\-_=.…*~]+$")
_NUMBER = re.compile(r"^Số\s*:?\s*(?P<number>[^/]*)/\s*(?P<symbol>\S*)\s*$", re.IGNORECASE)
# a Party document's `Số 45-BC/TU`: the code before the slash, the issuer after it
_PARTY_NUMBER = re.compile(r"^Số\s*:?\s*(?P<number>[\d\s.…_]*)-(?P<code>[^/\s]+)/(?P<issuer>\S+)$")
_DATE = re.compile(
    r"^(?P<place>[^,]*),\s*ngày\b(?P<day>[\d\s.…_]*)tháng\b(?P<month>[\d\s.…_]*)"
    r"năm\s*(?P<year>\d{4}|[\d\s.…_]*)\s*\.?$",
    re.IGNORECASE,
)
# `Lạng Sơn, ngày 02/6/2025`: not the decree's form, but typed
_SHORT_DATE = re.compile(
    r"^(?P<place>[^,]*),\s*ngày\s*(?P<day>\d{1,2})\s*[/.-]\s*(?P<month>\d{1,2})\s*[/.-]\s*"
    r"(?P<year>\d{4})\s*\.?$",
    re.IGNORECASE,
)
_SUBJECT = re.compile(r"^(?:V/v|Về việc)\b\s*:?\s*", re.IGNORECASE)  # a công văn's trích yếu
_BLANKS = " .…_\t"


def is_rule(text: str) -> bool:
    """Decoration: the short rules under the agency, the motto and the abstract."""
    return bool(_RULE.match(text))


def pieces(items: list[Item]) -> list[Piece]:
    out: list[Piece] = []
    for item in items:
        if isinstance(item, TableItem):
            left = _first_column_with_text(item)  # sliver columns before it hold nothing
            for column, cell in item.cells():
                side = "left" if column <= left else "right"
                for line in cell.lines:
                    out += _broken_pieces(line, side)
        else:
            out += _line_pieces(item)
    return [piece for piece in out if not is_rule(piece.text)]


def _first_column_with_text(table: TableItem) -> int:
    columns = [column for column, cell in table.cells() if any(line.text for line in cell.lines)]
    return min(columns, default=0)


def _broken_pieces(line: Line, side: str) -> list[Piece]:
    """A cell's paragraph: a name wrapped with line breaks is one piece, but a break
    between a regular and a bold line (parent body, then issuing body) makes two, and so
    does a break before `Số:` or `V/v`."""
    groups: list[tuple[str, bool]] = []
    for part, bold in _lines_of(line):
        if groups and groups[-1][1] == bold and not _opens_piece(part):
            groups[-1] = (f"{groups[-1][0]} {part}", bold)
        else:
            groups.append((part, bold))
    return [Piece(" ".join(text.split()), side, bold) for text, bold in groups]


def _opens_piece(text: str) -> bool:
    """`Số:` and `V/v` start a field of their own even after a line break (Shift+Enter)."""
    return bool(_SUBJECT.match(text) or re.match(r"Số\b", text))


def _lines_of(line: Line) -> list[tuple[str, bool]]:
    """(text, bold) of each part of a paragraph between its line breaks."""
    parts: list[list[Run]] = [[]]
    for run in line.runs:
        for index, piece in enumerate(run.text.split("\n")):
            if index:
                parts.append([])
            parts[-1].append(Run(piece, run.bold))
    out = []
    for runs in parts:
        text = "".join(run.text for run in runs).strip()
        if text:
            out.append((text, all(run.bold for run in runs if run.text.strip())))
    return out


def _line_pieces(line: Line) -> list[Piece]:
    parts = [" ".join(part.split()) for part in line.text.split("\t") if part.strip()]
    if len(parts) < 2:
        return [Piece(part, "", line.bold) for part in parts]
    return [Piece(parts[0], "left", line.bold), Piece(parts[-1], "right", line.bold)] + [
        Piece(part, "", line.bold) for part in parts[1:-1]
    ]


def _is_motto(text: str) -> bool:
    folded = fold(text[:24])
    return "cong hoa xa hoi" in folded or folded.startswith("doc lap")


def is_header_text(text: str) -> bool:
    """A line only a header holds: the national title or motto, `Số:`, the date line."""
    text = text.strip()
    party = " ".join(fold(text).split()) == "dang cong san viet nam"
    dated = _DATE.match(text) or _SHORT_DATE.match(text)
    return _is_motto(text) or party or bool(_party_number(text) or dated)


def is_addressee(item: Item, names: list[str]) -> bool:
    """A line of a Kính gửi list: `- X;`, or, while the list is open (after `Kính gửi:`
    alone or a `;`), a Word bullet or a short line ending `;` or `.` typed with no dash."""
    if not isinstance(item, Line) or not item.text:
        return False
    text = item.text
    if text.startswith(("-", "–")):
        return True
    open_list = not names or names[-1].rstrip().endswith(";")
    short = len(text) <= 150 and "\t" not in text
    return open_list and short and (item.list_level is not None or text.endswith((";", ".")))


def is_subject(text: str) -> bool:
    """`V/v …`: a công văn's trích yếu."""
    return bool(_SUBJECT.match(text))


def _is_upper(text: str) -> bool:
    return any(c.isalpha() for c in text) and text == text.upper()


@dataclass
class Header:
    """What the header says beyond the draft's own fields: the symbol as typed (its code
    names the type), a công văn's `V/v` lines, and whether a date line was there."""

    number: str | None = None  # None when there is no `Số:` line
    symbol: str | None = None  # after the slash of `Số:`
    subject: list[str] = field(default_factory=list)  # `V/v …` and the lines it wraps onto
    dated: bool = False
    party: bool = False  # `ĐẢNG CỘNG SẢN VIỆT NAM` in place of the national title


def read_header(found: list[Piece], draft: Draft, review: Review) -> Header:
    header = Header()
    agency: list[Piece] = []
    for piece in found:
        if _is_motto(piece.text):
            continue
        if " ".join(fold(piece.text).lower().split()) == "dang cong san viet nam":
            header.party = True
        elif header.subject and _wraps(piece):
            header.subject.append(piece.text)
        elif _SUBJECT.match(piece.text) and piece.side != "right" and not header.subject:
            header.subject.append(_SUBJECT.sub("", piece.text))
        elif header.symbol is None and (match := _party_number(piece.text)):
            _number(match, header, review)
        elif match := _DATE.match(piece.text) or _SHORT_DATE.match(piece.text):
            _date(match, draft, review)
            header.dated = bool(match.group("year").isdigit())
        elif piece.side != "right" and _is_upper(piece.text):
            agency.append(piece)
        else:
            review.unplaced.append(piece.text)
    _agency(agency, draft, review)
    if header.number is not None:
        draft.number = header.number
    return header


def _wraps(piece: Piece) -> bool:
    """A `V/v` trích yếu wrapped onto the next line of its column (or the next paragraph)."""
    if piece.side == "right" or _is_upper(piece.text):
        return False
    text = piece.text
    return not (_NUMBER.match(text) or _DATE.match(text) or _is_motto(text) or is_rule(text))


def _party_number(text: str) -> re.Match[str] | None:
    return _PARTY_NUMBER.match(text) or _NUMBER.match(text)


_GROUPED_NUMBER = re.compile(r"\d{1,3}(?:\.\d{3})+")


def _number(match: re.Match[str], header: Header, review: Review) -> None:
    number = match.group("number").strip(_BLANKS)
    if _GROUPED_NUMBER.fullmatch(number):  # `1.052`: a thousands dot the number never has
        review.notes.append(
            f"Số văn bản “{number}” viết có dấu chấm: đã ghi {number.replace('.', '')}."
        )
        number = number.replace(".", "")
    elif number and not number.isdigit():  # `05a`: a slip; the rest of the file still comes in
        review.notes.append(
            f"Số văn bản “{number}” không chỉ gồm chữ số: để trống để ghi tay (số gốc ghi ở "
            "đây để khỏi mất)."
        )
        number = ""
    header.number = number.lstrip("0") or "0" if number.isdigit() else number
    if "code" in match.groupdict():  # `Số 45-BC/TU`
        header.symbol = f"{match.group('code')}-{match.group('issuer')}".rstrip(".")
        header.party = True
    else:
        header.symbol = match.group("symbol").rstrip(".")
    review.add("Số", number)
    review.add("Ký hiệu", header.symbol)


def _date(match: re.Match[str], draft: Draft, review: Review) -> None:
    day, month = (match.group(key).strip(_BLANKS) for key in ("day", "month"))
    year = match.group("year").strip(_BLANKS)
    draft.place = match.group("place").strip()
    draft.date = DocDate(
        int(year) if year.isdigit() and len(year) == 4 else draft.date.year,
        int(month) if month.isdigit() and 1 <= int(month) <= 12 else None,
        int(day) if day.isdigit() and 1 <= int(day) <= 31 else None,
    )
    found = draft.date
    if found.day and found.month and found.day > calendar.monthrange(found.year, found.month)[1]:
        review.notes.append(  # `31 tháng 02`: a slip; the day is left for the hand to fill
            f"Ngày {day} tháng {month} năm {found.year} không có: để trống ngày để ghi tay."
        )
        found.day = None
    review.add("Địa danh", draft.place)
    shown = year if year.isdigit() else "…"
    review.add("Ngày tháng năm", f"ngày {day or '…'} tháng {month or '…'} năm {shown}")


def _agency(lines: list[Piece], draft: Draft, review: Review) -> None:
    bold = [piece.text for piece in lines if piece.bold]
    joined = names.joined_lines([p.text for p in lines])
    if len(lines) > 1 and len(joined) == 1:
        # `ỦY BAN NHÂN DÂN` / `TỈNH LÂM ĐỒNG`: one name, bold on both lines or on one
        parent, bold = [], joined
        shown = " / ".join(p.text for p in lines)
        review.notes.append(f"Tên cơ quan viết trên hai dòng ({shown}): đã ghép thành một tên.")
    elif bold and len(bold) < len(lines):
        parent = [piece.text for piece in lines if not piece.bold]
    else:
        parent, bold = [p.text for p in lines[:1]], [p.text for p in lines[1:]]
        if not bold:
            parent, bold = [], parent
    draft.agency = Agency(" ".join(parent), " ".join(bold), draft.agency.abbreviation)
    review.add("Cơ quan chủ quản", draft.agency.parent, bool(parent) or bool(bold))
    review.add("Cơ quan ban hành", draft.agency.name, bool(bold))


def check_header(draft: Draft, review: Review) -> None:
    labels = {item.label for item in review.fields}
    for label in ("Số", "Ký hiệu", "Địa danh", "Ngày tháng năm", "Cơ quan ban hành"):
        if label not in labels:
            review.add(label, "", found=False)


# --- footer: Nơi nhận, Lưu, signer ---------------------------------------------------

_MARK = re.compile(r"^[-–—+•]\s*")
_NOTE = re.compile(r"^(?P<name>.*?)\s*\((?P<note>[^()]*)\)\s*$")


def read_footer(found: list[Piece], draft: Draft, review: Review) -> None:
    names: list[str] = []
    archived = [False]
    listing = False  # in the Nơi nhận column, after its label
    last = ""  # the last recipient line as typed: one ending "," goes on on the next line
    for piece in found:
        text = piece.text
        if fold(text[:12]).startswith("noi nhan"):
            listing = piece.side != "right"
            rest = text.split(":", 1)[1].strip() if ":" in text else ""
            if rest:
                _recipient(rest, draft, archived)
                last = rest
        elif fold(_MARK.sub("", text)[:6]).startswith("luu"):  # never a signer's name
            _recipient(_MARK.sub("", text), draft, archived)
        elif _goes_on(last, text, piece) and draft.recipients:
            name = f"{last.rstrip()} {text.strip()}"  # a recipient wrapped onto a new line
            draft.recipients.pop()
            _recipient(name, draft, archived)
            last = name
        elif _MARK.match(text):
            _recipient(_MARK.sub("", text), draft, archived)
            last = _MARK.sub("", text)
        elif listing and piece.side == "left" and not _is_upper(text):
            _recipient(text, draft, archived)  # a Word bullet: its dash is not in the text
            last = text
        elif _is_upper(text):
            draft.signature.lines.append(text)
        elif len(text.split()) <= 6 and not any(c.isdigit() for c in text):
            names.append(text)
        else:
            review.unplaced.append(text)
    if names:
        draft.signature.name = names[-1]
        review.unplaced += names[:-1]
    _footer_review(draft, review, archived[0])


def _goes_on(last: str, text: str, piece: Piece) -> bool:
    """A recipient line without its `;` (or ending in `,`) goes on on the next line, when
    that line starts no recipient of its own: `- Bộ Nông nghiệp và Môi trường` /
    `(Cục Trồng trọt);`."""
    ended = last.rstrip().endswith((";", "."))
    return bool(last) and not ended and piece.side != "right" and not _MARK.match(text)


def _recipient(text: str, draft: Draft, archived: list[bool]) -> None:
    text = text.strip().rstrip(";.").strip()
    if fold(text[:6]).startswith("luu"):
        draft.archive = text.split(":", 1)[1].strip() if ":" in text else text[3:].strip()
        archived[0] = True
        return
    match = _NOTE.match(text)
    if match:
        draft.recipients.append(Recipient(match.group("name"), match.group("note")))
    elif text:
        draft.recipients.append(Recipient(text))


def _footer_review(draft: Draft, review: Review, archived: bool) -> None:
    recipients = "; ".join(f"{r.name} ({r.note})" if r.note else r.name for r in draft.recipients)
    review.add("Nơi nhận", recipients, bool(draft.recipients))
    review.add("Lưu", draft.archive, archived)
    lines = draft.signature.lines
    review.add("Quyền hạn, chức vụ người ký", " / ".join(lines), bool(lines))
    review.add("Họ tên người ký", draft.signature.name, bool(draft.signature.name))


def is_footer_start(text: str) -> bool:
    """Where the footer begins when there is no closing `./.` to go by."""
    return fold(text[:12]).startswith("noi nhan") or (
        _is_upper(text) and text.startswith(AUTHORITY_PREFIXES)
    )
