"""`python -m lanson_report export DRAFT.json -o OUT.pdf`: as a clerk or a script runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import drafts
import pytest
from pdfutil import open_pdf

from lanson_report.cli import cli
from lanson_report.pdf import render as render_module


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "lanson_report", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )


def _draft_file(tmp_path: Path, raw: dict[str, object], name: str = "draft.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    return path


def test_export_writes_the_pdf(example_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "bao cáo.pdf"
    result = _run("export", str(example_path), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stderr == "" and result.stdout == ""
    pdf = open_pdf(out.read_bytes())
    assert len(pdf.pages) == 2
    assert "Nguyễn Thị Hà" in pdf.pages[1].extract_text()
    assert [p.name for p in tmp_path.iterdir()] == [out.name]


def test_bad_draft_gives_one_line_and_keeps_the_existing_pdf(tmp_path: Path) -> None:
    out = tmp_path / "out.pdf"
    out.write_bytes(b"%PDF-1.4 the clerk's earlier export")
    raw = drafts.example()
    raw["sections"][1]["blocks"][0]["kind"] = "para"
    draft = _draft_file(tmp_path, raw)
    result = _run("export", str(draft), "-o", str(out))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith(f"lỗi: {draft}: sections[1].blocks[0].kind: ")
    assert out.read_bytes() == b"%PDF-1.4 the clerk's earlier export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["draft.json", "out.pdf"]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "không phải JSON hợp lệ"),
        (b"\xff\xfe{}", "không phải văn bản UTF-8"),
        (b'{"format": "lanson-report/draft", "format_version": 9}', "phiên bản mới hơn"),
    ],
)
def test_malformed_files_are_refused_in_one_line(
    tmp_path: Path, content: bytes, expected: str
) -> None:
    draft = tmp_path / "x.json"
    draft.write_bytes(content)
    out = tmp_path / "out.pdf"
    out.write_bytes(b"old")
    result = _run("export", str(draft), "-o", str(out))
    assert result.returncode != 0
    assert expected in result.stderr and result.stderr.count("\n") == 1
    assert out.read_bytes() == b"old"


def test_missing_draft_file(tmp_path: Path) -> None:
    result = _run("export", str(tmp_path / "none.json"), "-o", str(tmp_path / "o.pdf"))
    assert result.returncode == 1
    assert "none.json: không đọc được tệp" in result.stderr
    assert "Traceback" not in result.stderr


def test_unwritable_output_folder(example_path: Path, tmp_path: Path) -> None:
    result = _run("export", str(example_path), "-o", str(tmp_path / "no" / "such" / "o.pdf"))
    assert result.returncode == 1
    assert (
        "không ghi được tệp" in result.stderr and "không tìm thấy tệp hoặc thư mục" in result.stderr
    )
    assert result.stderr.count("\n") == 1


def test_failure_while_rendering_keeps_the_existing_pdf(
    example_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "out.pdf"
    out.write_bytes(b"%PDF-1.4 previous export")

    def half_written(target: str, *args: object) -> None:
        Path(target).write_bytes(b"%PDF-1.4 half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(render_module, "render_to", half_written)
    assert cli.run(["export", str(example_path), "-o", str(out), "--force"]) == 1
    assert "ổ đĩa đã đầy" in capsys.readouterr().err
    assert out.read_bytes() == b"%PDF-1.4 previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]


def test_incomplete_draft_exports_with_warnings(tmp_path: Path) -> None:
    raw = drafts.minimal(title="", recipients=[])
    out = tmp_path / "o.pdf"
    result = _run("export", str(_draft_file(tmp_path, raw)), "-o", str(out))
    assert result.returncode == 0
    assert "lưu ý: chưa có trích yếu" in result.stderr
    assert "lưu ý: chưa có nơi nhận" in result.stderr
    assert out.exists()


def test_export_never_imports_qt(example_path: Path, tmp_path: Path) -> None:
    code = (
        "import sys; from lanson_report.cli.cli import run; "
        f"assert run(['export', {str(example_path)!r}, '-o', {str(tmp_path / 'o.pdf')!r}]) == 0; "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken', 'tinydb', "
        "'lanson_report.domain.consolidate', 'lanson_report.domain.review'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, encoding="utf-8", check=True
    )
    assert result.stdout.strip() == "[]"


def test_usage_error_without_output(example_path: Path) -> None:
    result = _run("export", str(example_path))
    assert result.returncode == 2
    assert "-o" in result.stderr


def test_help_and_usage_errors_are_in_vietnamese() -> None:
    helped = _run("--help")
    assert helped.returncode == 0
    assert helped.stdout.startswith("cách dùng: lanson_report")
    for english in ("usage:", "positional arguments", "options:", "show this help", "show program"):
        assert english not in helped.stdout
    wrong = _run("frob")
    assert wrong.returncode == 2
    assert "lỗi: tham số COMMAND: lệnh hoặc giá trị 'frob' không có" in wrong.stderr


def test_characters_the_font_lacks_are_named_before_they_vanish(tmp_path: Path) -> None:
    raw = drafts.minimal()
    raw["sections"][0]["blocks"][0]["text"] = "\uf0b7 Đoạn dán từ Word 🙂"
    out = tmp_path / "o.pdf"
    result = _run("export", str(_draft_file(tmp_path, raw)), "-o", str(out))
    assert result.returncode == 0 and out.exists()
    (warning,) = [line for line in result.stderr.splitlines() if "không in được" in line]
    assert "sections[0].blocks[0].text" in warning
    assert "U+F0B7" in warning and "U+1F642" in warning


def test_export_writes_a_docx_when_the_name_ends_in_docx(
    example_path: Path, tmp_path: Path
) -> None:
    import docx

    out = tmp_path / "bao cáo.DOCX"
    result = _run("export", str(example_path), "-o", str(out))
    assert result.returncode == 0, result.stderr
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "Trên đây là báo cáo kết quả" in text
    assert [p.name for p in tmp_path.iterdir()] == [out.name]


@pytest.mark.parametrize(
    ("name", "forced", "magic"), [("o.pdf", "docx", b"PK"), ("o.x", "pdf", b"%PDF")]
)
def test_format_option_overrides_the_suffix(
    example_path: Path, tmp_path: Path, name: str, forced: str, magic: bytes
) -> None:
    out = tmp_path / name
    result = _run("export", str(example_path), "-o", str(out), "--format", forced)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(magic)


def test_other_suffixes_are_refused_in_vietnamese(example_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "o.odt"
    result = _run("export", str(example_path), "-o", str(out))
    assert result.returncode == 1 and not out.exists()
    assert result.stderr.count("\n") == 1
    assert "đuôi .pdf hoặc .docx" in result.stderr and "--format" in result.stderr


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_both_formats_warn_and_refuse_alike(tmp_path: Path, suffix: str) -> None:
    raw = drafts.minimal()
    raw["sections"][0]["blocks"][0]["text"] = "\uf0b7 Đoạn dán từ Word\x0b 🙂"
    out = tmp_path / f"o{suffix}"
    result = _run("export", str(_draft_file(tmp_path, raw)), "-o", str(out))
    assert result.returncode == 0 and out.exists(), result.stderr
    (warning,) = [line for line in result.stderr.split("\n") if "không in được" in line]
    assert "sections[0].blocks[0].text" in warning and "U+F0B7" in warning
    too_long = drafts.minimal(
        addressees=[f"Sở số {n}" for n in range(70)], recipients=[{"name": "Như trên"}]
    )
    source = _draft_file(tmp_path, too_long, "long.json")
    refused = _run("export", str(source), "-o", str(out))
    assert refused.returncode == 1
    assert refused.stderr.startswith(f"lỗi: {source}: danh sách Kính gửi dài hơn một trang A4")


def test_docx_export_never_imports_qt(example_path: Path, tmp_path: Path) -> None:
    code = (
        "import sys; from lanson_report.cli.cli import run; "
        f"assert run(['export', {str(example_path)!r}, '-o', {str(tmp_path / 'o.docx')!r}]) == 0; "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken', 'tinydb'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, encoding="utf-8", check=True
    )
    assert result.stdout.strip() == "[]"
