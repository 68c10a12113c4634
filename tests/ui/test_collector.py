"""Garbage is collected on the UI thread only: a worker thread that allocates never runs
Python's collector (which would destroy the UI thread's Qt objects from the wrong thread)."""

from __future__ import annotations

import gc
import threading
from typing import Any

from lanson_report.ui.common.worker import Worker


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_a_worker_never_runs_the_garbage_collector(qtbot: Any) -> None:
    threads: list[str] = []

    def seen(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            threads.append(threading.current_thread().name)

    def churn() -> int:
        for _ in range(200_000):  # cycles: garbage only the collector frees
            _Cycle()
        return 1

    gc.callbacks.append(seen)
    try:
        worker = Worker("churn", daemon=True)
        with qtbot.waitSignal(worker.finished, timeout=20_000):
            worker.start(churn)
        qtbot.wait(600)  # the UI thread's timer collects what the worker left
    finally:
        gc.callbacks.remove(seen)
    assert "churn" not in threads
    assert threads and set(threads) == {threading.main_thread().name}
    assert not gc.isenabled()
