"""Consolidation speed: 30 units' Word replies merged into the department's outline,
against reading those 30 replies alone (the import every merge must pay).

Not a test: prints ratios against a baseline measured in the same run, never fails.

    .venv/bin/python benchmarks/bench_merge.py [--units 30]

Each reply is a unit's kit (intake/kits.py) filled to about 10 pages (paragraphs of some
60 words under each section) and its figures table, written as Word by the app's writer.
Merging adds mapping the replies onto the outline, summing the tables and checking their
totals. Target (issue 24): reading and merging 30 such replies within 1.2 x reading them.
"""

from __future__ import annotations

import argparse
import datetime
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from test_consolidate import _base, _table  # the tests' outline and figures table
from timing import median_seconds

from lanson_report.domain.consolidate import merge
from lanson_report.domain.model import Block, Run, Table
from lanson_report.intake.kits import kit_for
from lanson_report.intake.replies import read_reply
from lanson_report.word import render_docx

RUNS = 3
PARAGRAPHS = 27  # per section, four sentences each: about 10 pages a reply


def timed(action: Callable[[], object]) -> float:
    return median_seconds(action, RUNS)


def replies(folder: Path, count: int) -> list[Path]:
    paths = []
    for number in range(1, count + 1):
        unit = f"Phòng chuyên môn số {number}"
        kit = kit_for(_base(), unit, datetime.date(2025, 7, 15)).draft
        for section in kit.sections[0].sections + kit.sections[1:]:
            section.blocks = [b for b in section.blocks if isinstance(b, Table)]
            for line in range(PARAGRAPHS):
                text = f"{unit} đã thực hiện nội dung {line + 1} với {number * line} kết quả. "
                section.blocks.append(Block("paragraph", [Run(text * 4)]))
        figures = _table([(str(number), "1"), ("1", "1"), ("2", "2"), ("100", f"{number},5")])
        kit.sections[0].sections[2].blocks = [figures]
        path = folder / f"don-vi-{number}.docx"
        render_docx(kit, path)
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--units", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        paths = replies(Path(tmp), args.units)
        for path in paths:  # warm: the first reading pays for loading the import's code
            read_reply(path)
        read = timed(lambda: [read_reply(path) for path in paths])
        loaded = [read_reply(path) for path in paths]
        merging = timed(lambda: merge(_base(), loaded))
    print(
        f"{args.units} replies: reading {read * 1000:7.0f} ms, merging {merging * 1000:5.0f} ms; "
        f"reading and merging / reading = {(read + merging) / read:.2f} (target 1.2)"
    )


if __name__ == "__main__":
    main()
