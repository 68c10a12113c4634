"""The table editor's keys, as in a spreadsheet: Enter starts editing a cell and, typed,
keeps it and moves down, and never closes the editor; Ctrl+Z undoes, Ctrl+Y redoes."""

from __future__ import annotations

from typing import Any

import figuresamples as samples
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QDialog, QPlainTextEdit

from lanson_report.domain.tables import tablegrid
from lanson_report.ui.wizard.body.tableeditor import TableEditor

from .conftest import type_text
from .test_tables import edit_cell


def _open(qtbot: Any, table: Any) -> TableEditor:
    widget = TableEditor(table)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()  # Ctrl+Z is the dialog's shortcut: its window must be active
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


@pytest.fixture
def dialog(qtbot: Any) -> TableEditor:
    return _open(qtbot, tablegrid.blank_table(4, 3))


def text(dialog: TableEditor, row: int, column: int) -> str:
    return str(dialog.model.index(row, column).data())


def test_enter_on_a_cell_starts_editing_and_enter_again_keeps_it_and_moves_down(
    qtbot: Any, dialog: TableEditor
) -> None:
    view = dialog.view
    view.setCurrentIndex(dialog.model.index(1, 1))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert view.state() == QAbstractItemView.State.EditingState
    editor = view.focusWidget()
    assert isinstance(editor, QPlainTextEdit)
    type_text(editor, "125")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)
    assert text(dialog, 1, 1) == "125"
    assert (view.currentIndex().row(), view.currentIndex().column()) == (2, 1)
    assert dialog.isVisible()


def test_enter_on_a_computed_cell_moves_down_and_enter_in_a_field_never_closes(
    qtbot: Any,
) -> None:
    dialog = _open(qtbot, samples.table())
    view = dialog.view
    view.setCurrentIndex(dialog.model.index(1, 6))  # a ratio: computed, never typed
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Enter)
    assert view.currentIndex().row() == 2 and dialog.isVisible()
    dialog.caption.setFocus()
    qtbot.keyClick(dialog.caption, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted


def test_ctrl_z_undoes_cell_edits_and_grid_operations_and_ctrl_y_redoes_them(
    qtbot: Any, dialog: TableEditor
) -> None:
    edit_cell(qtbot, dialog, 1, 1, "125")
    edit_cell(qtbot, dialog, 2, 1, "7")
    dialog.view.setCurrentIndex(dialog.model.index(2, 0))
    dialog.buttons["row_below"].click()
    assert dialog.model.rowCount() == 5
    dialog.view.setFocus()
    qtbot.keyClick(dialog.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert dialog.model.rowCount() == 4 and text(dialog, 2, 1) == "7"
    qtbot.keyClick(dialog.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert text(dialog, 2, 1) == "" and text(dialog, 1, 1) == "125"
    qtbot.keyClick(dialog.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert text(dialog, 1, 1) == ""
    qtbot.keyClick(dialog.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # nothing left
    assert dialog.table() == TableEditor(tablegrid.blank_table(4, 3)).table()
    for _ in range(3):
        qtbot.keyClick(dialog.view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert dialog.model.rowCount() == 5
    assert (text(dialog, 1, 1), text(dialog, 2, 1)) == ("125", "7")


def test_undo_restores_figures_a_rule_or_a_row_kind_changed(qtbot: Any) -> None:
    dialog = _open(qtbot, samples.table())
    before = dialog.table()
    dialog.view.setCurrentIndex(dialog.model.index(samples.TOTAL_ROW, 1))
    dialog.figures.row_kind.setCurrentIndex(dialog.figures.row_kind.findData("item"))
    assert text(dialog, samples.TOTAL_ROW, 5) == ""  # no stale sum left behind
    dialog.view.setCurrentIndex(dialog.model.index(1, 7))
    dialog.figures.op.setCurrentIndex(dialog.figures.op.findData(None))
    dialog.view.setFocus()
    qtbot.keyClick(dialog.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dialog.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    after = dialog.table()
    assert after.compute == before.compute
    assert [[c and c.text for c in row] for row in after.rows] == [
        [c and c.text for c in row] for row in before.rows
    ]
    assert text(dialog, samples.TOTAL_ROW, 5) == samples.EXPECTED_TOTALS[2]
    assert dialog.figures.row_kind.currentData() == "item"  # the row shown is row 1


def test_delete_over_a_selection_is_undone_at_once(qtbot: Any, dialog: TableEditor) -> None:
    edit_cell(qtbot, dialog, 1, 1, "1")
    edit_cell(qtbot, dialog, 1, 2, "2")
    dialog.select(1, 1, 1, 2)
    dialog.view.setFocus()
    qtbot.keyClick(dialog.view, Qt.Key.Key_Delete)
    assert (text(dialog, 1, 1), text(dialog, 1, 2)) == ("", "")
    qtbot.keyClick(dialog.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert (text(dialog, 1, 1), text(dialog, 1, 2)) == ("1", "2")
