"""`export -o`: what it may replace, and what it leaves beside the output when killed."""

from __future__ import annotations

import errno
import io
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import drafts
import pytest

from lanson_report.cli import cli
from lanson_report.files import draftfile, fileio

WORD_FILE = b"PK\x03\x04 a report the clerk made in Word"


class _Terminal(io.StringIO):
    """A standard input the clerk types into."""

    def isatty(self) -> bool:
        return True


@pytest.fixture
def draft(example_path: Path) -> Path:
    return example_path


def _interactive(monkeypatch: pytest.MonkeyPatch, typed: str) -> None:
    monkeypatch.setattr(sys, "stdin", _Terminal(typed))
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True, raising=False)


def test_a_word_file_it_did_not_write_is_not_replaced_without_asking(
    draft: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "Bao cao 2022.docx"
    out.write_bytes(WORD_FILE)
    assert cli.run(["export", str(draft), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert f"lỗi: Tệp {out} đã có và không do chương trình ghi ra; không ghi đè." in err
    assert "--force" in err
    assert out.read_bytes() == WORD_FILE


def test_force_replaces_it(draft: Path, tmp_path: Path) -> None:
    out = tmp_path / "bao-cao.docx"
    out.write_bytes(WORD_FILE)
    assert cli.run(["export", str(draft), "-o", str(out), "--force"]) == 0
    assert out.read_bytes() != WORD_FILE


@pytest.mark.parametrize(
    ("typed", "replaced"), [("c\n", True), ("có\n", True), ("k\n", False), ("", False)]
)
def test_on_a_terminal_the_clerk_is_asked(
    draft: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    typed: str,
    replaced: bool,
) -> None:
    out = tmp_path / "bao-cao.pdf"
    out.write_bytes(b"%PDF-1.7 made by another program")
    _interactive(monkeypatch, typed)
    assert cli.run(["export", str(draft), "-o", str(out)]) == (0 if replaced else 1)
    err = capsys.readouterr().err
    assert "Ghi đè lên tệp đó? Gõ c (có) hoặc k (không)" in err
    assert (b"another" not in out.read_bytes()[:200]) == replaced
    if not replaced:
        assert f"Không ghi đè {out}; chưa xuất tệp nào." in err


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_its_own_earlier_export_is_replaced_without_asking(
    draft: Path, tmp_path: Path, suffix: str
) -> None:
    out = tmp_path / f"bao-cao{suffix}"
    assert cli.run(["export", str(draft), "-o", str(out)]) == 0
    earlier = out.stat().st_mtime_ns - 10**9
    os.utime(out, ns=(earlier, earlier))
    assert cli.run(["export", str(draft), "-o", str(out)]) == 0  # no terminal: never asked
    assert out.stat().st_mtime_ns > earlier


@pytest.mark.skipif(sys.platform == "win32", reason="MAX_PATH (260) bounds the whole path there")
@pytest.mark.parametrize("suffix", [".pdf", ".docx", ".json"])
def test_a_name_of_255_bytes_is_written(draft: Path, tmp_path: Path, suffix: str) -> None:
    name = "Báo cáo " + "ả" * ((255 - len(suffix.encode()) - 9) // 3)
    name = name + "x" * (255 - len(suffix.encode()) - len(name.encode())) + suffix
    assert len(name.encode()) == 255
    out = tmp_path / name
    if suffix == ".json":
        draftfile.dump_path(draftfile.load_path(draft), out)
    else:
        assert cli.run(["export", str(draft), "-o", str(out)]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


WRITER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from lanson_report.files import fileio

    def produce(temp):
        temp.write_bytes(b"half")
        print("writing", flush=True)
        time.sleep(60)

    fileio.write_output(Path(sys.argv[1]), produce)
    """
)


def test_leftovers_of_a_killed_export_are_removed_by_the_next(draft: Path, tmp_path: Path) -> None:
    """A writer killed mid-write leaves its temporary; the next write there removes it,
    and never one that a living writer still holds."""
    killed, living = (
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(tmp_path / name)], stdout=subprocess.PIPE
        )
        for name in ("first.pdf", "second.pdf")
    )
    try:
        for process in (killed, living):
            assert process.stdout is not None and process.stdout.readline().strip() == b"writing"
        assert len(_temporaries(tmp_path)) == 2
        assert fileio.sweep_output_temporaries(tmp_path) == []  # both are being written
        killed.kill()
        killed.wait(10)
        assert cli.run(["export", str(draft), "-o", str(tmp_path / "third.pdf")]) == 0
        assert len(_temporaries(tmp_path)) == 1  # the living writer's
    finally:
        for process in (killed, living):
            process.kill()
            process.wait(10)
            if process.stdout is not None:
                process.stdout.close()
    assert cli.run(["export", str(draft), "-o", str(tmp_path / "third.pdf")]) == 0
    assert _temporaries(tmp_path) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["third.pdf"]


def _temporaries(folder: Path) -> list[Path]:
    return sorted(folder.glob(".*.tmp"))


def test_a_temporary_of_the_old_naming_is_still_swept(tmp_path: Path) -> None:
    out = tmp_path / "bao-cao.pdf"
    old = tmp_path / ".bao-cao.pdf.k3j4h5g6.tmp"
    old.write_bytes(b"%PDF-1.4 half")
    stale = fileio.STALE_TEMP_SECONDS + 60
    os.utime(old, (old.stat().st_atime - stale, old.stat().st_mtime - stale))
    path = tmp_path.parent / f"{tmp_path.name}-draft.json"
    draftfile.dump_path(draftfile.from_dict(drafts.example()), path)
    assert cli.run(["export", str(path), "-o", str(out)]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bao-cao.pdf"]


@pytest.mark.skipif(sys.platform == "win32", reason="Windows keeps the temporary open instead")
def test_a_folder_without_locks_still_gets_the_export(
    draft: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Some network shares refuse flock: the export is written, nothing is swept there."""
    import fcntl

    def no_locks(fd: int, operation: int) -> None:
        raise OSError(errno.ENOLCK, "No locks available")

    monkeypatch.setattr(fcntl, "flock", no_locks)
    leftover = tmp_path / ".~lanson-abcd1234.tmp"
    leftover.write_bytes(b"half")
    assert cli.run(["export", str(draft), "-o", str(tmp_path / "a.pdf")]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [leftover.name, "a.pdf"]


@pytest.mark.skipif(sys.platform == "win32", reason="Windows cannot delete a file held open")
def test_a_temporary_swept_before_it_is_held_is_replaced_by_a_new_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another program's sweep can remove a fresh temporary before its writer locks it."""
    real = fileio.tempfile.mkstemp
    made: list[str] = []

    def swept_once(*args: Any, **kwargs: Any) -> tuple[int, str]:
        fd, name = real(*args, **kwargs)
        made.append(name)
        if len(made) == 1:
            os.unlink(name)  # what the other program's sweep does in that instant
        return fd, name

    monkeypatch.setattr(fileio.tempfile, "mkstemp", swept_once)
    target = tmp_path / "bao-cao.pdf"
    fileio.write_output_bytes(target, b"%PDF-1.4 ...")
    assert target.read_bytes() == b"%PDF-1.4 ..." and len(made) == 2
    assert [p.name for p in tmp_path.iterdir()] == ["bao-cao.pdf"]
