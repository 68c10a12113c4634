"""Restore trusts no stamp, commits in batches and says how far it got (issue 29).

A crafted backup that knows a draft's id once took it over: a far-future `modified`
and `"status": "issued"` replaced the clerk's text, locked it, and won every merge.
"""

from __future__ import annotations

import errno
from pathlib import Path
from typing import Any

import pytest
from hostile import backup_of, body, filled

from lanson_report.domain.errors import StoreWriteError
from lanson_report.store import Store, restoring

FUTURE = "2999-01-01T00:00:00.000000+00:00"


def crafted(store: Store, tmp_path: Path, **changes: Any) -> tuple[str, Path]:
    """A backup holding another text for this PC's draft "Báo cáo của máy này"."""
    (mine,) = [s for s in store.list() if s.title == "Báo cáo của máy này"]
    theirs = body("Bản của kẻ khác", draft_id=mine.id, **changes)
    return mine.id, backup_of(tmp_path / "crafted.zip", theirs)


@pytest.mark.parametrize(
    "changes, why",
    [
        ({"modified": FUTURE}, "ở tương lai"),
        ({"status": "issued", "modified": "2999-01-01T00:00:00+07:00"}, "ở tương lai"),
        ({"status": "issued"}, "đã ban hành"),
    ],
    ids=["future", "future-issued", "issued"],
)
def test_a_crafted_stamp_does_not_take_over_a_draft(
    tmp_path: Path, changes: dict[str, Any], why: str
) -> None:
    store = filled(tmp_path / "data")
    draft_id, source = crafted(store, tmp_path, **changes)
    before = store.get(draft_id)
    report = store.import_backup(source)
    after = store.get(draft_id)
    assert after.draft.title == "Báo cáo của máy này" and after.status == "draft"
    assert after.modified == before.modified
    newest = store.history(draft_id)[0]
    assert store.version(draft_id, newest.number).title == "Bản của kẻ khác"
    (note,) = report.distrusted
    assert "“Báo cáo của máy này”" in note and why in note and "lịch sử" in note
    again = store.import_backup(source)  # idempotent: a finished restore run twice
    assert again.unchanged == 1 and store.history(draft_id)[0].number == newest.number
    draft = store.get(draft_id).draft
    draft.closing = "Vẫn sửa được./."
    store.save(draft)  # not locked as issued


def test_a_new_draft_with_a_future_stamp_is_stamped_now(tmp_path: Path) -> None:
    store = filled(tmp_path / "data")
    stranger = body("Từ máy có đồng hồ sai", modified=FUTURE)
    report = store.import_backup(backup_of(tmp_path / "future.zip", stranger))
    got = store.get(stranger["id"])
    assert got.draft.title == "Từ máy có đồng hồ sai"
    assert got.modified.year < 2999
    assert "ở tương lai" in report.distrusted[0]


def test_a_restore_commits_in_batches_and_reports_progress(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(restoring.BATCH_ENV, "3")
    store = filled(tmp_path / "data")
    source = backup_of(tmp_path / "seven.zip", *[body(f"Bản {n}") for n in range(7)])
    commits: list[int] = []
    real = Store.commit_many

    def counted(self: Store, changes: list[Any]) -> None:
        commits.append(len(changes))
        real(self, changes)

    monkeypatch.setattr(Store, "commit_many", counted)
    seen: list[tuple[int, int]] = []
    report = store.import_backup(source, progress=lambda done, total: seen.append((done, total)))
    assert report.added == 7 and commits == [3, 3, 1]
    assert seen == [(3, 7), (6, 7), (7, 7)]
    assert len(Store.open(store.folder).list()) == 9


class Killed(BaseException):
    pass


def test_a_restore_killed_inside_a_batch_is_finished_and_told_with_progress(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = backup_of(tmp_path / "five.zip", *[body(f"Bản {n}") for n in range(5)])
    store = filled(tmp_path / "data")
    real_write, bodies = store.backend.write, []

    def dying(name: str, data: dict[str, Any], backup: bool = True) -> None:
        if name.startswith("drafts/"):
            bodies.append(name)
            if len(bodies) == 3:
                raise Killed
        real_write(name, data, backup)

    monkeypatch.setattr(store.backend, "write", dying)
    with pytest.raises(Killed):
        store.import_backup(source)
    monkeypatch.undo()
    assert (store.folder / "journal.json").exists()
    seen: list[tuple[str, int, int]] = []
    reopened = Store.open(store.folder, progress=lambda *step: seen.append(step))
    assert seen and seen[-1][1:] == (5, 5) and "khôi phục" in seen[-1][0]
    assert any("khôi phục trước bị gián đoạn" in note for note in reopened.recovered)
    assert sorted(s.title for s in reopened.list() if s.title[:4] == "Bản ") == [
        f"Bản {n}" for n in range(5)
    ]
    assert not (store.folder / "journal.json").exists()


def test_a_restore_cut_short_by_a_full_disk_counts_only_what_it_committed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(restoring.BATCH_ENV, "2")
    store = filled(tmp_path / "data")
    source = backup_of(tmp_path / "five.zip", *[body(f"Bản {n}") for n in range(5)])
    real, commits = Store.commit_many, []

    def full(self: Store, changes: list[Any]) -> None:
        commits.append(1)
        if len(commits) == 2:
            raise StoreWriteError("Ổ đĩa đầy.", errno.ENOSPC, "ổ đĩa đã đầy")
        real(self, changes)

    monkeypatch.setattr(Store, "commit_many", full)
    with pytest.raises(StoreWriteError, match="Đã gộp 2 bản nháp;"):
        store.import_backup(source)
