"""Export time and peak memory at the stated caps (limits.py), both formats.

    python benchmarks/bench_caps_export.py [--timeout S]

Each draft at a cap (tests/hostile/export_kinds.py builds them; tools/worst_cases.py the
largest draft file) is exported by `python -m lanson_report export` as a fresh process,
to PDF and to DOCX. Printed: wall time, the child's own peak memory (its rusage, POSIX),
and the time as a ratio against baseline_reportlab.py on the example draft, measured in
the same run, so that a slower or busier machine shows in the baseline too. Target
(issue 29): every cap under 10 s and 500 MB on the 2-core build machine. Never fails on
timing.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "tests" / "hostile"), str(ROOT / "tools")]

import drafts  # noqa: E402
import export_kinds  # noqa: E402
import worst_cases  # noqa: E402

TARGET_SECONDS = 10.0
TARGET_MB = 500.0


def run(command: list[str], timeout: float) -> tuple[float, float, bool]:
    """(wall seconds, peak MB of the child, finished); POSIX measures the child alone."""
    start = time.perf_counter()
    child = subprocess.Popen(
        command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    if not hasattr(os, "wait4"):
        try:
            child.wait(timeout)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
            return timeout, float("nan"), False
        return time.perf_counter() - start, float("nan"), child.returncode == 0
    deadline = start + timeout
    while True:
        pid, status, usage = os.wait4(child.pid, os.WNOHANG)
        if pid:
            child.returncode = os.waitstatus_to_exitcode(status)
            break
        if time.perf_counter() > deadline:
            child.kill()
            _, _, usage = os.wait4(child.pid, 0)
            child.returncode = -9
            return timeout, usage.ru_maxrss / 1024, False
        time.sleep(0.02)
    peak = usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
    return time.perf_counter() - start, peak, child.returncode == 0


def caps() -> dict[str, Callable[[], dict[str, Any]]]:
    return {**export_kinds.AT_CAP, "largest draft file (2 MB)": worst_cases.largest_draft}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--timeout", type=float, default=150.0, help="seconds per export")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        example = work / "example.json"
        example.write_text(json.dumps(drafts.example(), ensure_ascii=False), encoding="utf-8")
        baseline_command = [sys.executable, str(HERE / "baseline_reportlab.py"), str(example)]
        run([*baseline_command, str(work / "warm.pdf")], args.timeout)  # warm the file cache
        base, base_mb, _ = run([*baseline_command, str(work / "baseline.pdf")], args.timeout)
        print(f"baseline: minimal ReportLab script on the example, {base:.2f} s, {base_mb:.0f} MB")
        print(f"target: under {TARGET_SECONDS:.0f} s and {TARGET_MB:.0f} MB at every cap\n")
        print(f"{'cap':<34} {'format':<6} {'seconds':>8} {'× baseline':>11} {'peak MB':>8}  ")
        for name, build in caps().items():
            source = work / "cap.json"
            source.write_text(json.dumps(build(), ensure_ascii=False), encoding="utf-8")
            for fmt in ("pdf", "docx"):
                out = work / f"cap.{fmt}"
                command = [sys.executable, "-m", "lanson_report", "export", str(source)]
                seconds, peak, finished = run([*command, "-o", str(out), "--force"], args.timeout)
                verdict = "" if finished else "  (not finished)"
                if finished and (seconds > TARGET_SECONDS or peak > TARGET_MB):
                    verdict = "  over target"
                print(
                    f"{name:<34} {fmt:<6} {seconds:8.2f} {seconds / base:11.1f} "
                    f"{peak:8.0f}{verdict}"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
