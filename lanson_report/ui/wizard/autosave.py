"""When the draft being edited is written to the store without the clerk asking.

Soon after the clerk pauses, and never later than MAX_WAIT_MS after the first
unsaved change even while typing goes on (a steady typist never pauses long
enough, and a power cut would lose everything). Also at once when the clerk
leaves a field, a step or the app: those are the moments work is "done".

The timers' saves run in a worker thread (the editor's ui.common.worker.Worker):
checking, versioning and flushing a long report to disk takes tens of milliseconds,
which the clerk would feel as a hitch in typing. The leaving saves stay on the UI
thread, so that the draft is on disk before the field, step or app is gone.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

PAUSE_MS = 1500  # after the last keystroke
MAX_WAIT_MS = 2000  # after the first unsaved change, whatever the typing


def _single_shot(parent: QObject, ms: int, slot: Callable[[], object]) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(ms)
    timer.timeout.connect(lambda: slot())
    return timer


class Autosave(QObject):
    def __init__(
        self,
        owner: QWidget,
        save: Callable[[], object],
        dirty: Callable[[], bool],
        in_background: Callable[[], object] | None = None,
    ):
        """save writes at once; in_background (default: save) is what the timers call."""
        super().__init__(owner)
        self.owner, self._save, self._dirty = owner, save, dirty
        timed = in_background or save
        self.pause = _single_shot(self, PAUSE_MS, timed)
        self.deadline = _single_shot(self, MAX_WAIT_MS, timed)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_changed)
        app.applicationStateChanged.connect(self._state_changed)

    def changed(self) -> None:
        """An edit: restart the pause, and start the deadline if nothing was pending."""
        self.pause.start()
        if not self.deadline.isActive():
            self.deadline.start()

    def stop(self) -> None:
        self.pause.stop()
        self.deadline.stop()

    def retry(self) -> None:
        """The store was busy: try again after a pause."""
        self.pause.start()

    def is_active(self) -> bool:
        return self.pause.isActive() or self.deadline.isActive()

    def save_now(self) -> None:
        if self._dirty():
            self._save()

    def _focus_changed(self, old: QWidget | None, _new: QWidget | None) -> None:
        if old is not None and self.owner.isAncestorOf(old):
            self.save_now()

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state != Qt.ApplicationState.ApplicationActive:
            self.save_now()
