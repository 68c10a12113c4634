"""Regenerate the user guide's screenshots (docs/screenshots/*.png) at 1366×768.

    .venv/bin/python tools/screenshots.py [--out DIR]

Runs offscreen in a temporary data folder with the 2022 example report loaded;
every wizard step and every dialog is grabbed. Modal dialogs are shown, grabbed
and closed, never executed, so the script needs no clicks.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402, TID251 (a Qt tool)
from PySide6.QtWidgets import QDialog, QWidget  # noqa: E402, TID251

from lanson_report.domain import yearswap  # noqa: E402
from lanson_report.domain.errors import DraftFormatError  # noqa: E402
from lanson_report.domain.model import Recipient, Settings, Signature  # noqa: E402
from lanson_report.files import draftfile  # noqa: E402
from lanson_report.store import Store  # noqa: E402
from lanson_report.ui import app as uiapp  # noqa: E402
from lanson_report.ui import dialogs  # noqa: E402
from lanson_report.ui.common import errorhook  # noqa: E402
from lanson_report.ui.common.texts import BUSY  # noqa: E402
from lanson_report.ui.dialogs.settingsdialog import SettingsDialog  # noqa: E402
from lanson_report.ui.dialogs.status import IssueDialog  # noqa: E402
from lanson_report.ui.mainwindow import MainWindow  # noqa: E402
from lanson_report.ui.start import startactions  # noqa: E402
from lanson_report.ui.start.historydialog import HistoryDialog  # noqa: E402
from lanson_report.ui.start.trashdialog import TrashDialog  # noqa: E402
from lanson_report.ui.start.yeardialog import YearReviewDialog  # noqa: E402
from lanson_report.ui.wizard.session import Session  # noqa: E402

EXAMPLE = REPO.parent / "shared" / "examples" / "bao-cao-ngay-khcn-2022.json"
if not EXAMPLE.exists():
    EXAMPLE = REPO / "tests" / "fixtures" / "bao-cao-ngay-khcn-2022.json"
SIZE = (1366, int(os.environ.get("SHOT_HEIGHT", "768")))
LOG_EXAMPLE = r"C:\Users\vanthu\AppData\Local\lanson-report\logs\loi-2025-01-05.log"


def settle(ms: int = 150) -> None:
    """Let Qt lay out and paint (and QPdfView render) for a while."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def grab(widget: QWidget, out: Path, name: str) -> None:
    settle()
    widget.grab().save(str(out / name))
    print(out / name)


def grab_dialog(dialog: QDialog, out: Path, name: str) -> None:
    dialog.show()
    grab(dialog, out, name)
    dialog.close()
    dialog.deleteLater()


def fill_store(store: Store) -> str:
    signers = [
        Signature(["GIÁM ĐỐC"], "Nguyễn Thị Hà"),
        Signature(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Hoàng Văn Nam"),
    ]
    example = draftfile.load_path(EXAMPLE)
    usual = [Recipient("Bộ KH&CN", "b/c"), Recipient("UBND tỉnh", "b/c"), Recipient("Lãnh đạo Sở")]
    store.save_settings(
        Settings(example.agency, "Lạng Sơn", signers, "VT", recipients=usual, unit="VP")
    )
    older = draftfile.load_path(EXAMPLE)
    older.id, older.date.year, older.number, older.date.day = (
        "00000000-0000-4000-8000-000000002021",
        2021,
        "48",
        17,
    )
    older.title = (
        "Kết quả tổ chức các hoạt động kỷ niệm Ngày khoa học và công nghệ Việt Nam năm 2021"
    )
    store.create(older)
    store.set_status(older.id, "issued")
    plan = draftfile.load_path(EXAMPLE)
    plan.id, plan.title = "00000000-0000-4000-8000-000000000003", "Tình hình hoạt động quý I"
    store.create(plan)
    store.delete(plan.id)
    draft = store.create(example).draft
    draft.title += " "
    store.save(draft)  # a second save, so the history has an entry
    draft.title = draft.title.strip()
    store.save(draft)
    return draft.id


def wizard_shots(window: MainWindow, draft_id: str, out: Path) -> None:
    names = [
        "02-co-quan-so-ngay.png",
        "03-can-cu.png",
        "04-noi-dung.png",
        "05-ky-va-noi-nhan.png",
        "06-xem-truoc-va-in.png",
    ]
    window.open_draft(draft_id)
    for step, name in enumerate(names):
        window.editor.go(step)
        settle(1500 if step == 4 else 150)  # QPdfView renders its pages in the background
        grab(window, out, name)
    window.editor.go(2)
    content = window.editor.pages[2]
    content.tree.view.setCurrentItem(content.tree._items[1])
    settle()
    grab(window, out, "04b-noi-dung-muc-2.png")
    window.editor.footer.live.setChecked(True)  # the printed page beside the form
    with_page = QEventLoop()
    window.editor.live.shown_pdf.connect(with_page.quit)
    with_page.exec()
    settle(1500)
    grab(window, out, "04c-trang-in-ben-canh.png")
    window.editor.footer.live.setChecked(False)


def dialog_shots(window: MainWindow, store: Store, draft_id: str, out: Path) -> None:
    draft = store.get(draft_id).draft
    grab_dialog(SettingsDialog(store.settings(), window), out, "07-cai-dat.png")
    year = dialogs.int_dialog(
        window,
        "Nhân bản sang năm khác",
        "Báo cáo năm 2022 sẽ được sao thành báo cáo năm:",
        2023,
        1945,
        2199,
    )
    grab_dialog(year, out, "08-nhan-ban-chon-nam.png")
    found = yearswap.find(draft, 2022, 2023)
    grab_dialog(YearReviewDialog(found, 2022, 2023, window), out, "09-nhan-ban-thay-nam.png")
    history = HistoryDialog(store, draft_id, window)
    history.versions.setCurrentRow(0)
    grab_dialog(history, out, "10-lich-su.png")
    grab_dialog(TrashDialog(store, window), out, "11-thung-rac.png")
    grab_dialog(IssueDialog(draft, window), out, "12-ban-hanh.png")
    role = dialogs.Role
    boxes: list[tuple[str, Callable[[], Any]]] = [
        (
            "13-hoi-mo-lai-sau-su-co.png",
            lambda: dialogs.message_box(
                window,
                "ask",
                "Mở lại báo cáo đang soạn",
                "Lần trước chương trình không được đóng bình thường (mất điện, treo máy…) khi đang "
                f"soạn:\n“{draft.title}”.\n\nMở lại báo cáo này như lần lưu cuối cùng?",
                [("Mở lại", role.YesRole), ("Không", role.NoRole)],
            ),
        ),
        (
            "14-kho-dang-ban.png",
            lambda: dialogs.message_box(
                None,
                "ask",
                "Kho báo cáo đang bận",
                BUSY,
                [("Thử lại", role.YesRole), ("Thoát", role.NoRole)],
            ),
        ),
        (
            "15-loi-nhap-tep.png",
            lambda: dialogs.message_box(
                window,
                "error",
                "Không nhập được tệp bản nháp",
                import_refusal(),
                [("OK", role.AcceptRole)],
            ),
        ),
        (
            "16-loi-khong-mong-muon.png",
            lambda: dialogs.message_box(
                window,
                "error",
                "Đã xảy ra lỗi",
                errorhook.MESSAGE.format(path=LOG_EXAMPLE),
                [("OK", role.AcceptRole)],
                details="Traceback (most recent call last):\n  …\nRuntimeError: …",
            ),
        ),
    ]
    for name, build in boxes:
        grab_dialog(build(), out, name)


def import_refusal() -> str:
    """The real message for a draft file with month 13, as the import dialog shows it."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "USB" / "bao-cao.json"
        path.parent.mkdir()
        raw = draftfile.to_dict(draftfile.load_path(EXAMPLE))
        raw["date"]["month"] = 13
        path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
        try:
            draftfile.load_path(path)
        except DraftFormatError as exc:
            return startactions.import_error_text(exc, path)
    raise AssertionError("month 13 was accepted")


def issued_shot(window: MainWindow, store: Store, out: Path) -> None:
    window.open_draft("00000000-0000-4000-8000-000000002021")
    window.editor.go(0)
    grab(window, out, "17-bao-cao-da-ban-hanh.png")


def out_folder(doc: str | None) -> Path:
    """A screenshot tool's `--out` folder (docs/screenshots unless given), made if
    missing; the Qt application started, in Vietnamese."""
    parser = argparse.ArgumentParser(description=(doc or "").splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    out: Path = parser.parse_args().out
    out.mkdir(parents=True, exist_ok=True)
    uiapp.application()
    return out


def main_window(store: Store, folder: Path) -> MainWindow:
    """The app's window on `store`, shown at the screenshots' size."""
    window = MainWindow(store, Session(folder))
    window.resize(*SIZE)
    window.show()
    return window


def main() -> int:
    out = out_folder(__doc__)
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(Path(folder))
        draft_id = fill_store(store)
        window = main_window(store, Path(folder))
        window.start.refresh(select=draft_id)
        grab(window, out, "01-danh-sach-bao-cao.png")
        wizard_shots(window, draft_id, out)
        dialog_shots(window, store, draft_id, out)
        issued_shot(window, store, out)
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
