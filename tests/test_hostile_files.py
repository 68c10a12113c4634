"""Draft files made by an attacker or a careless user, at the command line (issue 8).

Holes 4 (lone surrogates, multi-file import), 5 (sizes), 9 (messages) and 10
(foot-guns). Where nothing should change, the data folder is compared byte for byte.
"""

from __future__ import annotations

import errno
import json
import os
import sys
import threading
import time
from pathlib import Path
from typing import Any

import drafts
import pytest

from lanson_report.cli import cli
from lanson_report.domain import limits
from lanson_report.domain.errors import DraftFormatError
from lanson_report.files import draftfile, fileio
from lanson_report.pdf import fonts, lines

sys.path.insert(0, str(Path(__file__).resolve().parent / "store"))
from hostile import snapshot


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.run(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def write(path: Path, raw: dict[str, Any] | str) -> Path:
    text = raw if isinstance(raw, str) else json.dumps(raw, ensure_ascii=False)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    folder = tmp_path / "data"
    good = write(tmp_path / "first.json", drafts.minimal(title="Có sẵn trong kho"))
    assert run(capsys, "--data-dir", str(folder), "import", str(good))[0] == 0
    return folder


def one_error(err: str) -> str:
    assert err.count("\n") == 1 and err.startswith("lỗi: ") and "Traceback" not in err, err
    return err


# -- 4. lone surrogates and multi-file import ----------------------------------------------


def test_a_lone_surrogate_is_refused_naming_the_field(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = json.dumps(drafts.minimal(title="MARK"))
    bad = write(tmp_path / "bad.json", text.replace("MARK", "Báo cáo \\ud800"))
    before = snapshot(data)
    code, _, err = run(capsys, "--data-dir", str(data), "import", str(bad))
    assert code == 1 and "title" in one_error(err) and "nửa cặp UTF-16" in err
    assert snapshot(data) == before  # no journal.json left to claim a power cut
    code, _, err = run(capsys, "--data-dir", str(data), "list")
    assert code == 0 and "gián đoạn" not in err
    code, _, err = run(capsys, "export", str(bad), "-o", str(tmp_path / "out.pdf"))
    assert code == 1 and "nửa cặp UTF-16" in one_error(err)
    assert not (tmp_path / "out.pdf").exists()


def test_one_bad_file_imports_none(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = write(tmp_path / "good.json", drafts.minimal(title="Tốt"))
    bad = write(
        tmp_path / "bad.json",
        json.dumps(drafts.minimal(title="MARK")).replace("MARK", "\\udfff"),
    )
    before = snapshot(data)
    code, out, err = run(capsys, "--data-dir", str(data), "import", str(good), str(bad))
    assert code == 1 and out == "" and "bad.json" in one_error(err)
    assert snapshot(data) == before


def test_a_batch_cut_short_by_a_full_disk_says_what_was_imported_and_finishes_later(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from lanson_report.domain.errors import StoreWriteError
    from lanson_report.store import Store

    files = [write(tmp_path / f"f{n}.json", drafts.minimal(title=f"Tệp {n}")) for n in range(3)]
    real, calls = Store.import_draft, []

    def full_at_second(self: Store, draft: Any) -> str:
        calls.append(draft.title)
        if len(calls) == 2:
            raise StoreWriteError("Ổ đĩa đầy, chưa lưu được.", errno.ENOSPC, "ổ đĩa đã đầy")
        return real(self, draft)

    monkeypatch.setattr(Store, "import_draft", full_at_second)
    code, _, err = run(capsys, "--data-dir", str(data), "import", *map(str, files))
    assert code == 1 and "Đã nhập: " in one_error(err) and "f0.json" in err
    assert "f1.json" not in err.split("Đã nhập: ")[1].split(";")[0]
    monkeypatch.undo()
    code, out, err = run(capsys, "--data-dir", str(data), "list")
    assert "nhập nốt" in err
    assert all(f"Tệp {n}" in out for n in range(3))


# -- 5. sizes --------------------------------------------------------------------------------


def test_a_huge_file_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = tmp_path / "big.json"
    with open(big, "wb") as handle:
        handle.truncate(100 * 1024 * 1024)  # sparse: 100 MB on paper, nothing on disk
    reads: list[int] = []
    real = fileio.read_capped

    def counted(path: Path, limit: int) -> bytes:
        reads.append(limit)
        return real(path, limit)

    monkeypatch.setattr(fileio, "read_capped", counted)
    with pytest.raises(DraftFormatError, match=r"tệp quá lớn .100 MB.; một bản nháp tối đa 2 MB"):
        draftfile.load_path(big)
    assert reads == [limits.MAX_DRAFT_FILE_BYTES]


@pytest.mark.parametrize(
    ("where", "value", "path"),
    [
        ("title", "Ư" * 40_000, "title"),
        ("closing", "x" * (limits.MAX_FIELD_CHARS + 1), "closing"),
        ("recipients", [{"name": "A"}] * (limits.MAX_LIST_ITEMS + 1), "recipients"),
    ],
)
def test_a_field_over_its_limit_is_refused_naming_it(where: str, value: Any, path: str) -> None:
    with pytest.raises(DraftFormatError, match=rf"^{path}: "):
        draftfile.from_dict(drafts.minimal(**{where: value}))


def test_too_many_blocks_are_refused_before_the_draft_is_built(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    built: list[int] = []
    monkeypatch.setattr(draftfile, "_build", lambda *args: built.append(1))
    block = {"kind": "paragraph", "text": "Nội dung."}
    sections = [{"heading": f"Mục {n}", "blocks": [block] * 100} for n in range(101)]
    with pytest.raises(DraftFormatError, match="quá nhiều đoạn văn và bảng"):
        draftfile.from_dict(drafts.minimal(sections=sections))
    assert built == []


def test_line_breaking_measures_each_character_about_once(monkeypatch: pytest.MonkeyPatch) -> None:
    fonts.register()
    calls: list[int] = []
    real = fonts.width

    def counted(text: str, font: str, size: float) -> float:
        calls.append(len(text))
        return real(text, font, size)

    monkeypatch.setattr(fonts, "width", counted)
    word = "Ư" * 20_000
    printed = lines.balanced_split(word, fonts.BOLD, 13, 400)
    assert "".join(printed) == word
    assert sum(calls) < 40 * len(word)  # re-measuring prefixes cost ~len(word)² / 2


def test_the_longest_accepted_title_and_paragraph_print(tmp_path: Path) -> None:
    from lanson_report.pdf import render_pdf

    raw = drafts.minimal(title="Ư" * limits.MAX_SHORT_FIELD_CHARS)
    raw["sections"][0]["blocks"][0]["text"] = "Ư" * limits.MAX_FIELD_CHARS
    render_pdf(draftfile.from_dict(raw), tmp_path / "long.pdf")
    assert (tmp_path / "long.pdf").read_bytes().startswith(b"%PDF")


# -- 9. messages -------------------------------------------------------------------------------


def test_titles_cannot_drive_the_terminal(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    title = "Báo cáo \x1b[31mđỏ\x07 \u202egnàh\u202c"
    write(tmp_path / "t.json", drafts.minimal(title=title))
    run(capsys, "--data-dir", str(data), "import", str(tmp_path / "t.json"))
    code, out, _ = run(capsys, "--data-dir", str(data), "list")
    assert code == 0
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert "Báo cáo \\u001b[31mđỏ\\u0007 \\u202egnàh\\u202c" in out
    code, out, _ = run(capsys, "--data-dir", str(data), "list", "--json")
    assert code == 0 and "\x1b" not in out and "\u202e" not in out
    assert title in [row["title"] for row in json.loads(out)]  # escaped, yet the same JSON


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (errno.ENOSPC, "ổ đĩa đã đầy"),
        (errno.EROFS, "ổ đĩa chỉ đọc"),
        (errno.EACCES, "không có quyền"),
        (errno.EEXIST, "tệp đã có"),
        (errno.EISDIR, "thư mục"),
        (errno.EIO, "lỗi đọc ghi"),
    ],
)
def test_os_errors_are_worded_in_vietnamese(code: int, words: str) -> None:
    message = fileio.describe_os_error(OSError(code, "English words"))
    assert words in message and "English" not in message


def test_not_a_zip_is_said_in_vietnamese(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = tmp_path / "fake.zip"
    fake.write_text("hello", encoding="utf-8")
    code, _, err = run(capsys, "--data-dir", str(data), "restore", str(fake))
    assert code == 1 and "không phải tệp sao lưu" in one_error(err)
    assert "File is not a zip" not in err
    code, _, err = run(capsys, "--data-dir", str(data), "restore", str(tmp_path))
    assert code == 1 and "thư mục" in one_error(err)


# -- 10. foot-guns -----------------------------------------------------------------------------


def test_dump_into_the_data_folder_is_refused(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft_id = next((data / "drafts").iterdir()).stem
    before = snapshot(data)
    target = data / "drafts" / f"{draft_id}.json"
    code, _, err = run(capsys, "--data-dir", str(data), "dump", draft_id[:8], "-o", str(target))
    assert code == 1 and "thư mục dữ liệu" in one_error(err)
    assert snapshot(data) == before
    assert "Có sẵn trong kho" in run(capsys, "--data-dir", str(data), "list")[1]


def test_export_onto_its_own_input_or_a_foreign_file_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write(tmp_path / "x.json", drafts.minimal())
    kept = source.read_bytes()
    code, _, err = run(capsys, "export", str(source), "-o", str(source), "--format", "pdf")
    assert code == 1 and "chính là tệp vào" in one_error(err)
    code, _, err = run(capsys, "export", str(source), "-o", str(source))
    assert code == 1 and ".json" in one_error(err)
    assert source.read_bytes() == kept
    notes = tmp_path / "notes.pdf"
    notes.write_text("ghi chú quan trọng", encoding="utf-8")
    code, _, err = run(capsys, "export", str(source), "-o", str(notes))
    assert code == 1 and "không ghi đè" in one_error(err)
    assert notes.read_text(encoding="utf-8") == "ghi chú quan trọng"
    assert run(capsys, "export", str(source), "-o", str(tmp_path / "ok.pdf"))[0] == 0
    assert run(capsys, "export", str(source), "-o", str(tmp_path / "ok.pdf"))[0] == 0  # re-export
    word = tmp_path / "ok.docx"
    assert run(capsys, "export", str(source), "-o", str(word))[0] == 0
    assert run(capsys, "export", str(source), "-o", str(word))[0] == 0
    code, _, err = run(capsys, "export", str(source), "-o", str(notes), "--format", "docx")
    assert code == 1 and "không ghi đè" in one_error(err)


def test_a_word_file_bomb_is_refused_before_it_is_unpacked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import zipfile

    from lanson_report.wordimport import WordImportError, import_docx

    monkeypatch.setattr(limits, "MAX_DOCX_INFLATED", 1024 * 1024)  # the real one is 200 MB
    bomb = tmp_path / "bao-cao.docx"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b" " * (2 * 1024 * 1024))
    with pytest.raises(WordImportError, match="tệp Word quá lớn"):
        import_docx(bomb)


# -- special files: a FIFO waits forever for a writer, a device never ends (issue 29) -------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on Windows")
@pytest.mark.parametrize(("name", "command"), [("bao-cao.json", "import"), ("kho.zip", "restore")])
def test_a_fifo_picked_to_import_or_restore_is_refused_without_blocking(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, command: str
) -> None:
    fifo = tmp_path / name
    os.mkfifo(fifo)
    opened: list[int] = []

    def unblock() -> None:  # a reader blocked in open() is released, and counted
        deadline = time.monotonic() + 1
        while time.monotonic() < deadline and not opened:
            try:
                opened.append(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
            except OSError:
                time.sleep(0.05)
        for fd in opened:
            os.close(fd)

    watcher = threading.Thread(target=unblock)
    watcher.start()
    code, _, err = run(capsys, "--data-dir", str(data), command, str(fifo))
    watcher.join()
    assert code == 1 and "đường ống (FIFO)" in one_error(err) and name in err
    assert opened == []


def test_a_link_to_a_device_is_refused(tmp_path: Path) -> None:
    if sys.platform == "win32" or not Path("/dev/zero").exists():
        pytest.skip("POSIX devices (under Wine /dev/zero is a path on drive Z:, not a device)")
    device = tmp_path / "bao-cao.json"
    device.symlink_to("/dev/zero")
    with pytest.raises(DraftFormatError, match="thiết bị"):
        draftfile.load_path(device)
