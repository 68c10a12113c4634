"""Store scale: a save at 2,000 drafts against a save at 4, and `list` start-up time.

Not a test: prints ratios against baselines measured in the same run, never fails.

    .venv/bin/python benchmarks/bench_store.py [--years 20] [--per-year 100]

Targets (issue 3): save at 2,000 drafts <= 1.3 x save at 4; `python -m lanson_report
--data-dir D list` at 2,000 drafts within 1 s including interpreter start-up.
"""

from __future__ import annotations

import argparse
import copy
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from lanson_report.files import draftfile
from lanson_report.store import Store

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
EXAMPLE = FIXTURES / "bao-cao-ngay-khcn-2022.json"
SAVES = 60
STARTS = 7


def example_dict() -> dict[str, Any]:
    raw: dict[str, Any] = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    raw.pop("id")
    return raw


def fill(store: Store, years: int, per_year: int) -> str:
    """Realistic drafts (the 2022 report, retitled) across years; the id of one to edit."""
    base = example_dict()
    target = ""
    for year in range(2026 - years + 1, 2027):
        for number in range(per_year):
            raw = copy.deepcopy(base)
            raw["date"]["year"] = year
            raw["title"] = f"Báo cáo số {number} năm {year}: {base['title']}"
            draft = draftfile.from_dict(raw)
            store.create(draft)
            target = target or draft.id
    return target


def time_saves(store: Store, draft_id: str) -> float:
    """Median seconds of a save that changes one paragraph of a realistic draft."""
    draft = store.get(draft_id).draft
    times = []
    for number in range(SAVES):
        draft.closing = f"Trên đây là báo cáo, lần sửa {number}./."
        start = time.perf_counter()
        store.save(draft)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def time_command(args: list[str]) -> float:
    times = []
    for _ in range(STARTS):
        start = time.perf_counter()
        subprocess.run(args, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--years", type=int, default=20)
    parser.add_argument("--per-year", type=int, default=100)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        small, large = Path(temp) / "small", Path(temp) / "large"
        small_store, large_store = Store.open(small), Store.open(large)
        small_id = fill(small_store, 2, 2)
        built = time.perf_counter()
        large_id = fill(large_store, args.years, args.per_year)
        count = args.years * args.per_year
        print(f"built {count} drafts in {time.perf_counter() - built:.1f} s")
        report_saves(small_store, small_id, large_store, large_id, count)
        report_list(large, count)


def report_saves(small: Store, small_id: str, large: Store, large_id: str, count: int) -> None:
    at_small, at_large = time_saves(small, small_id), time_saves(large, large_id)
    print(f"save at 4 drafts:      {at_small * 1000:7.2f} ms (baseline)")
    print(
        f"save at {count} drafts: {at_large * 1000:7.2f} ms  ratio {at_large / at_small:.2f}x"
        "  (target <= 1.3x)"
    )


def report_list(folder: Path, count: int) -> None:
    command = [sys.executable, "-m", "lanson_report", "--data-dir", str(folder), "list"]
    bare = time_command([sys.executable, "-c", "pass"])
    listing = time_command(command)
    as_json = time_command([*command, "--json"])
    print(f"python -c pass:        {bare * 1000:7.1f} ms (baseline)")
    print(
        f"list at {count} drafts: {listing * 1000:7.1f} ms  ratio {listing / bare:.1f}x"
        "  (target < 1000 ms absolute)"
    )
    print(f"list --json:           {as_json * 1000:7.1f} ms  ratio {as_json / bare:.1f}x")


if __name__ == "__main__":
    main()
