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
