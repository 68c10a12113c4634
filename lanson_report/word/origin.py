"""Every DOCX is a "bản trình": it says which draft, and which text of it, it was made
from — custom document properties, invisible in print, kept by Word when a leader edits
and saves the file. A returned file is then matched to its report and version
(../shared/office-workflow.md, *Leader review*)."""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from docx.opc.constants import RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import Part

from ..domain.model import Draft
from ..files import draftfile

PART_NAME = "/docProps/custom.xml"
CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
DRAFT_ID = "LansonReportDraftId"  # the draft's id in the store
FINGERPRINT = "LansonReportFingerprint"  # its text when exported (files.draftfile.fingerprint)
_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"  # the one format id of user properties


def properties_xml(values: dict[str, str]) -> bytes:
    rows = "".join(
        f'<property fmtid="{_FMTID}" pid="{pid}" name="{escape(name)}">'
        f"<vt:lpwstr>{escape(value)}</vt:lpwstr></property>"
        for pid, (name, value) in enumerate(values.items(), start=2)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        'custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/'
        f'2006/docPropsVTypes">{rows}</Properties>'
    ).encode()


def mark(document: Any, draft: Draft) -> None:
    """Add the draft's id and fingerprint as the document's custom properties."""
    package = document.part.package
    values = {DRAFT_ID: draft.id, FINGERPRINT: draftfile.fingerprint(draft)}
    part = Part(PackURI(PART_NAME), CONTENT_TYPE, properties_xml(values), package)
    package.relate_to(part, RELATIONSHIP_TYPE.CUSTOM_PROPERTIES)
