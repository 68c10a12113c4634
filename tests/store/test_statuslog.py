"""The status log: a report edited after it was printed for signing, or after its issue
was taken back, is known to differ from the paper."""

from __future__ import annotations

from pathlib import Path

import pytest

from lanson_report.domain.errors import StoreWriteError
from lanson_report.files import draftfile
from lanson_report.store import Store


@pytest.fixture
def opened(tmp_path: Path) -> Store:
    return Store.open(tmp_path / "data")


def _example(store: Store, example_path: Path) -> str:
    return store.create(draftfile.load_path(example_path)).draft.id


def test_printing_then_editing_is_a_mismatch_until_printed_again_or_voided(
    opened: Store, example_path: Path
) -> None:
    draft_id = _example(opened, example_path)
    assert opened.mismatch(draft_id) is None
    opened.set_status(draft_id, "printed")
    assert opened.mismatch(draft_id) is None  # the paper says what the file says
    draft = opened.get(draft_id).draft
    draft.title += " (sửa)"
    opened.save(draft)
    found = opened.mismatch(draft_id)
    assert found is not None and found.kind == "printed"
    draft.title = draft.title.removesuffix(" (sửa)")
    opened.save(draft)
    assert opened.mismatch(draft_id) is None  # edited back: the same text again
    draft.title += " (sửa)"
    opened.save(draft)
    opened.set_status(draft_id, "draft")  # "Trở lại Nháp": the printed copy is void
    assert opened.mismatch(draft_id) is None
    assert [e.status for e in opened.status_events(draft_id)] == ["printed", "draft"]


def test_an_issue_taken_back_keeps_its_reason_and_later_edits_differ_from_it(
    opened: Store, example_path: Path
) -> None:
    draft_id = _example(opened, example_path)
    opened.set_status(draft_id, "issued")
    opened.set_status(draft_id, "draft", reason="Ghi nhầm số văn bản")
    events = opened.status_events(draft_id)
    assert [(e.previous, e.status) for e in events] == [("draft", "issued"), ("issued", "draft")]
    assert events[-1].reason == "Ghi nhầm số văn bản" and events[-1].unissued
    assert opened.mismatch(draft_id) is None
    draft = opened.get(draft_id).draft
    draft.closing = "Đã sửa."
    opened.save(draft)
    found = opened.mismatch(draft_id)
    assert found is not None and found.kind == "issued"
    assert found.event.reason == "Ghi nhầm số văn bản"


def test_the_log_survives_reopening_and_a_damaged_entry_is_skipped(
    tmp_path: Path, example_path: Path
) -> None:
    store = Store.open(tmp_path / "data")
    draft_id = _example(store, example_path)
    store.set_status(draft_id, "printed")
    store.close()
    again = Store.open(tmp_path / "data")
    assert [e.status for e in again.status_events(draft_id)] == ["printed"]
    from lanson_report.store.tinystorage import database

    table = database(again.backend, "store.json").table("status_log")
    table.update({"events": [{"at": "nonsense"}, *table.all()[0]["events"]]})
    assert [e.status for e in again.status_events(draft_id)] == ["printed"]
    again.close()


def test_a_log_that_cannot_be_written_keeps_the_status_and_says_so(
    opened: Store, example_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    draft_id = _example(opened, example_path)
    from lanson_report.store import core

    def refuse(*_args: object, **_kwargs: object) -> object:
        raise StoreWriteError("ổ đĩa đầy")

    monkeypatch.setattr(core, "database", refuse)
    assert opened.set_status(draft_id, "printed").status == "printed"
    assert "chưa ghi được nhật ký trạng thái" in opened.recovered[-1]
    monkeypatch.undo()
    assert opened.get(draft_id).status == "printed"
