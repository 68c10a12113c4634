"""Phụ lục in the content step, and a version-2 draft through the whole app unchanged."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from lanson_report.domain.model import Appendix, Block, Run, Table, new_draft
from lanson_report.files import draftfile
from lanson_report.store import Store
from lanson_report.ui.mainwindow import MainWindow
from lanson_report.ui.wizard.body.tableeditor import TableEditor
from lanson_report.ui.wizard.pages.content import ContentPage

from .conftest import FakeDialogs, replace_text, type_text

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "bao-cao-v2-bang-phu-luc.json"


@pytest.fixture
def page(qtbot: Any) -> ContentPage:
    widget = ContentPage()
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.load(new_draft(2024))
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def click(qtbot: Any, widget: Any) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def add_appendix(qtbot: Any, page: ContentPage, title: str, landscape: bool = False) -> None:
    click(qtbot, page.appendix_list.add_button)
    editor = page.appendix_editor
    assert page.editors.currentWidget() is editor
    type_text(editor.title, title)
    if landscape:
        editor.orientation.setCurrentIndex(editor.orientation.findData("landscape"))


def applied(page: ContentPage) -> list[Appendix]:
    draft = new_draft(2024)
    page.apply(draft)
    return draft.appendices


def test_add_a_landscape_appendix_with_a_pasted_table(
    qtbot: Any, page: ContentPage, fake_dialogs: FakeDialogs
) -> None:
    add_appendix(qtbot, page, "Danh mục nhiệm vụ năm 2024", landscape=True)
    body = page.appendix_editor.body
    type_text(body, "Các nhiệm vụ như sau:")

    def paste(dialog: TableEditor) -> bool:
        data = QMimeData()
        data.setText("TT\tTên nhiệm vụ\tKinh phí\r\n1\tGiống lúa\t1.025\r\n")
        QGuiApplication.clipboard().setMimeData(data)
        dialog.view.setFocus()
        qtbot.keyClick(dialog.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        return True

    fake_dialogs.answer("exec_dialog", paste)
    page.appendix_editor.tables.insert_action.trigger()
    QGuiApplication.clipboard().clear()
    (appendix,) = applied(page)
    assert appendix.title == "Danh mục nhiệm vụ năm 2024"
    assert appendix.orientation == "landscape"
    assert appendix.blocks[0] == Block("paragraph", [Run("Các nhiệm vụ như sau:")])
    table = appendix.blocks[1]
    assert isinstance(table, Table)
    assert [[c.text for c in row if c] for row in table.rows] == [
        ["TT", "Tên nhiệm vụ", "Kinh phí"],
        ["1", "Giống lúa", "1.025"],
    ]
    assert page.appendix_list.view.item(0).text() == (
        "Phụ lục: Danh mục nhiệm vụ năm 2024 (trang ngang)"
    )


def test_reorder_and_remove_keep_each_appendix_its_own_text(
    qtbot: Any, page: ContentPage, fake_dialogs: FakeDialogs
) -> None:
    add_appendix(qtbot, page, "Thứ nhất")
    type_text(page.appendix_editor.body, "Nội dung một")
    add_appendix(qtbot, page, "Thứ hai")
    type_text(page.appendix_editor.body, "Nội dung hai")
    labels = [page.appendix_list.view.item(i).text() for i in range(2)]
    assert labels == ["Phụ lục I: Thứ nhất", "Phụ lục II: Thứ hai"]
    click(qtbot, page.appendix_list.up_button)  # "Thứ hai" goes first, still shown
    assert page.appendix_editor.title.text() == "Thứ hai"
    assert [(a.title, a.blocks[0].text) for a in applied(page)] == [  # type: ignore[union-attr]
        ("Thứ hai", "Nội dung hai"),
        ("Thứ nhất", "Nội dung một"),
    ]
    click(qtbot, page.appendix_list.remove_button)  # it holds text: the clerk is asked
    assert [a.title for a in applied(page)] == ["Thứ hai", "Thứ nhất"], "answered Không xóa"
    type_text(page.appendix_editor.body, " còn sửa tiếp")
    assert applied(page)[0].blocks[0].text == "Nội dung hai còn sửa tiếp"  # type: ignore[union-attr]
    fake_dialogs.answer("ask", True)
    click(qtbot, page.appendix_list.remove_button)
    assert "Xóa phụ lục “Thứ hai”" in fake_dialogs.texts("ask")[-1]
    assert [a.title for a in applied(page)] == ["Thứ nhất"]
    assert page.appendix_editor.title.text() == "Thứ nhất"
    assert page.appendix_list.view.item(0).text() == "Phụ lục: Thứ nhất"


def test_switching_between_a_section_and_an_appendix_keeps_both(
    qtbot: Any, page: ContentPage
) -> None:
    click(qtbot, page.tree.add_button)
    type_text(page.body, "Thân báo cáo, xem Phụ lục.")
    add_appendix(qtbot, page, "Bảng số liệu")
    type_text(page.appendix_editor.body, "Số liệu")
    page.tree.view.setCurrentItem(page.tree.view.topLevelItem(0))
    assert page.editors.currentIndex() == 0
    assert page.appendix_list.current() is None
    replace_text(page.heading, "Kết quả")
    page.appendix_list.view.setCurrentRow(0)
    assert page.appendix_editor.body.blocks() == [Block("paragraph", [Run("Số liệu")])]
    draft = new_draft(2024)
    page.apply(draft)
    assert draft.sections[0].heading == "Kết quả"
    assert draft.sections[0].blocks == [Block("paragraph", [Run("Thân báo cáo, xem Phụ lục.")])]
    assert draft.appendices[0].blocks == [Block("paragraph", [Run("Số liệu")])]


def _open(window: MainWindow, store: Store, raw: dict[str, Any]) -> None:
    stored = store.create(draftfile.from_dict(raw))
    window.open_draft(stored.draft.id)


def _visit_every_part(window: MainWindow) -> None:
    """Show each step, each section and each appendix, as a clerk reading through would."""
    editor = window.editor
    for step in range(len(editor.pages)):
        editor.go(step)
        QApplication.processEvents()
    editor.go(2)
    content = editor.pages[2]
    assert isinstance(content, ContentPage)
    for item in content.tree._items:
        content.tree.view.setCurrentItem(item)
    for row in range(content.appendix_list.view.count()):
        content.appendix_list.view.setCurrentRow(row)
    editor.collect()


def test_a_version_2_draft_round_trips_exactly_through_the_app(
    window: MainWindow, store: Store
) -> None:
    raw = json.loads(FIXTURE.read_text(encoding="utf-8"))
    _open(window, store, raw)
    _visit_every_part(window)
    assert window.editor.draft is not None
    assert draftfile.to_dict(window.editor.draft) == raw
    assert window.editor.save(force=True)
    assert draftfile.to_dict(store.get(raw["id"]).draft) == raw


def test_a_version_1_draft_stays_version_1_through_the_app(
    window: MainWindow, store: Store, example_path: Path
) -> None:
    raw = json.loads(example_path.read_text(encoding="utf-8"))
    _open(window, store, raw)
    _visit_every_part(window)
    assert window.editor.draft is not None
    out = draftfile.to_dict(window.editor.draft)
    assert out["format_version"] == 1
    assert out == {**raw, "outline": raw.get("outline", "arabic")}


def test_the_missing_list_asks_to_mention_the_appendix_and_goes_to_the_body(
    qtbot: Any, window: MainWindow, store: Store
) -> None:
    raw = json.loads(FIXTURE.read_text(encoding="utf-8"))
    raw["sections"][1]["blocks"][3]["text"] = "Kết quả kiểm định tổng hợp tại Bảng 1 dưới đây."
    _open(window, store, raw)
    editor = window.editor
    editor.go(4)
    missing = editor.preview.missing
    texts = [missing.item(i).text() for i in range(missing.count())]
    (row,) = [i for i, text in enumerate(texts) if "Phụ lục" in text]
    assert "chưa nhắc đến Phụ lục kèm theo" in texts[row]
    rect = missing.visualItemRect(missing.item(row))
    qtbot.mouseClick(missing.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    content = editor.pages[2]
    assert isinstance(content, ContentPage)
    assert editor.stack.currentIndex() == 2
    qtbot.waitUntil(lambda: QApplication.focusWidget() is content.body, timeout=1000)
    type_text(content.body, "Danh mục nhiệm vụ tại Phụ lục. ")
    editor.go(4)
    assert not any("Phụ lục" in missing.item(i).text() for i in range(missing.count()))


def test_an_issued_report_shows_its_appendices_but_cannot_change_them(
    qtbot: Any, page: ContentPage
) -> None:
    add_appendix(qtbot, page, "Một")
    add_appendix(qtbot, page, "Hai")
    page.set_read_only(True)
    page.appendix_list.view.setCurrentRow(0)
    assert page.appendix_editor.title.text() == "Một"
    buttons = page.appendix_list
    assert not any(
        b.isEnabled()
        for b in (buttons.add_button, buttons.remove_button, buttons.up_button, buttons.down_button)
    )
    assert page.appendix_editor.title.isReadOnly() and page.appendix_editor.body.isReadOnly()
    page.set_read_only(False)
    assert buttons.add_button.isEnabled() and buttons.down_button.isEnabled()
