"""Store damages of issue 29's attack, one function per kind, to run as parametrized tests.

Each kind damages a data folder made by `filled_folder` the way a power cut, a USB
stick pulled out, a scanner, a careless hand or an attacker would. What every kind
must give (tests/hostile/test_store_damage.py): a message or a correct result, never
a traceback; never a hidden draft; never an older save served without a word.

Kinds that lose information beyond repair (every copy of a body gone) are not here:
the store cannot bring back what no file holds; it says so (tests/store).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import drafts

from lanson_report.files import draftfile
from lanson_report.store import Store


@dataclass
class Filled:
    """A data folder, and what the clerk last saved there: id -> title."""

    folder: Path
    titles: dict[str, str]
    edited: str  # the draft saved three times (its backups hold older saves)

    def body(self, draft_id: str | None = None) -> Path:
        return self.folder / "drafts" / f"{draft_id or self.edited}.json"


def filled_folder(folder: Path) -> Filled:
    store = Store.open(folder, lock_timeout=0.5)
    titles = {}
    for year, title in ((2023, "Báo cáo năm trước"), (2024, "Báo cáo tổng kết")):
        data = drafts.minimal(title=title, date={"year": year, "month": 3, "day": 9})
        titles[store.create(draftfile.from_dict(data)).draft.id] = title
    report = store.create(draftfile.from_dict(drafts.minimal(title="Bản 1"))).draft
    for title in ("Bản 2", "Bản 3"):
        report.title = title
        store.save(report)
    titles[report.id] = "Bản 3"
    store.close()
    return Filled(folder, titles, report.id)


def _write(path: Path, raw: bytes | dict[str, Any] | list[Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(raw if isinstance(raw, bytes) else json.dumps(raw).encode())


def _index(filled: Filled, year: int = 2024) -> Path:
    return filled.folder / "index" / f"{year}.json"


def _edit_body(filled: Filled, change: Callable[[dict[str, Any]], None]) -> None:
    body = json.loads(filled.body().read_text(encoding="utf-8"))
    change(body)
    filled.body().write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")


def _unlist(filled: Filled) -> None:
    raw = json.loads(_index(filled).read_text(encoding="utf-8"))
    raw["drafts"] = {k: v for k, v in raw["drafts"].items() if v["id"] != filled.edited}
    _write(_index(filled), raw)


def _without_backups(filled: Filled, raw: bytes | None) -> None:
    """The body damaged or gone, and its rotating backups too: only its history is left."""
    for backup in (filled.folder / "backups" / "drafts").glob(f"{filled.edited}.json.*"):
        backup.unlink()
    if raw is None:
        filled.body().unlink()
    else:
        _write(filled.body(), raw)


def _retitle(body: dict[str, Any]) -> None:
    body["draft"]["title"] = "Sửa ngoài chương trình"


def _future_stamp(body: dict[str, Any]) -> None:
    body["modified"] = "2999-01-01T00:00:00+00:00"


DAMAGES: dict[str, Callable[[Filled], None]] = {
    # the list of drafts
    "index-missing": lambda f: _index(f).unlink(),
    "index-garbage": lambda f: _write(_index(f), b'{"drafts": {"1": \x00\x00'),
    "index-empty-file": lambda f: _write(_index(f), b""),
    "index-wrong-shape": lambda f: _write(_index(f), {"drafts": {"1": {"id": 5}}}),
    "index-not-object": lambda f: _write(_index(f), [1, 2]),
    "index-drops-a-draft": _unlist,
    "index-all-missing": lambda f: [p.unlink() for p in (f.folder / "index").iterdir()],
    # the journal of a change being written
    "journal-garbage": lambda f: _write(f.folder / "journal.json", b"\xff\xfe{"),
    "journal-ids-number": lambda f: _write(f.folder / "journal.json", {"ids": 5}),
    "journal-ids-path": lambda f: _write(f.folder / "journal.json", {"ids": ["../../x"]}),
    "journal-no-ids": lambda f: _write(f.folder / "journal.json", {"id": []}),
    "journal-list": lambda f: _write(f.folder / "journal.json", [f.edited]),
    # a batch of draft files being imported
    "importing-garbage": lambda f: _write(f.folder / "importing.json", b"{\x00"),
    "importing-drafts-number": lambda f: _write(f.folder / "importing.json", {"drafts": 5}),
    "importing-drafts-not-objects": lambda f: _write(
        f.folder / "importing.json", {"labels": ["a"], "drafts": [7]}
    ),
    "importing-invalid-draft": lambda f: _write(
        f.folder / "importing.json", {"labels": ["a.json"], "drafts": [{"title": 5}]}
    ),
    # a restore being merged
    "restoring-garbage": lambda f: _write(f.folder / "restoring.zip", b"PK\x03\x04 no zip"),
    # a draft's body
    "body-garbage": lambda f: _write(f.body(), b"\xff\xfe not json"),
    "body-empty-file": lambda f: _write(f.body(), b""),
    "body-truncated": lambda f: _write(f.body(), f.body().read_bytes()[:100]),
    "body-not-object": lambda f: _write(f.body(), [1]),
    "body-valid-json-edited": lambda f: _edit_body(f, _retitle),
    "body-future-stamp": lambda f: _edit_body(f, _future_stamp),
    "body-bad-field": lambda f: _edit_body(f, lambda b: b["draft"].update(outline="greek")),
    "body-missing-backup-kept": lambda f: f.body().unlink(),
    "body-garbage-no-backups": lambda f: _without_backups(f, b"\x00garbage"),
    "body-missing-no-backups": lambda f: _without_backups(f, None),
    "body-stray-file": lambda f: _write(f.folder / "drafts" / "ghi-chu.json", {"x": 1}),
    "body-leftover-temporary": lambda f: _write(
        f.folder / "drafts" / f".{f.edited}.json.abc123.tmp", b'{"schema": 1'
    ),
    # history and settings
    "version-garbage": lambda f: _write(
        f.folder / "history" / f.edited / "1.json", b"\x00\x00\x00"
    ),
    "settings-garbage": lambda f: _write(f.folder / "store.json", b"[1, 2"),
    "settings-wrong-shape": lambda f: _write(f.folder / "store.json", {"meta": {"1": {}}}),
    "unknown-id-folder": lambda f: _write(
        f.folder / "history" / str(uuid.uuid4()) / "1.json", {"x": 1}
    ),
}

# Kinds after which an older save of the edited draft may be served: the store must say so.
OLDER_SAVE_TOLD = {
    "body-garbage",
    "body-empty-file",
    "body-truncated",
    "body-not-object",
    "body-valid-json-edited",
    "body-future-stamp",
    "body-bad-field",
    "body-missing-backup-kept",
    "body-garbage-no-backups",
    "body-missing-no-backups",
}
