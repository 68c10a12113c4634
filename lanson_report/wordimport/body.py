"""The body of an imported report: basis references, numbered sections, items, tables."""

from __future__ import annotations

import re

from ..domain.model import Basis, Block, BlockKind, Outline, Reference, Section, Table
from ..domain.text import fold
from . import clauses, headings
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
_LEVELS: dict[Outline, dict[str, int]] = {
    "roman": {"roman": 1, "arabic": 2, "letter": 3},
    "arabic": {"arabic": 1, "letter": 2},
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
    for index, sentence in enumerate(sentences):
        joined = index and sentences[index - 1].endswith(";") and references
        reference = clauses.reference(sentence, references[-1].lead if joined else "")
        if reference is None:
            break
        references.append(reference)
    closing = " ".join(sentences[len(references) :])
    return Basis(references, closing), len(references)


def heading_kind(line: Line) -> tuple[str, str] | None:
    """("roman" | "arabic" | "letter", heading text) when the line reads as a heading."""
    text = line.text
    if line.list_level is not None and line.list_format in _WORD_FORMATS and len(text) <= 200:
        return _WORD_FORMATS[line.list_format], text
    if len(text) > 200 or (len(text) > 120 and not line.bold):
        return None
    if decimal := headings.decimal_kind(text):
        return decimal
    for kind, pattern in _HEADING.items():
        match = pattern.match(text)
        if match and (kind != "roman" or line.bold or match.group("text").isupper()):
            return kind, match.group("text").strip()
    return None


def outline_of(lines: list[Item]) -> Outline:
    return outline_levels(lines)[0]


def outline_levels(lines: list[Item]) -> tuple[Outline, dict[str, int]]:
    found = (heading_kind(item) for item in lines if isinstance(item, Line))
    return headings.levels({kind[0] for kind in found if kind})


class SectionBuilder:
    """Puts headings at the level their numbering implies and blocks under them."""

    def __init__(self, outline: Outline, levels: dict[str, int] | None = None) -> None:
        self.outline = outline
        self.levels = levels or _LEVELS[outline]
        self.sections: list[Section] = []
        self.path: list[Section] = []
        self.notes: list[str] = []
        self.cased = 0  # headings typed in capitals, now in sentence case
        self.root = self.sections  # where level 1 opens: the draft's, or a part's sections
        self.untitled: Section | None = None  # a part whose title is on the next line

    def heading(self, kind: str, text: str) -> bool:
        level = self.levels.get(kind)
        if level is None:
            return False
        while len(self.path) < level - 1:
            self._open(Section(), len(self.path) + 1)
        if level == 1 and self.outline == "roman" and sentence_case(text) != text:
            text = sentence_case(text)
            self.cased += 1
        self._open(Section(heading=text), level)
        return True

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


def add_items(builder: SectionBuilder, items: list[Item]) -> None:
    for index, item in enumerate(items):
        if isinstance(item, TableItem):
            builder.add(table_block(item, items, index))
            continue
        if not is_content(items, index):
            continue
        if headings.is_part(item.text):
            builder.part(block_of(item), item.text)
            continue
        heading = heading_kind(item)
        if heading and heading[0] == "letter" and _run_in(builder, item, heading[1]):
            continue
        if heading and builder.heading(*heading):
            if heading[0].startswith("decimal"):
                builder.notes.append(
                    f"Đề mục “{item.text[:40]}” đánh số kiểu thập phân: đã xếp "
                    "vào dàn ý của báo cáo."
                )
            continue
        builder.add(block_of(item))


def _run_in(builder: SectionBuilder, line: Line, text: str) -> bool:
    """`d) Công tác kiểm tra: đã kiểm tra …`: a point whose text runs in after a colon."""
    head, rest = headings.run_in(text)
    if not rest or not builder.heading("letter", head):
        return False
    runs = flatten(line.runs)
    builder.add(Block("paragraph", strip_prefix(runs, len(line.text) - len(rest))))
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
    if line.list_level is not None:
        kind = "bullet" if line.list_level == 0 else "subbullet"
    elif match := _ITEM_MARK.match(line.text):
        kind = "subbullet" if match.group("mark") in "+▪" else "bullet"
        runs = strip_prefix(runs, len(match.group()))
    return Block(kind, runs)


def is_point(line: Line) -> bool:
    """A numbered point or an item: the last one may end `./.` yet is no closing paragraph."""
    return (
        heading_kind(line) is not None
        or line.list_level is not None
        or bool(_ITEM_MARK.match(line.text))
    )


def is_closing(text: str) -> bool:
    return text.rstrip().endswith("./.") or fold(text[:24]).startswith("tren day la bao cao")
