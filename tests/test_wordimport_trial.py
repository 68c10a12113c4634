"""What the trial of four hand-typed reports found, one failure class at a time: nesting
and numbers of decimal outlines, numbered paragraphs that are no headings, parts above
I., a twelve-column table's widths, punctuation kept exactly."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pdfutil
import pytest
import realfiles
import trialfiles

from lanson_report.domain.model import Block, Run, Section, Table
from lanson_report.files import draftfile
from lanson_report.pdf import render_pdf_bytes
from lanson_report.printed.build import printed_report
from lanson_report.word import render_docx_bytes
from lanson_report.wordimport import Imported, import_docx

Trial = dict[str, tuple[realfiles.RealFile, Imported]]


@pytest.fixture(scope="module")
def trial(tmp_path_factory: pytest.TempPathFactory) -> Trial:
    folder = tmp_path_factory.mktemp("trial")
    out = {}
    for name, make in trialfiles.TRIAL.items():
        made = make(folder / f"{name}.docx")
        out[name] = (made, import_docx(made.path))
    return out


def _tree(sections: list[Section], level: int = 1) -> list[tuple[int, str]]:
    out = []
    for section in sections:
        out.append((level, section.heading))
        out += _tree(section.sections, level + 1)
    return out


def _texts(section: Section) -> list[str]:
    return [block.text for block in section.blocks if isinstance(block, Block)]


def _find(sections: list[Section], heading: str) -> Section:
    for section in sections:
        if section.heading == heading:
            return section
        try:
            return _find(section.sections, heading)
        except LookupError:
            continue
    raise LookupError(heading)


@pytest.mark.parametrize("name", ["nested_numbering", "word_numbered_outline", "roman_too_deep"])
def test_decimal_numbering_and_points_nest_as_typed(trial: Trial, name: str) -> None:
    made, imported = trial[name]
    assert imported.draft.outline == made.expect["outline"]
    assert [item for item in _tree(imported.draft.sections) if item[1] or item[0] < 3] == [
        item for item in made.expect["tree"] if item[1] or item[0] < 3
    ]


def test_points_deeper_than_the_outline_keep_their_numbers_as_text(trial: Trial) -> None:
    made, imported = trial["roman_too_deep"]
    section = _find(imported.draft.sections, "Cải cách thể chế")
    assert _texts(section) == made.expect["kept"]
    assert section.blocks[0].runs[0].bold  # type: ignore[union-attr]  # as typed
    notes = [n for n in imported.review.notes if "sâu hơn 3 cấp" in n]
    assert len(notes) == 1 and "“a) Văn bản cấp tỉnh”" in notes[0]


def test_a_word_numbered_sentence_keeps_its_number_as_text(trial: Trial) -> None:
    made, imported = trial["word_numbered_outline"]
    section = _find(imported.draft.sections, "Phương hướng quý III")
    assert _texts(section) == [made.expect["kept"]]


def test_numbered_sentences_are_paragraphs_keeping_their_numbers(trial: Trial) -> None:
    made, imported = trial["numbered_points"]
    draft = imported.draft
    section = _find(draft.sections, "Nhiệm vụ quý III")
    assert section.sections == []
    assert _texts(section) == made.expect["points"]
    second = section.blocks[1]
    assert isinstance(second, Block)
    assert [(run.text, run.bold) for run in second.runs][:1] == [
        ("2. Cải cách thủ tục hành chính:", True)
    ]
    assert not any(run.bold for run in section.blocks[0].runs)  # type: ignore[union-attr]


def test_a_last_point_ending_the_report_is_no_missing_closing(trial: Trial) -> None:
    imported = trial["numbered_points"][1]
    assert imported.draft.closing == ""
    assert "Đoạn kết (./.)" not in imported.review.missing()


@pytest.mark.parametrize("name", ["part_lines", "word_numbered_parts"])
def test_part_lines_keep_their_words_and_case(trial: Trial, name: str) -> None:
    """`Phần thứ nhất` / `PHẦN II` lines become parts (v3 `part`) with their titles as
    typed; the label is the part's number, which printing writes as `Phần I`."""
    made, imported = trial[name]
    draft = imported.draft
    assert draft.outline == made.expect["outline"]
    assert [s.heading for s in draft.sections if s.part] == made.expect["parts"]
    assert _tree(draft.sections) == made.expect["tree"]
    assert draft.title == "Kết quả công tác cải cách hành chính"


def test_a_twelve_column_table_keeps_its_cells_widths(trial: Trial) -> None:
    made, imported = trial["twelve_columns"]
    (table,) = [b for s in imported.draft.sections for b in s.blocks if isinstance(b, Table)]
    widths = [column.width for column in table.columns]
    expected = made.expect["widths"]
    assert [round(w / widths[0], 2) for w in widths] == [
        round(w / expected[0], 2) for w in expected
    ]


def test_a_table_on_a_landscape_page_in_the_body_goes_to_a_landscape_appendix(
    trial: Trial,
) -> None:
    """The author turned the page for it: squeezed upright it prints with its years broken."""
    made, imported = trial["landscape_body_table"]
    draft = imported.draft
    assert [(a.title, a.orientation) for a in draft.appendices] == made.expect["appendices"]
    (table,) = draft.appendices[0].blocks
    assert isinstance(table, Table) and len(table.columns) == 14
    assert not [b for s in draft.sections for b in s.blocks if isinstance(b, Table)]
    assert any("14 cột nằm ở trang ngang trong tệp Word" in n for n in imported.review.notes)
    assert draft.closing == made.expect["closing"]


def test_a_table_of_labels_and_values_gets_no_header_row(trial: Trial) -> None:
    """Its first row is a label and a value: made a header it would print centred and bold,
    and again at the top of each page."""
    made, imported = trial["labelled_table"]
    tables = [b for s in imported.draft.sections for b in s.blocks if isinstance(b, Table)]
    assert [t.header_rows for t in tables] == made.expect["header_rows"]
    card = tables[0]
    assert [c.runs[0].bold for c in (row[0] for row in card.rows) if c] == [True] * 3
    part = next(p for p in printed_report(imported.draft) if p.table is not None)
    assert part.table is not None and part.table.header_rows == 0


def test_a_table_nested_in_a_cell_keeps_its_words_and_is_named_in_the_review(
    trial: Trial,
) -> None:
    _, imported = trial["labelled_table"]
    figures = [b for s in imported.draft.sections for b in s.blocks if isinstance(b, Table)][1]
    cell = figures.rows[1][2]
    assert cell is not None and cell.text.split("\n") == ["3", "Quý I", "1", "Quý II", "2"]
    (note,) = [n for n in imported.review.notes if "Bảng lồng" in n]
    assert "đoạn “Quý I”" in note and "hãy xem lại" in note


@pytest.mark.parametrize("name", ["addressed_on_one_line", "addressed_in_a_table"])
def test_kinh_gui_on_one_line_or_in_a_table_gives_each_addressee(trial: Trial, name: str) -> None:
    made, imported = trial[name]
    draft = imported.draft
    assert draft.addressees == made.expect["addressees"]
    assert not [b for s in draft.sections for b in s.blocks if isinstance(b, Table)]
    assert [r.number for r in draft.basis.references] == ["55/KH-UBND"]


def test_kinh_gui_prints_exactly_as_typed(trial: Trial) -> None:
    made, imported = trial["addressed"]
    part = next(p for p in printed_report(imported.draft) if p.role == "addressees")
    assert part.texts() == made.expect["printed_addressees"]


def _flags(runs: list[Run]) -> list[tuple[str, str]]:
    return [(r.text, "b" * r.bold + "i" * r.italic) for r in runs]


def test_a_footnotes_own_bold_and_italic_come_in(trial: Trial) -> None:
    draft = trial["formatted_footnote"][1].draft
    (run,) = [run for run in realfiles.all_runs(draft) if run.footnote]
    assert run.footnote == "".join(text for text, _ in trialfiles.NOTE_RUNS)
    assert _flags(run.note_runs) == trialfiles.NOTE_RUNS
    again = draftfile.from_dict(json.loads(json.dumps(draftfile.to_dict(draft))))
    (kept,) = [run for run in realfiles.all_runs(again) if run.footnote]
    assert _flags(kept.note_runs) == trialfiles.NOTE_RUNS  # the draft file keeps them


def test_a_footnotes_bold_and_italic_print_in_the_pdf_and_the_docx(trial: Trial) -> None:
    draft = trial["formatted_footnote"][1].draft
    pdf = pdfutil.open_pdf(render_pdf_bytes(draft, invariant=True))
    words = pdf.pages[0].extract_words(extra_attrs=["fontname"])
    fonts = {w["text"]: w["fontname"] for w in words if w["top"] > pdf.pages[0].height * 0.7}
    assert "Bold" in fonts["15/QĐ-UBND"] and "Italic" in fonts["sửa"]
    assert "Bold" not in fonts["Theo"] and "Italic" not in fonts["Theo"]
    with zipfile.ZipFile(io.BytesIO(render_docx_bytes(draft))) as archive:
        notes = archive.read("word/footnotes.xml").decode("utf-8")
    bold = notes.split("Quyết định số 15/QĐ-UBND")[0].rsplit("<w:r>", 1)[1]
    italic = notes.split("(đã sửa đổi, bổ sung)")[0].rsplit("<w:r>", 1)[1]
    assert "<w:b/>" in bold and "<w:i/>" not in bold and "<w:i/>" in italic


@pytest.mark.parametrize(
    ("typed", "number", "note"),
    [
        ("1.052", "1052", "Số văn bản “1.052” viết có dấu chấm: đã ghi 1052."),
        ("05a", "", "Số văn bản “05a” không chỉ gồm chữ số: để trống để ghi tay"),
    ],
)
def test_a_slip_in_the_number_blanks_one_field_not_the_whole_file(
    tmp_path: Path, typed: str, number: str, note: str
) -> None:
    """A clerk's slip in one header field must not refuse the whole file: that field is
    repaired or left blank for the hand, and the review says so."""
    path = _with_header(tmp_path, "Số: 12/BC-SKHCN", f"Số: {typed}/BC-SKHCN")
    imported = import_docx(path)
    assert imported.draft.number == number
    assert any(n.startswith(note) for n in imported.review.notes)
    again = draftfile.from_dict(draftfile.to_dict(imported.draft))  # as the store reads it
    assert again.number == number and again.sections


def test_a_date_that_does_not_exist_leaves_the_day_blank(tmp_path: Path) -> None:
    path = _with_header(tmp_path, "ngày 15 tháng 12", "ngày 31 tháng 02")
    imported = import_docx(path)
    date = imported.draft.date
    assert (date.day, date.month, date.year) == (None, 2, 2022)
    assert "Ngày 31 tháng 02 năm 2022 không có: để trống ngày để ghi tay." in imported.review.notes
    draftfile.from_dict(draftfile.to_dict(imported.draft))  # the store takes it


def _with_header(tmp_path: Path, old: str, new: str) -> Path:
    """The tables example's DOCX with one header text changed, as a clerk mistypes it."""
    import docx

    source = draftfile.load_path(
        Path(__file__).parent / "fixtures" / "bao-cao-v2-bang-phu-luc.json"
    )
    path = tmp_path / "bao-cao.docx"
    path.write_bytes(render_docx_bytes(source))
    document = docx.Document(str(path))
    cells = [c for t in document.tables[:1] for row in t.rows for c in row.cells]
    done = False
    for paragraph in [p for c in cells for p in c.paragraphs]:
        for run in paragraph.runs:
            if old in run.text:
                run.text, done = run.text.replace(old, new), True
    if not done:  # the text spans runs: rewrite the paragraph as one run
        for paragraph in [p for c in cells for p in c.paragraphs]:
            if old in paragraph.text:
                text = paragraph.text.replace(old, new)
                for run in paragraph.runs[1:]:
                    run._r.getparent().remove(run._r)
                paragraph.runs[0].text = text
                done = True
    assert done, old
    document.save(str(path))
    return path


def _footer_as(tmp_path: Path, lines: list[str]) -> Path:
    """The tables example's DOCX with its Nơi nhận column typed anew (Word bullets: lines
    without the dash, which Word draws and never puts in the text)."""
    import docx

    fixtures = Path(__file__).parent / "fixtures"
    source = draftfile.load_path(fixtures / "bao-cao-v2-bang-phu-luc.json")
    path = tmp_path / "noi-nhan.docx"
    path.write_bytes(render_docx_bytes(source))
    document = docx.Document(str(path))
    cell = document.tables[2].rows[0].cells[0]
    for paragraph in cell.paragraphs[1:]:
        paragraph._p.getparent().remove(paragraph._p)
    for line in lines:
        cell.add_paragraph(line)
    document.save(str(path))
    return path


def test_recipients_as_word_bullets_are_recipients_and_lưu_is_never_the_signer(
    tmp_path: Path,
) -> None:
    lines = ["Bộ Y tế (b/c);", "UBND tỉnh (b/c);", "Sở Tài chính;", "Lưu: VT, NVY."]
    draft = import_docx(_footer_as(tmp_path, lines)).draft
    assert [(r.name, r.note) for r in draft.recipients] == [
        ("Bộ Y tế", "b/c"),
        ("UBND tỉnh", "b/c"),
        ("Sở Tài chính", ""),
    ]
    assert draft.archive == "VT, NVY"
    assert "Lưu" not in draft.signature.name


def test_a_recipient_wrapped_onto_a_second_line_stays_one(tmp_path: Path) -> None:
    lines = [
        "- Bộ Nông nghiệp và Môi trường",
        "  (Cục Trồng trọt và Bảo vệ thực vật);",
        "- C, PCVP UBND tỉnh,",
        "các phòng CV;",
        "- Lưu: VT, TT.",
    ]
    draft = import_docx(_footer_as(tmp_path, lines)).draft
    assert [(r.name, r.note) for r in draft.recipients] == [
        ("Bộ Nông nghiệp và Môi trường", "Cục Trồng trọt và Bảo vệ thực vật"),
        ("C, PCVP UBND tỉnh, các phòng CV", ""),
    ]
    assert draft.archive == "VT, TT"


def test_a_row_that_starts_past_its_first_column_keeps_its_cells_in_place(
    tmp_path: Path,
) -> None:
    """`w:gridBefore`: Word leaves the row's first positions empty; the cells that follow
    stay under their own columns (a district's name never lands under TT)."""
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    document.add_paragraph("Kết quả phát triển hạ tầng viễn thông như sau:")
    table = document.add_table(rows=3, cols=3)
    rows = [
        ("TT", "Huyện, thành phố", "Số trạm BTS"),
        ("1", "Thành phố Lạng Sơn", "245"),
        ("2", "Huyện Cao Lộc", "198"),
    ]
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    tr = table.rows[2]._tr
    tr.remove(tr.findall(qn("w:tc"))[0])  # "2" gone: the row starts at column 2
    tr_pr = tr.get_or_add_trPr()
    before = OxmlElement("w:gridBefore")
    before.set(qn("w:val"), "1")
    tr_pr.append(before)
    path = tmp_path / "grid-before.docx"
    document.save(str(path))
    (found,) = [
        b for s in import_docx(path).draft.sections for b in s.blocks if isinstance(b, Table)
    ]
    assert [cell.text if cell else None for cell in found.rows[2]] == ["", "Huyện Cao Lộc", "198"]
