"""Uncaught exceptions: logged in <data dir>/logs and shown to the clerk, never a silent exit.

A windowed build has no console, so without this an error would simply make the
program vanish.
"""

from __future__ import annotations

import contextlib
import datetime
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication

from .. import dialogs

MESSAGE = (
    "Chương trình gặp một lỗi không mong muốn. Báo cáo đang soạn vẫn còn trong kho đến lần "
    "tự động lưu gần nhất; hãy kiểm tra lại phần vừa gõ.\n\n"
    "Chi tiết lỗi đã được ghi vào tệp:\n{path}\n"
    "Hãy gửi tệp này cho người hỗ trợ kỹ thuật."
)


def write_log(log_dir: Path, text: str) -> Path:
    """Append to today's log file; returns its path."""
    now = datetime.datetime.now()
    path = log_dir / f"loi-{now:%Y-%m-%d}.log"
    log_dir.mkdir(parents=True, exist_ok=True)
    with open(path, "a", encoding="utf-8") as handle:
        handle.write(f"=== {now:%Y-%m-%d %H:%M:%S} ===\n{text}\n")
    return path


def handle(
    log_dir: Path, kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, trace)
        return
    text = "".join(traceback.format_exception(kind, error, trace))
    if sys.stderr is not None:  # a windowed program may have no stderr at all
        with contextlib.suppress(OSError, ValueError):
            sys.stderr.write(text)
    try:
        path: Path | str = write_log(log_dir, text)
    except OSError as exc:
        path = f"(không ghi được nhật ký: {exc})"
    with contextlib.suppress(Exception):  # the dialog must not raise from inside the hook
        dialogs.error(
            QApplication.activeWindow(), "Đã xảy ra lỗi", MESSAGE.format(path=path), details=text
        )


def install(log_dir: Path) -> None:
    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        handle(log_dir, kind, error, trace)

    sys.excepthook = hook
