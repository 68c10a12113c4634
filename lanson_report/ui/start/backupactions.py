"""Backup and restore of the whole store from the File menu: moving to a new PC."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from .. import dialogs
from ..common.storeprogress import StoreProgress
from ..dialogs import reporting

BACKUP_FILTER = "Tệp sao lưu (*.zip)"


def backup(window: QWidget, store: Any, save_open: Callable[[], None]) -> None:
    """Write every draft, its history, the trash and the settings to one zip.

    `save_open` saves the report being edited first, so the backup holds its last words.
    """
    save_open()
    name = f"sao-luu-bao-cao-{datetime.date.today():%Y-%m-%d}.zip"
    target = dialogs.save_file(window, "Sao lưu toàn bộ báo cáo", Path.home() / name, BACKUP_FILTER)
    if target is None:
        return
    with reporting(window, "Không sao lưu được"):
        count = store.export_backup(target)
        dialogs.info(
            window,
            "Đã sao lưu",
            f"Đã sao lưu {count} báo cáo (kèm lịch sử, thùng rác và cài đặt cơ quan) "
            f"vào tệp:\n{target}\n\nHãy cất tệp này ở nơi an toàn (USB, máy khác).",
        )


def restore(
    window: QWidget, store: Any, leave_open: Callable[[], None], refresh: Callable[[], None]
) -> None:
    """Merge a backup into this PC's store; the current data is saved aside first.

    `leave_open` saves and closes the report being edited (the restored state must not be
    overwritten by the editor); `refresh` shows the merged list.
    """
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
    leave_open()
    progress = StoreProgress(window, "Đang khôi phục")
    with reporting(window, "Không khôi phục được"):
        try:
            report = store.import_backup(source, progress=progress)
        finally:
            progress.close()
        refresh()
        aside = ""
        if report.safety_copy:
            aside = f"\n\nDữ liệu trước khi khôi phục được cất ở: {report.safety_copy}"
        doubts = "".join(f"\n\n• {note}" for note in report.distrusted)
        dialogs.info(
            window,
            "Đã khôi phục",
            f"Thêm {report.added} báo cáo, gộp {report.merged}, "
            f"{report.unchanged} không đổi.{aside}{doubts}",
        )
