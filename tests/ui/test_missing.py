"""The preview lists what is still missing; each entry takes the clerk to its field."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from lanson_report.ui.mainwindow import MainWindow

from .conftest import type_text


def entries(window: MainWindow) -> dict[str, Any]:
    missing = window.editor.preview.missing
    return {
        missing.item(i).data(Qt.ItemDataRole.UserRole): missing.item(i)
        for i in range(missing.count())
    }


def test_each_missing_entry_jumps_to_its_field(qtbot: Any, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.mouseClick(window.start.buttons["new"], Qt.MouseButton.LeftButton)
    editor = window.editor
    editor.steps.setCurrentRow(4)
    found = entries(window)
    assert {"agency.name", "title", "sections", "signature.name", "recipients"} <= set(found)
    expected = {
        "agency.name": (0, editor.pages[0].agency_name),
        "title": (0, editor.pages[0].title_text),
        "sections": (2, editor.pages[2].tree.add_button),
        "signature.lines": (3, editor.pages[3].signer_title),
        "signature.name": (3, editor.pages[3].name),
        "recipients": (3, editor.pages[3].recipients.table),
    }
    for field, (step, widget) in expected.items():
        editor.go(4)
        item = entries(window)[field]
        rect = editor.preview.missing.visualItemRect(item)
        qtbot.mouseClick(
            editor.preview.missing.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
        )
        assert editor.stack.currentIndex() == step, field
        qtbot.waitUntil(lambda w=widget: QApplication.focusWidget() is w, timeout=1000)


def test_filling_a_field_removes_its_entry(qtbot: Any, window: MainWindow) -> None:
    qtbot.mouseClick(window.start.buttons["new"], Qt.MouseButton.LeftButton)
    editor = window.editor
    editor.go(4)
    assert "place" in entries(window)
    editor.jump_to("place")
    type_text(editor.pages[0].place, "Lạng Sơn")
    editor.go(4)
    assert "place" not in entries(window)


def test_a_character_the_font_lacks_is_listed(qtbot: Any, window: MainWindow) -> None:
    qtbot.mouseClick(window.start.buttons["new"], Qt.MouseButton.LeftButton)
    editor = window.editor
    editor.jump_to("title")
    type_text(editor.pages[0].title_text, "Báo cáo \uf0b7 quý I")
    editor.go(4)
    found = entries(window)
    unprintable = [item.text() for item in found.values() if "không in được" in item.text()]
    assert len(unprintable) == 1
    assert "U+F0B7" in found["title"].text()  # the entry jumps to the abstract


BAD = "\uf0b7"  # a Symbol-font bullet pasted from Word: the printed font has no glyph for it


def _nested_draft(store: Any) -> str:
    from lanson_report.domain.model import Block, Recipient, Reference, Run, Section, new_draft

    draft = new_draft(2022)
    draft.addressees = ["UBND tỉnh", f"Sở Tài chính {BAD}"]
    draft.basis.references = [
        Reference(kind="Công văn", number="1/VP"),
        Reference(kind="Kế hoạch", number="2/KH", subject=f"về việc {BAD} tổ chức"),
    ]
    child = Section("Con", [Block("paragraph", [Run("một")]), Block("bullet", [Run(f"x {BAD}")])])
    draft.sections = [
        Section("Một", [Block("paragraph", [Run("a")])]),
        Section("Hai", [Block("paragraph", [Run("b")])], [child]),
    ]
    draft.recipients = [Recipient("Như trên"), Recipient(f"Lưu {BAD}")]
    return str(store.create(draft).draft.id)


def _click(qtbot: Any, window: MainWindow, field: str) -> None:
    editor = window.editor
    editor.go(4)
    item = entries(window)[field]
    rect = editor.preview.missing.visualItemRect(item)
    qtbot.mouseClick(
        editor.preview.missing.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
    )


def test_entries_with_nested_paths_jump_to_their_row_section_and_paragraph(
    qtbot: Any, window: MainWindow, store: Any
) -> None:
    window.activateWindow()
    window.open_draft(_nested_draft(store))
    editor = window.editor
    basis, content, sign = editor.pages[1], editor.pages[2], editor.pages[3]

    _click(qtbot, window, "basis.references[1].subject")
    assert editor.stack.currentIndex() == 1
    assert basis.table.currentRow() == 1
    qtbot.waitUntil(lambda: QApplication.focusWidget() is basis.subject, timeout=1000)

    _click(qtbot, window, "sections[1].sections[0].blocks[1].text")
    assert editor.stack.currentIndex() == 2
    assert content.tree.current_path() == (1, 0)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is content.body, timeout=1000)
    assert content.body.textCursor().blockNumber() == 1

    _click(qtbot, window, "addressees[1]")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is content.addressees, timeout=1000)
    assert content.addressees.textCursor().blockNumber() == 1

    _click(qtbot, window, "recipients[1].name")
    assert editor.stack.currentIndex() == 3
    assert sign.recipients.table.currentRow() == 1
    qtbot.waitUntil(lambda: QApplication.focusWidget() is sign.recipients.table, timeout=1000)
