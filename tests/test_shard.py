"""--shard K/N splits the suite between processes with nothing lost or run twice."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def collect(*args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider"]
    return subprocess.run(
        [*command, *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        encoding="utf-8",
    )


def collected(*args: str) -> list[str]:
    done = collect("tests/test_dates.py", "tests/test_periods.py", *args)
    assert done.returncode == 0, done.stderr
    return [line for line in done.stdout.splitlines() if "::" in line]


def test_shares_cover_the_suite_once() -> None:
    whole = collected()
    shares = [collected("--shard", f"{k}/3") for k in (1, 2, 3)]
    assert sorted(name for share in shares for name in share) == sorted(whole)
    assert all(abs(len(share) - len(whole) / 3) <= 1 for share in shares)
    assert len({name.split("::")[0] for name in shares[0]}) == 2, "each share has every file"


@pytest.mark.parametrize("spec", ["0/2", "3/2", "a/b", "1"])
def test_a_wrong_share_is_a_usage_error(spec: str) -> None:
    done = collect("tests/test_dates.py", "--shard", spec)
    assert done.returncode == 4 and f"--shard {spec}" in done.stderr
