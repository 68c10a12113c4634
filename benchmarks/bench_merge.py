"""Consolidation speed: 30 units' Word replies merged into the department's outline,
against reading those 30 replies alone (the import every merge must pay).

Not a test: prints ratios against a baseline measured in the same run, never fails.

    .venv/bin/python benchmarks/bench_merge.py [--units 30]

Each reply is a unit's kit (intake/kits.py) filled to about 10 pages (paragraphs of some
60 words under each section) and its figures table, written as Word by the app's writer.
Merging adds mapping the replies onto the outline, summing the tables and checking their
totals; as the app does it, also each reply's fingerprint and receipt written into the
units' record in the store, and the merged report stored (intake/gathering.py). Target
(issue 24): reading and merging 30 such replies within 1.2 x reading them.
"""

from __future__ import annotations

import argparse
import datetime
import sys
import tempfile
import uuid
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from test_consolidate import _base, _table  # the tests' outline and figures table
from timing import median_seconds

from lanson_report.domain.consolidate import merge
from lanson_report.domain.model import Block, Run, Table
from lanson_report.domain.unitrecord import Consolidation
from lanson_report.intake.gathering import merge_new, take_in
from lanson_report.intake.kits import kit_for
from lanson_report.intake.replies import read_reply
from lanson_report.store import Store
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
        store = Store.open(Path(tmp) / "data")
        base = store.create(_base()).draft

        def gather() -> None:  # the app's Tổng hợp once the files are read
            record = Consolidation(base.id)
            fresh, _ = take_in(store, record, loaded, datetime.datetime.now())
            merge_new(store, base, record, fresh)

        stored = timed(gather)

        def import_each() -> None:  # Nhập từ Word, file by file: read, then store a new draft
            for path in paths:
                draft = read_reply(path).draft
                draft.id = str(uuid.uuid4())
                store.create(draft)

        imported = timed(import_each)
        store.close()
    print(
        f"{args.units} replies: reading {read * 1000:7.0f} ms, importing one after another "
        f"(read and stored) {imported * 1000:7.0f} ms; merging {merging * 1000:5.0f} ms, "
        f"as the app does (fingerprints, record, merged report stored) {stored * 1000:5.0f} ms"
    )
    print(
        f"reading and merging / reading = {(read + merging) / read:.2f}; the app's Tổng hợp "
        f"(read, record, merge, store) / importing = {(read + stored) / imported:.2f} "
        f"(target 1.2); / reading alone = {(read + stored) / read:.2f}"
    )


if __name__ == "__main__":
    main()
