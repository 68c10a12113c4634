"""Screenshots of the text checks (docs/screenshots): a paragraph with slips underlined as
typed, and step 5's Kiểm tra list naming each one's place, words and fix.

    .venv/bin/python tools/screenshots_checks.py [--out DIR]

Runs on the 2022 example with a few slips typed into its first paragraph.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "tools")]

from screenshots import fill_store, grab, main_window, out_folder, settle  # noqa: E402

from lanson_report.domain.model import Block  # noqa: E402
from lanson_report.store import Store  # noqa: E402

SLIPS = "Năm 2022, Sở c kế hoạch tổ chức ột chuỗi hoạt động, hỗ chợ nghành ngày 5 tháng 1; "


def main() -> int:
    out = out_folder(__doc__)
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(Path(folder))
        draft_id = fill_store(store)
        draft = store.get(draft_id).draft
        first = next(b for b in draft.sections[0].blocks if isinstance(b, Block))
        first.runs[0].text = SLIPS + first.runs[0].text
        store.save(draft)
        window = main_window(store, Path(folder))
        window.open_draft(draft_id)
        window.editor.go(2)
        settle(800)
        grab(window, out, "63-gach-chan-khi-go.png")
        window.editor.go(4)
        settle(2500)  # the preview renders its pages
        grab(window, out, "64-kiem-tra.png")
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
