"""Which draft, and which text of it, a returned Word file was exported from (the custom
properties every DOCX of the app carries, word/origin.py) — so a leader's edited file is
matched to its report and version, not imported as a new report."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from ..domain.model import Draft
from ..files import draftfile, fileio

PART = "docProps/custom.xml"
MAX_BYTES = 64 * 1024  # a few properties; anything larger is not ours
DRAFT_ID = "LansonReportDraftId"
FINGERPRINT = "LansonReportFingerprint"
_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/custom-properties}"


@dataclass(frozen=True)
class Origin:
    draft_id: str
    fingerprint: str  # the draft's text when it was exported (files.draftfile.fingerprint)


def properties(data: bytes) -> dict[str, str]:
    """Name → text of each custom property (no entities, no network: a hostile file
    gets nothing)."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    root = etree.fromstring(data, parser)
    out: dict[str, str] = {}
    for item in root.iter(f"{_NS}property"):
        name = item.get("name")
        if name:
            out[name] = "".join(item.itertext()).strip()
    return out


def read_origin(path: Path | str) -> Origin | None:
    """The origin a .docx names, or None (another program's file, or no properties)."""
    try:
        with fileio.open_regular(Path(path)) as handle, zipfile.ZipFile(handle) as archive:
            info = archive.getinfo(PART)
            if info.file_size > MAX_BYTES:
                return None
            with archive.open(info) as member:
                data = member.read(MAX_BYTES + 1)
    except (OSError, KeyError, zipfile.BadZipFile, fileio.NotAFile, RuntimeError, ValueError):
        return None
    if len(data) > MAX_BYTES:
        return None
    try:
        found = properties(data)
    except etree.XMLSyntaxError:
        return None
    draft_id, fingerprint = found.get(DRAFT_ID, ""), found.get(FINGERPRINT, "")
    return Origin(draft_id, fingerprint) if draft_id and fingerprint else None


def relation(origin: Origin | None, draft: Draft) -> str:
    """How a returned file stands to a report: "same" (exported from its current text),
    "older" (the report was edited since), "other" (another report's) or "unknown"."""
    if origin is None:
        return "unknown"
    if origin.draft_id != draft.id:
        return "other"
    return "same" if origin.fingerprint == draftfile.fingerprint(draft) else "older"
