"""The user guide's screenshot of computed figures (docs/screenshots/24-so-lieu-tu-tinh.png).

    .venv/bin/python tools/screenshots_figures.py [--out DIR]

The table editor over an indicator table that computes its percentages and its total,
with a figure typed over a computed cell (red) and last year's estimate (yellow), the
current cell on a computed ratio so that the figures controls show its rule.
Offscreen, no clicks needed.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tools"))
sys.path.insert(0, str(REPO / "tests"))

import figuresamples  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402, TID251 (a Qt tool)
from screenshots import grab  # noqa: E402

from lanson_report.domain.model import Run  # noqa: E402
from lanson_report.ui.wizard.body.tableeditor import TableEditor  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    table = figuresamples.table()
    table.caption = "Bảng 1. Kết quả thực hiện các chỉ tiêu năm 2025"
    table.rows[3][6].runs = [Run("25")]  # type: ignore[union-attr]
    table.rows[1][3].estimate = True  # type: ignore[union-attr]
    dialog = TableEditor(table)
    dialog.resize(1100, 700)
    dialog.show()
    dialog.view.setCurrentIndex(dialog.model.index(1, 6))
    app.processEvents()
    grab(dialog, args.out, "24-so-lieu-tu-tinh.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
