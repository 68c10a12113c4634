"""Outlines (đề cương): the built-in ones and the library the clerk keeps on the PC.

An outline is a draft file with `template` set: its sections, headings, tables and
`hint` blocks (../shared/draft-format.md). The built-in outlines ship in
resources/outlines/ (read-only: Program Files); the clerk's own live in the data
folder's `outlines/`, one file each, written atomically.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from pathlib import Path

from ..domain.errors import DraftFormatError, OutlineError
from ..domain.model import Draft, Template
from ..domain.periods import ReportKind
from ..domain.text import fold, nfc
from ..files import draftfile, fileio
from ..files.paths import resource

FOLDER_NAME = "outlines"  # in the data folder
BUILTIN_FILES: dict[ReportKind, str] = {
    "month": "thang.json",
    "quarter": "quy.json",
    "half": "6-thang.json",
    "nine_months": "9-thang.json",
    "year": "nam.json",
    "topic": "chuyen-de.json",
    "adhoc": "dot-xuat.json",
}
BUILTIN_SOURCE = "Có sẵn trong chương trình"


@dataclass(frozen=True)
class OutlineEntry:
    """One outline of the library, as listed."""

    name: str
    path: Path
    builtin: bool
    kind: ReportKind | None = None  # the report kind a built-in outline is made for
    source: str = ""
    doc_type: str = "BC"  # the document type a draft started from it is


def builtin_dir() -> Path:
    return resource("outlines")


def builtin_for(kind: ReportKind) -> Path:
    return builtin_dir() / BUILTIN_FILES[kind]


def load(path: Path) -> Draft:
    """Read an outline file; a draft without `template` is taken as an outline of itself.

    A Word .docx đề cương is read by the Word import (lanson_report.intake.outlineword).
    """
    if Path(path).suffix.lower() in (".docx", ".doc"):  # .doc: the import says to save as .docx
        from .outlineword import from_docx

        return from_docx(Path(path))
    return draftfile.load_path(path, lenient=True)


def _entry(path: Path, builtin: bool, kind: ReportKind | None = None) -> OutlineEntry:
    draft = load(path)
    template = draft.template or Template(draft.title or path.stem)
    return OutlineEntry(template.name, path, builtin, kind, template.source, draft.doc_type)


class Library:
    """The built-in outlines and those in `folder` (None: the built-in ones only)."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self.skipped: list[str] = []  # user files that could not be read, with why

    def entries(self) -> list[OutlineEntry]:
        """Built-in outlines in the order of the report kinds, then the clerk's by name."""
        found = [_entry(builtin_for(kind), True, kind) for kind in BUILTIN_FILES]
        return found + sorted(self._user_entries(), key=lambda e: fold(e.name))

    def _user_entries(self) -> list[OutlineEntry]:
        self.skipped = []
        if self.folder is None or not self.folder.is_dir():
            return []
        out = []
        for path in sorted(self.folder.glob("*.json")):
            try:
                out.append(_entry(path, False))
            except DraftFormatError as exc:
                self.skipped.append(str(exc))
        return out

    def _names(self) -> set[str]:
        return {_key(entry.name) for entry in self.entries()}

    def unique_name(self, wanted: str) -> str:
        """wanted, or `wanted (2)`, `wanted (3)`… when the library already has that name."""
        taken = self._names()
        name, count = wanted, 1
        while _key(name) in taken:
            count += 1
            name = f"{wanted} ({count})"
        return name

    def add_draft(self, draft: Draft, name: str, source: str = "") -> OutlineEntry:
        """Keep draft as a new outline of the library under a name not yet taken."""
        folder = self._writable()
        outline = draftfile.loads(draftfile.dumps(draft), lenient=True)  # a copy of its own
        outline.template = Template(self.unique_name(_clean(name)), source)
        outline.id = str(uuid.uuid4())
        path = folder / f"{_slug(outline.template.name)}-{outline.id[:8]}.json"
        try:
            draftfile.dump_path(outline, path)
        except OSError as exc:
            raise OutlineError(
                f"Không ghi được đề cương vào {path} ({fileio.describe_os_error(exc)})."
            ) from None
        return OutlineEntry(outline.template.name, path, False, None, source, outline.doc_type)

    def add_file(self, path: Path) -> OutlineEntry:
        """Add the outline (or draft) of a draft-format JSON file; DraftFormatError if unfit."""
        draft = load(path)
        wanted = draft.template.name if draft.template else (draft.title or path.stem)
        source = draft.template.source if draft.template and draft.template.source else path.name
        return self.add_draft(draft, wanted, source)

    def rename(self, entry: OutlineEntry, name: str) -> OutlineEntry:
        self._require_own(entry, "đổi tên")
        name = _clean(name)
        taken = [e.name for e in self.entries() if _key(e.name) == _key(name) and e != entry]
        if taken:
            raise OutlineError(f"Đã có đề cương tên “{taken[0]}”; hãy chọn tên khác.")
        draft = load(entry.path)
        draft.template = Template(name, draft.template.source if draft.template else "")
        try:
            draftfile.dump_path(draft, entry.path)
        except OSError as exc:
            raise OutlineError(
                f"Không đổi tên được đề cương ({fileio.describe_os_error(exc)})."
            ) from None
        return OutlineEntry(name, entry.path, False, None, entry.source, draft.doc_type)

    def delete(self, entry: OutlineEntry) -> None:
        self._require_own(entry, "xóa")
        try:
            fileio.unlink(entry.path)
        except OSError as exc:
            raise OutlineError(
                f"Không xóa được đề cương “{entry.name}” ({fileio.describe_os_error(exc)})."
            ) from None

    def _require_own(self, entry: OutlineEntry, what: str) -> None:
        if entry.builtin:
            raise OutlineError(
                f"“{entry.name}” là đề cương có sẵn của chương trình, không {what} được."
            )

    def _writable(self) -> Path:
        if self.folder is None:
            raise OutlineError("Không có thư mục dữ liệu để lưu đề cương.")
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutlineError(
                f"Không tạo được thư mục đề cương {self.folder} ({fileio.describe_os_error(exc)})."
            ) from None
        return self.folder


def _key(name: str) -> str:
    """Names that differ only in case are the same name; diacritics make different words."""
    return nfc(name).casefold()


def _clean(name: str) -> str:
    name = " ".join(nfc(name).split())
    if not name:
        raise OutlineError("Tên đề cương không được để trống.")
    return name


def _slug(name: str) -> str:
    """A file name part from the outline's name: ASCII, lower case, hyphens."""
    slug = re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")
    return slug[:40] or "de-cuong"
