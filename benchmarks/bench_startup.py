"""Time to the first window: the app against a bare PySide6 window, both fresh processes.

    python benchmarks/bench_startup.py [--runs N] [--drafts N]

Each run starts a new interpreter and stops the clock when the process reports its
window shown (after the first pass of the event loop). The baseline imports
PySide6.QtWidgets and shows an empty QWidget; the app opens its store (filled with
--drafts reports over several years) and shows the start screen. Prints the medians
and their ratio. Target (issue 4): ratio <= 2. Never fails on timing.

Bytecode is written and used (as in the installed app, which ships it compiled)
even when PYTHONDONTWRITEBYTECODE is set. Uses QT_QPA_PLATFORM from the environment
(offscreen when there is no display).
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

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "tests" / "fixtures" / "bao-cao-ngay-khcn-2022.json"

SHOWN = """
import os, sys
from PySide6.QtCore import QTimer
def shown():
    print("shown", "reportlab" in sys.modules, "PySide6.QtPdf" in sys.modules, flush=True)
    os._exit(0)
QTimer.singleShot(0, shown)
"""

BARE = (
    """
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
window = QWidget()
window.resize(1280, 720)
window.show()
"""
    + SHOWN
    + "app.exec()\n"
)

APP = (
    """
import sys
from lanson_report.ui import app as uiapp
qapp = uiapp.application()
window = uiapp.start(["--data-dir", sys.argv[1]])
"""
    + SHOWN
    + "qapp.exec()\n"
)


def first_window(code: str, *args: str) -> tuple[float, str]:
    """Seconds from process launch to its "shown" line, and that line."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app runs from compiled bytecode
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        encoding="utf-8",
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    elapsed = time.perf_counter() - start
    process.wait(timeout=30)
    if not line.startswith("shown"):
        raise SystemExit(f"the process did not show a window: {line!r}")
    return elapsed, line.strip()


def fill(folder: Path, count: int) -> None:
    sys.path.insert(0, str(ROOT))
    from lanson_report.files import draftfile
    from lanson_report.store import Store

    store = Store.open(folder)
    for index in range(count):
        draft = draftfile.load_path(EXAMPLE)
        draft.id = f"00000000-0000-4000-8000-{index:012d}"
        draft.date.year = 2018 + index % 8
        draft.title = f"{draft.title} ({index + 1})"
        store.create(draft)
    store.close()


def medians(runs: int, folder: str) -> tuple[float, float, str]:
    """Bare and app runs alternate, so that a busy moment of the machine hits both."""
    first_window(BARE), first_window(APP, folder)  # warm the file cache, write bytecode
    bare, app, line = [], [], ""
    for _ in range(runs):
        bare.append(first_window(BARE)[0])
        elapsed, line = first_window(APP, folder)
        app.append(elapsed)
    return statistics.median(bare), statistics.median(app), line


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--drafts", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        fill(Path(tmp), args.drafts)
        bare, app, line = medians(args.runs, tmp)
    _, reportlab, qtpdf = line.split()
    print(f"bare PySide6 window   {bare * 1000:7.1f} ms")
    print(f"Soạn báo cáo window   {app * 1000:7.1f} ms   ({args.drafts} reports in the store)")
    print(f"ratio {app / bare:.2f}  (target <= 2.0)")
    print(f"loaded at start: reportlab={reportlab} QtPdf={qtpdf}  (both should be False)")


if __name__ == "__main__":
    main()
