"""Tables in the body: insert, edit a cell, merge and split, paste from a spreadsheet."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import QAbstractItemView, QPlainTextEdit

from lanson_report.domain.model import Block, Run, Table
from lanson_report.domain.tables import tablegrid
from lanson_report.files import draftfile
from lanson_report.ui.wizard.body.tableeditor import TableEditor
from lanson_report.ui.wizard.body.tableobject import OBJECT_CHAR, table_near
from lanson_report.ui.wizard.pages.content import ContentPage

from .conftest import FakeDialogs, type_text

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "bao-cao-v2-bang-phu-luc.json"
EXCEL_TSV = "Xã\tDiện tích (ha)\tTỷ lệ\r\nTân Thanh\t1.025\t103,9%\r\n"
EXCEL_HTML = (
    '<html><head><style>.xl65{mso-number-format:"\\#\\,\\#\\#0";}</style></head><body>'
    "<!--StartFragment--><table><tr><td colspan=2 class=xl65>Diện&nbsp;tích</td><td>Tỷ lệ</td></tr>"
    "<tr><td>Tân<br>Thanh</td><td class=xl65>1.025</td><td>103,9%</td></tr>"
    "<!--EndFragment--></table></body></html>"
)


@pytest.fixture
def page(qtbot: Any) -> ContentPage:
    widget = ContentPage()
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.mouseClick(widget.tree.add_button, Qt.MouseButton.LeftButton)
    return widget


@pytest.fixture
def example_table() -> Table:
    """Bảng 1 of the v2 example: two header rows, row and column spans, numbers as shown."""
    table = draftfile.load_path(FIXTURE).sections[1].blocks[4]
    assert isinstance(table, Table)
    return table


def in_dialog(
    fake_dialogs: FakeDialogs, steps: Callable[[TableEditor], object], accept: bool = True
) -> None:
    """Queue what the clerk does in the table editor once it opens, then Đồng ý (or Hủy)."""

    def run(dialog: TableEditor) -> bool:
        dialog.show()
        steps(dialog)
        return accept

    fake_dialogs.answer("exec_dialog", run)


def edit_cell(qtbot: Any, dialog: TableEditor, row: int, column: int, text: str) -> None:
    """Select the cell, start typing (F2), type the text as an input method does, press Enter."""
    view = dialog.view
    view.setCurrentIndex(dialog.model.index(row, column))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.focusWidget()
    assert isinstance(editor, QPlainTextEdit)
    editor.selectAll()
    type_text(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)  # queued commit


@pytest.fixture(autouse=True)
def empty_clipboard() -> Iterator[None]:
    """The clipboard owns what a test copies: empty it while the application still runs."""
    yield
    QGuiApplication.clipboard().clear()


def copy_range(text: str, html: str = "") -> None:
    data = QMimeData()
    data.setText(text)
    if html:
        data.setHtml(html)
    QGuiApplication.clipboard().setMimeData(data)


def texts(table: Table) -> list[list[str | None]]:
    assert tablegrid.problems(table.rows, len(table.columns)) == []
    return [[None if c is None else c.text for c in row] for row in table.rows]


def tables(page: ContentPage) -> list[Table]:
    return [block for block in page.body.blocks() if isinstance(block, Table)]


def test_insert_a_table_where_the_cursor_is(
    qtbot: Any, page: ContentPage, fake_dialogs: FakeDialogs
) -> None:
    type_text(page.body, "Trước bảng")
    in_dialog(fake_dialogs, lambda d: edit_cell(qtbot, d, 1, 1, "Lạng Sơn"))
    page.tables.insert_action.trigger()
    type_text(page.body, "Sau bảng")
    blocks = page.body.blocks()
    assert [type(b).__name__ for b in blocks] == ["Block", "Table", "Block"]
    assert blocks[0] == Block("paragraph", [Run("Trước bảng")])
    assert blocks[2] == Block("paragraph", [Run("Sau bảng")])
    table = blocks[1]
    assert isinstance(table, Table)
    assert texts(table) == [["", "", ""], ["", "Lạng Sơn", ""], ["", "", ""]]
    assert table.header_rows == 1


def test_cancel_inserts_nothing(qtbot: Any, page: ContentPage, fake_dialogs: FakeDialogs) -> None:
    in_dialog(fake_dialogs, lambda d: edit_cell(qtbot, d, 0, 0, "x"), accept=False)
    page.tables.insert_action.trigger()
    assert page.body.blocks() == []


def _open_by_double_click(qtbot: Any, page: ContentPage) -> None:
    document = page.body.document()
    position = document.toPlainText().index(OBJECT_CHAR)
    cursor = QTextCursor(document)
    cursor.setPosition(position)
    rect = page.body.cursorRect(cursor)
    point = QPoint(rect.right() + 40, rect.center().y())
    qtbot.mouseDClick(page.body.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_double_click_edits_a_cell_and_header_rows(
    qtbot: Any, page: ContentPage, fake_dialogs: FakeDialogs, example_table: Table
) -> None:
    page.body.set_blocks([Block("paragraph", [Run("Số liệu:")]), example_table])

    def steps(dialog: TableEditor) -> None:
        edit_cell(qtbot, dialog, 4, 2, "1.250")
        dialog.header_rows.setValue(1)
        replace = dialog.caption
        replace.selectAll()
        type_text(replace, "Bảng 2. Đã sửa")

    in_dialog(fake_dialogs, steps)
    _open_by_double_click(qtbot, page)
    assert len(fake_dialogs.named("exec_dialog")) == 1
    (table,) = tables(page)
    assert texts(table)[4][2] == "1.250"
    assert table.header_rows == 1 and table.caption == "Bảng 2. Đã sửa"
    assert table.rows[0] == example_table.rows[0]  # spans untouched
    assert example_table.rows[4][2] is not None and example_table.rows[4][2].text == "1.200"


def test_undo_brings_the_table_back_as_it_was(
    qtbot: Any, page: ContentPage, fake_dialogs: FakeDialogs, example_table: Table
) -> None:
    page.body.set_blocks([example_table])
    in_dialog(fake_dialogs, lambda d: edit_cell(qtbot, d, 2, 1, "Đổi"))
    page.body.moveCursor(QTextCursor.MoveOperation.Start)
    page.tables.edit_action.trigger()
    assert texts(tables(page)[0])[2][1] == "Đổi"
    page.body.undo()
    assert tables(page) == [example_table]


def test_merge_and_split_with_the_buttons(
    qtbot: Any, page: ContentPage, fake_dialogs: FakeDialogs
) -> None:
    def steps(dialog: TableEditor) -> None:
        edit_cell(qtbot, dialog, 0, 0, "Số lượng")
        dialog.select(0, 0, 0, 1)
        dialog.buttons["merge"].click()
        edit_cell(qtbot, dialog, 1, 2, "x")
        dialog.select(1, 1, 2, 2)
        dialog.buttons["merge"].click()
        dialog.view.setCurrentIndex(dialog.model.index(1, 1))
        dialog.buttons["split"].click()
        dialog.view.setCurrentIndex(dialog.model.index(0, 0))
        dialog.buttons["row_below"].click()
        assert dialog.view.columnSpan(0, 0) == 2

    in_dialog(fake_dialogs, steps)
    page.tables.insert_action.trigger()
    (table,) = tables(page)
    assert texts(table) == [["Số lượng", None, ""], ["", "", ""], ["", "x", ""], ["", "", ""]]
    first = table.rows[0][0]
    assert first is not None and first.colspan == 2


def test_merge_across_a_merged_cell_is_explained(
    qtbot: Any, page: ContentPage, fake_dialogs: FakeDialogs, example_table: Table
) -> None:
    messages: list[str] = []

    def steps(dialog: TableEditor) -> None:
        dialog.select(0, 1, 0, 2)  # "Loại phương tiện đo" spans two rows
        dialog.buttons["merge"].click()
        messages.append(dialog.message.text())

    page.body.set_blocks([example_table])
    in_dialog(fake_dialogs, steps)
    page.body.moveCursor(QTextCursor.MoveOperation.Start)
    page.tables.edit_action.trigger()
    assert "cắt ngang ô gộp ở hàng 1, cột 2" in messages[0]
    assert tables(page) == [example_table]


@pytest.mark.parametrize(
    ("text", "html", "expected"),
    [
        (
            EXCEL_TSV,
            "",
            [["Xã", "Diện tích (ha)", "Tỷ lệ"], ["Tân Thanh", "1.025", "103,9%"]],
        ),
        (
            EXCEL_TSV,
            EXCEL_HTML,
            [["Diện tích", None, "Tỷ lệ"], ["Tân\nThanh", "1.025", "103,9%"]],
        ),
    ],
)
def test_paste_from_excel_into_a_new_table(
    qtbot: Any,
    page: ContentPage,
    fake_dialogs: FakeDialogs,
    text: str,
    html: str,
    expected: list[list[str | None]],
) -> None:
    def steps(dialog: TableEditor) -> None:
        copy_range(text, html)
        dialog.view.setFocus()
        qtbot.keyClick(dialog.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)

    in_dialog(fake_dialogs, steps)
    page.tables.insert_action.trigger()
    (table,) = tables(page)
    assert texts(table) == expected
    assert len(table.columns) == 3 and table.header_rows == 1


def test_paste_from_excel_into_an_existing_table(
    qtbot: Any, page: ContentPage, fake_dialogs: FakeDialogs, example_table: Table
) -> None:
    messages: list[str] = []

    def steps(dialog: TableEditor) -> None:
        copy_range("9.999\t88,8%\n", "")
        dialog.view.setCurrentIndex(dialog.model.index(1, 3))
        dialog.buttons["paste"].click()  # would cut "Tỷ lệ" (two rows) in two
        messages.append(dialog.message.text())
        dialog.view.setCurrentIndex(dialog.model.index(5, 4))
        copy_range(EXCEL_TSV, EXCEL_HTML)
        dialog.buttons["paste"].click()

    page.body.set_blocks([example_table])
    in_dialog(fake_dialogs, steps)
    page.body.moveCursor(QTextCursor.MoveOperation.Start)
    page.tables.edit_action.trigger()
    assert "cắt ngang ô gộp ở hàng 1, cột 5" in messages[0]
    (table,) = tables(page)
    grid = texts(table)
    assert len(table.columns) == 7 and len(grid) == 7
    assert grid[5][4:] == ["Diện tích", None, "Tỷ lệ"]
    assert grid[6] == ["", "", "", "", "Tân\nThanh", "1.025", "103,9%"]
    assert grid[:5] == [[*row, "", ""] for row in texts(example_table)[:5]]


def test_column_alignment_and_width(
    qtbot: Any, page: ContentPage, fake_dialogs: FakeDialogs
) -> None:
    def steps(dialog: TableEditor) -> None:
        dialog.view.setCurrentIndex(dialog.model.index(1, 2))
        dialog.align.setCurrentIndex(dialog.align.findData("right"))
        dialog.column_width.setValue(2.5)
        dialog.view.setCurrentIndex(dialog.model.index(1, 0))
        assert dialog.align.currentData() == "left"

    in_dialog(fake_dialogs, steps)
    page.tables.insert_action.trigger()
    (table,) = tables(page)
    assert [(c.width, c.align) for c in table.columns] == [
        (1.0, "left"),
        (1.0, "left"),
        (2.5, "right"),
    ]


def test_the_v2_example_sections_survive_the_editor(qtbot: Any, page: ContentPage) -> None:
    for section in draftfile.load_path(FIXTURE).sections:
        page.body.set_blocks(section.blocks)
        assert page.body.blocks() == section.blocks


def test_text_typed_beside_a_table_is_kept(
    qtbot: Any, page: ContentPage, example_table: Table
) -> None:
    page.body.set_blocks([example_table])
    page.body.moveCursor(QTextCursor.MoveOperation.Start)
    type_text(page.body, "Bảng dưới: ")
    blocks = page.body.blocks()
    assert blocks == [Block("paragraph", [Run("Bảng dưới: ")]), example_table]
    assert table_near(page.body.document(), len("Bảng dưới: ")) is not None


def test_a_read_only_page_shows_the_table_but_changes_nothing(
    qtbot: Any, page: ContentPage, fake_dialogs: FakeDialogs, example_table: Table
) -> None:
    page.body.set_blocks([example_table])
    page.set_read_only(True)
    page.tables.insert_action.trigger()
    assert fake_dialogs.named("exec_dialog") == []
    seen: list[bool] = []

    def steps(dialog: TableEditor) -> None:
        view = dialog.view
        view.setCurrentIndex(dialog.model.index(2, 1))
        view.setFocus()
        qtbot.keyClick(view, Qt.Key.Key_F2)
        seen.append(view.state() == QAbstractItemView.State.EditingState)
        copy_range("x\ty\n")
        qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(view, Qt.Key.Key_Delete)
        seen.append(dialog.buttons["merge"].isEnabled() or not dialog.caption.isReadOnly())
        assert texts(dialog.table()) == texts(example_table)

    in_dialog(fake_dialogs, steps)
    _open_by_double_click(qtbot, page)
    assert len(fake_dialogs.named("exec_dialog")) == 1
    assert seen == [False, False]
    assert tables(page) == [example_table]


def test_a_500_row_table_edits_one_cell_through_the_model(qtbot: Any) -> None:
    from lanson_report.domain.tables.tablegrid import blank_table

    dialog = TableEditor(blank_table(500, 6))
    qtbot.addWidget(dialog)
    dialog.show()
    resets: list[int] = []
    dialog.model.modelReset.connect(lambda: resets.append(1))
    edit_cell(qtbot, dialog, 499, 5, "cuối")
    assert dialog.table().rows[499][5] is not None
    assert dialog.table().rows[499][5].text == "cuối"  # type: ignore[union-attr]
    assert resets == []  # one cell changed, not the whole model
    assert dialog.view.editTriggers() != QAbstractItemView.EditTrigger.NoEditTriggers


def test_editing_a_table_counts_as_a_change_for_autosave(
    qtbot: Any, page: ContentPage, fake_dialogs: FakeDialogs, example_table: Table
) -> None:
    page.load(draftfile.load_path(FIXTURE))
    page.tree.view.setCurrentItem(page.tree._items[1])
    position = page.body.document().toPlainText().index(OBJECT_CHAR)
    cursor = page.body.textCursor()
    cursor.setPosition(position)
    page.body.setTextCursor(cursor)
    in_dialog(fake_dialogs, lambda d: edit_cell(qtbot, d, 2, 1, "Công tơ điện 1 pha"))
    with qtbot.waitSignal(page.changed, timeout=1000):
        page.tables.edit_action.trigger()
    draft = draftfile.load_path(FIXTURE)
    page.apply(draft)
    table = draft.sections[1].blocks[4]
    assert isinstance(table, Table) and texts(table)[2][1] == "Công tơ điện 1 pha"


def test_text_typed_right_after_a_table_is_plain_text_of_its_own(
    qtbot: Any, page: ContentPage, example_table: Table
) -> None:
    page.body.set_blocks([example_table])
    cursor = page.body.textCursor()
    cursor.setPosition(1)  # just after the table, on its line
    page.body.setTextCursor(cursor)
    type_text(page.body, "Nguồn: Sở")
    assert page.body.blocks() == [example_table, Block("paragraph", [Run("Nguồn: Sở")])]
    typed = QTextCursor(page.body.document())
    typed.setPosition(3)
    assert typed.charFormat().objectType() == 0  # not a copy of the table's format


def test_f2_beside_a_table_opens_it(
    qtbot: Any, page: ContentPage, fake_dialogs: FakeDialogs, example_table: Table
) -> None:
    page.body.set_blocks([Block("paragraph", [Run("Trước")]), example_table])
    page.body.setFocus()
    page.body.moveCursor(QTextCursor.MoveOperation.Start)
    qtbot.keyClick(page.body, Qt.Key.Key_F2)  # not beside a table: nothing opens
    assert fake_dialogs.named("exec_dialog") == []
    page.body.moveCursor(QTextCursor.MoveOperation.Down)
    in_dialog(fake_dialogs, lambda d: edit_cell(qtbot, d, 2, 1, "Công tơ"))
    qtbot.keyClick(page.body, Qt.Key.Key_F2)
    assert texts(tables(page)[0])[2][1] == "Công tơ"


def test_alt_enter_starts_a_new_line_in_a_cell_and_enter_keeps_it(
    qtbot: Any, page: ContentPage, fake_dialogs: FakeDialogs
) -> None:
    def steps(dialog: TableEditor) -> None:
        view = dialog.view
        view.setCurrentIndex(dialog.model.index(0, 1))
        view.setFocus()
        qtbot.keyClick(view, Qt.Key.Key_F2)
        editor = view.focusWidget()
        assert isinstance(editor, QPlainTextEdit)
        type_text(editor, "Năng suất")
        qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.AltModifier)
        type_text(editor, "(tạ/ha)")
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)
        assert view.rowHeight(0) > view.rowHeight(1)  # both lines show

    in_dialog(fake_dialogs, steps)
    page.tables.insert_action.trigger()
    assert texts(tables(page)[0])[0] == ["", "Năng suất\n(tạ/ha)", ""]


def test_typing_over_a_cell_replaces_it_as_in_excel(
    qtbot: Any, page: ContentPage, fake_dialogs: FakeDialogs, example_table: Table
) -> None:
    def steps(dialog: TableEditor) -> None:
        view = dialog.view
        view.setCurrentIndex(dialog.model.index(2, 2))  # "7.500"
        view.setFocus()
        for key in (Qt.Key.Key_8, Qt.Key.Key_Period, Qt.Key.Key_1):
            qtbot.keyClick(view.focusWidget(), key)
        qtbot.keyClick(view.focusWidget(), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)

    page.body.set_blocks([example_table])
    in_dialog(fake_dialogs, steps)
    page.body.moveCursor(QTextCursor.MoveOperation.Start)
    page.tables.edit_action.trigger()
    assert texts(tables(page)[0])[2][2] == "8.1"


def test_a_note_of_several_lines_gets_a_line_each_in_the_preview(qtbot: Any) -> None:
    """Tổng hợp puts "(Chưa bao gồm …)" on a line of its own: the editor's preview of the
    table cut it off under the table (a clerk trial)."""
    from PySide6.QtGui import QTextDocument

    from lanson_report.domain.model import Cell, Column, Run, Table
    from lanson_report.ui.wizard.body.tableobject import TablePreview, table_format

    table = Table(columns=[Column(3.0)], rows=[[Cell([Run("Chỉ tiêu")])]])
    table.note = [Run("Ghi chú: số liệu ước.")]
    preview, document = TablePreview(), QTextDocument()
    one = preview.intrinsicSize(document, 0, table_format(table)).height()
    table.note = [Run("Ghi chú: số liệu ước.\n(Chưa bao gồm số liệu của: Phòng B)")]
    two = preview.intrinsicSize(document, 0, table_format(table)).height()
    assert two > one
