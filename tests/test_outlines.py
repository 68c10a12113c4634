"""Outlines (đề cương): the built-in ones, the library on the PC, drafts started from them."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from lanson_report.domain.errors import DraftFormatError, OutlineError
from lanson_report.domain.model import (
    Agency,
    Block,
    Draft,
    Period,
    Run,
    Section,
    Settings,
    Signature,
    Table,
    Template,
)
from lanson_report.domain.periods import REPORT_KINDS
from lanson_report.files import draftfile
from lanson_report.intake import outlines
from lanson_report.intake.newdraft import start_draft
from lanson_report.intake.outlines import Library


def _walk(sections: list[Section]) -> list[Section]:
    out = []
    for section in sections:
        out.append(section)
        out.extend(_walk(section.sections))
    return out


def _hints(draft: Draft) -> list[str]:
    return [
        b.text
        for s in _walk(draft.sections)
        for b in s.blocks
        if isinstance(b, Block) and b.kind == "hint"
    ]


@pytest.mark.parametrize("kind", REPORT_KINDS)
def test_every_kind_has_a_builtin_outline_in_the_common_shape(kind: str) -> None:
    draft = outlines.load(outlines.builtin_for(kind))  # type: ignore[arg-type]
    assert draft.template is not None and draft.template.name
    headings = [s.heading for s in _walk(draft.sections)]
    text = " | ".join(headings).lower()
    assert "đề xuất, kiến nghị" in text
    assert ("ưu điểm" in text and "hạn chế" in text and "nguyên nhân" in text) or kind == "adhoc"
    assert "nhiệm vụ" in text
    hints = _hints(draft)
    assert len(hints) >= 5
    # Every section a clerk must write into says what belongs there.
    for section in _walk(draft.sections):
        assert section.sections or any(
            isinstance(b, Block) and b.kind == "hint" for b in section.blocks
        ), section.heading
    # Nothing printable: an outline holds headings, hints and empty tables only.
    for section in _walk(draft.sections):
        for block in section.blocks:
            if isinstance(block, Table):
                assert len(block.rows) == block.header_rows == 1
                assert all(cell is not None and cell.text for cell in block.rows[0])
            else:
                assert block.kind == "hint"


def test_periodic_outlines_carry_a_table_of_targets() -> None:
    for kind in ("quarter", "half", "nine_months", "year"):
        draft = outlines.load(outlines.builtin_for(kind))  # type: ignore[arg-type]
        tables = [b for s in _walk(draft.sections) for b in s.blocks if isinstance(b, Table)]
        assert tables, kind
        assert tables[0].rows[0][1].text == "Chỉ tiêu"  # type: ignore[union-attr]


def test_builtin_outlines_are_bundled() -> None:
    spec = (Path(__file__).resolve().parent.parent / "build.spec").read_text(encoding="utf-8")
    assert '"resources" / "outlines"' in spec


def _settings() -> Settings:
    return Settings(
        Agency("UBND TỈNH LẠNG SƠN", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "SKHCN"),
        "Lạng Sơn",
        [Signature(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Hoàng Văn Nam")],
        "VT, VP",
    )


def test_a_draft_from_an_outline() -> None:
    outline = outlines.load(outlines.builtin_for("quarter"))
    draft = start_draft(
        outline, _settings(), Period("quarter", 2024, 2), today=datetime.date(2024, 6, 3)
    )
    assert draft.template is None and draft.id != outline.id
    assert draft.agency.abbreviation == "SKHCN" and draft.place == "Lạng Sơn"
    assert draft.signature.name == "Hoàng Văn Nam" and draft.archive == "VT, VP"
    assert draft.period == Period("quarter", 2024, 2)
    assert draft.date.year == 2024 and draft.date.month is None and draft.number == ""
    assert draft.title == (
        "Kết quả thực hiện nhiệm vụ quý II năm 2024 và phương hướng, nhiệm vụ quý III năm 2024"
    )
    assert draft.closing.startswith("Trên đây là báo cáo kết quả thực hiện nhiệm vụ quý II")
    headings = [s.heading for s in draft.sections]
    assert headings[0] == "Kết quả thực hiện nhiệm vụ quý II năm 2024"
    assert headings[2] == "Phương hướng, nhiệm vụ quý III năm 2024"
    assert _hints(draft)[1:] == _hints(outline)[1:]
    assert _hints(draft)[0].endswith("Số liệu tính từ 15/3/2024 đến 14/6/2024.")
    tables = [b for s in _walk(draft.sections) for b in s.blocks if isinstance(b, Table)]
    assert len(tables) == 1 and tables[0].rows == next(
        t.rows for s in _walk(outline.sections) for t in s.blocks if isinstance(t, Table)
    )
    # The outline itself is untouched.
    assert outline.sections[0].heading == "Kết quả thực hiện nhiệm vụ [kỳ báo cáo]"
    # ... and the draft passes through the file format as it is.
    again = draftfile.loads(draftfile.dumps(draft), lenient=True)
    assert again == draft


def test_an_outline_with_its_own_title_keeps_it() -> None:
    outline = outlines.load(outlines.builtin_for("topic"))
    outline.title = "Tình hình thực hiện chương trình chuyển đổi số"
    draft = start_draft(outline, Settings(), None)
    assert draft.title == outline.title and draft.period is None and draft.closing == ""


def test_no_settings_no_outline() -> None:
    draft = start_draft(None, Settings(), Period("year", 2024), datetime.date(2024, 12, 2))
    assert draft.title.endswith("năm 2025") and draft.sections == [] and draft.archive == "VT"


def _library(tmp_path: Path) -> Library:
    return Library(tmp_path / "data" / outlines.FOLDER_NAME)


def _upper_outline(tmp_path: Path) -> Path:
    outline = Draft(agency=Agency(), date=outlines.load(outlines.builtin_for("year")).date)
    outline.template = Template("Đề cương báo cáo chuyển đổi số", "Công văn 12/STTTT-CĐS")
    outline.outline = "roman"
    outline.sections = [
        Section(
            "Kết quả",
            [Block("hint", [Run("Nêu số thủ tục trực tuyến toàn trình")])],
            [Section("Hạ tầng số", [Block("hint", [Run("Số máy chủ, đường truyền")])])],
        )
    ]
    path = tmp_path / "de-cuong.json"
    draftfile.dump_path(outline, path)
    return path


def test_library_lists_builtin_then_own_outlines(tmp_path: Path) -> None:
    library = _library(tmp_path)
    entries = library.entries()
    assert [e.kind for e in entries] == list(REPORT_KINDS)
    assert all(e.builtin for e in entries)
    added = library.add_file(_upper_outline(tmp_path))
    assert added.name == "Đề cương báo cáo chuyển đổi số"
    assert added.path.parent == library.folder and not added.builtin
    assert added.source == "Công văn 12/STTTT-CĐS"
    names = [e.name for e in library.entries()]
    assert names[-1] == "Đề cương báo cáo chuyển đổi số" and len(names) == 8


def test_an_outline_round_trips_through_file_library_and_draft(tmp_path: Path) -> None:
    library = _library(tmp_path)
    source = _upper_outline(tmp_path)
    entry = library.add_file(source)
    kept = outlines.load(entry.path)
    original = outlines.load(source)
    assert kept.sections == original.sections and kept.template == original.template
    draft = start_draft(kept, _settings(), Period("half", 2025))
    assert draft.sections == original.sections
    assert draft.title.startswith("Kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2025")


def test_adding_the_same_outline_twice_numbers_the_name(tmp_path: Path) -> None:
    library = _library(tmp_path)
    source = _upper_outline(tmp_path)
    library.add_file(source)
    second = library.add_file(source)
    assert second.name == "Đề cương báo cáo chuyển đổi số (2)"


def test_a_plain_draft_becomes_an_outline_named_by_its_title(tmp_path: Path) -> None:
    draft = draftfile.load_path(Path(__file__).parent / "fixtures" / "bao-cao-ngay-khcn-2022.json")
    path = tmp_path / "draft.json"
    draftfile.dump_path(draft, path)
    entry = _library(tmp_path).add_file(path)
    assert entry.name == draft.title and entry.source == "draft.json"
    assert outlines.load(entry.path).template is not None


def test_rename_and_delete(tmp_path: Path) -> None:
    library = _library(tmp_path)
    entry = library.add_file(_upper_outline(tmp_path))
    renamed = library.rename(entry, "  Chuyển đổi số   2025 ")
    assert renamed.name == "Chuyển đổi số 2025"
    assert outlines.load(entry.path).template == Template(
        "Chuyển đổi số 2025", "Công văn 12/STTTT-CĐS"
    )
    with pytest.raises(OutlineError, match="Đã có đề cương tên “Báo cáo năm”"):
        library.rename(renamed, "báo cáo năm")
    with pytest.raises(OutlineError, match="không được để trống"):
        library.rename(renamed, "  ")
    library.delete(renamed)
    assert not entry.path.exists() and len(library.entries()) == len(REPORT_KINDS)


def test_builtin_outlines_cannot_be_deleted_or_renamed(tmp_path: Path) -> None:
    library = _library(tmp_path)
    builtin = library.entries()[0]
    with pytest.raises(OutlineError, match="đề cương có sẵn của chương trình, không xóa được"):
        library.delete(builtin)
    with pytest.raises(OutlineError, match="không đổi tên được"):
        library.rename(builtin, "Tháng")
    assert builtin.path.exists()


def test_a_bad_file_is_refused_naming_the_field(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "lanson-report/draft", "format_version": 2}', encoding="utf-8")
    with pytest.raises(DraftFormatError, match=r"bad\.json"):
        _library(tmp_path).add_file(bad)
    assert not (tmp_path / "data" / outlines.FOLDER_NAME).exists()


def test_a_damaged_file_in_the_library_is_skipped_not_fatal(tmp_path: Path) -> None:
    library = _library(tmp_path)
    library.add_file(_upper_outline(tmp_path))
    assert library.folder is not None
    (library.folder / "hong.json").write_text("{", encoding="utf-8")
    assert len(library.entries()) == len(REPORT_KINDS) + 1
    assert "hong.json" in library.skipped[0]


def test_without_a_data_folder_only_builtins(tmp_path: Path) -> None:
    library = Library(None)
    assert len(library.entries()) == len(REPORT_KINDS)
    with pytest.raises(OutlineError, match="Không có thư mục dữ liệu"):
        library.add_file(_upper_outline(tmp_path))


def test_moving_a_draft_to_the_next_period() -> None:
    outline = outlines.load(outlines.builtin_for("quarter"))
    draft = start_draft(outline, _settings(), Period("quarter", 2024, 2))
    from lanson_report.intake.newdraft import move_to_period

    move_to_period(draft, Period("quarter", 2024, 3))
    fresh = start_draft(outline, _settings(), Period("quarter", 2024, 3))
    assert draft.period == Period("quarter", 2024, 3)
    assert draft.title == fresh.title and draft.closing == fresh.closing
    assert [s.heading for s in _walk(draft.sections)] == [s.heading for s in _walk(fresh.sections)]
    assert _hints(draft) == _hints(fresh)  # the data range in the first hint moved too
    assert _hints(draft)[0].endswith("Số liệu tính từ 15/6/2024 đến 14/9/2024.")


def test_hints_name_the_data_range_of_the_period() -> None:
    outline = outlines.load(outlines.builtin_for("year"))
    first = outline.sections[0].blocks[0]
    assert isinstance(first, Block) and "[khoảng số liệu]" in first.text
    draft = start_draft(outline, Settings(), Period("year", 2024))
    hint = draft.sections[0].blocks[0]
    assert isinstance(hint, Block)
    assert hint.text.endswith("Số liệu tính từ 15/12/2023 đến 14/12/2024.")
    undated = start_draft(outline, Settings(), None)
    text = undated.sections[0].blocks[0].text  # type: ignore[union-attr]
    assert "[" not in text and "ngày 15 của tháng trước kỳ" in text


def test_guidance_in_italics_or_brackets_becomes_hints() -> None:
    from lanson_report.intake.outlineword import guidance_to_hints

    draft = Draft(agency=Agency(), date=outlines.load(outlines.builtin_for("year")).date)
    written = Block("paragraph", [Run("Sở đã ban hành 12 văn bản.")])
    mixed = Block("paragraph", [Run("Theo "), Run("Kế hoạch số 5", italic=True)])
    draft.sections = [
        Section(
            "Kết quả",
            [
                Block("paragraph", [Run("Nêu kết quả đạt được", italic=True)]),
                Block("paragraph", [Run("(Số liệu đến  ngày 14/6)")]),
                written,
                mixed,
            ],
            [Section("Hạ tầng", [Block("bullet", [Run("[Số máy chủ, đường truyền]")])])],
        )
    ]
    assert guidance_to_hints(draft) == 3
    blocks = draft.sections[0].blocks
    assert blocks[0] == Block("hint", [Run("Nêu kết quả đạt được")])
    assert blocks[1] == Block("hint", [Run("Số liệu đến ngày 14/6")])
    assert blocks[2:] == [written, mixed]
    assert draft.sections[0].sections[0].blocks == [
        Block("hint", [Run("Số máy chủ, đường truyền")])
    ]
