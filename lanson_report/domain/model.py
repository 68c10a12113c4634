"""The report as plain data: what the wizard edits, the store keeps and the renderer prints."""

from __future__ import annotations

import datetime
import pickle
import uuid
from dataclasses import dataclass, field
from typing import Literal, TypeVar

from . import doctypes
from .text import name_in_sentence

BlockKind = Literal["paragraph", "bullet", "subbullet", "hint"]
Outline = Literal["arabic", "roman", "articles"]  # articles: Điều / khoản / điểm (v3)
Align = Literal["left", "center", "right"]
Orientation = Literal["portrait", "landscape"]
PeriodKind = Literal["month", "quarter", "half", "nine_months", "year"]
ComputeOp = Literal["sum", "difference", "ratio", "growth", "previous"]
Combine = Literal["sum", "list"]  # how units' replies merge into a table (v3 `combine`)
COMBINES: tuple[Combine, ...] = ("sum", "list")

BLOCK_KINDS: tuple[BlockKind, ...] = ("paragraph", "bullet", "subbullet", "hint")
PRINTED_KINDS: tuple[BlockKind, ...] = ("paragraph", "bullet", "subbullet")  # a hint never prints
ALIGNS: tuple[Align, ...] = ("left", "center", "right")
ORIENTATIONS: tuple[Orientation, ...] = ("portrait", "landscape")
PERIOD_KINDS: tuple[PeriodKind, ...] = ("month", "quarter", "half", "nine_months", "year")
COMPUTE_OPS: tuple[ComputeOp, ...] = ("sum", "difference", "ratio", "growth", "previous")
TABLE_SIZES = (11, 14)  # smallest and largest text size of a table, pt
BODY_SIZES = (13, 14)
LINE_SPACINGS = (1.0, 1.5)
MIN_PARAGRAPH_SPACING = 6.0
OUTLINES: tuple[Outline, ...] = ("arabic", "roman", "articles")
OUTLINE_DEPTH: dict[Outline, int] = {"arabic": 2, "roman": 3, "articles": 3}
DOC_TYPES: dict[str, str] = {item.code: item.name for item in doctypes.TYPES}
AUTHORITY_PREFIXES = ("TM.", "KT.", "Q.", "TL.", "TUQ.")


# Tổng hợp's section for the units' text that fits no heading of the outline
# (domain/consolidate.py); Còn thiếu names it until it is emptied (domain/checks.py).
UNPLACED_HEADING = "CHƯA XẾP ĐƯỢC (chuyển nội dung vào đúng mục rồi xóa mục này trước khi in)"


@dataclass
class Run:
    text: str
    bold: bool = False
    italic: bool = False
    underline: bool = False
    footnote: str = ""  # v3: the note whose mark prints right after the text
    # v3: the note's own runs when some of it is bold, italic or underlined; they count only
    # while their text is `footnote` (an edit of the note's text as plain text drops them)
    footnote_runs: list[Run] = field(default_factory=list)

    @property
    def plain(self) -> bool:
        return not (self.bold or self.italic or self.underline or self.footnote)

    @property
    def note_runs(self) -> list[Run]:
        """The footnote as runs to print: its own formatting where it has some."""
        if self.footnote_runs and "".join(r.text for r in self.footnote_runs) == self.footnote:
            return self.footnote_runs
        return [Run(self.footnote)] if self.footnote else []


@dataclass
class Block:
    kind: BlockKind = "paragraph"
    runs: list[Run] = field(default_factory=list)
    source: str = ""  # v3: the unit a consolidated report took it from; never printed

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


@dataclass
class Column:
    width: float = 1.0  # relative: the table fills the text width
    align: Align = "left"  # of body cells


@dataclass
class Cell:
    runs: list[Run] = field(default_factory=list)
    colspan: int = 1
    rowspan: int = 1
    align: Align | None = None  # None: the column's alignment
    estimate: bool = False  # carried from last year's "ước thực hiện": needs the official figure

    @property
    def text(self) -> str:
        runs = self.runs  # computed tables read every cell at each edit: one run is the rule
        if len(runs) == 1:
            return runs[0].text
        return "".join(run.text for run in runs)


@dataclass
class ComputedColumn:
    """A column whose body cells are computed from other columns of the same row."""

    column: int
    op: ComputeOp
    of: list[int]
    decimals: int | None = None  # None: 1 for ratio and growth, else 0

    @property
    def places(self) -> int:
        if self.decimals is not None:
            return self.decimals
        return 1 if self.op in ("ratio", "growth") else 0


@dataclass
class Compute:
    """Which figures of a table are computed (format v3 `compute`); indices over the grid."""

    columns: list[ComputedColumn] = field(default_factory=list)
    total_rows: list[int] = field(default_factory=list)  # "Tổng cộng": sums of the rows above
    part_rows: list[int] = field(default_factory=list)  # "Trong đó": shown, never added


@dataclass
class Table:
    """A ruled table; `rows` is the explicit grid, None where a span covers the cell."""

    columns: list[Column] = field(default_factory=lambda: [Column()])
    rows: list[list[Cell | None]] = field(default_factory=list)
    header_rows: int = 1
    caption: str = ""
    unit: str = ""
    size: int = 13
    note: list[Run] = field(default_factory=list)
    compute: Compute | None = None
    source: str = ""  # v3: the unit a consolidated report took it from; never printed
    combine: Combine | None = None  # v3: units' replies add up ("sum") or stack ("list")
    # What the program last wrote into each computed cell, by (row, column): a cell still
    # holding it follows the computation; one holding anything else was typed and is kept.
    computed: dict[tuple[int, int], str] = field(default_factory=dict, compare=False, repr=False)

    kind: Literal["table"] = field(default="table", init=False, repr=False)


BodyBlock = Block | Table


@dataclass
class Section:
    heading: str = ""
    blocks: list[BodyBlock] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    part: bool = False  # v3, roman outline, top level: a `Phần I` above the I. sections


@dataclass
class Appendix:
    """A Phụ lục printed after the signature page, on pages numbered on their own."""

    title: str = ""
    orientation: Orientation = "portrait"
    blocks: list[BodyBlock] = field(default_factory=list)


@dataclass
class Period:
    """The period a periodic report covers; number is the month or quarter, else None."""

    kind: PeriodKind
    year: int
    number: int | None = None


@dataclass
class Template:
    """Marks an outline (đề cương) that drafts are started from."""

    name: str
    source: str = ""


@dataclass
class Layout:
    """The clerk's choice within Decree 30's ranges; None keeps the standard layout."""

    body_size: int | None = None
    line_spacing: float | None = None
    paragraph_spacing: float | None = None

    @property
    def is_default(self) -> bool:
        return (
            self.body_size is None
            and self.line_spacing is None
            and (self.paragraph_spacing is None)
        )


@dataclass
class Reference:
    lead: str = "Căn cứ"
    kind: str = ""
    number: str = ""
    date: datetime.date | None = None
    issuer: str = ""
    subject: str = ""


@dataclass
class Basis:
    references: list[Reference] = field(default_factory=list)
    closing: str = ""


@dataclass
class Agency:
    parent: str = ""
    name: str = ""
    abbreviation: str = ""
    name_in_text: str = ""  # as written inside a sentence; "" means derived from `name`

    @property
    def name_for_text(self) -> str:
        """As written inside a sentence: `Sở Khoa học và Công nghệ`, never in capitals when
        the name has a usual shape (`text.name_in_sentence`)."""
        return self.name_in_text or name_in_sentence(self.name)


@dataclass
class DocDate:
    year: int
    month: int | None = None
    day: int | None = None


@dataclass
class Signature:
    lines: list[str] = field(default_factory=list)
    name: str = ""


@dataclass
class Recipient:
    name: str
    note: str = ""


@dataclass
class Invitation:
    """A Giấy mời's lines (Mẫu 1.7): who is invited, to what, chaired by whom, when, where."""

    invitees: str = ""
    event: str = ""
    chair: str = ""
    time: str = ""
    place: str = ""


@dataclass
class Draft:
    agency: Agency
    date: DocDate
    title: str = ""
    number: str = ""
    place: str = ""
    doc_type: str = "BC"
    symbol: str | None = None
    outline: Outline = "arabic"
    addressees: list[str] = field(default_factory=list)
    basis: Basis = field(default_factory=Basis)
    sections: list[Section] = field(default_factory=list)
    closing: str = ""
    signature: Signature = field(default_factory=Signature)
    recipients: list[Recipient] = field(default_factory=list)
    archive: str = "VT"
    appendices: list[Appendix] = field(default_factory=list)
    period: Period | None = None
    template: Template | None = None
    layout: Layout = field(default_factory=Layout)
    unit: str = ""  # v3, công văn: the drafting unit's code in the ký hiệu (`SKHCN-VP`)
    authority: str = ""  # v3, quyết định: who decides (`GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ`)
    proposal: str = ""  # v3, quyết định: `Theo đề nghị của …`, the last line of the căn cứ
    invitation: Invitation | None = None  # v3, giấy mời
    # A công văn's page-1 address footer (Mẫu 1.5), from the agency settings when the app
    # opens the draft: not part of the draft file, never compared, printed when set.
    letter_footer: str = field(default="", compare=False, repr=False)
    id: str = field(default_factory=lambda: str(uuid.uuid4()))

    @property
    def full_symbol(self) -> str:
        """The part after the slash of `Số:`, e.g. `BC-SKHCN`."""
        if self.symbol:
            return self.symbol
        if self.kind.code == "CV":  # a công văn's code never prints: agency, then unit
            return "-".join(part for part in (self.agency.abbreviation, self.unit) if part)
        if self.agency.abbreviation:
            return f"{self.doc_type}-{self.agency.abbreviation}"
        return self.doc_type

    @property
    def kind(self) -> doctypes.DocType:
        """The document type's rules (`domain/doctypes.py`)."""
        return doctypes.doc_type(self.doc_type)

    @property
    def type_name(self) -> str:
        """The printed type line (`KẾ HOẠCH`); "" for a công văn, which has none."""
        return self.kind.name


def _all_sections(sections: list[Section]) -> list[Section]:
    out: list[Section] = []
    for section in sections:
        out += [section, *_all_sections(section.sections)]
    return out


def all_runs(draft: Draft) -> list[Run]:
    """Every run of the body and the appendices: paragraphs, items, cells, table notes."""
    blocks = [block for section in _all_sections(draft.sections) for block in section.blocks]
    blocks += [block for appendix in draft.appendices for block in appendix.blocks]
    out: list[Run] = []
    for block in blocks:
        if isinstance(block, Table):
            out += [run for row in block.rows for cell in row if cell for run in cell.runs]
            out += block.note
        else:
            out += block.runs
    return out


T = TypeVar("T")


def clone(value: T) -> T:
    """A deep copy of model objects (a draft, its sections), about twice as fast as
    copy.deepcopy: the wizard copies a long report on the UI thread while the clerk types.
    """
    copied: T = pickle.loads(pickle.dumps(value, pickle.HIGHEST_PROTOCOL))
    return copied


def new_draft(year: int | None = None) -> Draft:
    """An empty draft for the given year (this year by default)."""
    return Draft(agency=Agency(), date=DocDate(year or datetime.date.today().year))


STATUSES = ("draft", "printed", "issued")
STATUS_LABELS = {"draft": "Nháp", "printed": "Đã in để ký", "issued": "Đã ban hành"}


@dataclass
class Settings:
    """Agency defaults for new drafts, kept in the store beside the drafts."""

    agency: Agency = field(default_factory=Agency)
    place: str = ""
    signers: list[Signature] = field(default_factory=list)  # usual signer blocks
    archive: str = "VT"
    dictionary: list[str] = field(default_factory=list)  # words the checks accept (lower case)
    checks_off: list[str] = field(default_factory=list)  # text rules switched off, by name
    recipients: list[Recipient] = field(default_factory=list)  # usual Nơi nhận of a new draft
    unit: str = ""  # the drafting unit's abbreviation for the Lưu line: VP in "VT, VP"
    footer: str = ""  # a công văn's page-1 address footer: address; phone; e-mail; website
    units: list[str] = field(default_factory=list)  # divisions, units, communes: kits go to
