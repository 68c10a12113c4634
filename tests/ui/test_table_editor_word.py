"""The table editor the Word way: Tab in the last cell adds a row, Shift+Tab goes back, a TT
column numbers itself, the editor says that pasting from Excel works, long cells read whole."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QPlainTextEdit

from lanson_report.domain.model import Cell, Column, Compute, Run, Table
from lanson_report.domain.tables import tablegrid
from lanson_report.ui.wizard.body.tableeditor import TableEditor

from .conftest import type_text


def _open(qtbot: Any, table: Table) -> TableEditor:
    widget = TableEditor(table)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def _table(*rows: tuple[str, ...], total: list[int] | None = None) -> Table:
    cells = [[Cell([Run(text)] if text else []) for text in row] for row in rows]
    compute = Compute(total_rows=total) if total else None
    return Table(columns=[Column() for _ in rows[0]], rows=cells, header_rows=1, compute=compute)


def _column(dialog: TableEditor, column: int) -> list[str]:
    return [str(dialog.model.index(r, column).data()) for r in range(dialog.model.rowCount())]


def _at(dialog: TableEditor) -> tuple[int, int]:
    index = dialog.view.currentIndex()
    return index.row(), index.column()


def test_tab_in_the_last_cell_adds_a_row_that_undo_takes_away(qtbot: Any) -> None:
    dialog = _open(qtbot, tablegrid.blank_table(3, 3))
    view = dialog.view
    view.setCurrentIndex(dialog.model.index(2, 2))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert dialog.model.rowCount() == 4 and _at(dialog) == (3, 0)
    assert dialog.isVisible() and view.hasFocus()
    qtbot.keyClick(view, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert _at(dialog) == (2, 2), "Shift+Tab goes back a cell"
    qtbot.keyClick(view, Qt.Key.Key_Tab)  # not from the last cell now: only the next cell
    assert dialog.model.rowCount() == 4 and _at(dialog) == (3, 0)
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert dialog.model.rowCount() == 3


def test_tab_while_typing_in_the_last_cell_keeps_the_text_and_adds_a_row(qtbot: Any) -> None:
    dialog = _open(qtbot, tablegrid.blank_table(2, 2))
    view = dialog.view
    view.setCurrentIndex(dialog.model.index(1, 1))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.focusWidget()
    assert isinstance(editor, QPlainTextEdit)
    type_text(editor, "Tân Thanh")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)
    assert str(dialog.model.index(1, 1).data()) == "Tân Thanh"
    assert dialog.model.rowCount() == 3 and _at(dialog) == (2, 0)


def test_a_tt_column_numbers_itself_when_rows_are_added_removed_or_moved(qtbot: Any) -> None:
    table = _table(
        ("TT", "Chỉ tiêu", "Số lượng"),
        ("I", "Khối sở", ""),
        ("1", "Sở Tư pháp", "4"),
        ("2", "Sở Y tế", "7"),
        ("II", "Khối huyện", ""),
        ("1", "Huyện Lộc Bình", "3"),
        ("", "Trong đó: nữ", "1"),
        ("", "Tổng cộng", "15"),
    )
    dialog = _open(qtbot, table)
    dialog.view.setCurrentIndex(dialog.model.index(2, 1))
    dialog.buttons["row_above"].click()
    assert _column(dialog, 0) == ["TT", "I", "1", "2", "3", "II", "1", "", ""]
    dialog.view.setCurrentIndex(dialog.model.index(3, 1))
    dialog.buttons["row_remove"].click()
    assert _column(dialog, 0) == ["TT", "I", "1", "2", "II", "1", "", ""]
    dialog.view.setCurrentIndex(dialog.model.index(5, 1))
    dialog.buttons["row_above"].click()  # a second unit in the second group
    assert _column(dialog, 0) == ["TT", "I", "1", "2", "II", "1", "2", "", ""]
    assert dialog.model.index(6, 1).data() == "Huyện Lộc Bình"
    dialog.view.setCurrentIndex(dialog.model.index(6, 1))
    dialog.buttons["row_up"].click()
    assert _column(dialog, 0) == ["TT", "I", "1", "2", "II", "1", "2", "", ""]
    assert dialog.model.index(5, 1).data() == "Huyện Lộc Bình"
    dialog.view.setFocus()
    qtbot.keyClick(dialog.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert dialog.model.index(6, 1).data() == "Huyện Lộc Bình"


def test_tab_after_the_last_numbered_row_numbers_the_new_one(qtbot: Any) -> None:
    dialog = _open(qtbot, _table(("STT", "Xã"), ("1", "Tân Thanh"), ("2", "Tân Mỹ")))
    dialog.view.setCurrentIndex(dialog.model.index(2, 1))
    dialog.view.setFocus()
    qtbot.keyClick(dialog.view, Qt.Key.Key_Tab)
    assert _column(dialog, 0) == ["STT", "1", "2", "3"]
    assert _at(dialog) == (3, 1), "on to the first cell the clerk types in"


def test_a_column_the_clerk_numbered_otherwise_is_left_alone(qtbot: Any) -> None:
    dialog = _open(
        qtbot, _table(("TT", "Xã"), ("1", "Tân Thanh"), ("1.1", "Thôn A"), ("5", "Tân Mỹ"))
    )
    dialog.view.setCurrentIndex(dialog.model.index(1, 1))
    dialog.buttons["row_above"].click()
    assert _column(dialog, 0) == ["TT", "", "1", "1.1", "5"]
    other = _open(qtbot, _table(("Năm", "Xã"), ("1", "Tân Thanh"), ("2", "Tân Mỹ")))
    other.view.setCurrentIndex(other.model.index(1, 1))
    other.buttons["row_above"].click()
    assert _column(other, 0) == ["Năm", "", "1", "2"], "not a TT column"


def test_the_editor_says_that_pasting_from_excel_works(qtbot: Any) -> None:
    dialog = _open(qtbot, tablegrid.blank_table(3, 3))
    lines = [
        label.text()
        for label in dialog.findChildren(QLabel)
        if label.isVisible() and "Excel" in label.text()
    ]
    assert any("Ctrl+V" in line and "Ctrl+C" in line for line in lines), lines


def test_a_long_body_cell_reads_whole_in_its_tooltip(qtbot: Any) -> None:
    long = "Sở Khoa học và Công nghệ tỉnh Lạng Sơn (đơn vị chủ trì)"
    dialog = _open(qtbot, _table(("TT", "Đơn vị"), ("1", long), ("2", "Sở Y tế")))
    tip = Qt.ItemDataRole.ToolTipRole
    assert dialog.model.index(1, 1).data(tip) == long
    assert dialog.model.index(2, 1).data(tip) is None, "a short cell shows whole already"


def test_after_a_row_is_added_by_its_button_typing_goes_into_the_grid(qtbot: Any) -> None:
    """A trial clerk typed "1", Tab and a name after Thêm hàng dưới: the keys went to the
    buttons (a space pressed Xóa hàng). The grid takes the keys after any grid button."""
    dialog = _open(qtbot, tablegrid.blank_table(2, 3))
    dialog.view.setCurrentIndex(dialog.model.index(1, 0))
    for name in ("row_below", "column_right", "row_up"):
        button = dialog.buttons[name]
        button.setFocus()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert dialog.view.hasFocus(), name
    rows = dialog.model.rowCount()
    dialog.view.setCurrentIndex(dialog.model.index(rows - 1, 0))
    qtbot.keyClicks(dialog.view, "H")  # typed onto the cell, as in Excel
    qtbot.keyClicks(dialog.view.focusWidget(), "oi thao")
    qtbot.keyClick(dialog.view.focusWidget(), Qt.Key.Key_Tab)
    assert str(dialog.model.index(rows - 1, 0).data()) == "Hoi thao"
    assert dialog.model.rowCount() == rows, "nothing pressed by the typing"


def test_tab_passes_over_the_cells_the_program_computes(qtbot: Any) -> None:
    import figuresamples as samples

    dialog = _open(qtbot, samples.table())
    view = dialog.view
    view.setCurrentIndex(dialog.model.index(1, 5))  # Thực hiện; G and H are computed
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert _at(dialog) == (2, 0), "from the last figure typed to the next row"
    qtbot.keyClick(view, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert _at(dialog) == (1, 5)
    view.setCurrentIndex(dialog.model.index(1, 4))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.focusWidget()
    assert isinstance(editor, QPlainTextEdit)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # typing in a cell: the same
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)
    assert _at(dialog) == (1, 5)
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert _at(dialog) == (2, 0)


def test_hoan_tac_is_offered_as_soon_as_a_cell_is_typed(qtbot: Any) -> None:
    dialog = _open(qtbot, tablegrid.blank_table(2, 2))
    undo = dialog.buttons["undo"]
    assert not undo.isEnabled()
    dialog.view.setCurrentIndex(dialog.model.index(1, 1))
    dialog.view.setFocus()
    qtbot.keyClicks(dialog.view, "7")
    qtbot.keyClick(dialog.view.focusWidget(), Qt.Key.Key_Return)
    assert str(dialog.model.index(1, 1).data()) == "7"
    assert undo.isEnabled(), "not only after the first Ctrl+Z"
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    assert str(dialog.model.index(1, 1).data()) == ""
