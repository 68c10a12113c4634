"""Export speed against a minimal ReportLab script, both as fresh processes.

    python benchmarks/bench_export.py [--runs N]

Prints the median wall time of `python -m lanson_report export` and of
baseline_reportlab.py on the same draft (interpreter start included in both),
and their ratio. Target (issue 2): ratio <= 1.5 for the example and a 25-page report.
Then the Word export (`-o OUT.docx`) against the PDF export of the same draft in the
same run. Target (issue 9): ratio <= 1.5. Never fails on timing.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "tests"))

import drafts  # noqa: E402  (the report factories the tests use)


def timed(command: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, cwd=ROOT, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def pages_of(pdf: Path) -> int:
    return pdf.read_bytes().count(b"/Type /Page\n") or pdf.read_bytes().count(b"/Type /Page ")


def compare(name: str, draft: Path, folder: Path, runs: int) -> float:
    ours, base = folder / f"{name}.pdf", folder / f"{name}-baseline.pdf"
    app = [sys.executable, "-m", "lanson_report", "export", str(draft), "-o", str(ours)]
    baseline = [sys.executable, str(HERE / "baseline_reportlab.py"), str(draft), str(base)]
    timed(app, 1), timed(baseline, 1)  # warm the file cache
    t_app, t_base = timed(app, runs), timed(baseline, runs)
    ratio = t_app / t_base
    print(
        f"{name:<12} pages={pages_of(ours):>3}  export {t_app * 1000:7.1f} ms   "
        f"baseline {t_base * 1000:7.1f} ms   ratio {ratio:.2f}  (target <= 1.5)"
    )
    return ratio


def cpu_timed(command: list[str], runs: int) -> float:
    """Median CPU time (user + system) of the child: steadier than wall time on a busy machine."""
    try:
        import resource  # POSIX only
    except ImportError:
        return float("nan")
    times = []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run(command, check=True, cwd=ROOT, capture_output=True)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        times.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return statistics.median(times)


def compare_docx(name: str, draft: Path, folder: Path, runs: int) -> float:
    """DOCX export against the PDF export of the same draft, both as fresh processes,
    alternated so that both see the same load."""
    command = [sys.executable, "-m", "lanson_report", "export", str(draft), "-o"]
    docx = [*command, str(folder / f"{name}.docx")]
    pdf = [*command, str(folder / f"{name}.pdf")]
    timed(docx, 1), timed(pdf, 1)  # warm the file cache
    walls: dict[str, list[float]] = {"docx": [], "pdf": []}
    cpus: dict[str, list[float]] = {"docx": [], "pdf": []}
    for _ in range(runs):
        for kind, argv in (("docx", docx), ("pdf", pdf)):
            walls[kind].append(timed(argv, 1))
            cpus[kind].append(cpu_timed(argv, 1))
    wall = {kind: statistics.median(values) for kind, values in walls.items()}
    cpu = {kind: statistics.median(values) for kind, values in cpus.items()}
    ratio = wall["docx"] / wall["pdf"]
    print(
        f"{name:<12} docx {wall['docx'] * 1000:7.1f} ms   pdf {wall['pdf'] * 1000:7.1f} ms   "
        f"ratio {ratio:.2f}  (cpu ratio {cpu['docx'] / cpu['pdf']:.2f}; target <= 1.5)"
    )
    return ratio


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        long_report = folder / "25-pages.json"
        long_report.write_text(json.dumps(drafts.pages(24), ensure_ascii=False), encoding="utf-8")
        compare(
            "example",
            ROOT / "tests" / "fixtures" / "bao-cao-ngay-khcn-2022.json",
            folder,
            args.runs,
        )
        compare("25 pages", long_report, folder, args.runs)
        example = ROOT / "tests" / "fixtures" / "bao-cao-ngay-khcn-2022.json"
        compare_docx("example", example, folder, args.runs)
        compare_docx("25 pages", long_report, folder, args.runs)


if __name__ == "__main__":
    main()
