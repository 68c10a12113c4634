"""Find the Decree 30 parts in a Word report's lines, wherever its template put them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..domain.consolidate import heading_key
from ..domain.legacy import ENCODING_LABELS
from ..domain.model import Appendix, Block, BodyBlock, Draft, Run, Section, new_draft
from ..domain.text import fold
from . import body, fields, footnotes, headings, repairs, typed, typeline
from .reader import Converted, Item, Line, TableItem
from .review import Review
from .tables import table_block


@dataclass
class Parts:
    """The document cut into its zones, by item index."""

    items: list[Item]
    header: list[Item] = field(default_factory=list)
    after_title: list[Item] = field(default_factory=list)
    footer: list[Item] = field(default_factory=list)
    appendices: list[Item] = field(default_factory=list)
    closing: Line | None = None
    typeline: typeline.TypeLine | None = None


def _texts(item: Item) -> list[str]:
    if isinstance(item, Line):
        return [item.text]
    return [line.text for _, cell in item.cells() for line in cell.lines]


def _is_appendix(item: Item) -> bool:
    if not isinstance(item, Line) or len(item.text) > 16:
        return False
    words = fold(item.text).split()
    return words[:2] == ["phu", "luc"]


def split(items: list[Item]) -> Parts:
    parts = Parts(items)
    end = next((i for i, item in enumerate(items) if _is_appendix(item)), len(items))
    parts.appendices = items[end:]
    parts.typeline = typeline.find(items[:end])
    if parts.typeline is None:
        start = typeline.header_end(items[:end])
        parts.typeline = typeline.unknown(items[:end], start)
    start = parts.typeline.index if parts.typeline else start
    parts.header = items[:start]
    rest = items[start:end]
    footer = _footer_start(rest)
    parts.after_title, parts.footer = rest[:footer], rest[footer:]
    lines = [(i, item) for i, item in enumerate(parts.after_title) if isinstance(item, Line)]
    if lines and body.is_closing(lines[-1][1].text) and not body.is_point(lines[-1][1]):
        parts.closing = lines[-1][1]
        del parts.after_title[lines[-1][0]]
        if len(lines) > 1 and _closing_begun(lines[-2][1], parts.closing):
            # `Trên đây là báo cáo … của Sở,` / `đề nghị UBND tỉnh xem xét./.`: one closing
            first = lines[-2][1]
            parts.closing = replace(first, runs=[*first.runs, Run(" "), *parts.closing.runs])
            del parts.after_title[lines[-2][0]]
    return parts


def _closing_begun(before: Line, closing: Line) -> bool:
    """The line before the closing is its first half, typed as a paragraph of its own."""
    return (
        body.reports_above(before.text)
        and not body.reports_above(closing.text)
        and not before.text.endswith((".", ":", ";"))
    )


def _footer_start(items: list[Item]) -> int:
    closing = [
        i for i, item in enumerate(items) if isinstance(item, Line) and body.is_closing(item.text)
    ]
    if closing:
        return closing[-1] + 1
    for index, item in enumerate(items):
        if any(fields.is_footer_start(text) for text in _texts(item)):
            return index
    return len(items)


def build(
    items: list[Item],
    converted: Converted,
    landscape: set[int] | None = None,
    boxed: list[str] | None = None,
) -> tuple[Draft, Review]:
    draft, review = new_draft(), Review()
    parts = split(items)
    header = fields.read_header(fields.pieces(parts.header), draft, review)
    typeline.decide(parts.typeline, header, draft, review)
    fields.check_header(draft, review)
    if parts.closing is not None and (
        typed.closing_in_body(draft) or _has_footnote([parts.closing])
    ):
        if _has_footnote([parts.closing]):  # its note needs a run: the content's last line
            review.notes.append(
                "Đoạn kết có chú thích: giữ nguyên thành đoạn cuối của nội dung, in như bản "
                "Word, chú thích vẫn ở chân trang."
            )
        parts.after_title.append(parts.closing)  # a QĐ's last Điều, a giấy mời's notes
        parts.closing = None
    content = _title(parts.after_title, draft, review, parts.typeline)
    content = typed.opening(content, draft, review, _addressees)
    content = _basis(content, draft, review)
    plan = body.plan_of(content)
    builder = body.SectionBuilder(plan.outline)
    # A table on a turned page among upright ones was laid out landscape by its author.
    turned = (landscape or set()) - {items[0].section if items else 0}
    body.add_items(builder, content, plan, turned)
    draft.outline, draft.sections = builder.outline, builder.sections
    review.notes += builder.notes
    if builder.cased:
        review.notes.append(
            f"{builder.cased} đề mục gõ chữ in hoa đã đổi về chữ thường (vẫn in hoa khi in), "
            "giữ chữ viết tắt và số La Mã; hãy xem lại tên riêng."
        )
    _body_review(draft, review, parts)
    typed.body(content, draft, review, builder.notes)
    fields.read_footer(fields.pieces(parts.footer), draft, review)
    draft.appendices = _appendices(parts.appendices, review, landscape or set())
    _name_in_text(parts.appendices, draft)
    if boxed:
        review.unplaced += boxed
        review.notes.append(f"{len(boxed)} đoạn nằm trong khung chữ (text box) của Word.")
    _footnotes_left(converted, draft, review)
    repairs.repair(draft, review, builder.turned)
    _place_leftovers(draft, review)
    typed.undated(header, draft, review)
    review.in_order()
    for encoding, count in converted.counts.items():
        review.notes.append(f"Đã chuyển {count} đoạn chữ {ENCODING_LABELS[encoding]} sang Unicode.")
    return draft, review


def _title(
    items: list[Item], draft: Draft, review: Review, line: typeline.TypeLine | None
) -> list[Item]:
    if not items or line is None:  # a công văn's trích yếu is its `V/v`, in the header
        review.add("Trích yếu", draft.title, bool(draft.title))
        return items
    head = items[0]
    assert isinstance(head, Line)
    _, *lines = head.text.split("\n")
    rest = line.rest
    lines = [rest, *lines] if rest else lines  # "BÁO CÁO KẾT QUẢ …" on one line
    index = 1
    while index < len(items) and _is_abstract(items[index], bool(lines)):
        item = items[index]
        assert isinstance(item, Line)
        if lines and typed.ends_abstract(item, lines, draft):
            break  # a QĐ's authority line, under its trích yếu
        if item.text:
            lines.append(item.text)
        index += 1
    draft.title = " ".join(" ".join(lines).split())
    review.add("Trích yếu", draft.title, bool(draft.title))
    return items[index:]


def _is_abstract(item: Item, started: bool) -> bool:
    if not isinstance(item, Line):
        return False
    text = item.text
    if not text:
        return not started
    if fields.is_rule(text) or text.startswith(("Kính gửi", "-", "+", *body.LEADS)):
        return False
    if body.heading_kind(item) is not None or headings.is_part(text):
        return False  # `PHẦN THỨ NHẤT` straight under the title opens the body
    return item.bold or item.centered


def _addressees(items: list[Item], draft: Draft, review: Review) -> list[Item]:
    index = next((i for i, it in enumerate(items[:6]) if _text(it).startswith("Kính gửi")), None)
    if index is None:
        return _addressee_table(items, draft, review)
    first = _text(items[index]).split(":", 1)[-1] if ":" in _text(items[index]) else ""
    first = first.strip().lstrip("-–").strip()
    # `Kính gửi: Sở Tài chính; Sở Nội vụ.` on one line: each addressee on its own
    names = [name.strip().lstrip("-–").strip() for name in first.split(";") if name.strip()]
    end = index + 1
    while end < len(items) and fields.is_addressee(items[end], names):
        names.append(_text(items[end]).lstrip("-– \t"))
        end += 1
    draft.addressees = _names(names)
    review.add("Kính gửi", "; ".join(draft.addressees), bool(draft.addressees))
    return items[:index] + items[end:]


def _addressee_table(items: list[Item], draft: Draft, review: Review) -> list[Item]:
    """`Kính gửi:` in the left cell of a borderless table, the addressees in the right."""
    for index, item in enumerate(items[:6]):
        if not isinstance(item, TableItem) or not item.rows:
            continue
        cells = [cell for _, cell in item.cells()]
        texts = [line.text for cell in cells for line in cell.lines if line.text]
        if not texts or not texts[0].startswith("Kính gửi"):
            continue
        after = texts[0].split(":", 1)[1] if ":" in texts[0] else ""
        typed = [name for text in [after, *texts[1:]] for name in text.split(";")]
        names = [name.strip().lstrip("-–").strip() for name in typed]
        draft.addressees = _names(names)
        review.add("Kính gửi", "; ".join(draft.addressees), bool(draft.addressees))
        review.notes.append(
            "Kính gửi được trình bày bằng bảng trong tệp Word; đã đọc thành danh sách."
        )
        return items[:index] + items[index + 1 :]
    return items


def _names(typed: list[str]) -> list[str]:
    """The addressees without the `;` and `.` that end them: printing puts them back (a
    single addressee ends in `.`, as the decree's forms do), so nothing is lost."""
    names = [" ".join(name.split()) for name in typed if name.strip()]
    return [name.rstrip(";.").strip() for name in names]


def _is_heading(item: Item) -> bool:
    return isinstance(item, Line) and body.heading_kind(item) is not None


def _text(item: Item) -> str:
    return item.text if isinstance(item, Line) else ""


def _basis(items: list[Item], draft: Draft, review: Review) -> list[Item]:
    if not typed.basis_paragraph(draft):
        return items  # a QĐ's căn cứ lines are read by type; a công văn has none apart
    first = next(
        (i for i, it in enumerate(items) if _text(it) and not fields.is_rule(_text(it))), 0
    )
    end = first
    while end < len(items) and body.is_basis_start(_text(items[end])):
        end += 1
    if end == first:
        review.add("Căn cứ (phần mở đầu)", "", found=False)
        return _opening(items, first, draft, review)
    if end < len(items) and _text(items[end]).endswith(":") and not _is_heading(items[end]):
        end += 1  # "… báo cáo như sau:" closes the opening
    if _has_footnote(items[first:end]):
        review.add("Căn cứ (phần mở đầu)", _text(items[first]))
        review.notes.append(
            "Phần mở đầu (căn cứ) có chú thích: giữ nguyên thành đoạn đầu của nội dung, "
            "in như bản Word, chú thích vẫn ở chân trang."
        )
        return items
    text = " ".join(_text(item) for item in items[first:end])
    draft.basis, count = body.read_basis(" ".join(text.split()))
    for number, ref in enumerate(draft.basis.references, start=1):
        issuer = f" của {ref.issuer}" if ref.issuer else ""
        numbered = f" số {ref.number}" if ref.number else ""
        said = f"{ref.lead} {ref.kind}{numbered}{issuer} {ref.subject}".strip()
        review.add(f"Căn cứ {number}", said if len(said) <= 160 else f"{said[:159]}…")
    if not count:
        review.notes.append("Phần mở đầu không đọc được thành căn cứ: giữ nguyên là một đoạn.")
    review.add("Phần mở đầu còn lại", draft.basis.closing)
    return items[:first] + items[end:]


def _has_footnote(items: list[Item]) -> bool:
    """A footnote mark rides on a run: text read into a field (a căn cứ, the closing) would
    leave it nowhere, so such text stays a paragraph of the content."""
    return any(run.footnote for item in items if isinstance(item, Line) for run in item.runs)


def _opening(items: list[Item], first: int, draft: Draft, review: Review) -> list[Item]:
    """An opening sentence with no reference (`… báo cáo như sau:`) is the opening."""
    if first >= len(items) or not isinstance(items[first], Line):
        return items
    line = items[first]
    assert isinstance(line, Line)
    if not line.text.endswith(":") or body.is_point(line) or line.bold:
        return items
    if _has_footnote([line]):
        return items  # its footnote needs a run: it stays a paragraph
    draft.basis.closing = " ".join(line.text.split())
    review.add("Phần mở đầu còn lại", draft.basis.closing)
    review.notes.append("Câu mở đầu không dẫn căn cứ nào: đã dùng làm phần mở đầu.")
    return items[:first] + items[first + 1 :]


def _body_review(draft: Draft, review: Review, parts: Parts) -> None:
    count = sum(1 for _ in _all_sections(draft.sections))
    review.add(
        "Đề mục", f"{count} đề mục ({'I., 1., a)' if draft.outline == 'roman' else '1., a)'})"
    )
    if parts.closing is not None:
        draft.closing = " ".join(parts.closing.text.split())
    last = _last_paragraph(draft.sections)
    if not draft.closing and last.endswith("./."):
        review.add("Đoạn kết (./.)", last)
        shown = last if len(last) <= 40 else f"{last[:40]}…"
        review.notes.append(
            f"Văn bản kết thúc ở điểm “{shown}” (có ./.): giữ trong nội dung, "
            "không có đoạn kết riêng."
        )
        return
    review.add("Đoạn kết (./.)", draft.closing, bool(draft.closing))


def _last_paragraph(sections: list[Section]) -> str:
    """The text of the body's last block, when it is a paragraph or an item."""
    if not sections:
        return ""
    last = sections[-1]
    if last.sections:
        return _last_paragraph(last.sections)
    block = last.blocks[-1] if last.blocks else None
    return block.text.strip() if isinstance(block, Block) else ""


def _all_sections(sections: list[Section]) -> list[Section]:
    out = []
    for section in sections:
        out += [section, *_all_sections(section.sections)]
    return [s for s in out if s.heading]


def _appendices(items: list[Item], review: Review, landscape: set[int]) -> list[Appendix]:
    appendices: list[Appendix] = []
    for index, item in enumerate(items):
        if _is_appendix(item):
            assert isinstance(item, Line)
            turned = item.section in landscape
            appendices.append(Appendix(orientation="landscape" if turned else "portrait"))
            continue
        current = appendices[-1]
        if isinstance(item, TableItem):
            current.blocks.append(table_block(item, items, index))
        elif not current.title and item.caps:
            current.title = item.text  # typed as it should read, capitals by formatting
        elif not current.title and item.text.isupper():
            current.title = body.sentence_case(item.text)
        elif not fold(item.text[:12]).startswith("(kem theo") and body.is_content(items, index):
            current.blocks.append(body.block_of(item))
    for appendix in appendices:
        review.add("Phụ lục", appendix.title, bool(appendix.title))
    return appendices


def _name_in_text(items: list[Item], draft: Draft) -> None:
    """`(Kèm theo Báo cáo số … của Sở Khoa học và Công nghệ)` names the agency in a sentence."""
    for item in items:
        text = _text(item)
        if fold(text[:12]).startswith("(kem theo") and " của " in text:
            name = text.rsplit(" của ", 1)[1].rstrip(")").strip()
            if name and name != draft.agency.name:
                draft.agency.name_in_text = name
            return


def _footnotes_left(converted: Converted, draft: Draft, review: Review) -> None:
    """A footnote whose mark was in text read into a field: its words are kept as a
    "Chú thích" paragraph where it was — first under its heading, at the top of the
    content for the title or Kính gửi — and the review says where it came from."""
    placed: dict[int, int] = {}
    for note, where in footnotes.unplaced(converted.marked, draft):
        section = _noted_section(draft.sections, where, exact=True)
        if section is None and _in_front(draft, where):
            if not draft.sections or draft.sections[0].heading:
                draft.sections.insert(0, Section())  # above the first heading
            section = draft.sections[0]
        elif section is None:
            section = _noted_section(draft.sections, where, exact=False)
        if section is None:
            review.notes.append(f"Chú thích trong đoạn “{where}…” chưa gắn được vào đoạn nào.")
            review.unplaced.append(f"Chú thích: {note}")
            continue
        at = placed.get(id(section), 0)  # several notes in one place keep their order
        section.blocks.insert(at, Block("paragraph", [Run(f"Chú thích: {note}")]))
        placed[id(section)] = at + 1
        review.notes.append(
            f"Chú thích của “{where[:40]}…” để thành đoạn ngay dưới đó (đề mục, trích yếu, "
            "Kính gửi không mang được chú thích): hãy xem lại."
        )


def _noted_section(sections: list[Section], where: str, exact: bool) -> Section | None:
    """The section whose heading is the line the mark was in (`where`: the line's first 60
    characters): the same words, or (not `exact`) the heading those 60 characters begin."""
    key = heading_key(where)
    headed = [s for s in _all_sections(sections) if heading_key(s.heading)]
    same = [s for s in headed if heading_key(s.heading) == key]
    if same or exact:
        return same[0] if same else None
    if len(where) >= 60:  # the line was cut: its heading begins with what is left
        begun = [s for s in headed if heading_key(s.heading).startswith(key[:50])]
        return begun[0] if len(begun) == 1 else None
    return None


def _in_front(draft: Draft, where: str) -> bool:
    """The mark was in the title or Kính gửi: text that prints above the content."""
    key = heading_key(re.sub(r"^\s*kính gửi\s*:?\s*", "", where, flags=re.IGNORECASE))[:40]
    front = [draft.title, *draft.addressees, " ".join(draft.addressees)]
    return bool(key) and any(heading_key(text).startswith(key[:30]) for text in front if text)


def _ending_block(sections: list[Section]) -> BodyBlock | None:
    """The content's last paragraph taken out when it is the closing (`Trên đây là báo
    cáo …`), never a numbered point that happens to end in `./.`."""
    last = sections[-1] if sections else None
    while last is not None and last.sections:
        last = last.sections[-1]
    if last is None or not last.blocks:
        return None
    block = last.blocks[-1]
    if isinstance(block, Block) and body.reports_above(block.text):
        return last.blocks.pop()  # the closing, kept as a paragraph for its footnote
    return None


def _place_leftovers(draft: Draft, review: Review) -> None:
    """Never lose text: what found no place ends the content, and the review says so."""
    if not review.unplaced:
        return
    blocks: list[BodyBlock] = [Block("paragraph", [Run(text)]) for text in review.unplaced]
    ending = _ending_block(draft.sections)
    if ending is not None:  # the content ends the document (./.): it still does
        blocks.append(ending)
    draft.sections.append(Section(blocks=blocks))
    review.notes.append(
        f"{len(review.unplaced)} đoạn chưa xếp được vào phần nào: đã để ở cuối nội dung."
    )
