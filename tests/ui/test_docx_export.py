"""Xuất Word (.docx)…: beside Xuất PDF… in the Báo cáo menu and on the preview step."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx
from PySide6.QtCore import Qt

from lanson_report.cli import cli
from lanson_report.files import draftfile
from lanson_report.store import Store
from lanson_report.ui.mainwindow import MainWindow

from .conftest import FakeDialogs


def _texts(path: Path) -> list[str]:
    return [p.text for p in docx.Document(str(path)).paragraphs]


def test_menu_exports_word_beside_pdf_and_adds_the_extension(
    window: MainWindow,
    store: Store,
    example_path: Path,
    tmp_path: Path,
    fake_dialogs: FakeDialogs,
) -> None:
    actions = [a.text() for a in window.export_action.associatedObjects()[0].actions()]
    assert actions.index("Xuất &Word (.docx)…") == actions.index("&Xuất PDF…") + 1
    assert not window.export_docx_action.isEnabled()  # nothing open yet
    draft = store.create(draftfile.load_path(example_path)).draft
    window.open_draft(draft.id)
    assert window.export_docx_action.isEnabled()
    fake_dialogs.answer("save_file", tmp_path / "bao-cao")
    window.export_docx_action.trigger()
    out = tmp_path / "bao-cao.docx"
    cli_out = tmp_path / "cli.docx"
    assert cli.run(["export", str(example_path), "-o", str(cli_out)]) == 0
    assert _texts(out) == _texts(cli_out)
    (_, title, suggested, file_type) = fake_dialogs.named("save_file")[0]
    assert suggested.name.startswith("2022-ket-qua-to-chuc") and suggested.suffix == ".docx"
    assert (title, file_type) == ("Xuất Word (.docx)", "Tệp Word (*.docx)"), "not “Tệp PDF”"
    assert "Đã xuất tệp Word" in fake_dialogs.texts("choose")[0]


def test_preview_button_exports_word_and_explains_a_failure(
    qtbot: Any,
    window: MainWindow,
    store: Store,
    example_path: Path,
    tmp_path: Path,
    fake_dialogs: FakeDialogs,
) -> None:
    draft = store.create(draftfile.load_path(example_path)).draft
    window.open_draft(draft.id)
    editor = window.editor
    editor.go(4)
    preview = editor.preview
    assert preview.docx_button.text() == "Xuất &Word (.docx)…"
    fake_dialogs.answer("save_file", tmp_path / "preview.docx")
    qtbot.mouseClick(preview.docx_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "preview.docx").read_bytes().startswith(b"PK")
    fake_dialogs.answer("save_file", tmp_path / "khong-co" / "x.docx")
    qtbot.mouseClick(preview.docx_button, Qt.MouseButton.LeftButton)
    (message,) = fake_dialogs.texts("error")
    assert "Không xuất được tệp Word" in message
