"""The body of an imported report: basis references, numbered sections, items, tables."""

from __future__ import annotations

import re
from dataclasses import replace

from ..domain.model import (
    OUTLINE_DEPTH,
    Basis,
    Block,
    BlockKind,
    Outline,
    Reference,
    Run,
    Section,
    Table,
)
from ..domain.text import fold
from . import clauses, headings, nesting
from .fields import is_rule
from .reader import Item, Line, TableItem
from .runs import flatten, strip_prefix
from .tables import is_caption_of, is_note_of, table_block

LEADS = ("Căn cứ", "Thực hiện")
_HEADING = {
    "roman": re.compile(r"^(?P<n>[IVXL]+)\s*[.)]\s+(?P<text>\S.*)$"),
    "arabic": re.compile(r"^(?P<n>\d{1,2})\s*\.\s+(?P<text>\S.*)$"),
    "letter": re.compile(r"^(?P<n>[a-zđ])\)\s+(?P<text>\S.*)$"),
}
_WORD_FORMATS = {"upperRoman": "roman", "decimal": "arabic", "lowerLetter": "letter"}
_ITEM_MARK = re.compile(r"^\s*(?P<mark>[-–—+•▪])\s+")
_PART_WORDS = re.compile(r"^\s*phần\s+(?:thứ\s+\S+|[IVXL]+)\b", re.IGNORECASE)


def is_basis_start(text: str) -> bool:
    return text.startswith(LEADS)


def read_basis(text: str) -> tuple[Basis, int]:
    """References read from the front of the opening paragraph, the rest kept as closing."""
    sentences = clauses.sentences(text)
    references: list[Reference] = []
    used = 0
    tail = ""  # closing words run on after the last document
    for index, whole in enumerate(sentences):
        sentence, tail = clauses.split_closing(whole)
        joined = index and sentences[index - 1].endswith(";") and references
        reference = clauses.reference(sentence, references[-1].lead if joined else "")
        if reference is None:
            tail = ""
            break
        used += 1
        if joined and reference.lead == references[-1].lead and reference.lead not in LEADS:
            # `Thực hiện chỉ đạo của … tại Công văn …; Kế hoạch …`: the direction was about
            # the first document only; repeating it before the second would add words and
            # credit it to another body. Kept as typed, in the first one's text.
            before = references[-1]
            before.subject = f"{before.subject.rstrip(';. ')}; {sentence.rstrip('.')}".lstrip("; ")
        else:
            references.append(reference)
        if tail:
            break  # the opening's own closing words: no document comes after them
    closing = " ".join([tail, *sentences[used:]] if tail else sentences[used:])
    return Basis(references, closing), used


def heading_kind(line: Line) -> tuple[str, str] | None:
    """("roman" | "arabic" | "decimal2" … | "letter", heading text) when the line is
    numbered like a heading; nesting.plan decides which of them are headings. A line
    break (Shift+Enter) inside a run-in point reads as the space it prints as."""
    text = _UNBROKEN.sub(" ", line.text)  # one character for one: offsets stay
    if line.list_level is not None and line.list_format in _WORD_FORMATS and len(text) <= 200:
        return _numbered_by_word(line)
    if len(text) > 200 or (len(text) > 120 and not line.bold):
        return None
    if decimal := headings.decimal_kind(text):
        return decimal
    for kind, pattern in _HEADING.items():
        match = pattern.match(text)
        if match and (kind != "roman" or line.bold or match.group("text").isupper()):
            return kind, match.group("text").strip()
    return None


_UNBROKEN = re.compile(r"[\n\v\r]")


def _numbered_by_word(line: Line) -> tuple[str, str]:
    """A Word list paragraph: the number Word shows says its kind (`1.1.` is decimal2)."""
    if _DECIMAL_LABEL.match(line.list_label):
        return f"decimal{line.list_label.strip('.').count('.') + 1}", line.text
    return _WORD_FORMATS[line.list_format], line.text


_DECIMAL_LABEL = re.compile(r"^\d+(\.\d+)+\.?$")


def plan_of(items: list[Item]) -> nesting.Plan:
    kinds: dict[int, tuple[str, str]] = {}
    for index, item in enumerate(items):
        if not isinstance(item, Line) or not is_content(items, index):
            continue
        if headings.is_part(numbered_text(item)):
            kinds[index] = ("part", item.text)
        elif kind := heading_kind(item):
            kinds[index] = kind
    return nesting.plan(items, kinds)


class SectionBuilder:
    """Puts headings at the level the plan gives them and blocks under them."""

    def __init__(self, outline: Outline) -> None:
        self.outline = outline
        self.sections: list[Section] = []
        self.path: list[Section] = []
        self.notes: list[str] = []
        self.cased = 0  # headings typed in capitals, now in sentence case
        self.root = self.sections  # where level 1 opens: the draft's, or a part's sections
        self.untitled: Section | None = None  # a part whose title is on the next line
        self.turned: list[Table] = []  # tables the Word file set on landscape pages

    def heading(self, level: int, text: str) -> None:
        while len(self.path) < level - 1:
            self._open(Section(), len(self.path) + 1)
        if level == 1 and self.outline == "roman" and sentence_case(text) != text:
            text = sentence_case(text)
            self.cased += 1
        self._open(Section(heading=text), level)

    def _open(self, section: Section, level: int) -> None:
        parent = self.path[level - 2].sections if level > 1 else self.root
        parent.append(section)
        self.path = [*self.path[: level - 1], section]

    def part(self, block: Block, text: str) -> None:
        """`Phần I`, `PHẦN THỨ NHẤT: …`: a part above I. (v3, roman outline), its title on
        its line or the next; in a text numbered 1., a) the part's line opens an unnumbered
        section of its own, its headings following at their levels."""
        if self.outline == "roman":
            title = _PART_WORDS.sub("", text, count=1).strip(" .:–-")
            part = Section(heading=title, part=True)  # prints in capitals, kept as typed
            self.sections.append(part)
            self.root, self.path = part.sections, []
            self.untitled = None if title else part
            return
        self.path = []
        for run in block.runs:
            run.bold = True
        self.add(block)
        self.notes.append(f"“{text[:40]}”: chưa có cấp Phần trong dàn ý; đã giữ là dòng in đậm.")

    def add(self, block: Block | Table) -> None:
        if self.untitled is not None and not self.path and _part_title(self.untitled, block):
            return
        self.untitled = None
        if not self.path:
            self._open(Section(), 1)
        self.path[-1].blocks.append(block)


def _part_title(part: Section, block: Block | Table) -> bool:
    """The line under a bare `Phần I`, in capitals or bold, is the part's title."""
    if not isinstance(block, Block) or block.kind != "paragraph" or len(block.text) > 200:
        return False
    if not (block.text.isupper() or all(run.bold for run in block.runs if run.text.strip())):
        return False
    part.heading = " ".join(block.text.split())
    return True


def sentence_case(text: str) -> str:
    """A heading typed in capitals, which print in capitals anyway, edited as a sentence."""
    return headings.sentence_case(text)


def add_items(
    builder: SectionBuilder, items: list[Item], plan: nesting.Plan, landscape: set[int]
) -> None:
    """The body's items as sections and blocks; `landscape`: the Word sections whose
    pages are turned (their tables are noted in builder.turned)."""
    kept: list[str] = []
    for index, item in enumerate(items):
        if isinstance(item, TableItem):
            table = table_block(item, items, index)
            if item.section in landscape:
                builder.turned.append(table)
            builder.add(table)
            continue
        if not is_content(items, index):
            continue
        if headings.is_part(numbered_text(item)):  # `PHẦN %1.` numbered by Word too
            builder.part(block_of(item), numbered_text(item))
            continue
        heading = plan.headings.get(index)
        if heading is not None and not plan.fits(index):
            kept.append(numbered_text(item))
        elif heading is not None:
            _heading(builder, item, heading)
            continue
        builder.add(block_of(item))
    _notes(builder, plan, items, kept)


def _heading(builder: SectionBuilder, line: Line, heading: nesting.Planned) -> None:
    if heading.kind == "letter" and _run_in(builder, line, heading):
        return
    builder.heading(heading.level, heading.text)
    if heading.kind.startswith("decimal"):
        builder.notes.append(
            f"Đề mục “{numbered_text(line)[:40]}” đánh số kiểu thập phân: đã xếp vào dàn ý "
            "của báo cáo."
        )


def _notes(builder: SectionBuilder, plan: nesting.Plan, items: list[Item], kept: list[str]) -> None:
    depth = OUTLINE_DEPTH[plan.outline]
    if kept:
        shown = ", ".join(f"“{text[:40]}”" for text in kept[:5]) + (", …" if len(kept) > 5 else "")
        builder.notes.append(
            f"Đề mục sâu hơn {depth} cấp của dàn ý: {len(kept)} đề mục từ cấp {depth} trở "
            f"xuống đã giữ thành đoạn văn, số thứ tự giữ nguyên như trong tệp ({shown})."
        )
    if plan.numbered:
        texts = [numbered_text(items[i]) for i in plan.numbered]  # type: ignore[arg-type]
        shown = ", ".join(f"“{text[:40]}…”" for text in texts[:3]) + (
            ", …" if len(texts) > 3 else ""
        )
        builder.notes.append(
            f"{len(texts)} đoạn đánh số là câu văn, không phải đề mục: đã giữ thành đoạn văn "
            f"cùng số thứ tự ({shown})."
        )


def numbered_text(line: Line) -> str:
    """The line as it shows in Word, the number Word adds included, on one line."""
    return " ".join(f"{line.list_label} {line.text}".split())


def _run_in(builder: SectionBuilder, line: Line, heading: nesting.Planned) -> bool:
    """`d) Công tác kiểm tra: đã kiểm tra …`: a point whose text runs in after a colon."""
    head, rest = headings.run_in(heading.text)
    if not rest:
        return False
    builder.heading(heading.level, head)
    runs = strip_prefix(flatten(line.runs), len(line.text) - len(rest))
    if runs and runs[0].text[:1].islower():  # now a paragraph of its own: "Không có."
        runs[0] = replace(runs[0], text=runs[0].text[:1].upper() + runs[0].text[1:])
    builder.add(Block("paragraph", runs))
    builder.notes.append(f"Điểm “{head}” viết liền nội dung: đã tách thành đề mục và đoạn văn.")
    return True


def is_content(items: list[Item], index: int) -> bool:
    """A line that holds text of its own: not blank, not a rule, not a table's caption,
    unit or note (those go with the table)."""
    text = items[index].text if isinstance(items[index], Line) else ""  # type: ignore[union-attr]
    if not text or is_rule(text):
        return False
    return not (is_caption_of(items, index) or is_note_of(items, index))


def block_of(line: Line) -> Block:
    runs = flatten(line.runs)
    kind: BlockKind = "paragraph"
    if line.list_label:  # a numbered paragraph: the number Word shows becomes text
        first = runs[0] if runs else Run("")
        label = Run(f"{line.list_label} ", first.bold, first.italic, first.underline)
        return Block(kind, [label, *runs])
    if line.list_level is not None:
        kind = "bullet" if line.list_level == 0 else "subbullet"
    elif match := _ITEM_MARK.match(line.text):
        kind = "subbullet" if match.group("mark") in "+▪" else "bullet"
        runs = strip_prefix(runs, len(match.group()))
    return Block(kind, runs)


def is_point(line: Line) -> bool:
    """A numbered point or an item: the last one may end `./.` yet is no closing paragraph."""
    return (
        line.list_level is not None
        or bool(_NUMBERED.match(line.text))
        or bool(_ITEM_MARK.match(line.text))
    )


# `1. `, `1.1 `, `1.1. `, `II. `, `đ) ` at the start of a line, of any length
_NUMBERED = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.|\d{1,2}(?:\.\d{1,2})+|[IVXLC]+\.|[a-zđ]\))\s")


def is_closing(text: str) -> bool:
    return text.rstrip().endswith("./.") or reports_above(text)


def reports_above(text: str) -> bool:
    """`Trên đây là báo cáo …`: the words a closing opens with."""
    return fold(text[:24]).startswith("tren day la bao cao")
