"""Two drafts with the same title, number and status; twenty saves of one draft: told apart."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from lanson_report.domain.model import Recipient, Section, new_draft
from lanson_report.store import Store
from lanson_report.ui.mainwindow import MainWindow
from lanson_report.ui.start.historydialog import HistoryDialog

from .conftest import FakeDialogs


def _rows(window: MainWindow) -> list[tuple[str, ...]]:
    year = window.start.tree.topLevelItem(0)
    columns = window.start.tree.columnCount()
    return [
        tuple(year.child(row).text(column) for column in range(columns))
        for row in range(year.childCount())
    ]


def test_two_drafts_alike_show_different_rows(window: MainWindow, store: Store) -> None:
    for _ in range(2):
        draft = new_draft(2022)
        draft.title = "Báo cáo kết quả Ngày KH&CN"
        store.create(draft)
    window.start.refresh()
    first, second = _rows(window)
    assert first[1:3] == second[1:3], "same number and status"
    assert first != second
    assert {first[0], second[0]} == {
        "Báo cáo kết quả Ngày KH&CN  (bản 1/2)",
        "Báo cáo kết quả Ngày KH&CN  (bản 2/2)",
    }
    header = window.start.tree.headerItem()
    assert "Tạo lúc" in [header.text(c) for c in range(window.start.tree.columnCount())]


def test_history_entries_say_what_each_save_changed(
    window: MainWindow, store: Store, fake_dialogs: FakeDialogs
) -> None:
    draft = new_draft(2022)
    draft.title = "Báo cáo"
    draft.sections = [Section("Một"), Section("Hai")]
    stored = store.create(draft).draft
    stored.sections[1].heading = "Hai (sửa)"
    stored.recipients.append(Recipient("Như trên"))
    store.save(stored)
    stored.title = "Báo cáo kết quả"
    store.save(stored)
    window.start.refresh()
    entries: list[str] = []

    def read(dialog: QDialog) -> bool:
        assert isinstance(dialog, HistoryDialog)
        entries.extend(dialog.versions.item(i).text() for i in range(dialog.versions.count()))
        return False

    fake_dialogs.answer("exec_dialog", read)
    window.start.buttons["history"].click()
    assert [entry.splitlines()[-1] for entry in entries] == [
        "Sửa mục 2, thêm 1 nơi nhận",
        "Bản đầu tiên",
    ]
