"""`python -m lanson_report [--data-dir DIR] import|list|dump|backup|restore`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import drafts
import pytest

from lanson_report.cli import cli
from lanson_report.files import draftfile
from lanson_report.store import Store, restoring

HOLDER = Path(__file__).resolve().parent / "store" / "worker.py"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.run(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def spawn(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "lanson_report", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
        env={**os.environ, "PYTHONIOENCODING": "utf-8", **env},
    )


def write(tmp_path: Path, name: str, raw: dict[str, Any]) -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    return path


def one_line_error(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("lỗi: "), err
    assert "Traceback" not in err
    return lines[0]


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


REALISTIC: dict[str, Callable[[], dict[str, Any]]] = {
    "commune": drafts.roman_commune,
    "long-names": drafts.long_names,
    "paragraphs": lambda: drafts.with_paragraphs(40),
}


def test_import_list_dump_round_trips_the_example(
    capsys: pytest.CaptureFixture[str], example_path: Path, data: Path, tmp_path: Path
) -> None:
    code, out, _ = run(capsys, "--data-dir", str(data), "import", str(example_path))
    assert code == 0 and "bản nháp mới" in out
    code, out, _ = run(capsys, "--data-dir", str(data), "list", "--json")
    (row,) = json.loads(out)
    assert row["title"].startswith("Kết quả tổ chức")
    dumped = str(tmp_path / "o.json")
    code, out, _ = run(capsys, "--data-dir", str(data), "dump", row["id"], "-o", dumped)
    assert code == 0
    assert draftfile.load_path(tmp_path / "o.json") == draftfile.load_path(example_path)


@pytest.mark.parametrize("name", sorted(REALISTIC))
def test_realistic_reports_round_trip_in_a_subprocess(
    name: str, data: Path, tmp_path: Path
) -> None:
    source = write(tmp_path, f"{name}.json", REALISTIC[name]())
    assert spawn("--data-dir", str(data), "import", str(source)).returncode == 0
    listed = json.loads(spawn("--data-dir", str(data), "list", "--json").stdout)
    dumped = tmp_path / "dumped.json"
    result = spawn("--data-dir", str(data), "dump", listed[0]["id"][:8], "-o", str(dumped))
    assert result.returncode == 0, result.stderr
    original = draftfile.load_path(source)
    original.id = listed[0]["id"]  # a file without id gets one on import
    assert draftfile.load_path(dumped) == original


def test_import_validates_every_file_first_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], example_path: Path, data: Path, tmp_path: Path
) -> None:
    bad = write(tmp_path, "hỏng.json", drafts.minimal(date={"year": 2025, "month": 13, "day": 1}))
    code, _, err = run(capsys, "--data-dir", str(data), "import", str(example_path), str(bad))
    assert code == 1
    line = one_line_error(err)
    assert "hỏng.json" in line and "date.month" in line
    assert Store.open(data).list() == []


def test_import_of_a_known_id_makes_a_new_version(
    capsys: pytest.CaptureFixture[str], example_path: Path, data: Path, tmp_path: Path
) -> None:
    run(capsys, "--data-dir", str(data), "import", str(example_path))
    changed = drafts.example()
    changed["closing"] = "Bản sửa./."
    source = str(write(tmp_path, "c.json", changed))
    code, out, _ = run(capsys, "--data-dir", str(data), "import", source)
    assert code == 0 and "phiên bản mới" in out
    store = Store.open(data)
    assert store.get(changed["id"]).draft.closing == "Bản sửa./."
    assert len(store.history(changed["id"])) == 1


def test_import_never_overwrites_an_issued_report(
    capsys: pytest.CaptureFixture[str], example_path: Path, data: Path, tmp_path: Path
) -> None:
    run(capsys, "--data-dir", str(data), "import", str(example_path))
    Store.open(data).set_status(drafts.example()["id"], "issued")
    other = write(tmp_path, "other.json", drafts.minimal())
    code, _, err = run(capsys, "--data-dir", str(data), "import", str(other), str(example_path))
    assert code == 1 and "đã ban hành" in one_line_error(err)
    assert len(Store.open(data).list()) == 1


def test_list_filters_by_year_and_accent_free_words(
    capsys: pytest.CaptureFixture[str], example_path: Path, data: Path, tmp_path: Path
) -> None:
    other = write(tmp_path, "o.json", drafts.minimal())
    run(capsys, "--data-dir", str(data), "import", str(example_path), str(other))
    code, out, _ = run(capsys, "--data-dir", str(data), "list", "--search", "bao cao khcn")
    assert code == 0 and len(out.splitlines()) == 1 and "Ngày khoa học" in out
    code, out, _ = run(capsys, "--data-dir", str(data), "list", "--year", "2025", "--json")
    (row,) = json.loads(out)
    assert set(row) >= {"id", "year", "title", "modified", "number", "status"}
    assert (row["year"], row["number"], row["status"]) == (2025, "7", "draft")
    assert row["modified"].endswith("+00:00") or "+" in row["modified"]


def test_list_of_an_empty_store(capsys: pytest.CaptureFixture[str], data: Path) -> None:
    code, out, err = run(capsys, "--data-dir", str(data), "list")
    assert (code, out) == (0, "") and "Không có bản nháp" in err
    assert run(capsys, "--data-dir", str(data), "list", "--json")[1].strip() == "[]"


def test_dump_errors(capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path) -> None:
    for number in (1, 2):
        raw = drafts.minimal(id=f"abcdef0{number}-0000-4000-8000-000000000000")
        run(capsys, "--data-dir", str(data), "import", str(write(tmp_path, f"{number}.json", raw)))
    out = str(tmp_path / "o.json")
    code, _, err = run(capsys, "--data-dir", str(data), "dump", "abcdef", "-o", out)
    assert code == 1 and "khớp 2 bản nháp" in one_line_error(err)
    code, _, err = run(capsys, "--data-dir", str(data), "dump", "999", "-o", out)
    assert code == 1 and "Không có bản nháp" in one_line_error(err)
    missing = str(tmp_path / "no" / "such" / "o.json")
    code, _, err = run(capsys, "--data-dir", str(data), "dump", "abcdef01", "-o", missing)
    assert code == 1 and "Không ghi được" in one_line_error(err)


def test_backup_and_restore_onto_a_new_pc(
    capsys: pytest.CaptureFixture[str], example_path: Path, data: Path, tmp_path: Path
) -> None:
    run(capsys, "--data-dir", str(data), "import", str(example_path))
    archive = str(tmp_path / "sao lưu.zip")
    code, out, _ = run(capsys, "--data-dir", str(data), "backup", "-o", archive)
    assert code == 0 and "1 bản nháp" in out
    result = spawn("--data-dir", str(tmp_path / "new-pc"), "restore", archive)
    assert result.returncode == 0 and "thêm 1 bản nháp" in result.stdout
    assert Store.open(tmp_path / "new-pc").get(drafts.example()["id"])


@pytest.mark.skipif(sys.platform == "win32", reason="MAX_PATH (260) bounds the whole path there")
def test_a_backup_name_of_255_bytes_is_written(
    capsys: pytest.CaptureFixture[str], example_path: Path, data: Path, tmp_path: Path
) -> None:
    run(capsys, "--data-dir", str(data), "import", str(example_path))
    folder = tmp_path / "usb"
    folder.mkdir()
    name = "Sao lưu " + "ả" * 80
    name = name + "x" * (255 - 4 - len(name.encode())) + ".zip"
    assert len(name.encode()) == 255
    code, out, _ = run(capsys, "--data-dir", str(data), "backup", "-o", str(folder / name))
    assert code == 0 and "1 bản nháp" in out
    assert [p.name for p in folder.iterdir()] == [name], "no temporary left beside it"


def test_restore_refuses_a_bad_file_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], example_path: Path, data: Path, tmp_path: Path
) -> None:
    run(capsys, "--data-dir", str(data), "import", str(example_path))
    before = sorted(data.rglob("*"))
    code, _, err = run(capsys, "--data-dir", str(data), "restore", str(example_path))
    assert code == 1 and "không phải tệp sao lưu" in one_line_error(err)
    code, _, err = run(capsys, "--data-dir", str(data), "restore", str(tmp_path / "missing.zip"))
    assert code == 1 and "không tìm thấy tệp" in one_line_error(err)
    assert sorted(data.rglob("*")) == before


def test_errors_in_a_subprocess_are_one_vietnamese_line(data: Path, tmp_path: Path) -> None:
    bad = write(tmp_path, "bad.json", {"format": "lanson-report/draft"})
    for args in (["import", str(bad)], ["dump", "zz", "-o", "x.json"], ["restore", str(bad)]):
        result = spawn("--data-dir", str(data), *args)
        assert result.returncode == 1
        one_line_error(result.stderr)


def test_data_dir_from_the_environment(example_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "từ biến môi trường"
    assert spawn("import", str(example_path), LANSON_REPORT_DATA_DIR=str(folder)).returncode == 0
    assert len(Store.open(folder).list()) == 1


def test_a_busy_store_is_reported(example_path: Path, data: Path) -> None:
    Store.open(data)
    holder = subprocess.Popen(
        [sys.executable, str(HOLDER), "hold", str(data)],
        stdout=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        result = spawn(
            "--data-dir", str(data), "import", str(example_path), LANSON_REPORT_LOCK_TIMEOUT="0.2"
        )
        assert result.returncode == 1 and "đang bận" in one_line_error(result.stderr)
    finally:
        holder.kill()
        holder.wait()
        assert holder.stdout is not None
        holder.stdout.close()


def test_list_never_loads_qt_or_reportlab(example_path: Path, data: Path) -> None:
    spawn("--data-dir", str(data), "import", str(example_path))
    code = (
        "import sys; from lanson_report.__main__ import main; "
        f"main(['--data-dir', {str(data)!r}, 'list', '--json']); "
        "heavy = [m for m in ('PySide6', 'reportlab') if m in sys.modules]; "
        "sys.exit(str(heavy) if heavy else 0)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, encoding="utf-8", check=False
    )
    assert result.returncode == 0, result.stderr


def test_an_unfinished_draft_dumped_imports_back_and_prints_saying_what_it_lacks(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path
) -> None:
    from lanson_report.domain.model import new_draft

    unfinished = new_draft(2025)  # no signer, blank rows: what a clerk has mid-way
    Store.open(data).save(unfinished)
    dumped = str(tmp_path / "dở dang.json")
    code, _, _ = run(capsys, "--data-dir", str(data), "dump", unfinished.id, "-o", dumped)
    assert code == 0
    other = str(tmp_path / "other-pc")
    code, out, err = run(capsys, "--data-dir", other, "import", dumped)
    assert code == 0 and "bản nháp mới" in out, err
    assert Store.open(Path(other)).get(unfinished.id).draft == unfinished
    code, _, err = run(capsys, "export", dumped, "-o", str(tmp_path / "o.pdf"))
    assert code == 0 and "lưu ý: chưa có chức vụ người ký" in err, err  # as "Vẫn xuất" does


def test_a_damaged_draft_dumped_from_its_previous_save_is_told_on_stderr(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path
) -> None:
    store = Store.open(data)
    report = store.create(draftfile.from_dict(drafts.minimal(title="Bản 1"))).draft
    report.title = "Bản 2"
    store.save(report)
    store.close()
    (data / "drafts" / f"{report.id}.json").write_bytes(b'{"schema": 1, "id": ')
    out = str(tmp_path / "o.json")
    code, _, err = run(capsys, "--data-dir", str(data), "dump", report.id, "-o", out)
    assert code == 0 and draftfile.load_path(Path(out)).title == "Bản 1"
    assert f"lưu ý: Tệp drafts/{report.id}.json bị hỏng" in err
    assert "“Bản 2”" in err and str(data / "damaged") in err and "Traceback" not in err


def test_restore_says_which_stamps_it_did_not_trust(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path
) -> None:
    store = Store.open(data)
    report = store.create(draftfile.from_dict(drafts.minimal(title="Của máy này"))).draft
    backup = tmp_path / "sao-luu.zip"
    store.export_backup(backup)
    store.close()
    with zipfile.ZipFile(backup) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    name = f"drafts/{report.id}.json"
    body = json.loads(members[name])
    body.update(modified="2999-01-01T00:00:00+00:00", status="issued")
    body["draft"]["title"] = "Giả mạo"
    del body["checksum"]
    members[name] = json.dumps(body).encode()
    with zipfile.ZipFile(backup, "w") as archive:
        for member, content in members.items():
            archive.writestr(member, content)
    code, out, err = run(capsys, "--data-dir", str(data), "restore", str(backup))
    assert code == 0, err
    assert "lưu ý: Bản nháp “Của máy này”: thời điểm sửa" in out and "lịch sử" in out
    assert Store.open(data).get(report.id).draft.title == "Của máy này"


class Killed(BaseException):
    pass


def test_a_restore_finished_by_the_next_command_says_what_it_is_doing(
    capsys: pytest.CaptureFixture[str],
    data: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = Store.open(tmp_path / "other")
    for number in range(4):
        source.create(draftfile.from_dict(drafts.minimal(title=f"Bản {number}")))
    source.export_backup(tmp_path / "b.zip")
    monkeypatch.setenv(restoring.BATCH_ENV, "1")
    store = Store.open(data)
    real = Store.commit_many

    def dying(self: Store, changes: list[Any]) -> None:
        if self.list():
            raise Killed
        real(self, changes)

    monkeypatch.setattr(Store, "commit_many", dying)
    with pytest.raises(Killed):
        store.import_backup(tmp_path / "b.zip")
    monkeypatch.undo()
    code, out, err = run(capsys, "--data-dir", str(data), "list")
    assert code == 0 and out.count("Bản ") == 4
    assert "Đang hoàn tất lần khôi phục bị gián đoạn: 4/4 bản nháp" in err
    assert "lưu ý: Lần khôi phục trước bị gián đoạn; đã hoàn tất" in err


def test_the_list_shows_ids_long_enough_to_tell_drafts_apart(tmp_path: Path) -> None:
    """Two drafts whose ids share their first 8 characters: the list shows more of them,
    so the id a clerk copies works with dump."""
    import subprocess
    import sys

    from lanson_report.domain.model import new_draft
    from lanson_report.store import Store

    data = tmp_path / "data"
    store = Store.open(data)
    for tail in ("1", "2"):
        draft = new_draft(2025)
        draft.id = f"3f6c2a1e-5b7d-4c1a-9e2f-2022bc00000{tail}"
        draft.title = f"Báo cáo {tail}"
        store.create(draft)
    store.close()
    done = subprocess.run(
        [sys.executable, "-m", "lanson_report", "--data-dir", str(data), "list"],
        capture_output=True, text=True, encoding="utf-8", check=True,
    )  # fmt: skip
    shown = [line.split()[0] for line in done.stdout.splitlines()]
    assert len(set(shown)) == 2 and all(len(i) == 36 for i in shown)
    dumped = subprocess.run(
        [sys.executable, "-m", "lanson_report", "--data-dir", str(data), "dump", shown[0],
         "-o", str(tmp_path / "d.json")],
        capture_output=True, text=True, encoding="utf-8", check=False,
    )  # fmt: skip
    assert dumped.returncode == 0, dumped.stderr


def test_a_closed_pipe_is_not_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`list | head`: once head has its lines the pipe closes; that is no error."""
    import io
    import sys

    from lanson_report.cli import cli

    class Closed(io.StringIO):
        def write(self, text: str) -> int:
            raise BrokenPipeError(32, "Broken pipe")

        def fileno(self) -> int:
            raise OSError("no descriptor")

    monkeypatch.setattr(sys, "stdout", Closed())
    assert cli.run(["--data-dir", str(tmp_path / "data"), "list", "--json"]) == 0
    assert "lỗi" not in capsys.readouterr().err
