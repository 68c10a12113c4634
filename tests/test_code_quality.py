"""House rules that tools can check: lint (with Qt banned outside ui/) and strict types."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    # ruff writes UTF-8; mypy (Python) does too once told so: decode both as UTF-8, on
    # Windows as well, where text=True alone would decode with the ANSI code page.
    return subprocess.run(
        [sys.executable, "-m", *command],
        cwd=REPO,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        check=False,
    )


def test_ruff_finds_nothing() -> None:
    result = _run("ruff", "check", "--output-format", "concise", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_code_is_formatted() -> None:
    result = _run("ruff", "format", "--check", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_domain_is_strictly_typed() -> None:
    result = _run("mypy")
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_qt_layer_is_typed_too_but_for_modules_named_one_by_one() -> None:
    """mypy checks ui/ as strictly as the domain; an exception names its module, no wildcard."""
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]
    assert config["strict"] is True
    assert not any("ui" in entry for entry in config.get("exclude", []))
    for override in config.get("overrides", []):
        if override.get("ignore_errors"):
            assert all(not module.endswith("*") for module in override["module"]), override
            assert len(override["module"]) <= 3, "strict over ui/ means few exceptions"


def test_qt_stays_in_the_ui_package() -> None:
    offenders = [
        path.relative_to(REPO).as_posix()
        for path in (REPO / "lanson_report").rglob("*.py")
        if "ui" not in path.relative_to(REPO / "lanson_report").parts[:1]
        and any(
            line.lstrip().startswith(("import PySide6", "from PySide6"))
            for line in path.read_text(encoding="utf-8").splitlines()
        )
    ]
    assert offenders == []


def _text_calls_without_encoding(source: Path) -> list[str]:
    """Calls with text=True (or universal_newlines) but no encoding=, as `file:line`."""
    found = []
    for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        keywords = {k.arg: k.value for k in node.keywords if k.arg}
        as_text = any(
            isinstance(keywords.get(name), ast.Constant) and keywords[name].value is True
            for name in ("text", "universal_newlines")
        )
        if as_text and "encoding" not in keywords:
            found.append(f"{source.relative_to(REPO)}:{node.lineno}")
    return found


def test_child_output_is_decoded_as_utf8() -> None:
    """text=True alone decodes with the locale's code page on Windows (cp1252, cp1258)."""
    folders = ("lanson_report", "tests", "tools", "scripts", "benchmarks")
    sources = [p for folder in folders for p in sorted((REPO / folder).rglob("*.py"))]
    offenders = [hit for source in sources for hit in _text_calls_without_encoding(source)]
    assert not offenders, f"pass encoding='utf-8' with text=True at {offenders}"
