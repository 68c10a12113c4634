"""The store's API as the wizard and the command line use it."""

from __future__ import annotations

import datetime

import pytest
from storehelp import draft, example

from lanson_report.domain.errors import StoreError
from lanson_report.domain.model import Recipient, Settings, Signature, new_draft
from lanson_report.files import draftfile
from lanson_report.store import Store


def test_create_then_get_returns_the_same_draft(store: Store) -> None:
    original = example()
    created = store.create(original)
    assert created.status == "draft"
    assert created.created == created.modified
    assert created.created.tzinfo is not None
    assert store.get(original.id).draft == original


def test_create_refuses_an_id_already_stored(store: Store) -> None:
    stored = store.create(draft())
    with pytest.raises(StoreError, match="đã có"):
        store.create(stored.draft)


def test_get_of_an_unknown_id_is_a_vietnamese_error(store: Store) -> None:
    with pytest.raises(StoreError, match="Không tìm thấy bản nháp"):
        store.get("00000000-0000-4000-8000-000000000000")


def test_save_creates_an_unknown_draft_and_updates_a_known_one(store: Store) -> None:
    report = draft()
    first = store.save(report)
    report.title = "Tình hình thi hành pháp luật quý I"
    second = store.save(report)
    assert second.created == first.created
    assert second.modified > first.modified
    assert store.get(report.id).draft.title == report.title


def test_an_unfinished_draft_can_be_saved_and_read_back(store: Store) -> None:
    empty = new_draft(2025)
    empty.recipients.append(Recipient(name=""))
    store.save(empty)
    assert store.get(empty.id).draft == empty


def test_a_draft_that_cannot_be_read_back_is_refused(store: Store) -> None:
    report = draft()
    report.number = "12a"
    with pytest.raises(StoreError, match="number"):
        store.save(report)
    assert store.list() == []


def test_list_newest_year_first_then_most_recently_modified(store: Store) -> None:
    old = store.create(draft(2023, "Năm cũ")).draft
    first = store.create(draft(2024, "Thứ nhất")).draft
    store.create(draft(2024, "Thứ hai"))
    first.closing = "Đã sửa./."
    store.save(first)
    assert [s.title for s in store.list()] == ["Thứ nhất", "Thứ hai", "Năm cũ"]
    assert [s.title for s in store.list(year=2023)] == ["Năm cũ"]
    assert store.years() == [2024, 2023]
    assert store.list()[-1].id == old.id


def test_summary_carries_number_symbol_status_and_times(store: Store) -> None:
    report = draft(number="7")
    store.create(report)
    (line,) = store.list()
    assert (line.id, line.year, line.number, line.symbol, line.status) == (
        report.id,
        2024,
        "7",
        "BC-STP",
        "draft",
    )
    assert isinstance(line.modified, datetime.datetime)


@pytest.mark.parametrize(
    "query",
    ["bao cao khcn", "BÁO CÁO KH&CN", "ngay khoa hoc", "khoa học 2022", "SKHCN", "Ngày KH&CN"],
)
def test_search_ignores_accents_case_and_punctuation(store: Store, query: str) -> None:
    store.create(example())
    store.create(draft(title="Công tác phổ biến pháp luật"))
    assert [s.symbol for s in store.list(search=query)] == ["BC-SKHCN"]


def test_search_needs_every_word(store: Store) -> None:
    store.create(example())
    assert store.list(search="khcn phap luat") == []
    assert len(store.list(search="đường")) == 0


def test_a_draft_whose_year_changes_moves_to_the_new_year(store: Store) -> None:
    report = store.create(draft(2024)).draft
    report.date.year = 2025
    store.save(report)
    assert store.years() == [2025]
    assert [s.year for s in store.list()] == [2025]


def test_duplicate_copies_text_and_clears_number_day_and_month(store: Store) -> None:
    source = example()
    source.number = "125"
    store.create(source)
    copy = store.duplicate(source.id, 2023)
    assert copy.draft.id != source.id
    assert (copy.draft.date.year, copy.draft.date.month, copy.draft.date.day) == (2023, None, None)
    assert copy.draft.number == ""
    assert copy.status == "draft"
    assert copy.draft.sections == source.sections
    assert copy.draft.basis == source.basis
    assert copy.draft.recipients == source.recipients
    assert store.history(copy.draft.id) == []
    assert store.get(source.id).draft == source
    assert store.years() == [2023, 2022]


def test_delete_moves_to_the_trash_and_restore_brings_back(store: Store) -> None:
    report = store.create(draft()).draft
    store.delete(report.id)
    assert store.list() == []
    assert store.years() == []
    (trashed,) = store.trash()
    assert trashed.id == report.id and trashed.trashed is not None
    assert store.get(report.id).draft == report  # still readable in the trash
    store.restore(report.id)
    assert [s.id for s in store.list()] == [report.id]
    assert store.trash() == []


def test_purge_erases_only_from_the_trash(store: Store) -> None:
    report = store.create(draft()).draft
    with pytest.raises(StoreError, match="thùng rác"):
        store.purge(report.id)
    store.delete(report.id)
    store.purge(report.id)
    assert store.trash() == [] and store.ids() == []


def test_every_changed_save_keeps_the_previous_state(store: Store) -> None:
    report = store.create(draft(title="Bản 1")).draft
    for title in ("Bản 2", "Bản 3"):
        report.title = title
        store.save(report)
    assert [(v.number, v.title) for v in store.history(report.id)] == [(2, "Bản 2"), (1, "Bản 1")]
    assert store.version(report.id, 1).title == "Bản 1"


def test_saving_an_unchanged_draft_adds_no_version(store: Store) -> None:
    report = store.create(draft()).draft
    before = store.get(report.id).modified
    store.save(report)
    assert store.history(report.id) == []
    assert store.get(report.id).modified == before


def test_revert_brings_back_a_version_and_keeps_the_current_one(store: Store) -> None:
    report = store.create(draft(title="Bản 1")).draft
    report.title = "Bản 2"
    store.save(report)
    reverted = store.revert(report.id, 1)
    assert reverted.draft.title == "Bản 1"
    assert [v.title for v in store.history(report.id)] == ["Bản 2", "Bản 1"]


def test_history_is_capped(tmp_path: object) -> None:
    store = Store.memory(history_limit=3)
    report = store.create(draft(title="0")).draft
    for number in range(1, 6):
        report.title = str(number)
        store.save(report)
    assert [v.number for v in store.history(report.id)] == [5, 4, 3]
    with pytest.raises(StoreError, match="phiên bản số 1"):
        store.version(report.id, 1)


def test_an_issued_draft_is_read_only(store: Store) -> None:
    report = store.create(draft()).draft
    assert store.set_status(report.id, "printed").status == "printed"
    store.set_status(report.id, "issued")
    report.title = "Sửa sau khi ban hành"
    with pytest.raises(StoreError, match="đã ban hành"):
        store.save(report)
    with pytest.raises(StoreError, match="đã ban hành"):
        store.revert(report.id, 1)
    assert store.list()[0].status == "issued"
    store.set_status(report.id, "draft")
    assert store.save(report).draft.title == "Sửa sau khi ban hành"


def test_an_unknown_status_is_refused(store: Store) -> None:
    report = store.create(draft()).draft
    with pytest.raises(StoreError, match="không hợp lệ"):
        store.set_status(report.id, "signed")


def test_settings_default_then_saved(store: Store) -> None:
    assert store.settings() == Settings()
    settings = Settings(place="Lạng Sơn", archive="VT, VP")
    settings.agency.name = "SỞ TƯ PHÁP"
    settings.signers.append(Signature(lines=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], name="Lê Văn Tâm"))
    store.save_settings(settings)
    assert store.settings() == settings


def test_import_draft_reports_new_updated_unchanged_and_leaves_the_trash(store: Store) -> None:
    report = draft()
    assert store.import_draft(report) == "new"
    assert store.import_draft(report) == "unchanged"
    store.delete(report.id)
    changed = draftfile.from_dict(draftfile.to_dict(report))
    changed.title = "Khác"
    assert store.import_draft(changed) == "updated"
    assert [s.title for s in store.list()] == ["Khác"]
    assert len(store.history(report.id)) == 1
