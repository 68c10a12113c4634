"""`new --type` and `export` for every document type."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pdfutil import open_pdf, text_lines
from typesamples import SAMPLES, sample

from lanson_report.cli import cli
from lanson_report.domain import doctypes
from lanson_report.files import draftfile


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.run(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        *[("KH", "KH"), ("ttr", "TTr"), ("tb", "TB"), ("CTR", "CTr"), ("đa", "ĐA"), ("DA", "ĐA")],
        *[("hd", "HD"), ("PA", "PA"), ("cv", "CV"), ("QD", "QĐ"), ("qđ", "QĐ"), ("gm", "GM")],
        ("BC", "BC"),
    ],
)
def test_new_starts_a_document_of_the_type_from_its_outline(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], typed: str, code: str
) -> None:
    out = tmp_path / "new.json"
    status, said, _ = run(
        capsys, "--data-dir", str(tmp_path / "none"), "new", "--type", typed, "-o", str(out)
    )
    assert status == 0
    kind = doctypes.BY_CODE[code]
    draft = draftfile.load_path(out, lenient=True)
    assert draft.doc_type == code
    assert said.startswith(f"Đã ghi {out}:")
    if code == "BC":
        return  # a report keeps its period-driven outlines
    assert said.strip().endswith(kind.label)
    assert draft.outline == kind.outline
    assert [s.heading for s in draft.sections] == [item.heading for item in kind.built_in]
    # the usual closing, the agency to fill in (Còn thiếu asks for it) when none is set
    assert draft.closing == kind.closing.replace("{agency}", "[tên cơ quan]")
    assert draft.template is None
    first = doctypes.first_recipient(kind, len(kind.built_in) or None)
    assert [r.name for r in draft.recipients][:1] == ([first] if first else [])
    assert (draft.invitation is not None) == kind.invites
    assert json.loads(out.read_text(encoding="utf-8"))["format_version"] == 3


def test_new_decision_reads_articles_with_their_hints(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "qd.json"
    assert (
        run(capsys, "--data-dir", str(tmp_path / "none"), "new", "--type", "QD", "-o", str(out))[0]
        == 0
    )
    draft = draftfile.load_path(out, lenient=True)
    assert draft.recipients[0].name == "Như Điều 3"
    hints = [b.text for s in draft.sections for b in s.blocks if b.kind == "hint"]  # type: ignore[union-attr]
    assert hints[-1].endswith("chịu trách nhiệm thi hành Quyết định này.")


def test_an_unknown_type_is_refused_with_the_list(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        cli.run(["new", "--type", "BB", "-o", str(tmp_path / "x.json")])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "không có loại văn bản 'BB'" in err
    assert ", ".join(doctypes.CODES) in err
    assert not (tmp_path / "x.json").exists()


@pytest.mark.parametrize("option", [["--period", "2024"], ["--kind", "year"]])
def test_a_period_is_for_reports_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], option: list[str]
) -> None:
    status, _, err = run(capsys, "new", "--type", "KH", *option, "-o", str(tmp_path / "x.json"))
    assert status == 1
    assert "chỉ dùng cho báo cáo; kế hoạch không có kỳ báo cáo" in err


def test_help_lists_every_type(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.run(["new", "--help"])
    shown = " ".join(capsys.readouterr().out.split())
    for item in doctypes.TYPES:
        assert f"{item.code} ({item.label.lower()})" in shown


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
@pytest.mark.parametrize("code", list(SAMPLES))
def test_export_writes_every_type(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], code: str, suffix: str
) -> None:
    source = tmp_path / "draft.json"
    source.write_text(json.dumps(sample(code), ensure_ascii=False), encoding="utf-8")
    out = tmp_path / f"out{suffix}"
    status, _, err = run(capsys, "export", str(source), "-o", str(out))
    assert status == 0, err
    assert "lưu ý" not in err  # a full example lacks nothing
    if suffix == ".pdf":
        lines = [ln.text for ln in text_lines(open_pdf(out.read_bytes()).pages[0])]
        name = doctypes.BY_CODE[code].name
        assert (name in lines) == bool(name)
    else:
        assert out.read_bytes()[:2] == b"PK"
