"""A fix chosen for a finding is written at its field and span, formats kept."""

from __future__ import annotations

from pathlib import Path

from lanson_report.domain.model import Block, Cell, Run, Table
from lanson_report.domain.textcheck import Finding, check_draft
from lanson_report.domain.textcheck.fixing import apply_fix
from lanson_report.files import draftfile


def _finding(where: str, start: int, end: int) -> Finding:
    return Finding(where, start, end, "x", "error", "")


def test_the_example_s_own_findings_are_fixed_where_they_are(example_path: Path) -> None:
    draft = draftfile.load_path(example_path)
    for finding in check_draft(draft):
        if finding.suggestions:
            assert apply_fix(draft, finding, finding.suggestions[0])
    assert draft.archive == "VT, VP"
    assert "Sở Nông nghiệp và Phát triển nông thôn" in draft.sections[1].blocks[1].text
    assert "Hội Liên hiệp Phụ nữ tỉnh" in draft.sections[1].blocks[1].text
    assert [f.rule for f in check_draft(draft) if f.severity == "warning"] == ["first-citation"]


def test_a_fix_across_runs_keeps_the_format_of_the_first(example_path: Path) -> None:
    draft = draftfile.load_path(example_path)
    runs = [Run("Sở đã ngh"), Run("ành", bold=True), Run(" y tế")]
    draft.sections[0].blocks = [Block(runs=runs)]
    assert apply_fix(draft, _finding("sections[0].blocks[0]", 6, 12), "ngành")
    assert [(r.text, r.bold) for r in runs] == [
        ("Sở đã ngành", False),
        ("", True),
        (" y tế", False),
    ]


def test_fields_of_every_shape(example_path: Path) -> None:
    draft = draftfile.load_path(example_path)
    draft.sections[0].blocks.append(Table(rows=[[Cell([Run("đươc giao")])]]))
    assert apply_fix(draft, _finding("sections[0].blocks[2].rows[0][0]", 0, 4), "được")
    assert draft.sections[0].blocks[2].rows[0][0].text == "được giao"
    assert apply_fix(draft, _finding("signature.lines[0]", 0, 4), "PHÓ GIÁM")
    assert draft.signature.lines[0] == "PHÓ GIÁM ĐỐC"
    assert apply_fix(draft, _finding("recipients[0].name", 0, 8), "Bộ Khoa học và Công nghệ")
    assert draft.recipients[0].name == "Bộ Khoa học và Công nghệ"


def test_a_stale_finding_changes_nothing(example_path: Path) -> None:
    draft = draftfile.load_path(example_path)
    assert not apply_fix(draft, _finding("sections[9].blocks[0]", 0, 3), "x")
    assert not apply_fix(draft, _finding("title", 0, 999), "x")
    assert not apply_fix(draft, _finding("nothing.here", 0, 1), "x")
    assert draft == draftfile.load_path(example_path)
