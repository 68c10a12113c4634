"""Restore scale: restoring N drafts, for a few N, against the smallest N.

Not a test: prints ratios against a baseline measured in the same run, never fails.

    .venv/bin/python benchmarks/bench_restore.py [--sizes 200,1000,5000,20000]

Target (issue 29): time per draft flat in N (the restore was quadratic: 1,000 drafts
took 70 s), and 20,000 drafts (the cap of a backup) restored in under 5 minutes into
an empty store and into a store already holding them (every draft merged).
"""

from __future__ import annotations

import argparse
import copy
import json
import tempfile
import time
import uuid
import zipfile
from pathlib import Path
from typing import Any

from lanson_report.store import Store

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
EXAMPLE = FIXTURES / "bao-cao-ngay-khcn-2022.json"
MANIFEST = {"format": "lanson-report/backup", "format_version": 1, "schema": 1}
YEARS = 20  # drafts spread over the years, as a long-used store
STAMP = "2026-01-02T03:04:05.000000+00:00"


def body(base: dict[str, Any], number: int, modified: str = STAMP) -> dict[str, Any]:
    """A realistic body (the 2022 report, retitled, spread over 20 years)."""
    draft = copy.deepcopy(base)
    draft["id"] = str(uuid.UUID(int=number + 1))
    draft["date"]["year"] = 2026 - number % YEARS
    draft["title"] = f"Báo cáo số {number}: {base['title']}"
    return {
        "schema": 1,
        "id": draft["id"],
        "status": "draft",
        "created": STAMP,
        "modified": modified,
        "trashed": None,
        "next_version": 1,
        "versions": [],
        "draft": draft,
    }


def make_backup(path: Path, count: int, modified: str = STAMP) -> Path:
    base = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps(MANIFEST))
        for number in range(count):
            raw = body(base, number, modified)
            archive.writestr(f"drafts/{raw['id']}.json", json.dumps(raw, ensure_ascii=False))
    return path


def time_restore(folder: Path, source: Path) -> float:
    store = Store.open(folder)
    start = time.perf_counter()
    store.import_backup(source)
    elapsed = time.perf_counter() - start
    store.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="200,1000,5000,20000")
    parser.add_argument("--merge", action="store_true", help="restore each backup twice")
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    baseline = 0.0
    with tempfile.TemporaryDirectory() as temp:
        for count in sizes:
            source = make_backup(Path(temp) / f"{count}.zip", count)
            folder = Path(temp) / f"data-{count}"
            added = time_restore(folder, source)
            per_draft = added / count
            baseline = baseline or per_draft
            print(
                f"restore {count:6d} drafts into an empty store: {added:7.1f} s  "
                f"{per_draft * 1000:6.1f} ms/draft  ratio {per_draft / baseline:5.2f}x per draft"
                + ("  (baseline)" if per_draft == baseline else "")
            )
            if args.merge:
                newer = make_backup(Path(temp) / f"{count}-newer.zip", count, _later())
                merged = time_restore(folder, newer)
                print(
                    f"restore {count:6d} drafts, every one merged:     {merged:7.1f} s  "
                    f"{merged / count * 1000:6.1f} ms/draft  "
                    f"ratio {merged / count / baseline:5.2f}x per draft"
                )
        print("target: ratio per draft near 1x; 20,000 drafts in under 300 s")


def _later() -> str:
    return "2026-01-03T03:04:05.000000+00:00"


if __name__ == "__main__":
    main()
