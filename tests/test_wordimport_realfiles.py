"""Real Word files come in whole: every file of the corpus imports, exports to PDF and
DOCX, keeps every word (footnotes included) and gives the fields it must."""

from __future__ import annotations

from pathlib import Path

import pytest
import realfiles
import trialfiles

from lanson_report.domain import limits
from lanson_report.domain.model import Block, Draft, Section, Table
from lanson_report.files import draftfile
from lanson_report.pdf import render_pdf_bytes
from lanson_report.word import render_docx_bytes
from lanson_report.wordimport import Imported, import_docx

# Every file of the corpus: one per failure class of the 22 real files, then one per
# failure class the trial of four hand-typed reports found.
CORPUS = {**realfiles.CORPUS, **trialfiles.TRIAL}
# Failure classes not yet handled: a strict xfail turns red the day one is fixed.
Corpus = dict[str, tuple[realfiles.RealFile, Imported]]
NOT_YET: dict[str, str] = {}
WORDS_ONLY: set[str] = set()  # files whose words are all kept though the export fails


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    folder = tmp_path_factory.mktemp("realfiles")
    out = {}
    for name, make in CORPUS.items():
        made = make(folder / f"{name}.docx")
        out[name] = (made, import_docx(made.path))
    return out


def _names(skip: set[str]) -> list[object]:
    def marks(name: str) -> list[pytest.MarkDecorator]:
        reason = NOT_YET.get(name) if name not in skip else None
        return [pytest.mark.xfail(reason=reason, strict=True)] if reason else []

    return [pytest.param(name, marks=marks(name)) for name in CORPUS]


@pytest.mark.parametrize("name", _names(WORDS_ONLY))
def test_every_word_typed_is_in_the_draft(corpus: Corpus, name: str) -> None:
    made, imported = corpus[name]
    assert realfiles.kept(made.words, imported.draft) == (1.0, [])


@pytest.mark.parametrize("name", _names({"footnotes"}))
def test_every_imported_draft_exports_and_saves(corpus: Corpus, name: str) -> None:
    draft: Draft = corpus[name][1].draft
    limits.check_draft(draftfile.to_dict(draft))  # what the store checks before saving
    assert render_pdf_bytes(draft).startswith(b"%PDF")
    assert render_docx_bytes(draft)[:2] == b"PK"


def test_footnotes_come_in_as_footnotes(corpus: Corpus) -> None:
    draft = corpus["footnotes"][1].draft
    runs = realfiles.all_runs(draft)
    marked = [(run.text.split()[-1], run.footnote) for run in runs if run.footnote]
    assert marked == [
        ("sau:", "Kế hoạch thực hiện Đề án 06 trên địa bàn tỉnh năm 2025."),
        ("năm.", "Gồm 80 thủ tục cấp tỉnh và 40 thủ tục cấp huyện."),
    ]
    assert draft.closing == "Trên đây là báo cáo của Sở Nội vụ./."


def test_a_footnote_on_the_basis_or_the_closing_stays_a_footnote_in_its_paragraph(
    corpus: Corpus,
) -> None:
    """A căn cứ or a closing read into a field would leave its note no run to ride on:
    such a paragraph stays the content's first or last, printed as typed, its note a real
    footnote; a note on the title or a heading (plain text in the model) is kept as words
    and named in the review by where it was."""
    import io

    import pdfplumber

    made, imported = corpus["notes_on_fields"]
    draft, review = imported.draft, imported.review
    title_note, first = draft.sections[0].blocks[:2]
    assert isinstance(title_note, Block)
    assert title_note.text == f"Chú thích: {trialfiles.TITLE_NOTE}", "above the content"
    assert isinstance(first, Block) and first.text.startswith("Thực hiện Kế hoạch số 55/KH")
    assert [r.footnote for r in first.runs if r.footnote] == [trialfiles.BASIS_NOTE]
    assert not draft.basis.references and not draft.basis.closing
    last = _last_block(draft.sections)
    assert isinstance(last, Block) and last.text == trialfiles.CLOSING
    assert [r.footnote for r in last.runs if r.footnote] == [trialfiles.CLOSING_NOTE]
    assert draft.closing == ""
    assert draft.title == trialfiles.TITLE
    (noted,) = [s for s in draft.sections if s.heading == "Kết quả thực hiện"]
    assert isinstance(noted.blocks[0], Block)
    assert noted.blocks[0].text == f"Chú thích: {trialfiles.HEADING_NOTE}", "under its heading"
    assert not review.unplaced
    assert sum("để thành đoạn ngay dưới đó" in note for note in review.notes) == 2
    assert any("Phần mở đầu (căn cứ) có chú thích" in note for note in review.notes)
    assert any("Đoạn kết có chú thích" in note for note in review.notes)
    assert realfiles.kept(made.words, draft) == (1.0, [])
    with pdfplumber.open(io.BytesIO(render_pdf_bytes(draft))) as document:
        text = "\n".join(page.extract_text() for page in document.pages)
    assert trialfiles.BASIS_NOTE in text and trialfiles.CLOSING_NOTE in text


def _last_block(sections: list[Section]) -> object:
    last = sections[-1]
    return _last_block(last.sections) if last.sections else last.blocks[-1]


def test_cells_of_several_paragraphs_keep_their_lines(corpus: Corpus) -> None:
    draft = corpus["cells_of_paragraphs"][1].draft
    (table,) = [b for s in draft.sections for b in s.blocks if isinstance(b, Table)]
    cell = table.rows[1][2]
    assert cell is not None
    assert cell.text == "- Kế hoạch số 12/KH-SNV;\n- Báo cáo số 30/BC-SNV."


def test_an_issuing_body_on_two_bold_lines_is_one_name(corpus: Corpus) -> None:
    agency = corpus["provincial_committee"][1].draft.agency
    assert (agency.parent, agency.name) == ("", "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG")
    assert agency.name_for_text == "Ủy ban nhân dân tỉnh Lâm Đồng"  # an appendix's "Kèm theo"


@pytest.mark.parametrize(
    ("lines", "parent", "name"),
    [
        ([("UBND TỈNH LÂM ĐỒNG", True), ("SỞ NỘI VỤ", True)], "UBND TỈNH LÂM ĐỒNG", "SỞ NỘI VỤ"),
        (
            [("HỘI ĐỒNG NHÂN DÂN", True), ("HUYỆN LẠC DƯƠNG", True)],
            "",
            "HỘI ĐỒNG NHÂN DÂN HUYỆN LẠC DƯƠNG",
        ),
        ([("UBND TỈNH LÂM ĐỒNG", False), ("SỞ NỘI VỤ", True)], "UBND TỈNH LÂM ĐỒNG", "SỞ NỘI VỤ"),
        (  # the body's words in regular type, its place in bold: still one name
            [("ỦY BAN NHÂN DÂN", False), ("HUYỆN CAO LỘC", True)],
            "",
            "ỦY BAN NHÂN DÂN HUYỆN CAO LỘC",
        ),
    ],
)
def test_only_a_place_line_joins_the_body_above(
    tmp_path: Path, lines: list[tuple[str, bool]], parent: str, name: str
) -> None:
    office = realfiles.Office()
    office.header([*lines, ("Số: 45/BC-UBND", False)])
    office.title("Tình hình kinh tế - xã hội")
    office.para("Nội dung báo cáo./.")
    agency = import_docx(office.save(tmp_path / "bc.docx")).draft.agency
    assert (agency.parent, agency.name) == (parent, name)


def test_header_cells_spanning_two_rows_repeat_together(corpus: Corpus) -> None:
    draft = corpus["two_row_header"][1].draft
    (table,) = [b for s in draft.sections for b in s.blocks if isinstance(b, Table)]
    assert table.header_rows == 2
    assert len(table.columns) == 4  # the empty 0.1 mm grid column is gone
    notes = corpus["two_row_header"][1].review.notes
    assert any("bỏ 1 cột rỗng" in note and "mục 1 “Số liệu”, bảng 1" in note for note in notes)
    assert any("lặp lại cả 2 hàng" in note for note in notes)


def test_a_table_too_wide_for_portrait_goes_to_a_landscape_appendix(corpus: Corpus) -> None:
    imported = corpus["wide_table"][1]
    (appendix,) = imported.draft.appendices
    assert appendix.orientation == "landscape" and appendix.title == "Số liệu"
    (table,) = appendix.blocks
    assert isinstance(table, Table) and len(table.columns) == 16
    assert any("16 cột không vừa trang dọc" in note for note in imported.review.notes)


def test_a_field_too_long_for_its_line_goes_to_the_body_with_a_note(corpus: Corpus) -> None:
    imported = corpus["long_field"][1]
    assert imported.draft.agency.name == ""
    assert any(text.startswith("SỞ NỘI VỤ NỘI DUNG") for text in imported.review.unplaced)
    assert any(note.startswith("Cơ quan ban hành: đọc được 1.8") for note in imported.review.notes)


def _headings(sections: list[Section]) -> list[str]:
    out = []
    for section in sections:
        out += [section.heading] if section.heading else []
        out += _headings(section.sections)
    return out


def test_decimal_headings_become_the_outline(corpus: Corpus) -> None:
    made, imported = corpus["decimal_outline"]
    draft = imported.draft
    assert draft.outline == made.expect["outline"]
    assert _headings(draft.sections) == made.expect["headings"]


def test_run_in_points_are_points_and_the_last_is_no_closing(corpus: Corpus) -> None:
    draft = corpus["run_in_points"][1].draft
    (section,) = draft.sections
    assert len(section.sections) == 5
    assert draft.closing == ""
    assert section.sections[4].heading == "Công tác khác:"
    # split from its label, the text opens a paragraph of its own: with a capital
    assert section.sections[4].blocks[0].text == "Đã hoàn thành các nhiệm vụ được giao./."


def test_every_common_basis_form_reads_into_references(corpus: Corpus) -> None:
    made, imported = corpus["basis_variants"]
    basis = imported.draft.basis
    got = [
        (r.lead, r.kind, r.number, r.date.isoformat() if r.date else None, r.issuer)
        for r in basis.references
    ]
    assert got == made.expect["references"]
    assert basis.closing == made.expect["basis.closing"]


def test_an_opening_without_reference_is_the_opening(corpus: Corpus) -> None:
    made, imported = corpus["opening_without_reference"]
    assert imported.draft.basis.closing == made.expect["basis.closing"]


def test_the_review_names_what_it_could_not_place_by_place(corpus: Corpus) -> None:
    imported = corpus["marked_up"][1]
    notes = imported.review.notes
    assert any(n.startswith("Ghi chú (comment) của Word ở đoạn “Tỷ lệ hồ sơ") for n in notes)
    assert any("đoạn “Đã hoàn thành 12 nhiệm vụ”: đã bỏ chữ bị xóa" in n for n in notes)
    assert any("đoạn “Đã hoàn thành 12 nhiệm vụ”: đã giữ chữ thêm vào" in n for n in notes)
    assert any(n.startswith("1 hình ảnh hoặc biểu đồ ở một đoạn trống") for n in notes)
    assert any(n.startswith("1 khung chữ (text box) ở đoạn “Số liệu chi tiết") for n in notes)
    assert "10 nhiệm vụ" not in " ".join(realfiles.draft_words(imported.draft))


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("provincial_committee", "đã ghép thành một tên"),
        ("decimal_outline", "“1.1. Cải cách thể chế” đánh số kiểu thập phân"),
        ("run_in_points", "Điểm “Công tác khác:” viết liền nội dung"),
        ("opening_without_reference", "Câu mở đầu không dẫn căn cứ nào"),
        ("decimal_outline", "2 đề mục gõ chữ in hoa đã đổi về chữ thường"),
    ],
)
def test_the_review_says_what_it_guessed(corpus: Corpus, name: str, words: str) -> None:
    assert any(words in note for note in corpus[name][1].review.notes)


def test_a_part_line_opens_a_part_above_the_roman_sections(corpus: Corpus) -> None:
    imported = corpus["parts"][1]
    draft = imported.draft
    assert draft.outline == "roman"
    got = [
        (
            part.part,
            part.heading,
            [
                (s.heading, [b.text for b in s.blocks if isinstance(b, Block)])
                for s in part.sections
            ],
        )
        for part in draft.sections
    ]
    assert got == [
        (True, "KẾT QUẢ 6 THÁNG", [("Công tác chỉ đạo", ["Đã ban hành 5 kế hoạch."])]),
        (True, "NHIỆM VỤ 6 THÁNG", [("Công tác chỉ đạo", ["Đã ban hành 5 kế hoạch."])]),
    ]
    assert not any("chưa có cấp Phần" in note for note in imported.review.notes)


def test_an_endnote_comes_in_as_a_footnote_and_is_named(corpus: Corpus) -> None:
    imported = corpus["marked_up"][1]
    runs = realfiles.all_runs(imported.draft)
    assert [run.footnote for run in runs if run.footnote] == [
        "Theo Quyết định giao dự toán năm 2025."
    ]
    assert any(
        n.startswith("Chú thích cuối văn bản (endnote) ở đoạn “Kinh phí")
        for n in imported.review.notes
    )


def _attribute(draft: Draft, path: str) -> object:
    value: object = draft
    for name in path.split("."):
        value = getattr(value, name)
    return value


@pytest.mark.parametrize("name", CORPUS)
def test_fields_come_back_as_each_file_expects(corpus: Corpus, name: str) -> None:
    made, imported = corpus[name]
    checked = {k: v for k, v in made.expect.items() if k.split(".")[0] in DRAFT_FIELDS}
    got = {path: _attribute(imported.draft, path) for path in checked}
    assert got == checked


DRAFT_FIELDS = {"closing", "agency", "outline", "signature", "title", "basis"}
DRAFT_FIELDS |= {"doc_type", "unit", "symbol", "number"}  # the other types (issue 21)


def test_a_portrait_appendix_with_a_wide_table_turns_landscape(corpus: Corpus) -> None:
    made, imported = corpus["wide_appendix"]
    got = [(a.title, a.orientation) for a in imported.draft.appendices]
    assert got == made.expect["appendices"]
    assert any("đã chuyển sang khổ ngang" in note for note in imported.review.notes)


def test_text_in_content_controls_and_custom_xml_comes_in_and_a_text_box_once(
    corpus: Corpus,
) -> None:
    """Word wraps paragraphs, rows and cells in content controls (`w:sdt`) and custom XML;
    reading only direct children lost their text without a word. A text box saved with
    its VML fallback is one text box, read once."""
    made, imported = corpus["wrapped"]
    draft, review = imported.draft, imported.review
    texts = [b.text for s in draft.sections for b in s.blocks if isinstance(b, Block)]
    assert "Đoạn trong khung nội dung thứ nhất." in texts
    assert "Đoạn trong khung nội dung thứ hai." in texts
    (table,) = [b for s in draft.sections for b in s.blocks if isinstance(b, Table)]
    assert [[c.text if c else None for c in row] for row in table.rows] == [
        ["Chỉ tiêu", "Số lượng"],
        ["Văn bản rà soát", "45"],
        ["Văn bản bãi bỏ", "3"],
    ]
    assert review.unplaced.count(trialfiles.BOXED) == 1
    assert any(n.startswith("1 khung chữ (text box)") for n in review.notes)
    assert realfiles.kept(made.words, draft) == (1.0, [])


def test_a_line_break_starts_a_line_in_a_cell_and_keeps_a_run_in_point_a_point(
    corpus: Corpus,
) -> None:
    draft = corpus["broken_lines"][1].draft
    points = draft.sections[0].sections
    (table,) = [b for b in points[-1].blocks if isinstance(b, Table)]
    cell = table.rows[0][1]
    assert cell is not None and cell.text == "- Kế hoạch số 1/KH-STP;\n- Báo cáo số 2/BC-STP."
    assert [s.heading for s in points] == ["Công tác hộ tịch:", "Công tác chứng thực:"]
    assert [b.text for b in points[1].blocks if isinstance(b, Block)][:1] == [
        "Chứng thực 9.000 bản sao, thu phí 45 triệu đồng."
    ]


def test_a_note_on_a_heading_goes_under_it_and_the_last_point_stays_in_its_section(
    corpus: Corpus,
) -> None:
    draft = corpus["noted_last_point"][1].draft
    results, tasks = draft.sections
    assert isinstance(results.blocks[0], Block)
    assert results.blocks[0].text == f"Chú thích: {trialfiles.HEADING_NOTE}"
    last = tasks.blocks[-1]
    assert isinstance(last, Block) and last.text == "2. Nhiệm vụ thứ hai./."
    assert [r.footnote for r in last.runs if r.footnote] == [trialfiles.CLOSING_NOTE]
    assert len(draft.sections) == 2, "no section of leftovers"


def test_a_note_goes_where_its_mark_was_though_the_title_or_a_heading_looks_alike(
    corpus: Corpus,
) -> None:
    draft = corpus["notes_and_lookalikes"][1].draft
    front, _general, results = draft.sections
    assert front.heading == "" and [b.text for b in front.blocks if isinstance(b, Block)] == [
        f"Chú thích: {trialfiles.TITLE_ALSO_HEADING_NOTE}",
        f"Chú thích: {trialfiles.ADDRESSEE_NOTE}",
    ], "above the content, not under II. KẾT QUẢ"
    (point,) = results.sections
    assert point.heading == "Kết quả tuyên truyền"
    assert isinstance(point.blocks[0], Block)
    assert point.blocks[0].text == f"Chú thích: {trialfiles.SUB_NOTE}", "not under KẾT QUẢ"


def test_a_row_deleted_with_track_changes_is_gone_and_a_boxed_table_is_kept(
    corpus: Corpus,
) -> None:
    draft, review = (
        corpus["tracked_row_and_boxed_table"][1].draft,
        corpus["tracked_row_and_boxed_table"][1].review,
    )
    (table,) = [b for s in draft.sections for b in s.blocks if isinstance(b, Table)]
    assert [[c.text if c else None for c in row] for row in table.rows] == [
        ["Chỉ tiêu", "Số"],
        ["Hộ tịch", "12"],
    ]
    assert any("1 hàng bảng bị xóa khi sửa (Track Changes)" in note for note in review.notes)
    assert review.unplaced == ["Khung số liệu", "Sởi", "98,1%", "Nguồn CDC"]
