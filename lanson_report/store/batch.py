"""Importing several draft files as one change: all of them, or none.

Every file is checked and converted first; then, under the writer lock, the whole
batch is written to IMPORTING in one atomic write (from then on it is decided) and
imported draft by draft; IMPORTING is removed at the end. A batch cut short (a
kill, a full disk) is finished by the next writer before anything else: importing
the same draft twice changes nothing, so it ends as if imported once.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import Any, Protocol

from ..domain import limits
from ..domain.errors import DraftFormatError, StoreError, StoreWriteError
from ..domain.model import Draft
from ..files import draftfile
from .backend import Backend
from .bodies import IMPORTING
from .notes import Notes


class Store(Protocol):
    """What a batch uses of core.Store: core imports this module, so this one names a
    Protocol rather than importing core."""

    backend: Backend
    recovered: Notes

    def writing(self) -> AbstractContextManager[None]: ...
    def finishing(self) -> AbstractContextManager[None]: ...
    def checked_dict(self, draft: Draft) -> dict[str, object]: ...
    def check_importable(self, draft: Draft) -> None: ...
    def import_draft(self, draft: Draft) -> str: ...


def import_all(store: Store, drafts: list[tuple[str, Draft]]) -> list[str]:
    """Import (label, draft) pairs as one change; their results ("new", "updated"...)."""
    if len(drafts) > limits.MAX_IMPORT_FILES:
        raise StoreError(f"Nhập tối đa {limits.MAX_IMPORT_FILES} tệp một lần; không nhập tệp nào.")
    checked: list[dict[str, object]] = []
    for label, draft in drafts:
        try:
            checked.append(store.checked_dict(draft))
        except StoreError as exc:
            raise StoreError(f"{label}: {exc} Không nhập tệp nào.") from None
    batch: dict[str, Any] = {"labels": [label for label, _ in drafts], "drafts": checked}
    with store.writing(), store.finishing():
        for label, draft in drafts:
            try:
                store.check_importable(draft)
            except StoreError as exc:
                raise StoreError(f"{label}: {exc} Không nhập tệp nào.") from None
        try:
            store.backend.write(IMPORTING, batch, backup=False)
        except StoreWriteError as exc:
            raise StoreWriteError(f"Không nhập tệp nào: {exc}", exc.errno, exc.reason) from exc
        return _apply(store, batch)


def finish(store: Store) -> None:
    """Complete a batch a crash cut short (called under the writer lock)."""
    try:
        batch = store.backend.read(IMPORTING)
        if batch is not None:
            _check_batch(batch)
    except (StoreError, DraftFormatError, ValueError) as exc:
        aside = store.backend.set_aside(IMPORTING)
        store.recovered.append(
            f"Tệp nhập dở {IMPORTING} bị hỏng ({_reason(exc)}): đã chuyển sang {aside} "
            "(không xóa); các tệp của lần nhập đó chưa được nhập, hãy nhập lại."
        )
        return
    if batch is None:
        return
    results = _apply(store, batch)
    store.recovered.append(
        f"Lần nhập {len(results)} tệp trước bị gián đoạn; đã nhập nốt: "
        + ", ".join(str(label) for label in batch.get("labels", []))
        + "."
    )


def _check_batch(batch: dict[str, Any]) -> None:
    """What import_all wrote: a list of labels and a list of draft objects."""
    labels, drafts = batch.get("labels", []), batch.get("drafts", [])
    if not isinstance(labels, list) or not isinstance(drafts, list):
        raise ValueError("labels or drafts is not a list")
    if not all(isinstance(data, dict) for data in drafts):
        raise ValueError("a draft is not an object")


def _reason(exc: Exception) -> str:
    return str(exc) if isinstance(exc, StoreError) else "nội dung không đúng dạng"


def _apply(store: Store, batch: dict[str, Any]) -> list[str]:
    results: list[str] = []
    labels = [str(label) for label in batch.get("labels", [])]
    for data in batch.get("drafts", []):
        try:
            results.append(store.import_draft(draftfile.from_dict(data, lenient=True)))
        except StoreWriteError as exc:
            done = ", ".join(labels[: len(results)]) or "chưa tệp nào"
            raise StoreWriteError(
                f"{exc} Đã nhập: {done}; các tệp còn lại được giữ trong thư mục dữ liệu "
                "và sẽ tự được nhập nốt ở lần ghi sau.",
                exc.errno,
                exc.reason,
            ) from exc
        except (StoreError, DraftFormatError) as exc:  # became issued meanwhile: left alone
            results.append(f"refused: {exc}")
    store.backend.remove(IMPORTING)
    return results
