"""A Word đề cương (.docx) into an outline: numbered headings → sections, guidance → hints."""

from __future__ import annotations

from pathlib import Path

import pytest
from wordfiles import Writer

from lanson_report.cli import cli
from lanson_report.domain.errors import OutlineError
from lanson_report.domain.model import Block, Period, Settings, Table
from lanson_report.files import draftfile
from lanson_report.intake import outlines
from lanson_report.intake.newdraft import start_draft
from lanson_report.intake.outlines import Library
from lanson_report.wordimport import WordImportError

SOURCE = "Kèm theo Công văn số 1234/STTTT-CĐS ngày 05/11/2024 của Sở Thông tin và Truyền thông"


def upper_outline(path: Path) -> Path:
    """An outline as upper agencies send them: a heading block, numbered headings, guidance."""
    w = Writer()
    w.para("ĐỀ CƯƠNG BÁO CÁO", bold=True, center=True)
    w.para([("Tình hình thực hiện chuyển đổi số năm 2024", "b")], center=True)
    w.para([(f"({SOURCE})", "i")], center=True)
    w.para("I. KẾT QUẢ THỰC HIỆN", bold=True)
    w.para("1. Công tác chỉ đạo, điều hành", bold=True)
    w.para([("Nêu các văn bản đã ban hành, hội nghị đã tổ chức.", "i")])
    w.para("2. Hạ tầng số", bold=True)
    w.para("(Số máy chủ, đường truyền, tỷ lệ cán bộ có máy tính)")
    w.para("II. ĐÁNH GIÁ CHUNG", bold=True)
    w.para("1. Ưu điểm", bold=True)
    w.para([("Những kết quả nổi bật", "i")])
    w.para("2. Hạn chế, nguyên nhân", bold=True)
    w.para("[Nêu cụ thể, có số liệu]")
    w.para("Ghi rõ chỉ tiêu nào chưa đạt.")
    w.para("III. ĐỀ XUẤT, KIẾN NGHỊ", bold=True)
    w.para([("Kiến nghị với UBND tỉnh, Bộ Thông tin và Truyền thông.", "i")])
    return w.save(path)


def _hints(blocks: list[Block | Table]) -> list[str]:
    return [b.text for b in blocks if isinstance(b, Block) and b.kind == "hint"]


def test_a_word_outline_imports_with_its_headings_and_hints(tmp_path: Path) -> None:
    outline = outlines.load(upper_outline(tmp_path / "de-cuong.docx"))
    assert outline.template is not None
    assert outline.template.name == "Tình hình thực hiện chuyển đổi số năm 2024"
    assert outline.template.source == SOURCE
    assert outline.outline == "roman"
    assert [s.heading for s in outline.sections] == [
        "Kết quả thực hiện",
        "Đánh giá chung",
        "Đề xuất, kiến nghị",
    ]
    result, review, proposals = outline.sections
    assert [s.heading for s in result.sections] == ["Công tác chỉ đạo, điều hành", "Hạ tầng số"]
    assert _hints(result.sections[0].blocks) == [
        "Nêu các văn bản đã ban hành, hội nghị đã tổ chức."
    ]
    assert _hints(result.sections[1].blocks) == [
        "Số máy chủ, đường truyền, tỷ lệ cán bộ có máy tính"
    ]
    shortcomings = review.sections[1].blocks
    assert _hints(shortcomings) == ["Nêu cụ thể, có số liệu"]
    assert shortcomings[1] == Block("paragraph", shortcomings[1].runs)  # plain text stays text
    assert _hints(proposals.blocks) == ["Kiến nghị với UBND tỉnh, Bộ Thông tin và Truyền thông."]


def test_a_word_outline_goes_through_the_library_into_a_draft(tmp_path: Path) -> None:
    library = Library(tmp_path / "data" / outlines.FOLDER_NAME)
    entry = library.add_file(upper_outline(tmp_path / "de-cuong.docx"))
    assert entry.name == "Tình hình thực hiện chuyển đổi số năm 2024"
    assert entry.path.suffix == ".json"  # kept in the draft format, read without Word
    kept = outlines.load(entry.path)
    draft = start_draft(kept, Settings(), Period("year", 2024))
    assert draft.title == "Tình hình thực hiện chuyển đổi số năm 2024"
    assert draft.template is None
    assert _hints(draft.sections[0].sections[0].blocks) == [
        "Nêu các văn bản đã ban hành, hội nghị đã tổ chức."
    ]


def test_new_on_the_command_line_from_a_word_outline(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    source = upper_outline(tmp_path / "de-cuong.docx")
    out = tmp_path / "moi.json"
    options = ["--kind", "topic", "--outline", str(source), "-o", str(out)]
    code = cli.run(["--data-dir", str(tmp_path / "d"), "new", *options])
    assert code == 0, capsys.readouterr().err
    draft = draftfile.load_path(out, lenient=True)
    assert [s.heading for s in draft.sections][2] == "Đề xuất, kiến nghị"


def test_a_word_file_without_numbered_headings_is_no_outline(tmp_path: Path) -> None:
    w = Writer()
    w.para("Kính gửi anh chị, đề nghị báo cáo tình hình chuyển đổi số.")
    path = w.save(tmp_path / "thu.docx")
    with pytest.raises(OutlineError, match="không thấy đề mục đánh số nào"):
        outlines.load(path)


def test_an_old_word_file_is_explained(tmp_path: Path) -> None:
    path = tmp_path / "de-cuong.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 100)
    with pytest.raises(WordImportError, match="Word 97–2003"):
        Library(tmp_path / "lib").add_file(path)
