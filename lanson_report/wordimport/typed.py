"""What stands between a document's title and its body, read the way its type lays it out.

The registry says the shape (`domain/doctypes.py`): a căn cứ paragraph (Mẫu 1.4), a
QĐ's authority, căn cứ lines and `Điều` (`decision.py`), a giấy mời's fields
(`invitation.py`), a công văn's running text; and whether the type has Kính gửi.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable

from ..domain import doctypes
from ..domain.model import DocDate, Draft, Run, all_runs
from . import decision, invitation
from .fields import Header
from .reader import Item, Line
from .review import Review

Step = Callable[[list[Item], Draft, Review], list[Item]]


def opening(items: list[Item], draft: Draft, review: Review, addressees: Step) -> list[Item]:
    """Kính gửi, then what the type has before its body (a QĐ's authority, căn cứ and
    proposal lines, a giấy mời's fields); a report's căn cứ paragraph is read after."""
    kind = draft.kind
    items = addressees(items, draft, review)
    if draft.addressees and not kind.takes_addressees:
        items = [_addressee_line(draft, review), *items]
    if doctypes.opening(kind) == "lines":
        return decision.preamble(items, draft, review)
    if "invitation" in kind.extra:
        return invitation.read(items, draft, review)
    return items


def basis_paragraph(draft: Draft) -> bool:
    """Whether the type opens with a căn cứ paragraph (read by the report's reader)."""
    return doctypes.opening(draft.kind) == "paragraph"


def closing_in_body(draft: Draft) -> bool:
    return doctypes.closing_in_body(draft.kind)


def _addressee_line(draft: Draft, review: Review) -> Line:
    """A Kính gửi the type has no place for stays in the text, as its first paragraph."""
    text = f"Kính gửi: {'; '.join(name.rstrip(';.') for name in draft.addressees)}."
    draft.addressees = []
    review.notes.append(
        f"{draft.kind.label} không có Kính gửi (Nghị định 30): dòng “{text}” đã để ở đầu nội "
        "dung; hãy ghi nơi gửi vào Nơi nhận."
    )
    return Line(runs=[Run(text)])


def ends_abstract(line: Line, lines: list[str], draft: Draft) -> bool:
    """A line in capitals under a trích yếu that is not: a QĐ's authority."""
    return "authority" in draft.kind.extra and decision.is_authority(line, lines, draft)


def body(items: list[Item], draft: Draft, review: Review, made: list[str]) -> None:
    """A type written in Điều has its body read as articles, in place of the sections
    (and the notes `made` about them) the report's reader made of it; a type whose ./.
    ends its body has no closing paragraph to ask for."""
    kind = draft.kind
    if doctypes.closing_in_body(kind):
        review.fields = [item for item in review.fields if item.label != _CLOSING]
    if kind.outline != "articles":
        return
    sections, outline = draft.sections, draft.outline
    draft.sections = []
    if not decision.articles(items, draft, review):
        draft.sections, draft.outline = sections, outline
        return
    review.fields = [item for item in review.fields if not _counted(item.label, item.value)]
    review.notes = [note for note in review.notes if note not in made and _CASED not in note]


_CLOSING = "Đoạn kết (./.)"
_CASED = "đề mục gõ chữ in hoa đã đổi về chữ thường"


def _counted(label: str, value: str) -> bool:
    """The report reader's count of headings, which a QĐ's articles replace."""
    return label == "Đề mục" and "đề mục" in value


# -- a document with no date -------------------------------------------------------------
_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")


def undated(header: Header, draft: Draft, review: Review) -> None:
    """A date the file does not have stays blank, never today's: the day and month are
    left out and the year is the one the document speaks of, said in the review."""
    if header.dated:
        return
    today = datetime.date.today().year
    year, where = _year_in(draft.title, today), "trích yếu"
    if year is None:
        year, where = _latest_year(draft, today), "năm gần nhất nêu trong văn bản"
    if year is None:
        year, where = today, "năm nay, vì văn bản không nêu năm nào"
    draft.date = DocDate(year, draft.date.month, draft.date.day)
    review.notes.append(
        f"Tệp không ghi năm ban hành: đã để trống phần chưa có; năm {year} lấy theo {where}, "
        "không phải ngày nhập. Hãy điền ngày ban hành."
    )


def _year_in(text: str, today: int) -> int | None:
    years = [int(y) for y in _YEAR.findall(text) if int(y) <= today + 1]
    return max(years) if years else None


def _latest_year(draft: Draft, today: int) -> int | None:
    texts = [ref.date.isoformat() for ref in draft.basis.references if ref.date]
    texts += [run.text for run in all_runs(draft)]
    years = [year for text in texts if (year := _year_in(text, today)) is not None]
    return max(years) if years else None
