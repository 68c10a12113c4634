"""The report as plain data: what the wizard edits, the store keeps and the renderer prints."""

from __future__ import annotations

import datetime
import pickle
import uuid
from dataclasses import dataclass, field
from typing import Literal, TypeVar

from .text import name_in_sentence

BlockKind = Literal["paragraph", "bullet", "subbullet", "hint"]
Outline = Literal["arabic", "roman"]
Align = Literal["left", "center", "right"]
Orientation = Literal["portrait", "landscape"]
PeriodKind = Literal["month", "quarter", "half", "nine_months", "year"]

BLOCK_KINDS: tuple[BlockKind, ...] = ("paragraph", "bullet", "subbullet", "hint")
PRINTED_KINDS: tuple[BlockKind, ...] = ("paragraph", "bullet", "subbullet")  # a hint never prints
ALIGNS: tuple[Align, ...] = ("left", "center", "right")
ORIENTATIONS: tuple[Orientation, ...] = ("portrait", "landscape")
PERIOD_KINDS: tuple[PeriodKind, ...] = ("month", "quarter", "half", "nine_months", "year")
TABLE_SIZES = (11, 14)  # smallest and largest text size of a table, pt
BODY_SIZES = (13, 14)
LINE_SPACINGS = (1.0, 1.5)
MIN_PARAGRAPH_SPACING = 6.0
OUTLINES: tuple[Outline, ...] = ("arabic", "roman")
OUTLINE_DEPTH: dict[Outline, int] = {"arabic": 2, "roman": 3}
DOC_TYPES: dict[str, str] = {"BC": "BÁO CÁO"}
AUTHORITY_PREFIXES = ("TM.", "KT.", "Q.", "TL.", "TUQ.")


@dataclass
class Run:
    text: str
    bold: bool = False
    italic: bool = False
    underline: bool = False

    @property
    def plain(self) -> bool:
        return not (self.bold or self.italic or self.underline)


@dataclass
class Block:
    kind: BlockKind = "paragraph"
    runs: list[Run] = field(default_factory=list)

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

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


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

    kind: Literal["table"] = field(default="table", init=False, repr=False)


BodyBlock = Block | Table


@dataclass
class Section:
    heading: str = ""
    blocks: list[BodyBlock] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)


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
    id: str = field(default_factory=lambda: str(uuid.uuid4()))

    @property
    def full_symbol(self) -> str:
        """The part after the slash of `Số:`, e.g. `BC-SKHCN`."""
        if self.symbol:
            return self.symbol
        if self.agency.abbreviation:
            return f"{self.doc_type}-{self.agency.abbreviation}"
        return self.doc_type

    @property
    def type_name(self) -> str:
        return DOC_TYPES.get(self.doc_type, self.doc_type)


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
