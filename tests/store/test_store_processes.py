"""Real processes: killed mid-save, writing in parallel, holding the lock."""

from __future__ import annotations

import random
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from storehelp import draft

from lanson_report.domain.errors import StoreBusyError
from lanson_report.files import draftfile
from lanson_report.store import Store
from lanson_report.store.bodies import RECENT_KEPT

WORKER = Path(__file__).with_name("worker.py")
KILLS = 20
WRITERS = 3
SAVES_EACH = 12


def start(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(WORKER), *args],
        stdout=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )


def check_consistent(store: Store) -> None:
    """Every stored draft is listed once, and every listed one opens."""
    listed = [s.id for s in store.list()]
    assert sorted(listed) == sorted(store.body_ids())
    for draft_id in listed:
        store.get(draft_id)


def test_killing_a_writer_many_times_loses_nothing_saved(folder: Path) -> None:
    rng = random.Random(30)
    confirmed: dict[str, str] = {}
    counter_id, last, interrupted = "", 0, 0
    for _ in range(KILLS):
        proc = start("saver", str(folder))
        assert proc.stdout is not None
        for _line in range(rng.randint(1, 4)):
            number, draft_id, counter_id = proc.stdout.readline().split()
            confirmed[draft_id], last = f"Báo cáo số {number}", int(number)
        time.sleep(rng.uniform(0, 0.006))  # land anywhere in the next two saves
        proc.kill()  # SIGKILL: no clean-up, possibly mid-write
        for line in proc.stdout.read().splitlines():  # saves confirmed before the kill
            number, draft_id, counter_id = line.split()
            confirmed[draft_id], last = f"Báo cáo số {number}", int(number)
        proc.wait()
        proc.stdout.close()
        store = Store.open(folder)
        interrupted += any("gián đoạn" in message for message in store.recovered)
        for draft_id, title in confirmed.items():
            assert store.get(draft_id).draft.title == title
        assert int(store.get(counter_id).draft.closing) >= last
        check_consistent(store)
        assert not list(folder.rglob("*.tmp")), "temporary files of the killed writer remain"
    print(f"{interrupted} of {KILLS} kills landed in the middle of a save")


@pytest.fixture
def shared(folder: Path) -> str:
    report = draft(title="Dùng chung", closing="đầu")
    Store.open(folder).create(report)
    return report.id


def test_parallel_writers_lose_no_update(folder: Path, shared: str) -> None:
    tags = [f"w{n}" for n in range(WRITERS)]
    procs = [start("writer", str(folder), tag, str(SAVES_EACH), shared) for tag in tags]
    outputs = [proc.communicate(timeout=60)[0] for proc in procs]
    assert [proc.returncode for proc in procs] == [0] * WRITERS, outputs
    store = Store.open(folder)
    titles = {s.title for s in store.list()}
    expected = {f"{tag}-{n}" for tag in tags for n in range(SAVES_EACH)}
    assert expected | {"Dùng chung"} == titles
    versions = store.history(shared)
    # Every save of the shared draft made a version (numbered without gaps); the history
    # itself is thinned to the newest RECENT_KEPT of such a burst.
    assert versions[0].number == WRITERS * SAVES_EACH
    closings = {store.version(shared, v.number).closing for v in versions}
    closings.add(store.get(shared).draft.closing)
    assert closings <= expected | {"đầu"} and len(closings) > RECENT_KEPT
    check_consistent(store)


@pytest.fixture
def holder(folder: Path) -> Iterator[subprocess.Popen[str]]:
    Store.open(folder)
    proc = start("hold", str(folder))
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    yield proc
    proc.kill()
    proc.wait()
    proc.stdout.close()


@pytest.mark.usefixtures("holder")
def test_a_second_writer_waits_then_gets_busy(folder: Path) -> None:
    store = Store.open(folder, lock_timeout=0.2)
    with pytest.raises(StoreBusyError, match="đang bận"):
        store.save(draft())
    assert store.list() == []  # reading never waits for the lock


def test_the_lock_is_free_again_once_the_holder_dies(
    folder: Path, holder: subprocess.Popen[str]
) -> None:
    holder.kill()
    holder.wait()
    store = Store.open(folder, lock_timeout=5)
    store.save(draft())
    assert len(store.list()) == 1


def test_two_stores_in_one_process_exclude_each_other(folder: Path) -> None:
    first, second = Store.open(folder), Store.open(folder, lock_timeout=0.1)
    with first.writing(), pytest.raises(StoreBusyError):
        second.save(draft())
    second.save(draft())
    assert len(first.list()) == 1


def test_threads_of_one_process_take_turns_in_the_store(disk_store: Store) -> None:
    """The app writes autosaves from a worker thread while its window lists drafts."""
    import threading

    first = disk_store.create(draft(title="Đầu tiên")).draft
    inside = threading.Event()
    release = threading.Event()
    listed: list[int] = []

    def slow_save(data: dict[str, object]) -> object:
        inside.set()
        assert release.wait(10)
        return type(disk_store).save_data(disk_store, data)

    def write() -> None:
        with disk_store.lock:  # what the worker thread holds for the whole of save_data
            slow_save(draftfile.to_dict(first))

    def read() -> None:
        listed.append(len(disk_store.list()))

    writer = threading.Thread(target=write)
    writer.start()
    assert inside.wait(10)
    reader = threading.Thread(target=read)
    reader.start()
    reader.join(0.3)
    assert reader.is_alive() and not listed, "list() waits for the write in progress"
    release.set()
    writer.join(10)
    reader.join(10)
    assert listed == [1]

    errors: list[BaseException] = []

    def hammer(title: str) -> None:
        try:
            for n in range(15):
                first.title = f"{title} {n}"
                disk_store.save_data(draftfile.to_dict(first))
                disk_store.list()
                disk_store.history(first.id)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=hammer, args=(t,)) for t in ("A", "B", "C")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not errors
    check_consistent(disk_store)
