"""`export -o`: what it leaves beside the output, even when killed."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import drafts
import pytest

from lanson_report import cli, draftfile, fileio


@pytest.fixture
def draft(example_path: Path) -> Path:
    return example_path


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
    from lanson_report import fileio

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
            assert process.stdout is not None and process.stdout.readline() == b"writing\n"
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
