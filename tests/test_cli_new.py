"""`python -m lanson_report new --kind K --period P [--outline FILE] -o DRAFT.json`."""

from __future__ import annotations

import datetime
import json
import zipfile
from pathlib import Path

import drafts
import pytest
from docxutil import open_docx
from pdfutil import open_pdf

from lanson_report.cli import cli
from lanson_report.domain import periods
from lanson_report.domain.model import Agency, Block, Period, Recipient, Run, Settings, Signature
from lanson_report.files import draftfile
from lanson_report.intake import outlines
from lanson_report.store import Store


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.run(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    store = Store.open(folder)
    store.save_settings(
        Settings(
            Agency("UBND TỈNH LẠNG SƠN", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "SKHCN"),
            "Lạng Sơn",
            [Signature(["GIÁM ĐỐC"], "Nguyễn Thị Hà")],
            "VT, VP",
        )
    )
    store.close()
    return folder


@pytest.mark.parametrize(
    ("options", "period", "outline"),
    [
        (["--kind", "half", "--period", "2024"], Period("half", 2024), "half"),
        (["--kind", "nine-months", "--period", "2024"], Period("nine_months", 2024), "nine_months"),
        (["--period", "2024-06"], Period("month", 2024, 6), "month"),
        (["--period", "2025-01"], Period("month", 2025, 1), "month"),
        (["--period", "2024-Q2"], Period("quarter", 2024, 2), "quarter"),
        (["--kind", "quarter", "--period", "2025-q1"], Period("quarter", 2025, 1), "quarter"),
        (["--period", "2024"], Period("year", 2024), "year"),
        (["--kind", "topic"], None, "topic"),
        (["--kind", "adhoc"], None, "adhoc"),
        ([], None, "adhoc"),
    ],
)
def test_new_writes_a_draft_of_the_kind_and_period(
    capsys: pytest.CaptureFixture[str],
    data: Path,
    tmp_path: Path,
    options: list[str],
    period: Period | None,
    outline: str,
) -> None:
    out = tmp_path / "moi.json"
    code, said, err = run(capsys, "--data-dir", str(data), "new", *options, "-o", str(out))
    assert code == 0, err
    draft = draftfile.load_path(out, lenient=True)
    assert draft.period == period
    assert draft.agency.abbreviation == "SKHCN" and draft.signature.name == "Nguyễn Thị Hà"
    assert draft.template is None
    built_in = outlines.load(outlines.builtin_for(outline))  # type: ignore[arg-type]
    assert len(draft.sections) == len(built_in.sections)
    if period is not None:
        assert draft.title == periods.proposed_title(period)
        assert periods.range_text(period) in said
        assert draft.date.year == period.year


def test_new_without_a_period_takes_the_current_one(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path
) -> None:
    out = tmp_path / "moi.json"
    assert run(capsys, "--data-dir", str(data), "new", "--kind", "month", "-o", str(out))[0] == 0
    expected = periods.current("month", datetime.date.today())
    assert draftfile.load_path(out, lenient=True).period == expected


def test_new_from_an_outline_file(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path
) -> None:
    outline = outlines.load(outlines.builtin_for("topic"))
    outline.title = "Tình hình chuyển đổi số"
    source = tmp_path / "de-cuong.json"
    draftfile.dump_path(outline, source)
    out = tmp_path / "moi.json"
    code, _, err = run(
        capsys,
        "--data-dir",
        str(data),
        "new",
        "--kind",
        "year",
        "--period",
        "2024",
        "--outline",
        str(source),
        "-o",
        str(out),
    )
    assert code == 0, err
    draft = draftfile.load_path(out, lenient=True)
    assert draft.title == "Tình hình chuyển đổi số" and draft.period == Period("year", 2024)
    assert [s.heading for s in draft.sections] == [s.heading for s in outline.sections]


def test_new_without_settings_leaves_the_agency_blank(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "moi.json"
    missing = tmp_path / "chua-co"
    code, _, err = run(
        capsys, "--data-dir", str(missing), "new", "--period", "2024", "-o", str(out)
    )
    assert code == 0, err
    assert draftfile.load_path(out, lenient=True).agency == Agency()
    assert not missing.exists()  # no data folder made just to read settings


@pytest.mark.parametrize(
    ("options", "says"),
    [
        (["--period", "2024-13"], "lỗi: --period: tháng 13 không có"),
        (["--period", "2024-Q5"], "lỗi: --period: quý 5 không có"),
        (["--period", "Q2-2024"], 'lỗi: --period: "Q2-2024" không phải kỳ báo cáo'),
        (["--kind", "month", "--period", "2024-Q2"], 'lỗi: --period: "2024-Q2" là một quý'),
        (["--kind", "quarter", "--period", "2024"], 'lỗi: --period: "2024" thiếu quý'),
        (["--kind", "topic", "--period", "2024"], "lỗi: --period: báo cáo chuyên đề không có kỳ"),
        (["--outline", "khong-co.json"], "khong-co.json: không đọc được tệp"),
    ],
)
def test_new_refuses_naming_the_option(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, options: list[str], says: str
) -> None:
    out = tmp_path / "moi.json"
    code, _, err = run(capsys, "--data-dir", str(tmp_path / "d"), "new", *options, "-o", str(out))
    assert code == 1 and says in err and "Traceback" not in err
    assert not out.exists()


def test_new_never_overwrites_a_draft(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out = tmp_path / "moi.json"
    out.write_text("công việc của ai đó", encoding="utf-8")
    code, _, err = run(capsys, "--data-dir", str(tmp_path / "d"), "new", "-o", str(out))
    assert code == 1 and "lỗi: --output: tệp" in err and "đã có" in err
    assert out.read_text(encoding="utf-8") == "công việc của ai đó"


def test_unknown_kind_is_named(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    with pytest.raises(SystemExit):
        cli.run(["new", "--kind", "weekly", "-o", str(tmp_path / "x.json")])
    err = capsys.readouterr().err
    assert "--kind" in err and "'weekly' không có" in err


def _written_draft(capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path) -> Path:
    """A year report from `new`, one section written, the rest still only hints."""
    draft_path = tmp_path / "moi.json"
    run(capsys, "--data-dir", str(data), "new", "--period", "2024", "-o", str(draft_path))
    draft = draftfile.load_path(draft_path, lenient=True)
    draft.recipients = [Recipient("UBND tỉnh", "b/c")]
    first = draft.sections[0].sections[0]
    first.blocks.append(Block("paragraph", [Run("Đã ban hành 12 văn bản chỉ đạo.")]))
    draftfile.dump_path(draft, draft_path)
    return draft_path


def _hints(draft_path: Path) -> list[str]:
    draft = draftfile.load_path(draft_path)
    hints = [
        " ".join(b.text.split())
        for s in draft.sections
        for sub in [s, *s.sections, *(x for c in s.sections for x in c.sections)]
        for b in sub.blocks
        if isinstance(b, Block) and b.kind == "hint"
    ]
    assert len(hints) > 10
    return hints


def _assert_no_hint(text: str, draft_path: Path) -> None:
    assert "Đã ban hành 12 văn bản chỉ đạo." in text
    assert "CÔNG TÁC CHỈ ĐẠO" in text.upper()  # headings print
    for hint in _hints(draft_path):
        assert hint[:30] not in text, hint
    assert "Gợi ý" not in text and "Nêu kết quả" not in text and "Đổi tiêu đề" not in text


def test_export_never_prints_a_hint_in_the_pdf(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path
) -> None:
    draft_path = _written_draft(capsys, data, tmp_path)
    pdf = tmp_path / "bao-cao.pdf"
    code, _, err = run(capsys, "export", str(draft_path), "-o", str(pdf))
    assert code == 0, err
    with open_pdf(pdf.read_bytes()) as document:
        text = " ".join(" ".join((page.extract_text() or "").split()) for page in document.pages)
    _assert_no_hint(text, draft_path)


def test_export_never_writes_a_hint_in_the_docx(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path
) -> None:
    draft_path = _written_draft(capsys, data, tmp_path)
    out = tmp_path / "bao-cao.docx"
    code, _, err = run(capsys, "export", str(draft_path), "-o", str(out))
    assert code == 0, err
    document = open_docx(out.read_bytes())
    texts = [p.text for p in document.paragraphs]
    texts += [c.text for t in document.tables for row in t.rows for c in row.cells]
    with zipfile.ZipFile(out) as archive:  # headers, notes, everything Word would show
        xml = " ".join(
            archive.read(n).decode("utf-8") for n in archive.namelist() if n.endswith(".xml")
        )
    _assert_no_hint(" ".join(" ".join(texts).split()), draft_path)
    for hint in _hints(draft_path):
        assert hint[:20] not in xml, hint


def test_new_refuses_an_outline_whose_draft_import_would_refuse(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path
) -> None:
    """Filling in the period lengthens hints: an outline within the limits gave a draft
    over them, which `new` wrote and `import` then refused."""
    hint = "[khoảng số liệu] " * 1_100  # 18,700 characters, 44,000 once filled in
    outline = tmp_path / "de-cuong.json"
    raw = {
        **drafts.minimal(format_version=2),
        "template": {"name": "Báo cáo quý"},
        "sections": [{"heading": "Kết quả", "blocks": [{"kind": "paragraph", "text": hint}]}],
    }
    outline.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "moi.json"
    options = ["--data-dir", str(data), "new", "--period", "2024-Q2", "--outline", str(outline)]
    code, _, err = run(capsys, *options, "-o", str(out))
    assert code == 1
    assert err.startswith(f"lỗi: --outline: bản nháp làm từ đề cương {outline} sẽ không nhập")
    assert "sections[0].blocks[0].text: văn bản quá dài (44.000 ký tự)" in err
    assert not out.exists()


def test_new_then_export_on_a_pc_without_settings_prints_and_says_what_to_fill(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    nowhere = str(tmp_path / "no-data")  # a PC where the app never ran: no agency settings
    draft, pdf = str(tmp_path / "X.json"), str(tmp_path / "X.pdf")
    code, _, err = run(capsys, "--data-dir", nowhere, "new", "--period", "2025", "-o", draft)
    assert code == 0, err
    assert "chức vụ người ký" in err  # said when the draft is made, not only at export
    code, _, err = run(capsys, "--data-dir", nowhere, "export", draft, "-o", pdf)
    assert code == 0, err
    assert "lưu ý: chưa có chức vụ người ký" in err and "lưu ý: chưa có họ tên người ký" in err
    with open_pdf(Path(pdf).read_bytes()) as document:
        assert "KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025" in document.pages[0].extract_text().upper()
