"""Settings <-> the dict kept in `store.json` (table `settings`)."""

from __future__ import annotations

from typing import Any

from ..domain import limits
from ..domain.model import Recipient, Settings, Signature
from ..files.validate import Reader

KEYS = (
    "agency",
    "place",
    "signers",
    "archive",
    "dictionary",
    "checks_off",
    "recipients",
    "unit",
    "footer",
    "units",
)


def settings_to_dict(settings: Settings) -> dict[str, Any]:
    data = {
        "agency": {
            "parent": settings.agency.parent,
            "name": settings.agency.name,
            "abbreviation": settings.agency.abbreviation,
        },
        "place": settings.place,
        "signers": [{"lines": list(s.lines), "name": s.name} for s in settings.signers],
        "archive": settings.archive,
    }
    if settings.dictionary:  # only when used: a store an older version can still read
        data["dictionary"] = list(settings.dictionary)
    if settings.checks_off:
        data["checks_off"] = list(settings.checks_off)
    if settings.recipients:
        data["recipients"] = [{"name": r.name, "note": r.note} for r in settings.recipients]
    if settings.unit:
        data["unit"] = settings.unit
    if settings.footer:
        data["footer"] = settings.footer
    if settings.units:
        data["units"] = list(settings.units)
    return data


def settings_from_dict(raw: Any) -> Settings:
    """Read settings; raises DraftFormatError naming the field when they do not fit."""
    limits.check_draft(raw)  # a restored store.json is a file from elsewhere too
    top = Reader(raw, "settings", lenient=True)
    top.check_keys(KEYS, ("agency",))
    settings = Settings(agency=top.field("agency").agency())
    if top.has("place"):
        settings.place = top.field("place").string()
    if top.has("archive"):
        settings.archive = top.field("archive").string()
    if top.has("signers"):
        settings.signers = [_signer(item) for item in top.field("signers").items()]
    if top.has("dictionary"):
        settings.dictionary = top.field("dictionary").strings()
    if top.has("checks_off"):
        settings.checks_off = top.field("checks_off").strings()
    if top.has("recipients"):
        settings.recipients = [_recipient(item) for item in top.field("recipients").items()]
    if top.has("unit"):
        settings.unit = top.field("unit").string()
    if top.has("footer"):
        settings.footer = top.field("footer").string()
    if top.has("units"):
        settings.units = top.field("units").strings()
    return settings


def _signer(reader: Reader) -> Signature:
    reader.check_keys(("lines", "name"), ("lines", "name"))
    return Signature(lines=reader.field("lines").strings(), name=reader.field("name").string())


def _recipient(reader: Reader) -> Recipient:
    reader.check_keys(("name", "note"), ("name",))
    note = reader.field("note").string() if reader.has("note") else ""
    return Recipient(reader.field("name").string(), note)
