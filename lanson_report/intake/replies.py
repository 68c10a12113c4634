"""Units' replies read for a consolidation (domain/consolidate.py): a Word file through the
Word import (TCVN3 and all), or a draft file; the unit is the reply's issuing body."""

from __future__ import annotations

from pathlib import Path

from ..domain.consolidate import Reply
from ..domain.errors import ReportError
from ..files import draftfile

REFUSED = {  # formats a unit may send that cannot be read, with what to ask for instead
    ".doc": "là tệp Word cũ (.doc): hãy mở bằng Word, Lưu thành .docx rồi chọn lại",
    ".pdf": "là tệp PDF, không đọc lại được nội dung: hãy xin đơn vị gửi bản Word (.docx)",
}


class ReplyError(ReportError):
    """A reply that cannot be read; the message names the file."""


def read_reply(path: Path, kits: dict[str, str] | None = None) -> Reply:
    """A reply file as a draft. Its unit: the one whose kit it came back from (`kits`,
    kit draft id -> unit, intake/kits.py), else the header's issuing body, else the file
    name."""
    refused = REFUSED.get(path.suffix.lower())
    if refused:
        raise ReplyError(f"Tệp {path.name} {refused}")
    sent = ""  # the kit's id the reply carries back
    if path.suffix.lower() == ".docx":
        from ..wordimport import import_docx
        from ..wordimport.origin import read_origin

        draft = import_docx(path).draft
        origin = read_origin(path)
        sent = origin.draft_id if origin is not None else ""
    else:
        draft = draftfile.load_path(path, lenient=True)
        sent = draft.id
    unit = (kits or {}).get(sent) or " ".join(draft.agency.name_for_text.split()) or path.stem
    return Reply(unit, draft, str(path))


def kits_of(report_id: str, units: list[str]) -> dict[str, str]:
    """Kit draft id -> unit, for the units the report's kits went to."""
    from .kits import kit_id

    return {kit_id(report_id, unit): unit for unit in units}
