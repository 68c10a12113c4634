"""Footnotes survive the body editor: shown as a raised mark, kept when text is typed."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QTextCursor

from lanson_report.domain.model import Block, Run
from lanson_report.ui.wizard.body.richtext import FOOTNOTE_MARK, RichTextEdit

NOTE = "Kế hoạch thực hiện Đề án 06 trên địa bàn tỉnh năm 2025."


def _editor(qtbot: Any, runs: list[Run]) -> RichTextEdit:
    editor = RichTextEdit()
    qtbot.addWidget(editor)
    editor.set_blocks([Block("paragraph", runs)])
    return editor


def test_a_footnote_round_trips_through_the_editor(qtbot: Any) -> None:
    runs = [Run("Thực hiện Kế hoạch số 55/KH-UBND", footnote=NOTE), Run(" của UBND tỉnh.")]
    editor = _editor(qtbot, runs)
    assert editor.toPlainText() == f"Thực hiện Kế hoạch số 55/KH-UBND{FOOTNOTE_MARK} của UBND tỉnh."
    assert editor.blocks() == [Block("paragraph", runs)]


def test_a_footnotes_own_bold_and_italic_survive_the_editor(qtbot: Any) -> None:
    note = [
        Run("Theo "),
        Run("Quyết định số 15/QĐ-UBND", bold=True),
        Run(" (sửa đổi)", italic=True),
    ]
    text = "".join(run.text for run in note)
    runs = [Run("Thực hiện Kế hoạch", footnote=text, footnote_runs=note), Run(" năm 2025.")]
    assert _editor(qtbot, runs).blocks() == [Block("paragraph", runs)]


def test_text_typed_after_the_mark_is_text_and_the_note_stays(qtbot: Any) -> None:
    editor = _editor(qtbot, [Run("Thực hiện", footnote=NOTE)])
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    editor.insertPlainText(" tiếp")
    (block,) = editor.blocks()
    assert isinstance(block, Block)
    assert [(run.text, run.footnote) for run in block.runs] == [
        ("Thực hiện", NOTE),
        (" tiếp", ""),
    ]


def test_deleting_the_mark_deletes_the_footnote(qtbot: Any) -> None:
    editor = _editor(qtbot, [Run("Thực hiện", footnote=NOTE)])
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.deletePreviousChar()
    (block,) = editor.blocks()
    assert isinstance(block, Block) and block.runs == [Run("Thực hiện")]


def test_the_clerk_inserts_edits_and_deletes_a_footnote(qtbot: Any, fake_dialogs: Any) -> None:
    editor = _editor(qtbot, [Run("Thực hiện Kế hoạch số 55/KH-UBND")])
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    fake_dialogs.answer("get_text", "  Kế hoạch   năm 2025. ")
    editor.edit_footnote()
    editor.insertPlainText(" của UBND tỉnh.")
    assert [(r.text, r.footnote) for r in editor.blocks()[0].runs] == [  # type: ignore[union-attr]
        ("Thực hiện Kế hoạch số 55/KH-UBND", "Kế hoạch năm 2025."),
        (" của UBND tỉnh.", ""),
    ]
    cursor.setPosition(len("Thực hiện Kế hoạch số 55/KH-UBND") + 1)
    editor.setTextCursor(cursor)
    fake_dialogs.answer("get_text", lambda *args: args[3].replace("2025", "2026"))
    editor.edit_footnote()
    assert editor.blocks()[0].runs[0].footnote == "Kế hoạch năm 2026."  # type: ignore[union-attr]
    fake_dialogs.answer("get_text", "")
    editor.edit_footnote()
    assert editor.blocks() == [
        Block("paragraph", [Run("Thực hiện Kế hoạch số 55/KH-UBND của UBND tỉnh.")])
    ]


def test_the_toolbar_offers_the_footnote_command(qtbot: Any) -> None:
    from lanson_report.ui.wizard.body.textbar import TextBar

    editor = RichTextEdit()
    qtbot.addWidget(editor)
    bar = TextBar(editor)
    assert bar.footnote.text() == "Chú thích…"
    assert bar.footnote.shortcut().toString() == "Ctrl+Alt+F"
