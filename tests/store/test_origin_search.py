"""The list says where a report came from, and its search looks into the text too."""

from __future__ import annotations

from pathlib import Path

from lanson_report.files import draftfile
from lanson_report.store import Store


def test_a_copy_says_what_it_was_copied_from(tmp_path: Path, example_path: Path) -> None:
    store = Store.open(tmp_path / "data")
    draft = store.create(draftfile.load_path(example_path)).draft
    copy = store.duplicate(draft.id, 2023).draft
    listed = {item.id: item.origin for item in store.list()}
    assert listed[draft.id] == ""
    assert listed[copy.id].startswith("Nhân bản từ “Kết quả tổ chức các hoạt động")
    assert listed[copy.id].endswith("” (2022)")
    store.set_origin(draft.id, "Nhập từ Word: bao-cao.docx")
    store.close()
    again = Store.open(tmp_path / "data")
    assert {i.id: i.origin for i in again.list()}[draft.id] == "Nhập từ Word: bao-cao.docx"
    again.close()


def test_search_finds_words_in_the_text_and_shows_them(tmp_path: Path, example_path: Path) -> None:
    store = Store.open(tmp_path / "data")
    draft = store.create(draftfile.load_path(example_path)).draft
    assert [i.in_body for i in store.list(search="2022")] == [""]  # in the title: plain
    (found,) = store.list(search="phat song")  # only in section 2, without accents
    assert found.id == draft.id
    assert "phát sóng" in found.in_body and found.in_body.startswith("…")
    assert store.list(search="phat song xyzzy") == []  # the words as a phrase
    assert store.list(search="song phat") == []
    assert len(store.list(search="biểu dương")) == 1  # accents typed: those accents
    assert store.list(search="biểu đường") == []
    draft.sections[1].blocks = []
    store.save(draft)
    assert store.list(search="phat song") == []  # the saved text, not a stale copy
    store.close()


def test_a_consolidated_report_remembers_the_report_it_was_merged_from(
    tmp_path: Path, example_path: Path
) -> None:
    store = Store.open(tmp_path / "data")
    base = store.create(draftfile.load_path(example_path)).draft
    assert store.base_of(base.id) == ""
    store.set_origin("merged-id", "Tổng hợp từ bản gửi của: Phòng A", base=base.id)
    assert store.base_of("merged-id") == base.id
    assert store.origins()["merged-id"] == "Tổng hợp từ bản gửi của: Phòng A"
    store.close()
    again = Store.open(tmp_path / "data")  # kept beside the settings, across a restart
    assert again.base_of("merged-id") == base.id
    again.close()
