"""What the command line says when things go wrong: Vietnamese, never a library's English."""

from __future__ import annotations

import errno
import json
from pathlib import Path

import drafts
import pytest
from reportlab.pdfbase.ttfonts import TTFError
from reportlab.platypus import BaseDocTemplate
from reportlab.platypus.doctemplate import LayoutError

from lanson_report.cli import cli
from lanson_report.domain import limits
from lanson_report.domain.errors import DraftFormatError
from lanson_report.pdf import fonts
from lanson_report.store import Store
from lanson_report.word import render as word_render

ENGLISH = ("refused", "Flowable", "too large", "TrueType", "No such file", "cho một ô")


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = cli.run(list(args))
    out, err = capsys.readouterr()
    text = out + err
    for words in ENGLISH:
        assert words not in text
    return code, text


def test_a_draft_the_store_leaves_alone_is_reported_in_vietnamese(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issued between the check and the import (another window): left alone, and said so."""
    data = tmp_path / "data"
    raw = drafts.example()
    path = tmp_path / "bao-cao.json"
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    assert cli.run(["--data-dir", str(data), "import", str(path)]) == 0
    store = Store.open(data)
    store.set_status(raw["id"], "issued")
    store.close()
    raw["title"] += " (sửa)"
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(Store, "check_importable", lambda self, draft: None)
    capsys.readouterr()
    code, text = _run(capsys, "--data-dir", str(data), "import", str(path))
    assert code == 0
    assert text.startswith(f"{path}: không nhập (Văn bản này đã ban hành")


def test_a_part_reportlab_cannot_place_is_named_by_its_page(
    capsys: pytest.CaptureFixture[str],
    example_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def too_large(self: BaseDocTemplate, flowables: object) -> None:
        self.page = 3
        raise LayoutError("Flowable <Table@0x7f (1 rows x 4 cols)> too large on page 3")

    monkeypatch.setattr(BaseDocTemplate, "build", too_large)
    code, text = _run(capsys, "export", str(example_path), "-o", str(tmp_path / "a.pdf"))
    assert code == 1
    assert f"lỗi: {example_path}: một phần của báo cáo ở trang 3 không vừa một trang A4" in text


def test_a_damaged_font_is_named_in_vietnamese(
    capsys: pytest.CaptureFixture[str],
    example_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def damaged(name: str, path: str) -> None:
        raise TTFError(f"Not a recognized TrueType font: version=0x00000000 in {path}")

    monkeypatch.setattr(fonts.pdfmetrics, "getRegisteredFontNames", lambda: [])
    monkeypatch.setattr(fonts, "TTFont", damaged)
    code, text = _run(capsys, "export", str(example_path), "-o", str(tmp_path / "a.pdf"))
    assert code == 1
    assert "(tệp phông chữ hỏng); hãy cài lại chương trình" in text


def test_a_missing_word_template_is_named_in_vietnamese(
    capsys: pytest.CaptureFixture[str],
    example_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def missing(draft: object) -> None:
        raise OSError(errno.ENOENT, "No such file or directory")

    monkeypatch.setattr(word_render, "build", missing)
    code, text = _run(capsys, "export", str(example_path), "-o", str(tmp_path / "a.docx"))
    assert code == 1
    assert "mẫu tệp Word của chương trình (không tìm thấy tệp hoặc thư mục)" in text


def test_a_long_paragraph_is_not_called_a_cell() -> None:
    with pytest.raises(DraftFormatError) as refused:
        limits.check_text("x" * 20_001, "sections[0].blocks[0].text")
    assert str(refused.value).endswith("văn bản quá dài (20.001 ký tự); tối đa 20.000 ký tự")
