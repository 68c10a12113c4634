"""Work that would make the window stall, run in a thread, its result handed back to the UI.

The autosave's write, the live page's render and Vừa trang's search each run one at a
time in a Worker: `finished(result, error)` arrives on the UI thread by a queued signal.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from . import collector


class Worker(QObject):
    """Runs one piece of work at a time in a thread; `finished` reports it on the UI thread.

    finished(result, error): what the work returned, or the exception it raised.
    settle() waits for work still running and reports it at once (the autosave: a save
    on the UI thread never overtakes, or is overtaken by, an older one).
    """

    finished = Signal(object, object)
    _ready = Signal()

    def __init__(self, name: str, parent: QObject | None = None, *, daemon: bool) -> None:
        """daemon: whether quitting the app may cut the work short (a render may, a write not)."""
        super().__init__(parent)
        self.name, self.daemon = name, daemon
        self._thread: threading.Thread | None = None
        self._outcome: tuple[Any, BaseException | None] | None = None
        self._lock = threading.Lock()
        self._ready.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def busy(self) -> bool:
        return self._thread is not None

    def start(self, work: Callable[[], Any]) -> None:
        assert self._thread is None, "one piece of work at a time"
        collector.install()  # from now on, garbage is collected on this (the UI) thread

        def run() -> None:
            try:
                outcome: tuple[Any, BaseException | None] = (work(), None)
            except BaseException as exc:  # handed to the UI thread, which decides
                outcome = (None, exc)
            with self._lock:
                self._outcome = outcome
            with contextlib.suppress(RuntimeError):  # the window is gone: settle() delivered
                self._ready.emit()

        self._thread = threading.Thread(target=run, name=self.name, daemon=self.daemon)
        self._thread.start()

    def settle(self) -> None:
        if self._thread is not None:
            self._thread.join()
            self._deliver()

    def _deliver(self) -> None:
        with self._lock:
            outcome, self._outcome = self._outcome, None
        if outcome is None:
            return  # delivered already (settle), or the queued signal of one settled
        self._thread = None
        self.finished.emit(*outcome)
