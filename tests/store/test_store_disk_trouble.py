"""Read-only and full disks, leftovers of killed programs, and file permissions (issue 8).

Holes 6 (a read-only store), 7 (a full disk), 8 (leftovers, permissions). The disks
are real: a small tmpfs, remounted read-only or filled up (skipped where mounting is
not allowed).
"""

from __future__ import annotations

import errno
import json
import os
import stat
import sys
import time
from pathlib import Path

import pytest
from hostile import fill, filled, remount_read_only, small_disk, snapshot
from storehelp import draft

from lanson_report.cli import cli
from lanson_report.domain.errors import StoreWriteError
from lanson_report.files import draftfile, fileio
from lanson_report.store import Store
from lanson_report.store.index import Index


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.run(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def crashed_mid_save(folder: Path) -> str:
    """A store whose last save wrote the body but not the index, as kill -9 leaves it."""
    store = filled(folder)
    target = next(s for s in store.list() if s.title == "Báo cáo của máy này").id
    index = {p: p.read_bytes() for p in (folder / "index").iterdir()}
    changed = store.get(target).draft
    changed.title = "Tiêu đề mới sau lần lưu dở"
    store.save(changed)
    for path, raw in index.items():
        path.write_bytes(raw)  # the index still says the old title
    (folder / "journal.json").write_text(json.dumps({"ids": [target]}), encoding="utf-8")
    (folder / "backups" / ".truoc-khoi-phuc-x.zip.abc.tmp").write_bytes(b"half a zip")
    store.close()
    return target


# -- 6. a read-only store ------------------------------------------------------------------


def test_a_read_only_store_lists_dumps_backs_up_and_exports(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with small_disk(tmp_path / "stick", "8m") as stick:
        folder = stick / "data"
        target = crashed_mid_save(folder)
        before = snapshot(folder)
        remount_read_only(stick)
        code, out, err = run(capsys, "--data-dir", str(folder), "list")
        assert code == 0 and "Tiêu đề mới sau lần lưu dở" in out and "Một báo cáo khác" in out
        assert "đọc trực tiếp từ các bản nháp" in err and "Traceback" not in err
        dumped = tmp_path / "dumped.json"
        code, _, err = run(capsys, "--data-dir", str(folder), "dump", target, "-o", str(dumped))
        assert code == 0, err
        code, _, err = run(
            capsys, "--data-dir", str(folder), "backup", "-o", str(tmp_path / "b.zip")
        )
        assert code == 0, err
        code, _, err = run(capsys, "export", str(dumped), "-o", str(tmp_path / "out.pdf"))
        assert code == 0, err
        assert snapshot(folder) == before
    elsewhere = Store.open(tmp_path / "elsewhere")
    assert elsewhere.import_backup(tmp_path / "b.zip").added == 2
    assert "Tiêu đề mới sau lần lưu dở" in [s.title for s in elsewhere.list()]


def test_a_read_only_store_refuses_changes_saying_nothing_changed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with small_disk(tmp_path / "stick", "8m") as stick:
        folder = stick / "data"
        filled(folder).close()
        new = tmp_path / "new.json"
        new.write_text(draftfile.dumps(draft(2025, "Mới")), encoding="utf-8")
        before = snapshot(folder)
        remount_read_only(stick)
        code, _, err = run(capsys, "--data-dir", str(folder), "import", str(new))
        assert code == 1 and "chỉ đọc" in err and "Read-only" not in err
        assert snapshot(folder) == before


# -- 7. a full disk --------------------------------------------------------------------------


def test_a_full_disk_refuses_an_import_truthfully_and_still_lists(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with small_disk(tmp_path / "stick", "2m") as stick:
        folder = stick / "data"
        filled(folder).close()
        big = draft(2025, "Bản nháp lớn")
        big.closing = "x" * 19_000
        new = tmp_path / "new.json"
        new.write_text(draftfile.dumps(big), encoding="utf-8")
        fill(stick)
        before = snapshot(folder)
        code, _, err = run(capsys, "--data-dir", str(folder), "import", str(new))
        assert code == 1 and "đầy" in err and "No space" not in err
        assert "Không nhập tệp nào" in err or "Đã lưu bản nháp" in err
        if "Không nhập tệp nào" in err:
            assert {k: v for k, v in snapshot(folder).items() if "tmp" not in k} == before
        code, out, err = run(capsys, "--data-dir", str(folder), "list")
        assert code == 0 and "Báo cáo của máy này" in out, err


def test_a_body_saved_before_the_disk_filled_is_reported_as_saved(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = filled(folder)
    report = store.list()[0]
    changed = store.get(report.id).draft
    changed.title = "Đã đổi tên"

    def full(*args: object, **kwargs: object) -> None:
        raise StoreWriteError("Ổ đĩa đầy.", errno.ENOSPC, "ổ đĩa đã đầy")

    monkeypatch.setattr(Index, "put", full)
    with pytest.raises(StoreWriteError) as caught:
        store.save(changed)
    message = str(caught.value)
    assert "Đã lưu bản nháp “Đã đổi tên”" in message and "chưa cập nhật" in message
    assert "vẫn còn nguyên" not in message
    monkeypatch.undo()
    reopened = Store.open(folder)
    assert "Đã đổi tên" in [s.title for s in reopened.list()]


# -- 8. leftovers and permissions --------------------------------------------------------------


def aged(path: Path) -> Path:
    path.write_bytes(b"left by a killed program")
    old = time.time() - 2 * fileio.STALE_TEMP_SECONDS
    os.utime(path, (old, old))
    return path


def test_leftovers_beside_outputs_and_in_the_store_are_swept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "data"
    filled(folder).close()
    outputs = tmp_path / "usb"
    outputs.mkdir()
    stale = [aged(outputs / ".sao-luu.zip.k1ll3d.tmp"), aged(outputs / ".out.pdf.x9.tmp")]
    fresh = outputs / ".sao-luu.zip.busy.tmp"
    fresh.write_bytes(b"another program writing now")
    in_store = aged(folder / "backups" / ".truoc-khoi-phuc-1.zip.z.tmp")
    assert (
        run(capsys, "--data-dir", str(folder), "backup", "-o", str(outputs / "sao-luu.zip"))[0] == 0
    )
    dumped = tmp_path / "d.json"
    run(capsys, "--data-dir", str(folder), "dump", Store.open(folder).ids()[0], "-o", str(dumped))
    assert run(capsys, "export", str(dumped), "-o", str(outputs / "out.pdf"))[0] == 0
    assert not any(path.exists() for path in [*stale, in_store])
    assert fresh.exists()  # too young to be a leftover: may be another program's write


@pytest.mark.skipif(sys.platform == "win32", reason="Windows files have ACLs, not POSIX mode bits")
@pytest.mark.parametrize("umask", [0o022, 0o077])
def test_files_follow_the_umask_and_store_folders_are_private(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, umask: int
) -> None:
    monkeypatch.setattr(fileio, "UMASK", umask)
    old = os.umask(umask)
    try:
        store = filled(tmp_path / "data")
        store.export_backup(tmp_path / "b.zip")
    finally:
        os.umask(old)
    files = [p for p in (tmp_path / "data").rglob("*") if p.is_file() and p.name != ".lock"]
    folders = [tmp_path / "data", *(p for p in (tmp_path / "data").rglob("*") if p.is_dir())]
    assert {stat.S_IMODE(p.stat().st_mode) for p in files} == {0o666 & ~umask}
    assert {stat.S_IMODE(p.stat().st_mode) for p in folders} == {0o700}
    assert stat.S_IMODE((tmp_path / "b.zip").stat().st_mode) == 0o666 & ~umask
