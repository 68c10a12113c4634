"""The table editor's figures: computed cells look different and take no typing; a column
is made computed by choosing its operands by their headers; rows marked total or part."""

from __future__ import annotations

from typing import Any

import figuresamples as samples
import pytest
from PySide6.QtCore import Qt

from lanson_report.domain.model import Table
from lanson_report.domain.tables import figures, numbers, tableops
from lanson_report.ui.wizard.body import tablemodel
from lanson_report.ui.wizard.body.tableeditor import TableEditor

from .conftest import settle as settle_events
from .test_tables import edit_cell


@pytest.fixture
def dialog(qtbot: Any) -> TableEditor:
    widget = TableEditor(samples.table())
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def text(dialog: TableEditor, row: int, column: int) -> str:
    return str(dialog.model.index(row, column).data())


def test_computed_cells_look_different_and_cannot_be_typed_into(
    qtbot: Any, dialog: TableEditor
) -> None:
    model = dialog.model
    ratio, typed = model.index(1, 6), model.index(1, 5)
    assert not model.flags(ratio) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(typed) & Qt.ItemFlag.ItemIsEditable
    fill = ratio.data(Qt.ItemDataRole.BackgroundRole)
    assert fill.color() == tablemodel.COMPUTED_BACKGROUND
    assert typed.data(Qt.ItemDataRole.BackgroundRole) is None
    dialog.view.setCurrentIndex(ratio)
    dialog.view.setFocus()
    qtbot.keyClick(dialog.view, Qt.Key.Key_F2)
    assert dialog.view.state() != dialog.view.State.EditingState
    assert text(dialog, 1, 6) == "75,0"


def test_an_edit_recomputes_the_row_and_the_total(qtbot: Any, dialog: TableEditor) -> None:
    edit_cell(qtbot, dialog, 1, 5, "210")
    assert text(dialog, 1, 6) == "105,0"
    assert text(dialog, samples.TOTAL_ROW, 5) == "2.259"
    out = dialog.table()
    assert out.rows[1][6].text == "105,0"  # type: ignore[union-attr]


def test_a_column_is_made_computed_by_its_headers(qtbot: Any, dialog: TableEditor) -> None:
    dialog.view.setCurrentIndex(dialog.model.index(1, 7))
    panel = dialog.figures
    assert panel.first.itemText(5) == "F: Thực hiện"
    panel.op.setCurrentIndex(panel.op.findData("difference"))
    panel.first.setCurrentIndex(panel.first.findText("F: Thực hiện"))
    panel.second.setCurrentIndex(panel.second.findText("D: Thực hiện năm trước"))
    assert text(dialog, 1, 7) == "50"
    assert text(dialog, 5, 7) == "1.000,5"  # 2.001 − 1.000,5: the decimals of what it takes
    assert text(dialog, samples.TOTAL_ROW, 7) == "1.058,5"
    panel.op.setCurrentIndex(panel.op.findData(None))
    assert dialog.model.flags(dialog.model.index(1, 7)) & Qt.ItemFlag.ItemIsEditable
    compute = dialog.table().compute
    assert compute is not None and [rule.column for rule in compute.columns] == [6]


def test_a_row_is_marked_total_or_part(qtbot: Any, dialog: TableEditor) -> None:
    dialog.view.setCurrentIndex(dialog.model.index(5, 1))
    panel = dialog.figures
    assert panel.row_kind.currentData() == "item"
    panel.row_kind.setCurrentIndex(panel.row_kind.findData("part"))
    assert text(dialog, samples.TOTAL_ROW, 5) == "198"
    dialog.view.setCurrentIndex(dialog.model.index(samples.TOTAL_ROW, 1))
    assert panel.row_kind.currentData() == "total"
    assert dialog.table().compute.part_rows == [2, 5]  # type: ignore[union-attr]


def test_a_typed_figure_that_disagrees_is_shown_and_accepted_on_request(qtbot: Any) -> None:
    table = samples.table()
    table.rows[1][6].runs = [type(table.rows[0][0].runs[0])("80")]  # type: ignore[union-attr]
    dialog = TableEditor(table)
    qtbot.addWidget(dialog)
    dialog.show()
    cell = dialog.model.index(1, 6)
    assert cell.data() == "80"
    assert cell.data(Qt.ItemDataRole.BackgroundRole).color() == tablemodel.MISMATCH_BACKGROUND
    assert "75,0" in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert dialog.figures.accept_button.isEnabled()
    qtbot.mouseClick(dialog.figures.accept_button, Qt.MouseButton.LeftButton)
    assert cell.data() == "75,0"
    assert not dialog.figures.accept_button.isEnabled()


def test_an_estimate_is_marked_until_edited(qtbot: Any) -> None:
    table = samples.table()
    table.rows[1][3].estimate = True  # type: ignore[union-attr]
    dialog = TableEditor(table)
    qtbot.addWidget(dialog)
    dialog.show()
    cell = dialog.model.index(1, 3)
    assert cell.data(Qt.ItemDataRole.BackgroundRole).color() == tablemodel.ESTIMATE_BACKGROUND
    edit_cell(qtbot, dialog, 1, 3, "101")
    assert cell.data(Qt.ItemDataRole.BackgroundRole) is None
    assert not dialog.table().rows[1][3].estimate  # type: ignore[union-attr]


def test_an_estimate_retyped_as_it_is_is_confirmed(qtbot: Any) -> None:
    table = samples.table()
    table.rows[1][3].estimate = True  # type: ignore[union-attr]
    dialog = TableEditor(table)
    qtbot.addWidget(dialog)
    dialog.show()
    edit_cell(qtbot, dialog, 1, 3, "100")
    assert not dialog.table().rows[1][3].estimate  # type: ignore[union-attr]


def test_the_built_in_outlines_indicator_tables_compute(qtbot: Any) -> None:
    from lanson_report.intake import outlines

    found = 0
    for name in ("nam", "6-thang", "9-thang", "quy"):
        draft = outlines.load(outlines.builtin_dir() / f"{name}.json")
        tables = [
            block
            for section in draft.sections
            for child in section.sections
            for block in child.blocks
            if isinstance(block, Table) and block.compute is not None
        ]
        for table in tables:
            found += 1
            ops = {rule.op for rule in table.compute.columns}  # type: ignore[union-attr]
            assert {"ratio", "previous"} <= ops
            filled = tableops.insert_row(table, 1)  # the clerk's first indicator
            figures.recompute(filled)
            assert figures.is_computed(filled, 1, 6) and filled.rows[1][6].text == "-"  # type: ignore[union-attr]
            assert figures.header_text(filled, 3) == "Cùng kỳ năm trước"
    assert found == 4


def test_the_sentence_of_a_row_is_inserted_at_the_cursor_as_plain_text(
    qtbot: Any, fake_dialogs: Any
) -> None:
    from PySide6.QtGui import QTextCursor

    from lanson_report.ui.wizard.body.figuresentence import FigureSentenceDialog
    from lanson_report.ui.wizard.body.tableobject import insert_table
    from lanson_report.ui.wizard.pages.content import ContentPage

    page = ContentPage()
    qtbot.addWidget(page)
    page.show()
    qtbot.mouseClick(page.tree.add_button, Qt.MouseButton.LeftButton)
    page.tables.sentence_action.trigger()
    assert "chưa có bảng nào có cột tính tỷ lệ" in fake_dialogs.texts("info")[0]
    table = samples.table()
    figures.recompute(table)
    cursor = page.body.textCursor()
    insert_table(cursor, table)
    cursor.insertText("Năm nay, ")
    page.body.setTextCursor(cursor)
    chosen: list[str] = []

    def pick(dialog: Any) -> bool:
        assert isinstance(dialog, FigureSentenceDialog)
        dialog.rows.setCurrentRow(1)  # Trong đó: thu nội địa
        chosen.append(dialog.preview.text())
        return True

    fake_dialogs.answer("exec_dialog", pick)
    page.tables.sentence_action.trigger()
    expected = (
        "Năm nay, Trong đó, thu nội địa thực hiện 60 tỷ đồng, đạt 75,0 % kế hoạch, "
        "tăng 20,0 % so với cùng kỳ."
    )
    assert chosen == [expected[len("Năm nay, ") :]]
    line = page.body.textCursor().block().text()
    assert line == expected
    page.body.moveCursor(QTextCursor.MoveOperation.StartOfBlock)
    assert not page.body.textCursor().charFormat().fontWeight() > 400  # plain text


def test_no_two_controls_of_the_table_editor_share_an_alt_letter(dialog: TableEditor) -> None:
    from .keys import clashes

    dialog.view.setCurrentIndex(dialog.model.index(1, 6))  # every figures control enabled
    assert clashes(dialog) == {}


def test_figures_show_flush_right_and_the_total_bold_as_they_print(dialog: TableEditor) -> None:
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert dialog.model.index(1, 3).data(Qt.ItemDataRole.TextAlignmentRole) == right
    assert dialog.model.index(1, 1).data(Qt.ItemDataRole.TextAlignmentRole) != right
    assert dialog.model.index(samples.TOTAL_ROW, 1).data(Qt.ItemDataRole.FontRole).bold()
    assert dialog.model.index(1, 1).data(Qt.ItemDataRole.FontRole) is None


def test_a_figure_named_by_what_is_missing_opens_its_table_at_the_cell(
    qtbot: Any, fake_dialogs: Any
) -> None:
    from lanson_report.domain.model import Section
    from lanson_report.ui.wizard.pages.content import ContentPage

    page = ContentPage()
    qtbot.addWidget(page)
    page.show()
    page.sections = [Section("Một"), Section("Hai", [samples.table()])]
    page.tree.show_sections(page.sections, page.outline_key(), (0,))
    opened: list[tuple[int, int]] = []

    focused: list[bool] = []

    def look(editor: Any) -> bool:
        opened.append((editor.view.currentIndex().row(), editor.view.currentIndex().column()))
        editor.show()
        qtbot.waitExposed(editor)
        editor.activateWindow()
        qtbot.waitUntil(editor.isActiveWindow)
        focused.append(editor.view.hasFocus())
        return False

    fake_dialogs.answer("exec_dialog", look)
    assert page.focus_field("sections[1].blocks[0].rows[4][5]")
    assert page.focus_field("sections[1].blocks[0].rows[4][5]")  # the editor asks twice
    assert page.heading.text() == "Hai"
    qtbot.waitUntil(lambda: bool(opened))
    settle_events(qtbot)
    assert opened == [(4, 5)], "once, at the cell named"
    assert focused == [True], "typing goes into that cell, not the table's name"


def test_a_sum_takes_any_number_of_columns_chosen_by_their_headers(
    qtbot: Any, dialog: TableEditor
) -> None:
    dialog.view.setCurrentIndex(dialog.model.index(1, 7))
    panel = dialog.figures
    panel.op.setCurrentIndex(panel.op.findData("sum"))
    assert panel.columns.isVisible() and not panel.second.isVisible()
    (itself,) = panel.columns.findItems(
        "H: Tăng, giảm so với cùng kỳ (%)", Qt.MatchFlag.MatchExactly
    )
    assert itself.isHidden()  # never a sum of itself
    settle_events(qtbot)
    shown = panel.columns.viewport().rect()
    for row in range(panel.columns.count()):  # every header readable without scrolling
        item = panel.columns.item(row)
        assert item.isHidden() or shown.contains(panel.columns.visualItemRect(item)), item.text()
    for header in ("D: Thực hiện năm trước", "E: Kế hoạch năm", "F: Thực hiện"):
        (item,) = panel.columns.findItems(header, Qt.MatchFlag.MatchExactly)
        item.setCheckState(Qt.CheckState.Checked)
    assert text(dialog, 1, 7) == "450"  # 100 + 200 + 150
    compute = dialog.table().compute
    assert compute is not None and [r.of for r in compute.columns if r.column == 7] == [[3, 4, 5]]
    dialog.view.setCurrentIndex(dialog.model.index(2, 1))
    dialog.view.setCurrentIndex(dialog.model.index(2, 7))  # shown again as chosen
    checked = [
        panel.columns.item(i).text()
        for i in range(panel.columns.count())
        if panel.columns.item(i).checkState() == Qt.CheckState.Checked
    ]
    assert checked == ["D: Thực hiện năm trước", "E: Kế hoạch năm", "F: Thực hiện"]


def test_a_figure_column_shows_the_alignment_it_prints_with(dialog: TableEditor) -> None:
    dialog.view.setCurrentIndex(dialog.model.index(1, 5))  # "Thực hiện": typed left, prints right
    assert dialog.align.currentText() == "Phải" and not dialog.align.isEnabled()
    assert "căn phải" in dialog.align.toolTip()
    dialog.view.setCurrentIndex(dialog.model.index(1, 1))
    assert dialog.align.currentText() == "Trái" and dialog.align.isEnabled()


def test_a_paste_over_computed_cells_keeps_what_they_compute(
    qtbot: Any, dialog: TableEditor
) -> None:
    """Pasting is typing many cells at once: a ratio or a total takes no pasted figure."""
    dialog.view.setCurrentIndex(dialog.model.index(1, 5))
    dialog.paste("210\t77,7")  # "Thực hiện" and, beside it, the computed "% kế hoạch"
    assert text(dialog, 1, 5) == "210"
    assert text(dialog, 1, 6) == "105,0"  # computed from the pasted 210, not 77,7
    assert "ô tính tự động" in dialog.message.text()
    assert figures.mismatches(dialog.table()) == []


def test_a_decimal_point_is_marked_in_the_editor_not_only_in_con_thieu(
    qtbot: Any, dialog: TableEditor
) -> None:
    edit_cell(qtbot, dialog, 1, 5, "8.5")
    index = dialog.model.index(1, 5)
    assert index.data(Qt.ItemDataRole.BackgroundRole).color() == tablemodel.MISMATCH_BACKGROUND
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert "8,5" in tip and "chưa được tính vào tổng" in tip
    edit_cell(qtbot, dialog, 1, 5, "8,5")
    assert dialog.model.index(1, 5).data(Qt.ItemDataRole.BackgroundRole) is None


@pytest.mark.parametrize(
    ("thousands", "written", "value"), [(True, "8.000,0", 8000), (False, "8,000", 8)]
)
def test_an_ambiguous_thousand_is_settled_by_the_clerk_in_one_click(
    qtbot: Any, dialog: TableEditor, thousands: bool, written: str, value: int
) -> None:
    panel = dialog.figures
    dialog.view.setCurrentIndex(dialog.model.index(2, 3))
    assert not panel.as_thousands.isVisible()
    edit_cell(qtbot, dialog, 1, 3, "12,5")  # the column now writes a decimal comma
    edit_cell(qtbot, dialog, 2, 3, "8.000")
    dialog.view.setCurrentIndex(dialog.model.index(2, 3))
    assert panel.as_decimal.isVisible() and panel.as_thousands.isVisible()
    cell = dialog.model.index(2, 3)
    assert cell.data(Qt.ItemDataRole.BackgroundRole).color() == tablemodel.ESTIMATE_BACKGROUND
    assert "8,000" in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert panel.as_decimal.text() == "Là số thập phân: 8,000"
    assert panel.as_thousands.text() == "Là số hàng nghìn: 8.000,0"
    (note,) = [m for r, c, m in figures.notes(dialog.model.table) if (r, c) == (2, 3)]
    assert "nếu là số hàng nghìn, hãy viết “8.000,0”" in note
    qtbot.mouseClick(
        panel.as_thousands if thousands else panel.as_decimal, Qt.MouseButton.LeftButton
    )
    assert dialog.view.hasFocus(), "the next figure typed goes into the grid, not the note"
    assert text(dialog, 2, 3) == written
    assert not [n for n in figures.notes(dialog.model.table) if n[:2] == (2, 3)]
    assert not panel.as_thousands.isVisible(), "asked once: the cell reads one way now"
    assert cell.data(Qt.ItemDataRole.BackgroundRole) is None
    items = [r for r in range(1, samples.TOTAL_ROW) if r != samples.PART_ROW]
    read = [numbers.read(text(dialog, r, 3)).value for r in items]
    assert numbers.read(text(dialog, 2, 3)).value == value
    assert numbers.read(text(dialog, samples.TOTAL_ROW, 3)).value == sum(v for v in read if v)
    dialog.undo()
    assert text(dialog, 2, 3) == "8.000", "one click, one undo"
