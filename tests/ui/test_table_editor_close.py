"""Closing the table editor never drops an edited table without asking (a clerk lost a whole
filled table to a second Escape)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from lanson_report.domain.tables import tablegrid
from lanson_report.ui.wizard.body.tableeditor import TableEditor

from .conftest import FakeDialogs
from .test_tables import edit_cell


@pytest.fixture
def dialog(qtbot: Any) -> TableEditor:
    widget = TableEditor(tablegrid.blank_table(3, 3))
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_escape_on_an_unedited_table_closes_it_without_a_question(
    qtbot: Any, dialog: TableEditor, fake_dialogs: FakeDialogs
) -> None:
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
    assert not fake_dialogs.named("choose")


@pytest.mark.parametrize(
    ("answer", "open_after", "result"),
    [
        (None, True, None),  # Escape on the question, or "Quay lại sửa bảng": still editing
        (2, True, None),
        (1, False, QDialog.DialogCode.Rejected),  # "Bỏ các thay đổi"
        (0, False, QDialog.DialogCode.Accepted),  # "Giữ các thay đổi"
    ],
)
def test_escape_on_an_edited_table_asks_keep_drop_or_go_back(
    qtbot: Any,
    dialog: TableEditor,
    fake_dialogs: FakeDialogs,
    answer: int | None,
    open_after: bool,
    result: QDialog.DialogCode | None,
) -> None:
    edit_cell(qtbot, dialog, 1, 1, "125")
    fake_dialogs.answer("choose", answer)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    (asked,) = fake_dialogs.named("choose")
    assert asked[2] == "Bảng đã được sửa"
    assert asked[4] == ["&Giữ các thay đổi", "&Bỏ các thay đổi", "&Quay lại sửa bảng"]
    assert dialog.isVisible() == open_after
    if result is not None:
        assert dialog.result() == result
    assert dialog.table().rows[1][1].text == "125", "the edit is still there to keep"
