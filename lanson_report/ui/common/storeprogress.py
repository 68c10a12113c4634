"""A progress window for the store's long work on the UI thread: a restore, or finishing
at start a restore that a kill cut short. Without it the window looks hung for minutes.

The work cannot be cancelled (a restore is all or nothing), so there is no Cancel
button; the window appears only when the work has more than one step to report.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget


class StoreProgress:
    """Called by the store as (done, total) or (what, done, total)."""

    def __init__(self, parent: QWidget | None, what: str = "") -> None:
        self._parent = parent
        self._what = what
        self.dialog: QProgressDialog | None = None

    def __call__(self, *step: Any) -> None:
        what, done, total = (self._what, *step) if len(step) == 2 else step
        if self.dialog is None:
            if int(done) >= int(total):  # over at the first step: nothing to show
                return
            self.dialog = QProgressDialog(self._parent)
            self.dialog.setWindowTitle("Soạn báo cáo")
            self.dialog.setCancelButton(None)
            self.dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
            self.dialog.setMinimumDuration(0)
        self.dialog.setLabelText(f"{what}: {done}/{total} bản nháp…")
        self.dialog.setMaximum(int(total))
        self.dialog.setValue(int(done))
        QCoreApplication.processEvents()  # repaint: the work runs on this thread

    def close(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
