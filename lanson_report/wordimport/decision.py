"""A Quyết định (Mẫu 1.2): authority, căn cứ one per line, `Theo đề nghị của …`,
`QUYẾT ĐỊNH:`, then the articles `Điều n.` with their khoản `1.` and điểm `a)`.

An article whose whole line is bold has a title (`Điều 2. Hiệu lực thi hành`); one whose
text after `Điều 1.` is regular starts with its first paragraph. Khoản and điểm are
numbered paragraphs unless bold (then they are titled).
"""

from __future__ import annotations

import re

from ..domain.model import Block, Draft, Reference, Section, Table
from . import clauses
from .body import block_of, is_content
from .fields import is_rule
from .reader import Item, Line, TableItem
from .review import Review
from .runs import flatten, strip_prefix
from .tables import table_block

ARTICLE = re.compile(r"^Điều\s+(?P<n>\d{1,3})\s*[.:]\s*")
_CLAUSE = re.compile(r"^(?P<n>\d{1,2})\s*\.\s+(?=\S)")
_POINT = re.compile(r"^(?P<n>[a-zđ])\)\s+(?=\S)")
_LEADS = ("Căn cứ", "Thực hiện", "Xét")


def is_enacting(text: str, draft: Draft) -> bool:
    """The type's name with a colon (`QUYẾT ĐỊNH:`, also spaced), which opens the articles."""
    squeezed = "".join(text.split()).upper().rstrip(":")
    return bool(draft.kind.name) and squeezed == draft.kind.name.replace(" ", "")


def is_authority(line: Line, abstract: list[str], draft: Draft) -> bool:
    text = line.text
    return text.isupper() and not " ".join(abstract).isupper() and not is_enacting(text, draft)


def preamble(items: list[Item], draft: Draft, review: Review) -> list[Item]:
    """Authority, căn cứ lines and proposal read; the items from the first article on."""
    index = _skip_blank(items, 0)
    authority: list[str] = []
    while index < len(items) and _authority_line(items[index], draft):
        authority.append(items[index].text)  # type: ignore[union-attr]
        index = _skip_blank(items, index + 1)
    if authority:
        draft.authority = " ".join(" ".join(authority).split())
    review.add("Thẩm quyền ban hành", draft.authority, bool(draft.authority))
    lines: list[str] = []
    while index < len(items):
        item = items[index]
        if not isinstance(item, Line) or ARTICLE.match(item.text):
            break
        index += 1
        if is_enacting(item.text, draft):
            break
        if item.text and not is_rule(item.text):
            lines.append(" ".join(item.text.split()))
    _basis_lines(lines, draft, review)
    return items[index:]


def _skip_blank(items: list[Item], index: int) -> int:
    while index < len(items) and isinstance(items[index], Line):
        text = items[index].text  # type: ignore[union-attr]
        if text and not is_rule(text):
            break
        index += 1
    return index


def _authority_line(item: Item, draft: Draft) -> bool:
    if not isinstance(item, Line) or not item.text.isupper():
        return False
    return not is_enacting(item.text, draft) and not ARTICLE.match(item.text)


def _basis_lines(lines: list[str], draft: Draft, review: Review) -> None:
    proposal: list[str] = []
    for text in lines:
        if "đề nghị" in " ".join(text.split()[:3]).lower():
            proposal.append(text)
        else:
            draft.basis.references.append(_reference(text))
    draft.proposal = " ".join(proposal)
    for number, ref in enumerate(draft.basis.references, start=1):
        document = f"{ref.kind} số {ref.number}" if ref.number else ref.kind
        review.add(f"Căn cứ {number}", " ".join(f"{ref.lead} {document}".split()))
    if not draft.basis.references:
        review.add("Căn cứ (phần mở đầu)", "", found=False)
    review.add("Theo đề nghị của", draft.proposal, bool(draft.proposal))


def _reference(text: str) -> Reference:
    """One căn cứ line: a document by number, else the line as typed (a law: `Căn cứ
    Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;`)."""
    found = clauses.reference(text)
    if found is not None:
        return found
    lead = next((lead for lead in _LEADS if text.startswith(f"{lead} ")), "")
    return Reference(lead, text[len(lead) :].strip().rstrip(";.").strip())


def articles(items: list[Item], draft: Draft, review: Review) -> bool:
    if not any(isinstance(item, Line) and ARTICLE.match(item.text) for item in items):
        review.notes.append(
            f"{draft.kind.label} không có dòng “Điều 1.”: đã đọc như văn bản thường."
        )
        return False
    path: list[Section] = []
    for index, item in enumerate(items):
        if isinstance(item, TableItem):
            _add(path, draft.sections, table_block(item, items, index))
        elif not is_content(items, index) or _numbered(item, path, draft.sections):
            continue
        elif path:
            path[-1].blocks.append(block_of(item))
        else:  # before `Điều 1.`: no article to hold it, kept at the end of the content
            review.unplaced.append(item.text)
    draft.outline = "articles"
    review.add("Đề mục", f"{len(draft.sections)} điều")
    return True


def _numbered(line: Line, path: list[Section], sections: list[Section]) -> bool:
    """`Điều n.` opens an article, `n.` a khoản in it, `a)` a điểm in the khoản."""
    for level, pattern in ((1, ARTICLE), (2, _CLAUSE), (3, _POINT)):
        match = pattern.match(line.text)
        if match is None or len(path) < level - 1:
            continue
        rest = strip_prefix(flatten(line.runs), match.end())
        section = Section()
        titled = all(run.bold for run in rest if run.text.strip())
        if rest and titled and (level == 1 or line.bold):
            section.heading = "".join(run.text for run in rest)
        elif rest:
            section.blocks.append(Block("paragraph", rest))
        parent = path[level - 2].sections if level > 1 else sections
        parent.append(section)
        del path[level - 1 :]
        path.append(section)
        return True
    return False


def _add(path: list[Section], sections: list[Section], block: Block | Table) -> None:
    if not path:
        sections.append(Section())
        path.append(sections[-1])
    path[-1].blocks.append(block)
