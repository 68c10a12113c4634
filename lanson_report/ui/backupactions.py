"""Backup and restore of the whole store from the File menu: moving to a new PC."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from . import dialogs
from .dialogs import reporting

if TYPE_CHECKING:
    from .mainwindow import MainWindow

BACKUP_FILTER = "Tệp sao lưu (*.zip)"


def backup(window: MainWindow) -> None:
    """Write every draft, its history, the trash and the settings to one zip."""
    if window.editing():
        window.editor.save(True)
    name = f"sao-luu-bao-cao-{datetime.date.today():%Y-%m-%d}.zip"
    target = dialogs.save_file(window, "Sao lưu toàn bộ báo cáo", Path.home() / name, BACKUP_FILTER)
    if target is None:
        return
    with reporting(window, "Không sao lưu được"):
        count = window.store.export_backup(target)
        dialogs.info(
            window,
            "Đã sao lưu",
            f"Đã sao lưu {count} báo cáo (kèm lịch sử, thùng rác và cài đặt cơ quan) "
            f"vào tệp:\n{target}\n\nHãy cất tệp này ở nơi an toàn (USB, máy khác).",
        )


def restore(window: MainWindow) -> None:
    """Merge a backup into this PC's store; the current data is saved aside first."""
    source = dialogs.open_file(window, "Khôi phục từ tệp sao lưu", BACKUP_FILTER)
    if source is None:
        return
    if not dialogs.ask(
        window,
        "Khôi phục từ tệp sao lưu",
        "Báo cáo trong tệp sao lưu sẽ được gộp vào máy này: báo cáo chưa có được "
        "thêm vào; báo cáo có ở cả hai nơi giữ bản sửa sau cùng, bản kia vào lịch "
        "sử. Dữ liệu hiện có được sao lưu trước.\n\nTiếp tục?",
        yes="Khôi phục",
        no="Hủy",
    ):
        return
    if window.editing():
        window.editor.leave()  # saves; the restored state must not be overwritten by the editor
    with reporting(window, "Không khôi phục được"):
        report = window.store.import_backup(source)
        window.start.refresh()
        aside = ""
        if report.safety_copy:
            aside = f"\n\nDữ liệu trước khi khôi phục được cất ở: {report.safety_copy}"
        dialogs.info(
            window,
            "Đã khôi phục",
            f"Thêm {report.added} báo cáo, gộp {report.merged}, "
            f"{report.unchanged} không đổi.{aside}",
        )
