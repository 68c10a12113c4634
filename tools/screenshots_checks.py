"""Screenshots of the text checks (docs/screenshots): a paragraph with slips underlined as
typed, and step 5's Kiểm tra list naming each one's place, words and fix.

    .venv/bin/python tools/screenshots_checks.py [--out DIR]

Runs on the 2022 example with a few slips typed into its first paragraph.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "tools")]

from screenshots import SIZE, fill_store, grab, settle  # noqa: E402

from lanson_report.domain.model import Block  # noqa: E402
from lanson_report.store import Store  # noqa: E402
from lanson_report.ui import app as uiapp  # noqa: E402
from lanson_report.ui.mainwindow import MainWindow  # noqa: E402
from lanson_report.ui.wizard.session import Session  # noqa: E402

SLIPS = "Năm 2022, Sở c kế hoạch tổ chức ột chuỗi hoạt động, hỗ chợ nghành ngày 5 tháng 1; "


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    uiapp.application()
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(Path(folder))
        draft_id = fill_store(store)
        draft = store.get(draft_id).draft
        first = next(b for b in draft.sections[0].blocks if isinstance(b, Block))
        first.runs[0].text = SLIPS + first.runs[0].text
        store.save(draft)
        window = MainWindow(store, Session(Path(folder)))
        window.resize(*SIZE)
        window.show()
        window.open_draft(draft_id)
        window.editor.go(2)
        settle(800)
        grab(window, args.out, "63-gach-chan-khi-go.png")
        window.editor.go(4)
        settle(2500)  # the preview renders its pages
        grab(window, args.out, "64-kiem-tra.png")
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
