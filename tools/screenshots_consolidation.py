"""Screenshots of the consolidation (docs/screenshots): the kit dialog, the merged report
open at the section two units answered with what the merge said beside it, the units'
status, and the merge view.

    .venv/bin/python tools/screenshots_consolidation.py [--out DIR]

Uses the tests' outline and two units' replies written by python-docx. Dialogs are shown
and grabbed, never executed.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "tests"), str(REPO / "tools")]

import wordfiles  # noqa: E402
from screenshots import grab, grab_dialog, settle  # noqa: E402
from test_consolidate import _base, _faithful, _renamed  # noqa: E402

from lanson_report.domain.consolidate import merge  # noqa: E402
from lanson_report.intake.replies import read_reply  # noqa: E402
from lanson_report.store import Store  # noqa: E402
from lanson_report.ui import app as uiapp  # noqa: E402
from lanson_report.ui import dialogs  # noqa: E402
from lanson_report.ui.dialogs.kitdialog import KitDialog  # noqa: E402
from lanson_report.ui.mainwindow import MainWindow  # noqa: E402
from lanson_report.ui.wizard.consolidation import consolidation_summary  # noqa: E402
from lanson_report.ui.wizard.session import Session  # noqa: E402

UNITS = ["Phòng Quản lý khoa học", "Phòng Quản lý chuyên ngành", "Trung tâm Ứng dụng KH&CN"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    uiapp.application()
    import datetime

    from lanson_report.domain.textcheck.voice import agency_word
    from lanson_report.domain.unitrecord import Consolidation
    from lanson_report.ui.dialogs.mergeview import MergeView
    from lanson_report.ui.dialogs.unitsdialog import UnitsDialog

    today = datetime.date.today()
    grab_dialog(
        KitDialog(UNITS, today + datetime.timedelta(days=7)), args.out, "58-gui-de-cuong.png"
    )
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "data"
        store = Store.open(data)
        paths = [
            wordfiles.report(Path(folder) / "qlkh.docx", _faithful()),
            wordfiles.report(Path(folder) / "qlcn.docx", _renamed()),
        ]
        merged = merge(_base(), [read_reply(path) for path in paths])
        stored = store.create(merged.draft)
        window = MainWindow(store, Session(data))
        window.resize(1366, 768)
        window.show()
        window.open_draft(stored.draft.id)
        window.editor.go(2)
        content = window.editor.content
        content.tree.select((0, 0))
        settle(300)
        grab(window, args.out, "59-bao-cao-tong-hop.png")
        box = dialogs.message_box(
            window,
            "info",
            "Tổng hợp báo cáo",
            consolidation_summary(merged),
            [("OK", dialogs.Role.AcceptRole)],
        )
        grab_dialog(box, args.out, "60-tong-hop-xong.png")
        record = Consolidation(stored.draft.id, deadline=today - datetime.timedelta(days=1))
        record.expect(UNITS)
        morning = datetime.datetime.now().replace(hour=9, minute=12)
        for reply, path in zip(merged.replies, paths, strict=True):
            record.receive(reply.unit, str(path), "-", morning)
        record.merged_into([reply.unit for reply in merged.replies], stored.draft.id)
        record.ask_to_complete(UNITS[1], "số liệu so với cùng kỳ ở Bảng 1")
        status = UnitsDialog(record, UNITS[:2], today, window)
        status.table.selectRow(1)
        grab_dialog(status, args.out, "61-tinh-hinh-don-vi.png")
        view = MergeView(merged.draft, agency_word(merged.draft), window)
        voiced = next(b for b in view.blocks.values() if b.text.startswith("Phòng đã"))
        view.select(voiced)
        grab_dialog(view, args.out, "62-sap-xep-phan-don-vi.png")
        window.close()
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
