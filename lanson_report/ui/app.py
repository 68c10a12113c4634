"""Starting the app: the data folder, the store (busy or damaged), the main window."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from .. import APP_NAME
from ..domain.errors import StoreBusyError, StoreError
from ..files.paths import data_dir
from . import dialogs
from .common import errorhook, i18n
from .common.texts import ALREADY_OPEN, BUSY, explain

WINDOW_SIZE = (1280, 760)
APP_LOCK_NAME = ".app.lock"  # held while the app runs; the store's own .lock is per write


def data_dir_arg(args: list[str]) -> str | None:
    """`--data-dir DIR` or `--data-dir=DIR`."""
    for index, arg in enumerate(args):
        if arg == "--data-dir" and index + 1 < len(args):
            return args[index + 1]
        if arg.startswith("--data-dir="):
            return arg.split("=", 1)[1]
    return None


def open_store(folder: Path) -> Any | None:
    """Open the store, letting the clerk retry while another window holds it."""
    from ..store import Store
    from .common.storeprogress import StoreProgress

    while True:
        progress = StoreProgress(None)  # a restore a kill cut short is finished first
        try:
            return Store.open(folder, progress=progress)
        except StoreBusyError:
            if not dialogs.ask(None, "Kho báo cáo đang bận", BUSY, yes="Thử lại", no="Thoát"):
                return None
        except StoreError as exc:
            dialogs.error(
                None, "Không mở được kho báo cáo", f"{explain(exc)}\n\nThư mục dữ liệu: {folder}"
            )
            return None
        finally:
            progress.close()


SWITCH_INTERVAL = 0.001  # seconds


def application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    i18n.install(app)
    # A render or a save in a worker thread holds the GIL for up to the switch interval
    # each time the window needs it back: 1 ms instead of Python's 5 halves the longest
    # stall while typing beside the live page (benchmarks/bench_livepreview.py).
    sys.setswitchinterval(SWITCH_INTERVAL)
    return app


def available_area(window: Any) -> QRect | None:
    """The usable part of the window's screen; None when Qt knows of no screen at all.

    On Windows the window's screen can be None at start (a screen being set up, a remote
    session, a broken colour profile): fall back to the primary screen, then to none.
    """
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else None


def show(window: Any) -> None:
    """Maximised on a small screen (1366×768 is common in offices), else a comfortable size."""
    area = available_area(window)
    width, height = WINDOW_SIZE
    if area is not None and (area.width() < width + 80 or area.height() < height + 80):
        window.showMaximized()
    else:
        window.resize(width, height)
        window.show()


def start(args: list[str]) -> Any | None:
    """Everything up to the first window shown; None when the store cannot be opened."""
    from .mainwindow import MainWindow
    from .wizard.session import Session

    folder = data_dir(data_dir_arg(args))
    errorhook.install(folder / "logs")
    store = open_store(folder)
    if store is None:
        return None
    window = MainWindow(store, Session(folder))
    show(window)
    QTimer.singleShot(0, window.after_start)
    return window


def hold_app_lock(folder: Path) -> Any | None:
    """Claim the data folder for this window; None when another window already has it.

    The lock belongs to the open file, so the system frees it when the process ends,
    even by a crash or a power cut: no stale lock is ever left behind.
    """
    import filelock

    lock = filelock.FileLock(str(folder / APP_LOCK_NAME), timeout=0)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        lock.acquire()
    except filelock.Timeout:
        return None
    except OSError:
        return _NoLock()  # an unusable folder: opening the store explains it to the clerk
    return lock


class _NoLock:
    def release(self) -> None:
        pass


def run_app(args: list[str]) -> int:
    app = application()
    folder = data_dir(data_dir_arg(args))
    lock = hold_app_lock(folder)
    if lock is None:
        # A second window would offer a false crash recovery and overwrite the first one's edits.
        dialogs.warn(None, "Soạn báo cáo đang mở", f"{ALREADY_OPEN}\n\nThư mục dữ liệu: {folder}")
        return 1
    try:
        window = start(args)
        if window is None:
            return 1
        return app.exec()
    finally:
        lock.release()
