"""Printing: seconds and spool bytes per page, and the longest UI stall while printing.

    python benchmarks/bench_print.py [--runs N]

For the example and a 25-page report, the app's print job (ReportLab, then each page as
600 dpi 1-bit strips painted on a printer in a worker thread) prints to Qt's PDF printer,
which is what CUPS receives on Linux. Baseline in the same run: `pdftoppm -r 600 -gray`
rasterising the same PDF (poppler-utils). Reported:
- job: the whole print, from Ctrl+P's job start to its end, per page, and its ratio to
  pdftoppm per page; paint: the pages alone (the PDF already rendered), and its ratio;
- spool: bytes per page of what the printer receives;
- stall: the longest gap between ticks of a 1 ms UI timer while the job runs.
Targets (issue 20): at most 1.5x pdftoppm, at most 1 MB a page, stall under 50 ms.
Never fails on timing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import drafts  # noqa: E402
from PySide6.QtCore import QCoreApplication, QElapsedTimer, QTimer  # noqa: E402
from PySide6.QtPrintSupport import QPrinter  # noqa: E402
from PySide6.QtWidgets import QWidget  # noqa: E402

from lanson_report.domain.model import Draft  # noqa: E402
from lanson_report.files import draftfile  # noqa: E402
from lanson_report.pdf import render_pdf_bytes  # noqa: E402
from lanson_report.ui.app import application  # noqa: E402
from lanson_report.ui.printing import printing  # noqa: E402
from lanson_report.ui.printing.printjob import Outcome, PrintJob  # noqa: E402

EXAMPLE = ROOT / "tests" / "fixtures" / "bao-cao-ngay-khcn-2022.json"


def file_printer(path: Path, title: str) -> QPrinter:
    printer = printing.a4_printer(title)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def pdftoppm_seconds(pdf: Path, folder: Path) -> float:
    start = time.perf_counter()
    subprocess.run(["pdftoppm", "-r", "600", "-gray", str(pdf), str(folder / "p")], check=True)
    seconds = time.perf_counter() - start
    for image in folder.glob("p*"):
        image.unlink()
    return seconds


def paint_seconds(data: bytes, target: Path) -> float:
    """The pages alone, painted on this thread: what the job's thread does after ReportLab."""
    document = printing.load_pdf(data)
    start = time.perf_counter()
    printing.paint(document, file_printer(target, "bench"))
    seconds = time.perf_counter() - start
    document.close()
    return seconds


def run_job(parent: QWidget, draft: Draft, target: Path) -> tuple[float, float, Outcome]:
    """The app's print job, as Ctrl+P starts it: its seconds and the longest UI stall (ms)."""
    clock, gaps, done = QElapsedTimer(), [0], []
    clock.start()
    last = [clock.elapsed()]

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(tick)
    timer.start()
    job = PrintJob(parent, draft, file_printer(target, draft.title))
    job.done.connect(done.append)
    start = time.perf_counter()
    job.start()
    while not done:
        QCoreApplication.processEvents()
        time.sleep(0.0005)
    seconds = time.perf_counter() - start
    timer.stop()
    return seconds, float(max(gaps)), done[0]


def measure(name: str, draft: Draft, runs: int, parent: QWidget) -> None:
    data = render_pdf_bytes(draft)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        pdf = folder / "report.pdf"
        pdf.write_bytes(data)
        target = folder / "spool.pdf"
        baseline = statistics.median(pdftoppm_seconds(pdf, folder) for _ in range(runs))
        paint = statistics.median(paint_seconds(data, target) for _ in range(runs))
        jobs = [run_job(parent, draft, target) for _ in range(runs)]
        pages = jobs[-1][2].sent
        spool = target.stat().st_size
    job = statistics.median(seconds for seconds, _, _ in jobs)
    stall = max(stall for _, stall, _ in jobs)
    print(
        f"{name:<9} pages={pages:>3}  pdftoppm {baseline / pages:5.2f} s/page  "
        f"job {job / pages:5.2f} s/page (ratio {job / baseline:4.2f})  "
        f"paint {paint / pages:5.2f} s/page (ratio {paint / baseline:4.2f})  "
        f"spool {spool / pages / 1e6:5.2f} MB/page  longest stall {stall:.0f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    application()  # as the app sets itself up (the GIL switch interval included)
    parent = QWidget()
    measure("example", draftfile.load_path(EXAMPLE), args.runs, parent)
    measure("25 pages", draftfile.from_dict(drafts.pages(24)), args.runs, parent)


if __name__ == "__main__":
    main()
