"""Export of a report full of tables against a minimal ReportLab script laying out the same
tables, both as fresh processes.

    python benchmarks/bench_tables.py [--runs N]

The report has ten 40-row tables (two header rows with spans) in its body and a landscape
appendix with a 40-row, 6-column table. Prints the median wall time of
`python -m lanson_report export` and of baseline_tables.py, and their ratio; target
(issue 10): ratio <= 1.5. Then the Word export of the same draft against its PDF export.
Never fails on timing.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(HERE))

import tablesamples as ts  # noqa: E402  (the table factories the tests use)
from bench_export import pages_of, timed  # noqa: E402


def cpu_timed(command: list[str], runs: int) -> float:
    """Median CPU seconds (user + system) of a fresh process: steadier than wall time
    on a machine shared with other work."""
    times = []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run(command, check=True, cwd=ROOT, capture_output=True)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        times.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return statistics.median(times)


def wide_table(rows: int) -> dict[str, Any]:
    return {
        "kind": "table",
        "columns": [
            {"width": w, "align": a}
            for w, a in (
                (1, "center"),
                (8, "left"),
                (5, "left"),
                (3, "center"),
                (3, "right"),
                (3, "center"),
            )
        ],
        "rows": [["TT", "Tên nhiệm vụ", "Cơ quan chủ trì", "Thời gian", "Kinh phí", "Kết quả"]]
        + [
            [
                str(n),
                f"Nhiệm vụ khoa học và công nghệ số {n} về ứng dụng tiến bộ kỹ thuật",
                "Sở Khoa học và Công nghệ",
                "2021–2022",
                f"{n * 25}",
                "Đã nghiệm thu",
            ]
            for n in range(1, rows + 1)
        ],
        "size": 12,
    }


def report() -> dict[str, Any]:
    tables = []
    for n in range(10):
        table = ts.two_header_table(40)
        table["caption"] = f"Bảng {n + 1}. Kết quả kiểm định"
        tables += [table, {"kind": "paragraph", "text": "Số liệu tổng hợp tại bảng trên. " * 5}]
    return ts.with_tables(tables, [ts.appendix([wide_table(40)], "landscape")])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        draft = folder / "tables.json"
        draft.write_text(json.dumps(report(), ensure_ascii=False), encoding="utf-8")
        ours, base, word = folder / "ours.pdf", folder / "base.pdf", folder / "ours.docx"
        app = [sys.executable, "-m", "lanson_report", "export", str(draft), "-o"]
        baseline = [sys.executable, str(HERE / "baseline_tables.py"), str(draft), str(base)]
        timed([*app, str(ours)], 1), timed(baseline, 1)  # warm the file cache
        for clock, measure in (("wall", timed), ("cpu", cpu_timed)):
            t_app, t_base = measure([*app, str(ours)], args.runs), measure(baseline, args.runs)
            print(
                f"tables {clock:<4} pages={pages_of(ours):>3} (baseline {pages_of(base)})  "
                f"export {t_app * 1000:7.1f} ms   baseline {t_base * 1000:7.1f} ms   "
                f"ratio {t_app / t_base:.2f}  (target <= 1.5)"
            )
        t_word = cpu_timed([*app, str(word)], args.runs)
        print(
            f"tables cpu  docx {t_word * 1000:7.1f} ms   pdf {t_app * 1000:7.1f} ms   "
            f"ratio {t_word / t_app:.2f}"
        )


if __name__ == "__main__":
    main()
