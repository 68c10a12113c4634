"""The body editor: formats and paragraph kinds map to Runs and Blocks; sections nest."""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

import drafts
import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QTextCursor

from lanson_report.domain.model import Block, Run, Section, Table
from lanson_report.files import draftfile
from lanson_report.ui.common.fields import LineEdit
from lanson_report.ui.wizard.body import outline
from lanson_report.ui.wizard.body.richtext import RichTextEdit
from lanson_report.ui.wizard.pages.content import ContentPage

from .conftest import FakeDialogs, type_text


@pytest.fixture
def page(qtbot: Any) -> ContentPage:
    widget = ContentPage()
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


def test_every_example_section_survives_the_editor(qtbot: Any, example_path: Path) -> None:
    editor = RichTextEdit()
    qtbot.addWidget(editor)
    for section in draftfile.load_path(example_path).sections:
        editor.set_blocks(section.blocks)
        assert editor.blocks() == section.blocks


def test_ctrl_b_i_u_format_what_is_typed(qtbot: Any, page: ContentPage) -> None:
    qtbot.mouseClick(page.tree.add_button, Qt.MouseButton.LeftButton)
    body = page.body
    type_text(body, "Thường ")
    for key in (Qt.Key.Key_B, Qt.Key.Key_I, Qt.Key.Key_U):
        qtbot.keyClick(body, key, Qt.KeyboardModifier.ControlModifier)
    type_text(body, "cả ba")
    qtbot.keyClick(body, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    type_text(body, " không đậm")
    assert body.blocks() == [
        Block(
            "paragraph",
            [
                Run("Thường "),
                Run("cả ba", True, True, True),
                Run(" không đậm", False, True, True),
            ],
        )
    ]
    assert page.bar.formats["italic"].isChecked() and not page.bar.formats["bold"].isChecked()


def test_bold_on_a_selection(qtbot: Any, page: ContentPage) -> None:
    qtbot.mouseClick(page.tree.add_button, Qt.MouseButton.LeftButton)
    type_text(page.body, "một hai ba")
    cursor = page.body.textCursor()
    cursor.setPosition(4)
    cursor.setPosition(7, QTextCursor.MoveMode.KeepAnchor)
    page.body.setTextCursor(cursor)
    page.bar.formats["bold"].trigger()
    assert page.body.blocks()[0].runs == [Run("một "), Run("hai", bold=True), Run(" ba")]


def test_paragraph_kinds_from_the_toolbar(qtbot: Any, page: ContentPage) -> None:
    qtbot.mouseClick(page.tree.add_button, Qt.MouseButton.LeftButton)
    body = page.body
    for index, (kind, text) in enumerate(
        (("paragraph", "Mở"), ("bullet", "Một"), ("subbullet", "Nhỏ"), ("bullet", "Hai"))
    ):
        if index:
            qtbot.keyClick(body, Qt.Key.Key_Return)
        page.bar.kinds[kind].trigger()
        type_text(body, text)
    kinds = [(b.kind, b.text) for b in body.blocks()]
    assert kinds == [
        ("paragraph", "Mở"),
        ("bullet", "Một"),
        ("subbullet", "Nhỏ"),
        ("bullet", "Hai"),
    ]
    body.selectAll()
    page.bar.kinds["paragraph"].trigger()
    assert {b.kind for b in body.blocks()} == {"paragraph"}


def test_pasted_text_arrives_in_nfc(qtbot: Any, page: ContentPage) -> None:
    decomposed = unicodedata.normalize("NFD", "Tiếng Việt")
    assert decomposed != "Tiếng Việt"
    data = QMimeData()
    data.setHtml(f"<b style='color:red'>{decomposed}</b>")
    data.setText(decomposed)
    qtbot.mouseClick(page.tree.add_button, Qt.MouseButton.LeftButton)
    page.body.insertFromMimeData(data)
    # Bold from the rich clipboard stays (issue 11); the colour does not.
    assert page.body.blocks() == [Block("paragraph", [Run("Tiếng Việt", bold=True)])]
    field = LineEdit()
    qtbot.addWidget(field)
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.clipboard().setText(decomposed)
    field.paste_nfc()
    assert field.text() == "Tiếng Việt"


def test_sections_nest_within_the_outline_depth(
    qtbot: Any, page: ContentPage, fake_dialogs: FakeDialogs
) -> None:
    tree = page.tree
    for heading in ("Một", "Hai", "Ba"):
        qtbot.mouseClick(tree.add_button, Qt.MouseButton.LeftButton)
        type_text(page.heading, heading)
    tree.indent_button.click()  # Ba under Hai
    assert tree.current_path() == (1, 0)
    tree.indent_button.click()  # arabic: only two levels
    assert tree.current_path() == (1, 0)
    texts = [item.text(0) for item in tree._items]
    assert texts == ["1. Một", "2. Hai", "a) Ba"]
    page.outline.setCurrentIndex(page.outline.findData("roman"))
    tree.child_button.click()
    type_text(page.heading, "Bốn")
    assert [item.text(0) for item in tree._items] == ["I. MỘT", "II. HAI", "1. Ba", "a) Bốn"]
    page.outline.setCurrentIndex(page.outline.findData("arabic"))
    assert "hai cấp" in fake_dialogs.texts("warn")[0]
    assert page.outline_key() == "roman"
    tree.up_button.click()  # a single child cannot move
    tree.outdent_button.click()
    assert tree.current_path() == (1, 1)
    tree.up_button.click()
    assert [item.text(0) for item in tree._items] == ["I. MỘT", "II. HAI", "1. Bốn", "2. Ba"]
    tree.remove_button.click()
    draft = draftfile.load_path(Path(__file__).parent.parent / "fixtures" / "draft-v1.json")
    page.apply(draft)
    assert [s.heading for s in draft.sections] == ["Một", "Hai"]
    assert [s.heading for s in draft.sections[1].sections] == ["Ba"]


def test_outline_operations_keep_depth() -> None:
    sections = [Section("A"), Section("B", sections=[Section("B1", sections=[Section("x")])])]
    assert outline.depth(sections) == 3
    assert outline.indent(sections, (1,), 3) is None, "B with its children would be too deep"
    assert outline.add_child(sections, (1, 0, 0), 3) is None
    assert outline.outdent(sections, (1, 0)) == (2,)
    assert [s.heading for s in sections] == ["A", "B", "B1"]
    assert outline.move(sections, (0,), -1) is None
    assert outline.remove(sections, (2,)) == (1,)
    assert outline.remove([Section("only")], (0,)) is None
    assert outline.add_after(sections, None) == (2,)


def test_toolbar_names_the_mark_on_screen_and_the_mark_on_paper(
    qtbot: Any, page: ContentPage
) -> None:
    """Qt draws • and ◦; the paper carries - and +: the buttons the clerk clicks say both."""
    from PySide6.QtGui import QTextListFormat
    from PySide6.QtWidgets import QToolButton

    qtbot.mouseClick(page.tree.add_button, Qt.MouseButton.LeftButton)
    drawn = {QTextListFormat.Style.ListDisc: "•", QTextListFormat.Style.ListCircle: "◦"}
    for kind, printed in (("bullet", "-"), ("subbullet", "+")):
        action = page.bar.kinds[kind]
        action.trigger()
        mark = drawn[page.body.textCursor().currentList().format().style()]
        shown = page.bar.widgetForAction(action)
        assert isinstance(shown, QToolButton) and shown.isVisible()
        assert shown.text().startswith(mark) and f"(in {printed})" in shown.text()
        assert mark in action.toolTip() and f"“{printed}”" in action.toolTip()


def test_section_buttons_are_enabled_only_when_they_can_act(qtbot: Any, page: ContentPage) -> None:
    """With no section, the section buttons used to stay clickable and do nothing."""
    tree = page.tree
    page.load(draftfile.from_dict(drafts.minimal(sections=[])))
    moves = (
        tree.child_button,
        tree.up_button,
        tree.down_button,
        tree.indent_button,
        tree.outdent_button,
        tree.remove_button,
    )

    def enabled() -> list[bool]:
        return [button.isEnabled() for button in moves]

    assert tree.add_button.isEnabled() and enabled() == [False] * 6
    qtbot.mouseClick(tree.add_button, Qt.MouseButton.LeftButton)  # 1.
    assert enabled() == [True, False, False, False, False, True]
    qtbot.mouseClick(tree.add_button, Qt.MouseButton.LeftButton)  # 2.
    assert enabled() == [True, True, False, True, False, True]
    tree.indent_button.click()  # a) under 1.: at the arabic outline's last level
    assert tree.current_path() == (0, 0)
    assert enabled() == [False, False, False, False, True, True]
    page.outline.setCurrentIndex(page.outline.findData("roman"))  # three levels now
    assert tree.child_button.isEnabled()
    page.set_read_only(True)
    assert not tree.add_button.isEnabled() and enabled() == [False] * 6


def test_a_report_without_sections_opens_after_one_with_sections(
    qtbot: Any, page: ContentPage, example_path: Path
) -> None:
    """The section buttons looked up the last report's section in the new, empty one."""
    page.load(draftfile.load_path(example_path))
    assert page.tree.select((1,))
    page.load(draftfile.from_dict(drafts.minimal(sections=[])))
    assert page.tree.current_path() is None
    assert page.tree.add_button.isEnabled() and not page.tree.remove_button.isEnabled()


def test_outline_exists() -> None:
    sections = [Section("Một", [], [Section("a")]), Section("Hai")]
    assert outline.exists(sections, (0,)) and outline.exists(sections, (0, 0))
    assert not outline.exists(sections, ()) and not outline.exists(sections, (2,))
    assert not outline.exists(sections, (1, 0)) and not outline.exists(sections, (-1,))


def test_deleting_a_section_with_writing_asks_first(
    qtbot: Any, page: ContentPage, fake_dialogs: FakeDialogs
) -> None:
    """Xóa mục dropped a section full of text at one click, with nothing to say so."""
    tree = page.tree
    page.load(draftfile.from_dict(drafts.minimal(sections=[])))
    qtbot.mouseClick(tree.add_button, Qt.MouseButton.LeftButton)
    type_text(page.heading, "Trống")
    tree.remove_button.click()  # a heading only: nothing to lose, no question
    assert page.sections == [] and not fake_dialogs.named("ask")
    qtbot.mouseClick(tree.add_button, Qt.MouseButton.LeftButton)
    type_text(page.heading, "Kết quả")
    type_text(page.body, "Đã tổ chức 12 hội thảo.")
    tree.remove_button.click()  # answered Không xóa
    assert "Xóa mục “Kết quả”" in fake_dialogs.texts("ask")[0]
    assert [s.heading for s in page.sections] == ["Kết quả"]
    type_text(page.body, " Thêm một câu.")
    draft = draftfile.from_dict(drafts.minimal())
    page.apply(draft)
    assert draft.sections[0].blocks[0].text == "Đã tổ chức 12 hội thảo. Thêm một câu."
    fake_dialogs.answer("ask", True)
    tree.remove_button.click()
    assert page.sections == []


def test_has_writing() -> None:
    hint = Block("hint", [Run("Gợi ý: nêu kết quả")])
    assert not outline.has_writing([hint, Block(runs=[Run("  ")])])
    assert outline.has_writing([Block(runs=[Run("Có chữ")])])
    assert outline.has_writing([], [Section("Con")]) and outline.has_writing([Table()])


def test_a_merged_paragraph_keeps_its_unit_through_editing(qtbot: Any) -> None:
    """A consolidated report's paragraphs remember the unit they came from (`source`)."""
    from lanson_report.domain.model import Block, Run
    from lanson_report.ui.wizard.body.bodyedit import BodyEdit

    editor = BodyEdit()
    qtbot.addWidget(editor)
    editor.set_blocks(
        [
            Block("paragraph", [Run("Phòng đã tổ chức 4 hội đồng.")], source="Phòng QLKH"),
            Block("bullet", [Run("Sở đã ban hành kế hoạch.")]),
        ]
    )
    editor.moveCursor(editor.textCursor().MoveOperation.Start)
    editor.insertPlainText("Trong 6 tháng, ")
    blocks = editor.blocks()
    assert [(b.text, b.source) for b in blocks] == [  # type: ignore[union-attr]
        ("Trong 6 tháng, Phòng đã tổ chức 4 hội đồng.", "Phòng QLKH"),
        ("Sở đã ban hành kế hoạch.", ""),
    ]
