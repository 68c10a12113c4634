"""`check DRAFT.json [--json]` and the export's warning of error-level findings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lanson_report.cli import cli


def _faulty(example_path: Path, tmp_path: Path) -> Path:
    raw = json.loads(example_path.read_text(encoding="utf-8"))
    raw.pop("id")
    raw["title"] = "Kết quả dduowcj giao"
    raw["sections"][0]["blocks"][0]["text"] = "Sở đã nghành tại tỉnh Lạng sơn."
    path = tmp_path / "nháp.json"
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    return path


def test_check_prints_each_finding_and_exits_1_on_an_error(
    example_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _faulty(example_path, tmp_path)
    assert cli.run(["check", str(path)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0] == (
        f"{path}: title [8:15]: lỗi: “dduowcj” còn sót phím gõ tắt (Telex/VNI), "
        "có lẽ là “được” (sửa thành “được”)"
    )
    assert any("sections[0].blocks[0] [6:12]: lỗi: “nghành”" in line for line in out)
    assert any("cảnh báo: Tên địa danh" in line and "“Lạng sơn”" in line for line in out)


def test_check_json_gives_the_findings_as_the_issue_specifies(
    example_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _faulty(example_path, tmp_path)
    assert cli.run(["check", str(path), "--json"]) == 1
    findings = json.loads(capsys.readouterr().out)["findings"]
    assert findings[0] == {
        "where": "title",
        "start": 8,
        "end": 15,
        "rule": "telex",
        "severity": "error",
        "message": "“dduowcj” còn sót phím gõ tắt (Telex/VNI), có lẽ là “được”",
        "suggestions": ["được"],
    }
    assert {f["severity"] for f in findings} <= {"error", "warning", "info"}


def test_check_of_the_2022_example_exits_0_with_its_warnings(
    example_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.run(["check", str(example_path), "--json"]) == 0
    findings = json.loads(capsys.readouterr().out)["findings"]
    assert [f["rule"] for f in findings if f["severity"] == "warning"] == [
        "agency-name",
        "agency-name",
        "first-citation",
        "archive",
    ]


def test_export_warns_of_error_level_findings(
    example_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _faulty(example_path, tmp_path)
    assert cli.run(["export", str(path), "-o", str(tmp_path / "out.docx")]) == 0
    err = capsys.readouterr().err
    assert "lưu ý: title: “dduowcj” còn sót phím gõ tắt" in err
    assert "lưu ý: sections[0].blocks[0]: “nghành” sai chính tả" in err
    assert "Lạng sơn" not in err  # a warning is for `check`, not for the export


def test_check_with_a_data_dir_uses_its_dictionary_and_rules(
    example_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from lanson_report.domain.model import Settings
    from lanson_report.store import Store

    raw = json.loads(example_path.read_text(encoding="utf-8"))
    raw.pop("id")
    raw["sections"][0]["blocks"][0]["text"] = "Làm việc tại huyện Krông Pắc, 1,000,000 đồng."
    path = tmp_path / "nháp.json"
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    store = Store.open(tmp_path / "data")
    store.save_settings(Settings(dictionary=["krông"], checks_off=["number-format"]))
    store.close()
    assert cli.run(["check", str(path), "--json"]) == 0
    rules = [f["rule"] for f in json.loads(capsys.readouterr().out)["findings"]]
    assert "name" in rules and "number-format" in rules
    assert cli.run(["--data-dir", str(tmp_path / "data"), "check", str(path), "--json"]) == 0
    rules = [f["rule"] for f in json.loads(capsys.readouterr().out)["findings"]]
    assert "name" not in rules and "number-format" not in rules


def test_check_lists_missing_items_first_as_warnings(
    example_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    raw = json.loads(example_path.read_text(encoding="utf-8"))
    raw.pop("id")
    raw["title"] = ""
    path = tmp_path / "nháp.json"
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    assert cli.run(["check", str(path), "--json"]) == 0, "a missing item is no error"
    first = json.loads(capsys.readouterr().out)["findings"][0]
    assert (first["where"], first["rule"], first["severity"]) == ("title", "missing", "warning")
    assert first["message"] == "chưa có trích yếu nội dung báo cáo"
