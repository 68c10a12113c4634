"""A version-2 draft (tables, an appendix) through `import` and `dump` comes back byte for byte."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lanson_report.cli import cli

V2 = Path(__file__).resolve().parent / "fixtures" / "bao-cao-v2-bang-phu-luc.json"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = cli.run(list(args))
    return code, capsys.readouterr().out


def test_import_and_dump_keep_a_version_2_draft_exactly(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = str(tmp_path / "data")
    code, _ = run(capsys, "--data-dir", data, "import", str(V2))
    assert code == 0
    draft_id = json.loads(V2.read_text(encoding="utf-8"))["id"]
    dumped = tmp_path / "ra.json"
    code, _ = run(capsys, "--data-dir", data, "dump", draft_id, "-o", str(dumped))
    assert code == 0
    assert dumped.read_text(encoding="utf-8") == V2.read_text(encoding="utf-8")


def test_import_and_dump_keep_a_version_1_draft_at_version_1(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, example_path: Path
) -> None:
    data = str(tmp_path / "data")
    assert run(capsys, "--data-dir", data, "import", str(example_path))[0] == 0
    raw = json.loads(example_path.read_text(encoding="utf-8"))
    dumped = tmp_path / "ra.json"
    assert run(capsys, "--data-dir", data, "dump", raw["id"], "-o", str(dumped))[0] == 0
    out = json.loads(dumped.read_text(encoding="utf-8"))
    assert out["format_version"] == 1
    assert out == {**raw, "outline": raw.get("outline", "arabic")}
