"""Editing one cell of a 200-row computed table: the longest UI stall per edit, against the
same edit in a table of the same size that computes nothing.

Not a test: prints times and ratios measured in the same run, never fails.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_figures.py [--rows 200]

An edit is what the clerk does for one cell: F2, type the figure, Enter, and the grid
repainted; in the computed table that edit recomputes the row's percentages and every
total row's sums. The table is the indicator table of the outlines (plan, achieved, last
year, two percentages) with a total row every 20 rows and a "Trong đó" row in each group.
Also measured: computing the whole table once (what loading a draft does).
Target (issue 23): the longest stall of an edit under 50 ms.

Each edit is timed twice: on the wall clock (the stall the clerk sees) and as the CPU time
of the UI thread (`time.thread_time`), which is the stall of an idle PC: on a machine
shared with other work the wall clock counts their time too, so print the load average
beside the numbers and read the CPU column there.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from lanson_report.domain.model import Cell, Column, Compute, ComputedColumn, Run, Table
from lanson_report.domain.tables import figures
from lanson_report.ui.wizard.body.tableeditor import TableEditor

EDITS = 40
HEADER = ["TT", "Chỉ tiêu", "Đơn vị tính", "Cùng kỳ năm trước", "Kế hoạch năm", "Thực hiện",
          "So với kế hoạch (%)", "So với cùng kỳ (%)"]  # fmt: skip


def indicator_table(rows: int, computed: bool = True) -> Table:
    def cell(text: str) -> Cell:
        return Cell([Run(text)] if text else [])

    grid = [[cell(text) for text in HEADER]]
    totals, parts = [], []
    for n in range(1, rows + 1):
        if n % 20 == 0:
            totals.append(len(grid))
            grid.append([cell(t) for t in ("", "Cộng nhóm", "", "", "", "", "", "")])
            continue
        if n % 20 == 3:
            parts.append(len(grid))
        figures_ = [f"{n * 7 % 900 + 100}", f"{n * 11 % 1000 + 200}", f"{n * 13 % 950 + 150},5"]
        grid.append([cell(t) for t in (str(n), f"Chỉ tiêu {n}", "Tỷ đồng", *figures_, "", "")])
    table = Table(columns=[Column() for _ in HEADER], rows=grid)
    if computed:
        table.compute = Compute(
            columns=[ComputedColumn(6, "ratio", [5, 4], 1), ComputedColumn(7, "ratio", [5, 3], 1)],
            total_rows=totals,
            part_rows=parts,
        )
        figures.recompute(table)
    return table


def time_edits(app: QApplication, table: Table) -> tuple[list[float], list[float]]:
    """Seconds for each edit (wall clock, UI thread's CPU): F2, the figure typed, Enter,
    and the grid repainted."""
    dialog = TableEditor(table)
    dialog.resize(1100, 700)
    dialog.show()
    app.processEvents()
    view = dialog.view
    rows = len(table.rows)
    times, cpu = [], []
    for number in range(EDITS):
        row = 1 + (rows // 2 + number) % (rows - 2)
        if dialog.model.table.compute and row in dialog.model.table.compute.total_rows:
            row += 1
        index = dialog.model.index(row, 5)
        view.setCurrentIndex(index)
        view.scrollTo(index)
        app.processEvents()
        start, start_cpu = time.perf_counter(), time.thread_time()
        QTest.keyClick(view, Qt.Key.Key_F2)
        editor = view.focusWidget()
        assert isinstance(editor, QPlainTextEdit)
        editor.selectAll()
        event = QInputMethodEvent("", [])
        event.setCommitString(f"{1000 + number},5")
        QCoreApplication.sendEvent(editor, event)
        QTest.keyClick(editor, Qt.Key.Key_Return)
        app.processEvents()
        view.viewport().repaint()
        times.append(time.perf_counter() - start)
        cpu.append(time.thread_time() - start_cpu)
    dialog.deleteLater()
    return times, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=200)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    print("load average (1, 5, 15 min): {:.2f} {:.2f} {:.2f}".format(*_load()))
    plain, plain_cpu = time_edits(app, indicator_table(args.rows, computed=False))
    computed, computed_cpu = time_edits(app, indicator_table(args.rows))
    for name, times, cpu in (
        ("typed only", plain, plain_cpu),
        ("computed", computed, computed_cpu),
    ):
        print(
            f"cell edit, {args.rows} rows, {name:10}: median {statistics.median(times) * 1000:6.2f}"
            f" ms   longest {max(times) * 1000:6.2f} ms   (UI thread CPU: median "
            f"{statistics.median(cpu) * 1000:6.2f} ms, longest {max(cpu) * 1000:6.2f} ms)"
        )
    ratio = statistics.median(computed) / statistics.median(plain)
    print(f"ratio computed / typed only (median): {ratio:.2f}")
    for what, worst in (("wall clock", max(computed)), ("UI thread CPU", max(computed_cpu))):
        verdict = "under" if worst < 0.050 else "OVER"
        print(f"longest stall ({what}) {worst * 1000:.1f} ms: {verdict} the 50 ms target")
    table = indicator_table(args.rows)
    start = time.perf_counter()
    for _ in range(10):
        figures.recompute(table)
    print(f"recompute the whole table (load): {(time.perf_counter() - start) * 100:.2f} ms")


def _load() -> tuple[float, float, float]:
    try:
        return os.getloadavg()
    except OSError:  # Windows has none
        return (0.0, 0.0, 0.0)


if __name__ == "__main__":
    main()
