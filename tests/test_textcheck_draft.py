"""Findings of a whole draft: field paths, spans, severities; NFD gives the NFC findings."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from lanson_report.domain.model import Block, Cell, Run, Section, Table
from lanson_report.domain.textcheck import check_draft, check_text, errors, fields
from lanson_report.files import draftfile


def _texts(draft: draftfile.Draft) -> dict[str, str]:
    return {where: text for where, text, _ in fields(draft)}


def test_the_2022_example_has_no_error_and_its_true_findings(example_path: Path) -> None:
    draft = draftfile.load_path(example_path)
    found = check_draft(draft)
    texts = _texts(draft)
    assert errors(found) == []
    assert [(f.where, f.rule, texts.get(f.where, "")[f.start : f.end]) for f in found] == [
        ("sections[1].blocks[1]", "agency-name", "Sở Nông nghiệp và phát triển nông thôn"),
        ("sections[1].blocks[1]", "agency-name", "Hội liên hiệp Phụ nữ"),
        ("sections[1].blocks[2]", "first-citation", "Quyết định số 731/QĐ-BKH&CN"),
        ("sections[1].blocks[7]", "foreign", "Web"),
        ("sections[1].blocks[7]", "foreign", "banner"),
        ("archive", "archive", "VP, VT"),
    ]


def test_paths_name_nested_sections_and_table_cells(example_path: Path) -> None:
    draft = draftfile.load_path(example_path)
    table = Table(rows=[[Cell([Run("Nội dung")])], [Cell([Run("đươc giao")])]])
    inner = Section("Tiểu mục", [Block(runs=[Run("Sở đã nghành")]), table])
    draft.sections[0].sections.append(inner)
    wrong = [(f.where, f.rule) for f in errors(check_draft(draft))]
    assert wrong == [
        ("sections[0].sections[0].blocks[0]", "spelling"),
        ("sections[0].sections[0].blocks[1].rows[1][0]", "stop-tone"),
    ]


def test_hints_are_not_checked_they_never_print(example_path: Path) -> None:
    draft = draftfile.load_path(example_path)
    draft.sections[0].blocks.append(Block("hint", [Run("dduowcj")]))
    assert errors(check_draft(draft)) == []


def test_nfd_input_gives_the_findings_of_nfc_input(example_path: Path) -> None:
    text = "Sở đã nghành, đươc giao tại tỉnh Lạng sơn ngày 5 tháng 1 năm 2024; cuả Hoà"
    nfd = unicodedata.normalize("NFD", text)
    assert nfd != text
    assert check_text(nfd, "x") == check_text(text, "x") != []
    draft = draftfile.load_path(example_path)
    before = check_draft(draft)
    draft.closing = unicodedata.normalize("NFD", draft.closing)
    draft.sections[1].blocks[1] = Block(
        "bullet",
        [Run(unicodedata.normalize("NFD", r.text)) for r in draft.sections[1].blocks[1].runs],
    )
    assert check_draft(draft) == before


def test_rules_switch_off_and_the_user_dictionary_silences_words() -> None:
    text = "Ở huyện Krông Pắc, nghành y tế"
    rules = {f.rule for f in check_text(text)}
    assert rules == {"name", "spelling"}
    assert {f.rule for f in check_text(text, disabled={"spelling"})} == {"name"}
    assert {f.rule for f in check_text(text, ignored={"krông"})} == {"spelling"}


def test_a_finding_is_plain_data_for_the_command_line() -> None:
    (finding,) = check_text("Đươc", "title", starts=False)
    assert finding.as_dict() == {
        "where": "title",
        "start": 0,
        "end": 4,
        "rule": "stop-tone",
        "severity": "error",
        "message": finding.message,
        "suggestions": ["Được", "Đước"],
    }


def test_a_unit_in_a_cell_may_be_lower_case_a_sentence_may_not(example_path: Path) -> None:
    draft = draftfile.load_path(example_path)
    cells = [Cell([Run("triệu đồng")]), Cell([Run("tổ chức hội nghị toàn tỉnh")])]
    draft.sections[0].blocks.append(Table(columns=[], rows=[cells]))
    found = [(f.where, f.rule) for f in check_draft(draft) if f.rule == "capital-start"]
    assert found == [("sections[0].blocks[2].rows[0][1]", "capital-start")]


def test_a_cong_van_trich_yeu_after_v_v_starts_in_lower_case() -> None:
    from typesamples import sample

    from lanson_report.files import draftfile

    letter = draftfile.from_dict(sample("CV"))
    assert letter.title.startswith("đề nghị")
    assert not [f for f in check_draft(letter) if f.where == "title" and f.rule == "capital-start"]
    report = draftfile.from_dict(sample("KH"))
    report.title = "triển khai nhiệm vụ"
    assert [f.rule for f in check_draft(report) if f.where == "title"] == ["capital-start"]


def test_every_text_typed_is_checked_a_giay_moi_s_lines_and_footnotes_too(
    example_path: Path,
) -> None:
    """The checks walk the places Tìm và thay walks: a giấy mời's lines, a footnote, a
    table's unit were never checked before."""
    from lanson_report.domain.model import Invitation

    draft = draftfile.load_path(example_path)
    draft.invitation = Invitation(event="Hội nghị tổng kết nghành khoa học")
    draft.sections[0].blocks[0].runs[-1].footnote = "Theo báo cáo đươc gửi"
    table = Table(rows=[[Cell([Run("Nội dung")])]], unit="triệu đồnng")
    draft.sections[0].blocks.append(table)
    wrong = {(f.where, f.rule) for f in errors(check_draft(draft))}
    assert wrong == {
        ("invitation.event", "spelling"),
        (
            f"sections[0].blocks[0].runs[{len(draft.sections[0].blocks[0].runs) - 1}].footnote",
            "stop-tone",
        ),
        (f"sections[0].blocks[{len(draft.sections[0].blocks) - 1}].unit", "spelling"),
    }
