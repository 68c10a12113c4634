"""Python's garbage collector, run on the UI thread only.

The cycle collector runs in whichever thread happens to allocate when a threshold is
crossed. When that is a worker thread (a print, the live page, an autosave) and the
garbage holds Qt objects made on the UI thread, Qt destroys them from the wrong thread
and the app crashes (seen: a segmentation fault while the print thread parsed a
paragraph). So automatic collection is switched off once the first worker starts, and
a timer on the UI thread collects with the same thresholds Python would use.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 200


class Collector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.collect)
        gc.disable()
        self.timer.start()

    def collect(self) -> None:
        """What Python's own trigger would do: the youngest generation when it is full,
        the older ones when enough younger collections have passed."""
        first, second, third = self.thresholds
        young, middle, old = gc.get_count()
        if young > first:
            generation = 2 if (middle > second and old > third) else 1 if middle > second else 0
            gc.collect(generation)


def install() -> None:
    """Once per application: automatic collection off, the UI thread's timer on."""
    app = QCoreApplication.instance()
    if app is None or app.findChild(Collector) is not None:
        return
    Collector(app)
