"""The Vừa trang screenshot (docs/screenshots/22-vua-trang.png) and before/after PDFs.

    .venv/bin/python tools/screenshots_fit.py [--out DIR] [--pdfs DIR]

The 2022 example with one more paragraph: the standard layout leaves the signature
alone on page 3; "Gói gọn trong 2 trang" is applied on the preview step and grabbed.
"""

from __future__ import annotations

import argparse
import copy
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tools"))

from screenshots import EXAMPLE, SIZE, grab, settle  # noqa: E402

from lanson_report.domain.model import Block, Draft  # noqa: E402
from lanson_report.files import draftfile  # noqa: E402
from lanson_report.pdf import render_pdf  # noqa: E402
from lanson_report.store import Store  # noqa: E402
from lanson_report.ui import app as uiapp  # noqa: E402
from lanson_report.ui.mainwindow import MainWindow  # noqa: E402
from lanson_report.ui.wizard.session import Session  # noqa: E402


def spilling() -> Draft:
    draft = draftfile.load_path(EXAMPLE)
    first = next(b for s in draft.sections for b in s.blocks if isinstance(b, Block))
    draft.sections[-1].blocks.append(copy.deepcopy(first))
    return draft


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--pdfs", type=Path, default=None)
    args = parser.parse_args()
    uiapp.application()
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(Path(folder))
        draft = store.create(spilling()).draft
        if args.pdfs:
            render_pdf(draft, args.pdfs / "truoc.pdf")
        window = MainWindow(store, Session(Path(folder)))
        window.resize(*SIZE)
        window.show()
        window.open_draft(draft.id)
        window.editor.go(4)
        control = window.editor.preview.fit
        control.goal.setCurrentIndex(1)
        control.pages.setValue(2)
        control.fit_button.click()
        while control.busy:
            settle(100)
        settle(1500)
        grab(window, args.out, "22-vua-trang.png")
        if args.pdfs:
            render_pdf(window.editor.draft, args.pdfs / "sau.pdf")  # type: ignore[arg-type]
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
