"""Screenshots of report kinds and outlines (docs/screenshots/40-*.png to 43-*.png).

    .venv/bin/python tools/screenshots_outlines.py [--out DIR]

Kept beside tools/screenshots.py (whose helpers it uses) so that the two can be run
on their own: this one needs no example report, only the built-in outlines.
"""

from __future__ import annotations

import argparse
import datetime
import sys
import tempfile
from pathlib import Path

from screenshots import REPO, SIZE, fill_store, grab, grab_dialog, settle

from lanson_report.domain.model import Block, Period, Run, Template
from lanson_report.domain.periods import REPORT_KINDS
from lanson_report.files import draftfile
from lanson_report.intake import outlines
from lanson_report.intake.newdraft import start_draft
from lanson_report.store import Store
from lanson_report.ui import app as uiapp
from lanson_report.ui.mainwindow import MainWindow
from lanson_report.ui.start.newreport import NewReportDialog, library_for
from lanson_report.ui.start.outlinelibrary import OutlineLibraryDialog
from lanson_report.ui.wizard.session import Session

WRITTEN = (
    "Trong 6 tháng đầu năm, Sở đã tham mưu UBND tỉnh ban hành 05 văn bản; Sở ban hành "
    "42 văn bản chỉ đạo, điều hành và tổ chức 03 hội nghị triển khai nhiệm vụ."
)


def upper_outline(folder: Path) -> Path:
    """An outline as an upper agency sends it by USB."""
    outline = outlines.load(outlines.builtin_for("topic"))
    outline.template = Template(
        "Đề cương báo cáo chuyển đổi số năm 2024", "Công văn số 1234/STTTT-CĐS"
    )
    path = folder / "de-cuong-chuyen-doi-so.json"
    draftfile.dump_path(outline, path)
    return path


def shots(window: MainWindow, store: Store, folder: Path, out: Path) -> None:
    dialog = NewReportDialog(library_for(store), today=datetime.date(2024, 6, 3), parent=window)
    dialog.kind.setCurrentIndex(REPORT_KINDS.index("half"))
    grab_dialog(dialog, out, "40-bao-cao-moi-loai-ky.png")
    draft = start_draft(
        outlines.load(outlines.builtin_for("half")), store.settings(), Period("half", 2024)
    )
    draft.sections[0].sections[0].blocks.append(Block("paragraph", [Run(WRITTEN)]))
    store.create(draft)
    window.open_draft(draft.id)
    window.editor.go(2)
    content = window.editor.pages[2]
    content.tree.view.setCurrentItem(content.tree._items[1])
    settle()
    grab(window, out, "41-soan-theo-de-cuong.png")
    window.editor.go(4)
    settle(1500)
    grab(window, out, "42-con-thieu-theo-de-cuong.png")
    library = library_for(store)
    library.add_file(upper_outline(folder))
    library_dialog = OutlineLibraryDialog(library, window)
    library_dialog.list.setCurrentRow(len(REPORT_KINDS))
    grab_dialog(library_dialog, out, "43-thu-vien-de-cuong.png")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    uiapp.application()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        store = Store.open(folder)
        fill_store(store)
        window = MainWindow(store, Session(folder))
        window.resize(*SIZE)
        window.show()
        shots(window, store, folder, args.out)
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
