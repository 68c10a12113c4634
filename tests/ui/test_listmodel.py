"""The basis and recipient lists live in item models; the views only show them."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QTableWidget

from lanson_report.domain.model import Recipient
from lanson_report.ui.mainwindow import MainWindow
from lanson_report.ui.wizard.listmodel import ListView
from lanson_report.ui.wizard.pages.basis import BasisPage
from lanson_report.ui.wizard.pages.sign import SignPage
from lanson_report.ui.wizard.recipients import RecipientTable


def test_recipients_are_edited_moved_and_removed_in_the_model(qtbot: Any) -> None:
    table = RecipientTable()
    qtbot.addWidget(table)
    table.set_recipients([Recipient("Bộ KH&CN", "b/c"), Recipient("UBND tỉnh", "b/c")])
    model = table.model
    assert model.setData(model.index(1, 0), " Sở Tài chính ")
    assert [r.name for r in table.recipients()] == ["Bộ KH&CN", "Sở Tài chính"]
    table.table.setCurrentCell(1, 0)
    table.move_by(-1)
    assert [model.index(row, 0).data() for row in range(2)] == ["Sở Tài chính", "Bộ KH&CN"]
    assert table.table.currentRow() == 0
    table.remove()
    assert table.recipients() == [Recipient("Bộ KH&CN", "b/c")]


def test_no_list_is_mirrored_into_a_table_widget(window: MainWindow) -> None:
    basis, sign = window.editor.pages[1], window.editor.pages[3]
    assert isinstance(basis, BasisPage) and isinstance(sign, SignPage)
    for view in (basis.table, sign.recipients.table):
        assert isinstance(view, ListView)
        assert not isinstance(view, QTableWidget)
    assert basis.table.model() is basis.model
