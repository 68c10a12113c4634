"""The start screen: years newest first, search, trash, history and duplicating a report."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QInputDialog, QSpinBox

from lanson_report.domain.model import Draft
from lanson_report.files import draftfile
from lanson_report.store import Store
from lanson_report.ui import dialogs
from lanson_report.ui.mainwindow import MainWindow
from lanson_report.ui.start.historydialog import HistoryDialog
from lanson_report.ui.start.trashdialog import TrashDialog
from lanson_report.ui.start.yeardialog import YearReviewDialog

from .conftest import FakeDialogs, replace_text

REAL_GET_INT = dialogs.get_int  # before the fixture replaces it


def add(store: Store, example_path: Path, year: int, title: str | None = None) -> Draft:
    draft = draftfile.load_path(example_path)
    draft.id = f"00000000-0000-4000-8000-{year:012d}"
    draft.date.year = year
    draft.title = title or draft.title
    return store.create(draft).draft


def rows(window: MainWindow) -> list[tuple[str, list[str]]]:
    tree = window.start.tree
    out = []
    for index in range(tree.topLevelItemCount()):
        year = tree.topLevelItem(index)
        out.append((year.text(0), [year.child(i).text(0) for i in range(year.childCount())]))
    return out


def test_reports_are_grouped_by_year_newest_first(
    window: MainWindow, store: Store, example_path: Path
) -> None:
    add(store, example_path, 2021, "Báo cáo năm cũ")
    add(store, example_path, 2023, "Báo cáo năm mới")
    window.start.refresh()
    assert rows(window) == [("Năm 2023", ["Báo cáo năm mới"]), ("Năm 2021", ["Báo cáo năm cũ"])]
    first = window.start.tree.topLevelItem(0).child(0)
    assert [first.text(c) for c in (1, 2, 3)] == ["…/BC-SKHCN", "Báo cáo", "Nháp"]
    assert first.text(3)  # last change


def test_search_ignores_accents(window: MainWindow, store: Store, example_path: Path) -> None:
    add(store, example_path, 2021, "Tổng kết công tác thi đua")
    add(store, example_path, 2022)
    replace_text(window.start.search, "ky niem")
    found = rows(window)
    assert found[0] == ("Năm 2022", [store.list(year=2022)[0].title])  # in the title
    assert found[1][0] == "Năm 2021"  # in the text only: said so, with the words
    assert found[1][1][0].startswith("Tổng kết công tác thi đua  · khớp nội dung: …")
    replace_text(window.start.search, "không có báo cáo này")
    assert rows(window) == []
    assert window.start.empty.isVisibleTo(window)


def test_delete_then_restore_from_the_trash(
    window: MainWindow, store: Store, example_path: Path, fake_dialogs: FakeDialogs
) -> None:
    draft = add(store, example_path, 2022)
    window.start.refresh()
    fake_dialogs.answer("ask", True)
    window.start.buttons["delete"].click()
    assert store.list() == [] and [s.id for s in store.trash()] == [draft.id]
    assert rows(window) == []

    def restore_first(dialog: QDialog) -> bool:
        assert isinstance(dialog, TrashDialog)
        dialog.restore.click()
        return dialog.result() == QDialog.DialogCode.Accepted

    fake_dialogs.answer("exec_dialog", restore_first)
    window.start.buttons["trash"].click()
    assert [s.id for s in store.list()] == [draft.id]
    assert window.start.selected_id() == draft.id


def test_history_shows_and_restores_an_earlier_save(
    window: MainWindow, store: Store, example_path: Path, fake_dialogs: FakeDialogs
) -> None:
    draft = add(store, example_path, 2022, "Bản đầu")
    draft.title = "Bản sửa"
    store.save(draft)
    window.start.refresh()
    seen: list[str] = []

    def restore_oldest(dialog: QDialog) -> bool:
        assert isinstance(dialog, HistoryDialog)
        dialog.versions.setCurrentRow(dialog.versions.count() - 1)
        seen.append(dialog.text.toPlainText())
        dialog.restore.click()
        return dialog.result() == QDialog.DialogCode.Accepted

    fake_dialogs.answer("exec_dialog", restore_oldest)
    window.start.buttons["history"].click()
    assert "Bản đầu" in seen[0] and "Số:" in seen[0]
    assert store.get(draft.id).draft.title == "Bản đầu"


def test_duplicate_for_next_year_reviews_each_replacement(
    window: MainWindow, store: Store, example_path: Path, fake_dialogs: FakeDialogs
) -> None:
    source = add(store, example_path, 2022)
    source.number, source.date.day = "15", 20
    store.save(source)
    window.start.refresh()
    reviewed: list[list[tuple[str, bool]]] = []
    quoted: list[bool] = []

    def review(dialog: QDialog) -> bool:
        assert isinstance(dialog, YearReviewDialog)
        table = dialog.list
        reviewed.append(
            [
                (table.cellWidget(row, 2).text(), dialog.is_chosen(row))
                for row in range(table.rowCount())
            ]
        )
        quoted.extend(
            dialog.is_chosen(row)
            for row in range(table.rowCount())
            if table.item(row, 1).text().startswith("Căn cứ")
        )
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.result() == QDialog.DialogCode.Accepted

    fake_dialogs.answer("get_int", 2023)
    fake_dialogs.answer("exec_dialog", review)
    window.start.buttons["duplicate"].click()

    (items,) = reviewed
    years = [(before, on) for before, on in items if "lần thứ <b" not in before]
    ordinals = [on for before, on in items if "lần thứ <b style='color:#b00020'>14</b>" in before]
    assert ordinals == [False], "the contest's ordinal is offered for review, unticked"
    assert all("<b style='color:#b00020'>2022</b>" in before for before, _ in years)
    dates = [on for before, on in items if "14/4/<b" in before]
    assert dates and not any(dates), "document dates are proposed unticked"
    assert any(on for _, on in items)
    assert len(quoted) == 2 and not any(quoted), "the basis quotes documents: unticked"
    copy = window.editor.draft
    assert window.stack.currentWidget() is window.editor and copy is not None
    assert copy.id != source.id and copy.date.year == 2023
    assert (copy.number, copy.date.day, copy.date.month) == ("", None, None)
    assert copy.title.endswith("năm 2023")
    assert "14/4/2022" in draftfile.dumps(copy), "a document date is left alone"
    assert all(ref.subject.endswith("Việt Nam năm 2022") for ref in copy.basis.references)
    assert store.get(source.id).draft.title.endswith("năm 2022")
    assert sorted(store.years()) == [2022, 2023]


def test_year_dialog_opens_with_ok_enabled_and_enter_accepts(
    qtbot: Any,
    window: MainWindow,
    store: Store,
    example_path: Path,
    fake_dialogs: FakeDialogs,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add(store, example_path, 2022)
    window.start.refresh()
    seen: list[bool] = []
    offered: list[int] = []

    def press_enter(dialog: QInputDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        ok = dialog.findChild(QDialogButtonBox).buttons()[0]
        seen.append(ok.text() == "OK" and ok.isEnabled())
        spin = dialog.findChild(QSpinBox)
        offered.append(spin.value())
        qtbot.keyClick(spin, Qt.Key.Key_Return)
        return dialog.result()

    monkeypatch.setattr(QInputDialog, "exec", press_enter)
    fake_dialogs.answer("get_int", REAL_GET_INT)  # the real dialog, shown without exec
    window.start.buttons["duplicate"].click()
    assert seen == [True]
    assert offered[0] >= 2023, "next year (or this year) is offered"
    assert window.editor.draft is not None and window.editor.draft.date.year == offered[0]


def test_delete_key_in_the_list_moves_the_report_to_the_trash(
    qtbot: Any, window: MainWindow, store: Store, example_path: Path, fake_dialogs: FakeDialogs
) -> None:
    draft = add(store, example_path, 2022)
    window.start.refresh()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    replace_text(window.start.search, "")
    qtbot.keyClick(window.start.search, Qt.Key.Key_Delete)
    assert fake_dialogs.named("ask") == [], "Delete while searching edits the search only"
    window.start.tree.setFocus()
    fake_dialogs.answer("ask", False)
    qtbot.keyClick(window.start.tree, Qt.Key.Key_Delete)
    assert [s.id for s in store.list()] == [draft.id], "answering Không keeps it"
    fake_dialogs.answer("ask", True)
    qtbot.keyClick(window.start.tree, Qt.Key.Key_Delete)
    assert fake_dialogs.texts("ask")[0].startswith("Xóa báo cáo | Chuyển báo cáo “")
    assert store.list() == [] and [s.id for s in store.trash()] == [draft.id]
    assert rows(window) == []


def test_the_list_shows_where_a_report_came_from_and_text_matches(
    qtbot: Any, window: MainWindow, store: Store, example_path: Path
) -> None:
    from lanson_report.ui.start.start import COLUMNS

    draft = store.create(draftfile.load_path(example_path)).draft
    store.duplicate(draft.id, 2023)
    window.start.refresh()
    tree = window.start.tree
    rows = [
        tree.topLevelItem(y).child(r)  # type: ignore[union-attr]
        for y in range(tree.topLevelItemCount())
        for r in range(tree.topLevelItem(y).childCount())  # type: ignore[union-attr]
    ]
    source = COLUMNS.index("Nguồn")
    assert [row.text(source).startswith("Nhân bản từ “Kết quả") for row in rows] == [True, False]
    window.start.search.setText("phat song")
    matched = [
        tree.topLevelItem(y).child(0).text(0)  # type: ignore[union-attr]
        for y in range(tree.topLevelItemCount())
    ]
    assert matched and all("· khớp nội dung: …" in text and "phát sóng" in text for text in matched)
