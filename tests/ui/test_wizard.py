"""The whole wizard, filled through its widgets, prints exactly what `export` prints."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pdfplumber
from PySide6.QtCore import Qt

from lanson_report.cli import cli
from lanson_report.files import draftfile
from lanson_report.store import Store
from lanson_report.ui.mainwindow import MainWindow

from .conftest import FakeDialogs
from .helpers import fill_wizard


def words(path: Path) -> list[list[tuple[str, float, float, str, float]]]:
    """Every word of every page with its position, font and size."""
    with pdfplumber.open(path) as pdf:
        return [
            [
                (
                    w["text"],
                    round(w["x0"], 2),
                    round(w["top"], 2),
                    w["fontname"].split("+")[-1],
                    round(w["size"], 2),
                )
                for w in page.extract_words(extra_attrs=["fontname", "size"])
            ]
            for page in pdf.pages
        ]


def test_filled_wizard_prints_like_the_command_line(
    qtbot: Any,
    window: MainWindow,
    store: Store,
    example_path: Path,
    tmp_path: Path,
    fake_dialogs: FakeDialogs,
) -> None:
    example = draftfile.load_path(example_path)
    qtbot.mouseClick(window.start.buttons["new"], Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.editor

    fill_wizard(qtbot, window, example)

    editor = window.editor
    assert editor.stack.currentIndex() == 4  # the preview
    assert editor.preview.document.pageCount() == 2
    produced = draftfile.to_dict(editor.draft)
    expected = draftfile.to_dict(example)
    produced["id"] = expected["id"]
    assert produced == expected

    ui_pdf, cli_pdf = tmp_path / "wizard.pdf", tmp_path / "cli.pdf"
    fake_dialogs.answer("save_file", ui_pdf)
    qtbot.mouseClick(editor.preview.export_button, Qt.MouseButton.LeftButton)
    assert ui_pdf.exists(), fake_dialogs.calls
    assert cli.run(["export", str(example_path), "-o", str(cli_pdf)]) == 0
    assert words(ui_pdf) == words(cli_pdf)
    assert fake_dialogs.named("choose"), "the clerk is told where the PDF went"

    editor.save()
    assert draftfile.to_dict(store.get(editor.draft.id).draft)["sections"] == expected["sections"]
