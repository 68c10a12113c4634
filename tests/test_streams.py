"""The command line prints Vietnamese whatever its output is: a pipe, a file or a console.

On Windows a redirected or piped stream starts in the ANSI code page (cp1252, cp1258);
PYTHONIOENCODING=cp1252 makes a child start that way on every system, so these tests
prove the switch to UTF-8 here as on Windows.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from lanson_report import __main__ as entry

REPO = Path(__file__).resolve().parent.parent
FROZEN_CLI = REPO / "scripts" / "frozen" / "cli.py"  # lanson-report.exe's entry, from source
HELP_LINE = "Soạn báo cáo theo Nghị định 30/2020/NĐ-CP"


def ansi_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONUTF8", "PYTHONIOENCODING")}
    return {**env, "PYTHONIOENCODING": "cp1252"}


def run_bytes(*args: str, **kwargs: Any) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, *args], env=ansi_env(), timeout=60, check=False, **kwargs
    )


@pytest.mark.parametrize("entry_point", [[str(FROZEN_CLI)], ["-m", "lanson_report"]])
def test_help_piped_is_utf8(entry_point: list[str]) -> None:
    result = run_bytes(*entry_point, "--help", capture_output=True)
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    assert HELP_LINE in result.stdout.decode("utf-8")


def test_usage_error_piped_is_utf8() -> None:
    result = run_bytes(str(FROZEN_CLI), "export", capture_output=True)
    assert result.returncode == 2
    assert "lỗi: thiếu tham số bắt buộc" in result.stderr.decode("utf-8")


def test_output_redirected_to_a_file_is_utf8(tmp_path: Path) -> None:
    out = tmp_path / "trợ giúp.txt"
    with out.open("wb") as file:
        result = run_bytes(str(FROZEN_CLI), "--help", stdout=file, stderr=subprocess.STDOUT)
    assert result.returncode == 0
    assert HELP_LINE in out.read_text(encoding="utf-8")


def test_missing_streams_are_tolerated(monkeypatch: pytest.MonkeyPatch) -> None:
    """A windowed program (SoanBaoCao.exe, pythonw) has no stdout or stderr at all."""
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    entry.setup_streams()


def test_a_redirected_stream_is_switched(monkeypatch: pytest.MonkeyPatch) -> None:
    stream = io.TextIOWrapper(io.BytesIO(), encoding="cp1252")
    monkeypatch.setattr(sys, "stdout", stream)
    entry.setup_streams()
    assert stream.encoding == "utf-8"


@pytest.mark.skipif(sys.platform != "win32", reason="the wide console API is Windows only")
def test_an_interactive_console_keeps_the_wide_api(monkeypatch: pytest.MonkeyPatch) -> None:
    try:
        raw = io._WindowsConsoleIO("CONOUT$", "w")  # type: ignore[attr-defined]
    except OSError as exc:
        pytest.skip(f"no console attached to this test run ({exc})")
    # As Python sets up an interactive console: UTF-8 text handed to the wide API.
    console = io.TextIOWrapper(io.BufferedWriter(raw), encoding="utf-8", errors="strict")
    monkeypatch.setattr(sys, "stdout", console)
    entry.setup_streams()
    assert console.errors == "strict", "the console stream was reconfigured"
    assert isinstance(console.buffer.raw, io._WindowsConsoleIO)  # type: ignore[attr-defined]
    console.detach()
    raw.close()
