"""The report as plain data: what the wizard edits, the store keeps and the renderer prints."""

from __future__ import annotations

import datetime
import uuid
from dataclasses import dataclass, field
from typing import Literal

BlockKind = Literal["paragraph", "bullet", "subbullet"]
Outline = Literal["arabic", "roman"]

BLOCK_KINDS: tuple[BlockKind, ...] = ("paragraph", "bullet", "subbullet")
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
class Section:
    heading: str = ""
    blocks: list[Block] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)


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
