"""A separate writing process for the store tests (run as a script, never imported by pytest).

worker.py saver FOLDER           save forever, printing each confirmed save
worker.py writer FOLDER TAG N ID save N new drafts and N versions of draft ID
worker.py hold FOLDER            hold the writer lock until killed
worker.py cut FOLDER ID DIR      save draft ID titled "Bản cắt", losing power inside a
                                 replace into DIR that deletes, then renames (FAT, shares)
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from lanson_report.domain.model import new_draft
from lanson_report.files import fileio
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


def cut(store: Store, draft_id: str, folder: str) -> None:
    real = fileio.replace

    def delete_then_rename(source: Path, target: Path) -> None:
        if Path(target).parent == store.folder / folder:
            Path(target).unlink()
            os._exit(9)  # the power goes off between the two steps
        real(source, target)

    fileio.replace = delete_then_rename
    report = store.get(draft_id).draft
    report.title = "Bản cắt"
    store.save(report)


if __name__ == "__main__":
    mode, folder, *rest = sys.argv[1:]
    opened = Store.open(Path(folder), lock_timeout=30)
    if mode == "saver":
        saver(opened)
    elif mode == "writer":
        writer(opened, rest[0], int(rest[1]), rest[2])
    elif mode == "cut":
        cut(opened, rest[0], rest[1])
    else:
        hold(opened)
