"""Outline hints in the content step: shown grey in the editor and above it, never printed."""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QCoreApplication, QMimeData, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QLabel

from lanson_report.domain.model import Block, Period, Run, Section, Settings, Table
from lanson_report.intake import outlines
from lanson_report.intake.newdraft import start_draft
from lanson_report.store import Store
from lanson_report.ui.mainwindow import MainWindow
from lanson_report.ui.wizard.body.bodyedit import BodyEdit
from lanson_report.ui.wizard.body.hinttext import HINT_COLOUR, HINT_MARK, is_hint
from lanson_report.ui.wizard.pages.content import ContentPage

from .conftest import type_text

HINT = Block("hint", [Run("Nêu số văn bản chỉ đạo đã ban hành")])


def _editor(qtbot: Any, blocks: list[Block]) -> BodyEdit:
    editor = BodyEdit()
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.set_blocks(blocks)
    editor.setFocus()
    return editor


def _key(widget: Any, key: Qt.Key, text: str = "") -> None:
    for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
        QCoreApplication.sendEvent(
            widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text)
        )


def test_a_hint_shows_grey_italic_and_comes_back_unchanged(qtbot: Any) -> None:
    editor = _editor(qtbot, [HINT, Block("paragraph", [Run("Đã làm")])])
    first = editor.document().begin()
    assert is_hint(first) and first.text() == HINT_MARK + HINT.text
    fmt = first.begin().fragment().charFormat()
    assert fmt.fontItalic() and fmt.foreground().color().name() == HINT_COLOUR
    assert not is_hint(first.next())
    assert editor.blocks() == [HINT, Block("paragraph", [Run("Đã làm")])]


def test_typing_at_a_hint_writes_a_new_paragraph_after_it(qtbot: Any) -> None:
    editor = _editor(qtbot, [HINT])
    editor.moveCursor(QTextCursor.MoveOperation.Start)
    type_text(editor, "Ban hành 12 văn bản")  # an input method (Unikey, EVKey) commits text
    assert editor.blocks() == [HINT, Block("paragraph", [Run("Ban hành 12 văn bản")])]
    editor.moveCursor(QTextCursor.MoveOperation.Start)
    _key(editor, Qt.Key.Key_A, "a")  # a key typed straight in
    assert editor.blocks()[1] == Block("paragraph", [Run("a")])
    assert editor.blocks()[0] == HINT
    cursor = editor.textCursor()
    assert not cursor.charFormat().fontItalic()  # what is typed is not grey italic


def test_enter_at_a_hint_opens_one_paragraph(qtbot: Any) -> None:
    editor = _editor(qtbot, [HINT])
    _key(editor, Qt.Key.Key_Return, "\r")
    assert editor.document().blockCount() == 2 and not is_hint(editor.textCursor().block())
    type_text(editor, "Nội dung")
    assert editor.blocks() == [HINT, Block("paragraph", [Run("Nội dung")])]


def test_paste_at_a_hint_goes_after_it(qtbot: Any) -> None:
    editor = _editor(qtbot, [HINT])
    data = QMimeData()
    data.setText("Dán vào")
    editor.insertFromMimeData(data)
    assert editor.blocks() == [HINT, Block("paragraph", [Run("Dán vào")])]


def test_backspace_never_merges_written_text_into_a_hint(qtbot: Any) -> None:
    editor = _editor(qtbot, [HINT, Block("paragraph", [Run("Viết")])])
    cursor = editor.textCursor()
    cursor.setPosition(editor.document().begin().next().position())
    editor.setTextCursor(cursor)
    _key(editor, Qt.Key.Key_Backspace)
    assert editor.blocks() == [HINT, Block("paragraph", [Run("Viết")])]
    cursor.setPosition(editor.document().begin().next().position() - 1)  # end of the hint
    editor.setTextCursor(cursor)
    _key(editor, Qt.Key.Key_Delete)
    assert editor.blocks() == [HINT, Block("paragraph", [Run("Viết")])]


def test_a_hint_emptied_by_the_clerk_is_dropped(qtbot: Any) -> None:
    editor = _editor(qtbot, [HINT, Block("paragraph", [Run("Viết")])])
    cursor = QTextCursor(editor.document().begin())
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()
    assert editor.blocks() == [Block("paragraph", [Run("Viết")])]


def test_the_toolbar_cannot_turn_a_hint_into_a_bullet(qtbot: Any) -> None:
    page = ContentPage()
    qtbot.addWidget(page)
    draft = start_draft(None, Settings())
    draft.sections = [Section("Ưu điểm", [HINT])]
    page.load(draft)
    page.body.moveCursor(QTextCursor.MoveOperation.Start)
    page.bar.kinds["bullet"].trigger()
    assert page.body.blocks() == [HINT]


def _open_outline_draft(qtbot: Any, window: MainWindow, store: Store) -> Any:
    draft = start_draft(
        outlines.load(outlines.builtin_for("quarter")), Settings(), Period("quarter", 2024, 2)
    )
    store.create(draft)
    window.open_draft(draft.id)
    window.editor.go(2)
    return draft


def _shown(page: ContentPage, words: str) -> int:
    """How many times the words are on screen in the page: its labels and its editor."""
    labels = [w.text() for w in page.findChildren(QLabel) if w.isVisible()]
    return sum(text.count(words) for text in labels) + page.body.toPlainText().count(words)


def test_the_content_step_shows_the_period_and_each_hint_once(
    qtbot: Any, window: MainWindow, store: Store
) -> None:
    """The hint showed twice, word for word: above the editor and in it."""
    _open_outline_draft(qtbot, window, store)
    page = window.editor.pages[2]
    assert isinstance(page, ContentPage)
    assert page.period.isVisible()
    assert page.period.text() == (
        "Báo cáo quý II năm 2024 — Số liệu tính từ 15/3/2024 đến 14/6/2024."
    )
    page.tree.show_sections(page.sections, "roman", (0, 0))
    page._select((0, 0))
    assert _shown(page, "Các văn bản chỉ đạo") == 1
    first = page.body.document().begin()
    assert is_hint(first) and first.text().startswith("Gợi ý (không in ra): Các văn bản chỉ đạo")
    type_text(page.body, "Đã ban hành 15 văn bản.")
    assert _shown(page, "Các văn bản chỉ đạo") == 1
    page._select((3,))  # IV. Đề xuất, kiến nghị
    assert (
        page.body.document()
        .begin()
        .text()
        .startswith("Gợi ý (không in ra): Những vấn đề vượt thẩm quyền")
    )
    assert _shown(page, "Những vấn đề vượt thẩm quyền") == 1


def test_missing_lists_hint_only_sections_and_jumps_to_them(
    qtbot: Any, window: MainWindow, store: Store
) -> None:
    window.activateWindow()
    draft = _open_outline_draft(qtbot, window, store)
    editor = window.editor
    editor.go(4)
    missing = editor.preview.missing
    texts = [missing.item(i).text() for i in range(missing.count())]
    wanted = "• Mục “1. Công tác chỉ đạo, điều hành” mới có gợi ý của đề cương, chưa có nội dung"
    assert wanted in texts
    item = missing.item(texts.index(wanted))
    rect = missing.visualItemRect(item)
    qtbot.mouseClick(missing.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    page = editor.pages[2]
    assert isinstance(page, ContentPage)
    assert editor.stack.currentIndex() == 2 and page.current == (0, 0)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.body, timeout=1000)
    type_text(page.body, "Đã ban hành 15 văn bản.")
    editor.go(4)
    texts = [missing.item(i).text() for i in range(missing.count())]
    assert wanted not in texts
    saved = editor.draft
    assert saved is not None and saved.id == draft.id
    assert saved.sections[0].sections[0].blocks[-1] == Block(
        "paragraph", [Run("Đã ban hành 15 văn bản.")]
    )


def test_an_outline_table_survives_the_editor(qtbot: Any) -> None:
    page = ContentPage()
    qtbot.addWidget(page)
    outline = outlines.load(outlines.builtin_for("half"))
    draft = start_draft(outline, Settings(), Period("half", 2024))
    page.load(draft)
    before = copy.deepcopy(draft.sections[0].sections[1].blocks)
    assert any(isinstance(b, Table) for b in before)
    page._select((0, 1))
    page._select((0, 0))
    page._select((0, 1))
    page._select((1,))
    assert page.sections[0].sections[1].blocks == before


def test_a_hint_with_markup_shows_as_written(qtbot: Any) -> None:
    page = ContentPage()
    qtbot.addWidget(page)
    draft = start_draft(None, Settings())
    draft.sections = [Section("Ưu điểm", [Block("hint", [Run("<b>Nêu</b> & so sánh")])])]
    page.load(draft)
    assert page.body.document().begin().text() == HINT_MARK + "<b>Nêu</b> & so sánh"
    assert page.body.blocks() == draft.sections[0].blocks
