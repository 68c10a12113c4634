"""A separate writing process for the store tests (run as a script, never imported by pytest).

    worker.py saver FOLDER           save forever, printing each confirmed save
    worker.py writer FOLDER TAG N ID save N new drafts and N versions of draft ID
    worker.py hold FOLDER            hold the writer lock until killed
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from lanson_report.model import new_draft
from lanson_report.store import Store


def saver(store: Store) -> None:
    counter = new_draft(2024)
    counter.title = "Bộ đếm"
    number = 0
    while True:
        number += 1
        report = new_draft(2000 + number % 20)
        report.title = f"Báo cáo số {number}"
        store.save(report)
        counter.closing = str(number)
        store.save(counter)
        print(number, report.id, counter.id, flush=True)


def writer(store: Store, tag: str, count: int, shared_id: str) -> None:
    for number in range(count):
        report = new_draft(2024)
        report.title = f"{tag}-{number}"
        store.save(report)
        with store.writing():  # read-modify-write of the shared draft, as one writer
            shared = store.get(shared_id).draft
            shared.closing = f"{tag}-{number}"
            store.save(shared)
    print("done", flush=True)


def hold(store: Store) -> None:
    with store.writing():
        print("held", flush=True)
        time.sleep(60)


if __name__ == "__main__":
    mode, folder, *rest = sys.argv[1:]
    opened = Store.open(Path(folder), lock_timeout=30)
    if mode == "saver":
        saver(opened)
    elif mode == "writer":
        writer(opened, rest[0], int(rest[1]), rest[2])
    else:
        hold(opened)
