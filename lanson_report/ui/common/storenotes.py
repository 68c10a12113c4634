"""Tell the clerk what the store repaired, when it repairs it.

Repairs found while opening are shown once the window is up (MainWindow.after_start).
One found later (a damaged draft opened, a batch finished by a save) is appended to
the store's notes, possibly from the autosave's worker thread: a queued signal brings
it to the UI thread, and the notes that arrive together are shown in one dialog.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from .. import dialogs

TITLE = "Kho báo cáo đã được sửa"
INTRO = (
    "Tệp dữ liệu bị hỏng một phần (thường do mất điện, tắt máy đột ngột hoặc sửa tệp "
    "ngoài chương trình). Chương trình đã tự khôi phục:"
)


def text(notes: list[str]) -> str:
    return INTRO + "\n\n" + "\n".join(f"• {line}" for line in notes)


class NoteTeller(QObject):
    """Listens to the store's notes for as long as the window lives."""

    arrived = Signal(str)

    def __init__(self, window: QWidget, store: Any) -> None:
        super().__init__(window)
        self._window = window
        self._pending: list[str] = []
        self.arrived.connect(self._queue)
        self._listeners: list[Callable[[str], None]] | None = getattr(
            getattr(store, "recovered", None), "listeners", None
        )
        if self._listeners is not None:
            self._listeners.append(self.tell)

    def tell(self, note: str) -> None:
        """Called by the store, from any thread; a note must never fail the store's work."""
        with contextlib.suppress(RuntimeError):  # the window is being destroyed
            self.arrived.emit(note)

    def stop(self) -> None:
        if self._listeners is not None and self.tell in self._listeners:
            self._listeners.remove(self.tell)

    def _queue(self, note: str) -> None:
        if not self._pending:
            QTimer.singleShot(0, self._show)
        self._pending.append(note)

    def _show(self) -> None:
        notes, self._pending = self._pending, []
        if notes:
            dialogs.warn(self._window, TITLE, text(notes))
