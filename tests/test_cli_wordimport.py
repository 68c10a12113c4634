"""`python -m lanson_report import FILE.docx`: a report made in Word into the store."""

from __future__ import annotations

from pathlib import Path

import drafts
import pytest
import wordfiles

from lanson_report.cli import cli
from lanson_report.files import draftfile
from lanson_report.store import Store


def test_import_docx_adds_a_new_draft_and_prints_the_review(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft = draftfile.from_dict(drafts.example())
    path = wordfiles.report(tmp_path / "bao-cao-2022.docx", draft)
    code = cli.run(["--data-dir", str(tmp_path / "data"), "import", str(path)])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "bản nháp mới" in out
    assert "[đã đọc] Ký hiệu: BC-SKHCN" in err
    assert "[đã đọc] Họ tên người ký: Nguyễn Thị Hà" in err
    store = Store.open(tmp_path / "data")
    (saved,) = [store.get(draft_id).draft for draft_id in store.ids()]
    assert wordfiles.canonical(saved) == wordfiles.canonical(draft)


def test_import_docx_with_json_files_in_one_go(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    docx_path = wordfiles.report(tmp_path / "a.docx", draftfile.from_dict(drafts.minimal()))
    json_path = tmp_path / "b.json"
    draftfile.dump_path(draftfile.from_dict(drafts.roman_commune()), json_path)
    code = cli.run(["--data-dir", str(tmp_path / "data"), "import", str(docx_path), str(json_path)])
    assert code == 0, capsys.readouterr().err
    assert len(Store.open(tmp_path / "data").ids()) == 2


def test_import_doc_says_to_save_as_docx_and_imports_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = wordfiles.report(tmp_path / "a.docx", draftfile.from_dict(drafts.minimal()))
    old = tmp_path / "bao-cao-2019.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504)
    code = cli.run(["--data-dir", str(tmp_path / "data"), "import", str(good), str(old)])
    err = capsys.readouterr().err
    assert code == 1
    assert "bao-cao-2019.doc" in err and "Lưu thành" in err and ".docx" in err
    assert Store.open(tmp_path / "data").ids() == []
