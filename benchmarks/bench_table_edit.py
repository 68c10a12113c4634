"""Typing into a 500-row table: time per cell edit, against the same edit in a 40-row table.

Not a test: prints times and ratios measured in the same run, never fails.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_table_edit.py [--rows 500]

An edit is what the clerk does for one cell: F2, type the text, Enter, and the grid
repainted. The baseline table fills the grid on screen, as the big one does, so the
ratio shows what the table's length costs. Also measured: a keystroke in the section's
body while the 500-row table stands in it (against a 5-row table), and reading the body
back (what autosave does).
Target (issue 10): a 500-row table stays responsive to type into; a ratio near 1 means
the table's size does not matter for one edit.
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

from lanson_report.domain.model import Block, Cell, Run, Table
from lanson_report.domain.tables.tablegrid import blank_table
from lanson_report.ui.wizard.body.tableeditor import TableEditor
from lanson_report.ui.wizard.pages.content import ContentPage

EDITS = 40
BASELINE_ROWS = 40


def filled(rows: int) -> Table:
    table = blank_table(rows, 6)
    for r, row in enumerate(table.rows):
        for c in range(6):
            row[c] = Cell([Run(f"{r * 6 + c:,}".replace(",", "."))])
    return table


def time_cell_edits(app: QApplication, rows: int) -> float:
    """Median seconds for F2, typing, Enter and the repaint, in the middle of the table."""
    dialog = TableEditor(filled(rows))
    dialog.resize(900, 620)
    dialog.show()
    app.processEvents()
    view = dialog.view
    times = []
    for number in range(EDITS):
        index = dialog.model.index(rows // 2, number % 6)
        view.setCurrentIndex(index)
        view.scrollTo(index)
        app.processEvents()
        start = time.perf_counter()
        QTest.keyClick(view, Qt.Key.Key_F2)
        editor = view.focusWidget()
        assert isinstance(editor, QPlainTextEdit)
        editor.selectAll()
        event = QInputMethodEvent("", [])
        event.setCommitString(f"Số {number}")
        QCoreApplication.sendEvent(editor, event)
        QTest.keyClick(editor, Qt.Key.Key_Return)
        app.processEvents()
        view.viewport().repaint()
        times.append(time.perf_counter() - start)
    cell = dialog.model.table.rows[rows // 2][(EDITS - 1) % 6]
    assert cell is not None and cell.text == f"Số {EDITS - 1}"
    dialog.deleteLater()
    return statistics.median(times)


def time_body_keys(app: QApplication, table: Table | None) -> tuple[float, float]:
    """Median seconds per keystroke in the body, and seconds to read the body back."""
    page = ContentPage()
    page.resize(1100, 700)
    page.show()
    page.tree.add_button.click()
    blocks: list[Block | Table] = [Block("paragraph", [Run("Số liệu như sau:")])]
    page.body.set_blocks([*blocks, table] if table else blocks)
    page.body.moveCursor(page.body.textCursor().MoveOperation.Start)
    app.processEvents()
    times = []
    for _ in range(EDITS):
        start = time.perf_counter()
        QTest.keyClick(page.body, Qt.Key.Key_A)
        page.body.viewport().repaint()
        times.append(time.perf_counter() - start)
    start = time.perf_counter()
    page.body.blocks()
    read = time.perf_counter() - start
    page.deleteLater()
    return statistics.median(times), read


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=500)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    small, big = time_cell_edits(app, BASELINE_ROWS), time_cell_edits(app, args.rows)
    print(f"cell edit, {BASELINE_ROWS} rows:         {small * 1000:7.2f} ms")
    print(f"cell edit, {args.rows} rows:       {big * 1000:7.2f} ms   ratio {big / small:.2f}")
    plain, _ = time_body_keys(app, filled(5))
    with_table, read = time_body_keys(app, filled(args.rows))
    print(f"body keystroke, 5-row table: {plain * 1000:7.2f} ms")
    print(
        f"body keystroke, {args.rows}-row table: {with_table * 1000:7.2f} ms   "
        f"ratio {with_table / plain:.2f}"
    )
    print(f"read the body back (autosave) with the {args.rows}-row table: {read * 1000:.1f} ms")


if __name__ == "__main__":
    main()
