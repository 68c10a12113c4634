"""The document's type, as a file says it: its type line, its ký hiệu's code, a `V/v`.

The registry (`domain/doctypes.py`) holds the names and codes; this module finds them
in a file, decides which type the draft is, and says in the review what it went by. A
type the app does not write (Biên bản, Tham luận, a Party document) is imported as the
registry's closest type, every word kept, and the review says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..domain import doctypes
from ..domain.doctypes import DocType, OtherType
from ..domain.model import Draft
from . import fields
from .reader import Item, Line, TableItem
from .review import Review

_SCAN = 40  # a type line stands near the top: header, then the title
_HEADER_SCAN = 15
_NAMES: list[tuple[str, DocType | OtherType]] = sorted(
    [(item.name, item) for item in doctypes.TYPES if item.name]
    + [(item.name, item) for item in doctypes.OTHER_TYPES],
    key=lambda pair: -len(pair[0]),
)
# a công văn: the registry's type without a type line
_UNNAMED = next(item for item in doctypes.TYPES if not item.has_type_line)


@dataclass
class TypeLine:
    index: int  # of the item, in the items it was found in
    text: str  # the type name as typed
    rest: str  # what follows the name on its line (`BÁO CÁO KẾT QUẢ …`)
    kind: DocType | None = None  # a type the app writes
    other: OtherType | None = None  # a type it does not: imported as the closest


def _name_at_start(text: str) -> tuple[DocType | OtherType, int] | None:
    """The registry name the line starts with (spaced letters too: `B Á O  C Á O`) and
    where the name ends in the text."""
    letters = [(i, c) for i, c in enumerate(text) if not c.isspace()]
    compact = "".join(c for _, c in letters).upper()
    for name, item in _NAMES:
        squeezed = name.replace(" ", "")
        if not compact.startswith(squeezed):
            continue
        end = letters[len(squeezed) - 1][0] + 1
        following = text[end : end + 1]
        if following and following.isalpha() and not text[end - 1].isspace():
            continue  # `THÔNG BÁOX`: another word
        return item, end
    return None


def of_line(item: Item, index: int) -> TypeLine | None:
    """The line as a type line, when it is one: a registry name in capitals at its start
    (anything but BÁO CÁO also bold or centred, as a type line always is)."""
    if not isinstance(item, Line) or not item.text or item.text.endswith(":"):
        return None
    first = item.text.split("\n")[0].strip()
    if len(first) > 200 or not first.isupper():
        return None
    found = _name_at_start(first)
    if found is None:
        return None
    kind, end = found
    if kind is not doctypes.BY_CODE[doctypes.DEFAULT] and not (item.bold or item.centered):
        return None
    rest = first[end:].strip(" :-–")
    typed = first[:end]
    if isinstance(kind, DocType):
        return TypeLine(index, typed, rest, kind=kind)
    return TypeLine(index, typed, rest, other=kind)


def find(items: list[Item]) -> TypeLine | None:
    """The first type line before Kính gửi and the signer."""
    for index, item in enumerate(items[:_SCAN]):
        text = item.text if isinstance(item, Line) else ""
        if text.startswith("Kính gửi") or fields.is_footer_start(text):
            return None
        found = of_line(item, index)
        if found is not None:
            return found
    return None


def header_end(items: list[Item]) -> int:
    """With no type line: where the header stops (after its last number, date or
    national title line, and a công văn's `V/v` lines under it)."""
    end = 0
    for index, item in enumerate(items[:_HEADER_SCAN]):
        if any(fields.is_header_text(text) for text in _texts(item)):
            end = index + 1
    subject = False
    while end < len(items) and isinstance(items[end], Line):
        text = items[end].text  # type: ignore[union-attr]
        subject = subject or fields.is_subject(text)
        if not subject or not text or len(text) > 80 or text.startswith("Kính gửi"):
            break
        end += 1
    return end


def unknown(items: list[Item], start: int) -> TypeLine | None:
    """A type line the registry does not know (`TỜ KHAI`): the first line after a
    header, in capitals, bold and centred, a few words with no figures. With no header
    it is no document's type line (a đề cương's `ĐỀ CƯƠNG BÁO CÁO` is its name)."""
    if start == 0:
        return None
    for index in range(start, min(start + 4, len(items))):
        item = items[index]
        if not isinstance(item, Line):
            return None
        text = item.text
        if not text or fields.is_rule(text):
            continue
        plain = not re.search(r"\d", text) and len(text.split()) <= 4
        if text.isupper() and item.bold and item.centered and plain:
            return TypeLine(index, text, "")
        return None
    return None


def _texts(item: Item) -> list[str]:
    if isinstance(item, TableItem):
        return [line.text for _, cell in item.cells() for line in cell.lines]
    return [part.strip() for part in item.text.split("\t")]


# -- deciding --------------------------------------------------------------------------


def decide(line: TypeLine | None, header: fields.Header, draft: Draft, review: Review) -> None:
    """Set the draft's type from the type line, else the ký hiệu's code, else a `V/v`;
    then its symbol, unit and (for a công văn) trích yếu from the header."""
    code, code_kind, code_other = _code(header.symbol)
    kind, said = _kind(line, code_kind, code_other, header)
    draft.doc_type = kind.code
    _notes(line, code, code_kind, code_other, kind, header, review)
    _symbol(kind, header.symbol, draft, review)
    if header.subject:
        subject = " ".join(" ".join(header.subject).split())
        if kind is _UNNAMED or not line:
            draft.title = subject
        else:
            review.unplaced.append(f"V/v {subject}")
    review.add("Loại văn bản", f"{kind.label} ({kind.code}), {said}" if said else "", bool(said))


def _code(symbol: str | None) -> tuple[str, DocType | None, OtherType | None]:
    if not symbol:
        return "", None, None
    code = symbol.split("-")[0]
    return code, doctypes.from_code_text(code), doctypes.other_from_code(code)


def _kind(
    line: TypeLine | None,
    code_kind: DocType | None,
    code_other: OtherType | None,
    header: fields.Header,
) -> tuple[DocType, str]:
    """The type and what it was read from (for the review; "" when nothing said it)."""
    if line is not None and line.kind is not None:
        return line.kind, f"theo tên loại “{line.text}”"
    if line is not None and line.other is not None:
        return doctypes.BY_CODE[line.other.closest], f"gần nhất với “{line.text}”"
    if code_kind is not None:
        return code_kind, "theo mã trong ký hiệu"
    if code_other is not None:
        return doctypes.BY_CODE[code_other.closest], f"gần nhất với mã {code_other.code}"
    if line is None and (header.subject or header.symbol):
        return _UNNAMED, "không có tên loại" + (", có dòng V/v" if header.subject else "")
    return doctypes.BY_CODE[doctypes.DEFAULT], ""


def _notes(
    line: TypeLine | None,
    code: str,
    code_kind: DocType | None,
    code_other: OtherType | None,
    kind: DocType,
    header: fields.Header,
    review: Review,
) -> None:
    printed = f"tên loại in ra sẽ là “{kind.name}”" if kind.name else "không in tên loại"
    other = line.other if line is not None and line.other else code_other
    if other is not None:
        review.notes.append(
            f"Loại văn bản “{other.label}” chương trình chưa soạn được: đã nhập thành "
            f"{kind.label}, giữ nguyên nội dung; {printed}, hãy xem lại."
        )
    elif line is not None and line.kind is None:
        review.notes.append(
            f"Không nhận ra loại văn bản “{line.text}”: đã nhập thành {kind.label}, giữ "
            f"nguyên nội dung; {printed}, hãy xem lại."
        )
    elif line is not None and code_kind is not None and code_kind is not kind:
        review.notes.append(
            f"Ký hiệu ghi mã {code} nhưng tên loại là “{line.text}”: đã nhập là {kind.label}, "
            "giữ nguyên ký hiệu như trong tệp."
        )
    if header.party:
        review.notes.append(
            "Văn bản của Đảng (“ĐẢNG CỘNG SẢN VIỆT NAM”, số và ký hiệu kiểu Đảng): đã nhập "
            f"theo thể thức Nghị định 30 như một {kind.label}; khi in sẽ có Quốc hiệu, Tiêu "
            "ngữ và ký hiệu kiểu Nghị định 30, hãy xem lại."
        )


def _symbol(kind: DocType, symbol: str | None, draft: Draft, review: Review) -> None:
    """The agency's abbreviation (and a công văn's unit) from the symbol; a symbol that
    does not follow the type's shape is kept as typed."""
    groups = symbol.split("-") if symbol else []
    coded = len(groups) > 1 and doctypes.from_code_text(groups[0]) is kind
    if "unit" in kind.extra:
        if coded:
            groups = groups[1:]  # `/CV-`: a công văn's code never prints
            review.notes.append(
                f"Ký hiệu “{symbol}” ghi mã công văn: đã bỏ, công văn không ghi mã."
            )
        if groups:
            draft.agency.abbreviation, draft.unit = groups[0], "-".join(groups[1:])
        review.add("Đơn vị soạn thảo (ký hiệu)", draft.unit, bool(draft.unit))
    elif coded:
        draft.agency.abbreviation = "-".join(groups[1:])
    elif symbol:
        draft.symbol = symbol
