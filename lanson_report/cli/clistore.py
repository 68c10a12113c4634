"""The store a command works on, shared by the command line's modules. Never imports Qt."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from .cliguard import safe

if TYPE_CHECKING:
    from ..store import Store


def open_store(args: argparse.Namespace) -> Store:
    """The store of --data-dir (or the default folder); recovery notes go to stderr."""
    from ..files.paths import data_dir
    from ..store import Store

    """The store of --data-dir (or the default folder); repair notes go to stderr, as found."""

    store = Store.open(data_dir(args.data_dir), progress=_opening_progress)
    for message in store.recovered:
        _note(message)
    store.recovered.listeners.append(_note)  # a repair found later, e.g. reading a draft
    return store


def _note(message: str) -> None:
    print(safe(f"lưu ý: {message}"), file=sys.stderr)


def _opening_progress(what: str, done: int, total: int) -> None:
    """Long work before the command (a restore a kill cut short): never look hung."""
    print(f"{what}: {done}/{total} bản nháp…", file=sys.stderr, flush=True)


def restore_progress(done: int, total: int) -> None:
    """A long restore says how far it got, on stderr, after each batch."""
    if total > PROGRESS_FROM:
        print(f"Đang khôi phục: {done}/{total} bản nháp…", file=sys.stderr, flush=True)


PROGRESS_FROM = 500  # a restore that small is over before anyone would wonder


def resolve_id(store: Store, prefix: str) -> str:
    """A stored draft's id from the id or its first characters (`3f6c2a1e`)."""
    from ..domain.errors import StoreError

    ids = store.ids()
    if prefix in ids:
        return prefix
    found = [draft_id for draft_id in ids if draft_id.startswith(prefix.lower())]
    if not found:
        raise StoreError(f'Không có bản nháp nào có mã bắt đầu bằng "{prefix}".')
    if len(found) > 1:
        raise StoreError(f'Mã "{prefix}" khớp {len(found)} bản nháp; hãy gõ thêm vài ký tự.')
    return found[0]
