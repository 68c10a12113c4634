"""tools/smoke_frozen.py: a program Wine failed to start is started once more, and said so."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
import smoke_frozen


def test_a_launch_failure_is_retried_only_when_asked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    box = smoke_frozen.Sandbox(tmp_path)
    box.isolated = False
    calls: list[list[str]] = []

    def flaky(command: list[str], **_kwargs: Any) -> subprocess.CompletedProcess[str]:
        calls.append(command)
        if len(calls) == 1:
            raise OSError(22, "Internal error")  # what Wine 8 raises now and then
        return subprocess.CompletedProcess(command, 0, "ok", "")

    monkeypatch.setattr(smoke_frozen.subprocess, "run", flaky)
    with pytest.raises(OSError):
        box.run(["lanson-report.exe", "--version"])
    assert len(calls) == 1

    calls.clear()
    monkeypatch.setattr(smoke_frozen, "LAUNCH_RETRIES", 1)
    assert box.run(["lanson-report.exe", "--version"]).stdout == "ok"
    assert len(calls) == 2
    assert "lanson-report.exe did not start" in capsys.readouterr().out
