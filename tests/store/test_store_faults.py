"""A save cut short at any step leaves the last saved state intact and readable.

Each test saves state A, then breaks one step of saving state B (an exception
stands in for the crash), then opens the folder afresh as the next start would.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from storehelp import draft, example

from lanson_report.domain.errors import StoreError
from lanson_report.files import fileio
from lanson_report.store import Store, disk

STEPS = ("mkstemp", "write", "fsync", "link", "replace")
REAL_WRITE = disk.write_bytes
TITLES = {"Bản A./.": "Báo cáo A", "Bản B./.": "Báo cáo B"}


class Crash(OSError):
    def __init__(self, code: int = errno.EIO) -> None:
        super().__init__(code, os.strerror(code))


class Injector:
    """Counts the steps of a save and fails the target-th one (or none when None)."""

    def __init__(self, target: int | None, code: int = errno.EIO) -> None:
        self.target = target
        self.code = code
        self.count = 0
        self.kinds: list[str] = []

    def step(self, kind: str) -> None:
        self.kinds.append(kind)
        self.count += 1
        if self.count - 1 == self.target:
            raise Crash(self.code)

    def wrap(self, kind: str, real: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            self.step(kind)
            return real(*args, **kwargs)

        return wrapper

    def half_write(self, path: Path, data: bytes) -> None:
        """Write the first half, then fail: a crash in the middle of the temporary write."""
        with open(path, "wb") as handle:
            handle.write(data[: len(data) // 2])
        self.step("write")
        REAL_WRITE(path, data)


@contextlib.contextmanager
def injected(monkeypatch: pytest.MonkeyPatch, injector: Injector) -> Iterator[None]:
    with monkeypatch.context() as patch:
        patch.setattr(tempfile, "mkstemp", injector.wrap("mkstemp", tempfile.mkstemp))
        patch.setattr(os, "fsync", injector.wrap("fsync", os.fsync))
        patch.setattr(os, "link", injector.wrap("link", os.link))
        patch.setattr(os, "replace", injector.wrap("replace", os.replace))
        patch.setattr(disk, "write_bytes", injector.half_write)
        yield


def prepared(folder: Path) -> tuple[Store, Any, Any]:
    """A store holding a bystander draft and draft A (saved twice, so it has backups)."""
    store = Store.open(folder, lock_timeout=0.5)
    bystander = store.create(draft(2023, "Không liên quan")).draft
    report = store.create(example()).draft
    report.closing, report.title = "Bản A./.", "Báo cáo A"
    store.save(report)
    return store, report, bystander


def assert_intact(folder: Path, report: Any, bystander: Any, allowed: set[str]) -> None:
    reopened = Store.open(folder, lock_timeout=0.5)
    current = reopened.get(report.id).draft
    assert current.closing in allowed
    assert current.title == TITLES[current.closing]
    assert reopened.get(bystander.id).draft == bystander
    listed = {s.id: s.title for s in reopened.list()}
    assert listed == {report.id: current.title, bystander.id: bystander.title}
    assert not [p for p in folder.rglob("*.tmp")], "temporary files left behind"


def count_steps(folder: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    store, report, _ = prepared(folder)
    report.closing, report.title = "Bản B./.", "Báo cáo B"
    injector = Injector(None)
    with injected(monkeypatch, injector):
        store.save(report)
    return injector.kinds


def test_a_save_has_every_step_the_injection_covers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kinds = count_steps(tmp_path / "count", monkeypatch)
    assert set(kinds) == set(STEPS)


def test_a_crash_at_every_step_of_a_save_keeps_the_last_saved_state(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kinds = count_steps(tmp_path / "count", monkeypatch)
    for target, kind in enumerate(kinds):
        folder = tmp_path / f"step{target}"
        store, report, bystander = prepared(folder)
        report.closing, report.title = "Bản B./.", "Báo cáo B"
        failed = False
        with injected(monkeypatch, Injector(target)):
            try:
                store.save(report)
            except StoreError:
                failed = True
        # A failed hard link falls back to a copy: the only step a save survives.
        assert failed or kind == "link", f"step {target} ({kind}) failed silently"
        assert_intact(folder, report, bystander, {"Bản A./.", "Bản B./."})
        store.save(report)  # the same window can save again once the fault is gone
        assert_intact(folder, report, bystander, {"Bản B./."})


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EDQUOT])
def test_a_full_disk_keeps_the_last_saved_state(
    folder: Path, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    store, report, bystander = prepared(folder)
    report.closing, report.title = "Bản B./.", "Báo cáo B"
    with injected(monkeypatch, Injector(1, code)), pytest.raises(StoreError, match="Ổ đĩa đầy"):
        store.save(report)
    assert_intact(folder, report, bystander, {"Bản A./."})


def test_a_folder_that_cannot_be_written_keeps_the_last_saved_state(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store, report, bystander = prepared(folder)
    report.closing, report.title = "Bản B./.", "Báo cáo B"
    with (
        injected(monkeypatch, Injector(0, errno.EROFS)),
        pytest.raises(StoreError, match="Không có quyền ghi"),
    ):
        store.save(report)
    assert_intact(folder, report, bystander, {"Bản A./."})


@pytest.mark.skipif(os.name == "nt", reason="Windows ignores a folder's read-only attribute")
@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root ignores modes")
def test_a_read_only_folder_refuses_saves_but_still_lists(folder: Path) -> None:
    store, report, bystander = prepared(folder)
    report.closing, report.title = "Bản B./.", "Báo cáo B"
    modes = {path: path.stat().st_mode for path in [folder, *folder.rglob("*")] if path.is_dir()}
    try:
        for path in modes:
            path.chmod(0o555)
        with pytest.raises(StoreError):
            store.save(report)
        assert_intact(folder, report, bystander, {"Bản A./."})
    finally:
        for path, mode in modes.items():
            path.chmod(mode)


def held_unlink(monkeypatch: pytest.MonkeyPatch, name: str, times: int) -> list[str]:
    """os.unlink fails like Windows while a scanner holds name, `times` times."""
    real, tries = os.unlink, []

    def unlink(path: Any, *args: Any, **kwargs: Any) -> None:
        if os.path.basename(path) == name:
            tries.append(name)
            if len(tries) <= times:
                raise PermissionError(errno.EACCES, "used by another process")
        real(path, *args, **kwargs)

    monkeypatch.setattr(os, "unlink", unlink)
    monkeypatch.setattr(fileio, "REPLACE_PAUSE", 0)
    return tries


def test_removing_a_held_file_is_retried_on_windows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    held = tmp_path / "journal.json"
    held.write_text("{}", encoding="utf-8")
    tries = held_unlink(monkeypatch, "journal.json", 2)
    with monkeypatch.context() as windows:
        windows.setattr(os, "name", "nt")
        fileio.unlink(held)
    assert len(tries) == 3 and not held.exists()


def test_a_held_journal_after_the_commit_does_not_fail_the_save(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store, report, bystander = prepared(folder)
    report.closing, report.title = "Bản B./.", "Báo cáo B"
    with monkeypatch.context() as patch:
        tries = held_unlink(patch, "journal.json", 10**6)  # held for good
        store.save(report)
    assert tries and (folder / "journal.json").exists()
    assert_intact(folder, report, bystander, {"Bản B./."})  # replayed harmlessly
    assert not (folder / "journal.json").exists()


def test_new_folders_are_made_durable(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    synced: list[Path] = []
    real = fileio.fsync_dir

    def fsync_dir(path: Path) -> None:
        synced.append(Path(path))
        real(path)

    monkeypatch.setattr(fileio, "fsync_dir", fsync_dir)
    prepared(folder)
    made = [folder, *(path for path in folder.rglob("*") if path.is_dir())]
    assert {path.parent for path in made} <= set(synced)
