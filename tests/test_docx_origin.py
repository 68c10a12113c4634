"""Every DOCX is a "bản trình": it names the draft and the text it was exported from, in
custom properties that Word (and LibreOffice) keep when the file is edited and saved."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest

from lanson_report.files import draftfile
from lanson_report.word import render_docx_bytes
from lanson_report.wordimport.origin import Origin, read_origin


def _exported(tmp_path: Path, example_path: Path) -> tuple[Path, Origin]:
    draft = draftfile.load_path(example_path)
    path = tmp_path / "bao-cao.docx"
    path.write_bytes(render_docx_bytes(draft))
    return path, Origin(draft.id, draftfile.fingerprint(draft))


def test_an_exported_file_names_its_draft_and_text(tmp_path: Path, example_path: Path) -> None:
    path, expected = _exported(tmp_path, example_path)
    assert read_origin(path) == expected
    assert expected.fingerprint.startswith("sha256:")
    properties = docx.Document(str(path)).core_properties  # the visible ones are unchanged
    assert properties.title.startswith("Kết quả tổ chức")


def test_the_fingerprint_follows_the_text(example_path: Path) -> None:
    draft = draftfile.load_path(example_path)
    before = draftfile.fingerprint(draft)
    draft.closing += " "
    assert draftfile.fingerprint(draft) != before
    draft.closing = draft.closing[:-1]
    assert draftfile.fingerprint(draft) == before


def test_the_command_line_export_carries_it(tmp_path: Path, example_path: Path) -> None:
    out = tmp_path / "ra.docx"
    done = subprocess.run(
        [sys.executable, "-m", "lanson_report", "export", str(example_path), "-o", str(out)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert done.returncode == 0, done.stderr
    origin = read_origin(out)
    assert origin is not None and origin.draft_id == draftfile.load_path(example_path).id


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_a_file_edited_and_saved_by_another_program_keeps_it(
    tmp_path: Path, example_path: Path
) -> None:
    path, expected = _exported(tmp_path, example_path)
    for target in ("odt", 'docx:"MS Word 2007 XML"'):
        source = path if target == "odt" else tmp_path / "bao-cao.odt"
        out = tmp_path / "again"
        subprocess.run(
            f"soffice --headless --convert-to {target} --outdir {out} {source}",
            shell=True,
            check=True,
            capture_output=True,
            timeout=180,
        )
        if target == "odt":
            shutil.move(out / "bao-cao.odt", tmp_path / "bao-cao.odt")
    assert read_origin(tmp_path / "again" / "bao-cao.docx") == expected


def test_a_file_of_another_program_has_none(tmp_path: Path) -> None:
    path = tmp_path / "word.docx"
    document = docx.Document()
    document.add_paragraph("Báo cáo soạn bằng Word")
    document.save(str(path))
    assert read_origin(path) is None
    assert read_origin(tmp_path / "missing.docx") is None
    (tmp_path / "not.docx").write_bytes(b"not a zip")
    assert read_origin(tmp_path / "not.docx") is None


@pytest.mark.parametrize(
    "xml",
    [
        b'<?xml version="1.0"?><!DOCTYPE p [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
        b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'custom-properties"><property name="LansonReportDraftId">&b;</property></Properties>',
        b"<Properties>" + b"x" * 70_000 + b"</Properties>",
        b"<not-closed",
    ],
)
def test_hostile_properties_give_nothing(tmp_path: Path, example_path: Path, xml: bytes) -> None:
    path, _ = _exported(tmp_path, example_path)
    source = zipfile.ZipFile(path)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            data = xml if item.filename == "docProps/custom.xml" else source.read(item)
            target.writestr(item, data)
    hostile = tmp_path / "hostile.docx"
    hostile.write_bytes(out.getvalue())
    assert read_origin(hostile) is None
